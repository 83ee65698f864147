// arc_hybrid_test.cpp — the parser's transition system: any legal move sequence gives a
// projective tree with one head per word and one root; the dynamic oracle rebuilds a gold
// tree exactly and prices mistakes.
#include <catch2/catch.hpp>

#include <cstdint>

#include "syntax/arc_hybrid.h"

using namespace lede::syntax;

namespace {

// Moves until done, chosen by a fixed pseudo-random sequence among the legal ones.
ArcHybrid random_run(std::size_t n, std::uint64_t seed) {
    ArcHybrid st(n);
    std::uint64_t rng = seed;
    int guard = 0;
    while (!st.done() && ++guard < 1000) {
        rng = rng * 6364136223846793005ull + 1442695040888963407ull;
        std::vector<MoveKind> legal;
        for (MoveKind k : {MoveKind::Shift, MoveKind::Left, MoveKind::Right})
            if (st.legal(k)) legal.push_back(k);
        REQUIRE_FALSE(legal.empty());
        st.apply({legal[(rng >> 33) % legal.size()], static_cast<int>((rng >> 20) % 3)});
    }
    return st;
}

bool projective(const std::vector<int>& heads) {
    const int n = static_cast<int>(heads.size());
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const int al = std::min(a, heads[a]), ar = std::max(a, heads[a]);
            const int bl = std::min(b, heads[b]), br = std::max(b, heads[b]);
            if (al < bl && bl < ar && ar < br) return false;   // the arcs cross
        }
    }
    return true;
}

}  // namespace

TEST_CASE("every legal run is a projective tree with one root") {
    for (std::size_t n = 1; n <= 12; ++n) {
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const ArcHybrid st = random_run(n, seed * 7919 + n);
            REQUIRE(st.done());
            const auto& heads = st.heads();
            int roots = 0;
            for (std::size_t i = 0; i < n; ++i) {
                REQUIRE(heads[i] >= 0);                       // every word has a head
                REQUIRE(heads[i] != static_cast<int>(i));
                REQUIRE(heads[i] <= static_cast<int>(n));
                roots += heads[i] == static_cast<int>(n);
                // no cycle: climbing from any word reaches the root within n steps
                int p = static_cast<int>(i), steps = 0;
                while (p != static_cast<int>(n) && steps++ <= static_cast<int>(n)) p = heads[static_cast<std::size_t>(p)];
                REQUIRE(p == static_cast<int>(n));
            }
            CHECK(roots == 1);
            CHECK(projective(heads));
        }
    }
}

TEST_CASE("illegal moves are refused") {
    ArcHybrid st(2);
    CHECK_FALSE(st.legal(MoveKind::Left));    // empty stack
    CHECK_FALSE(st.legal(MoveKind::Right));
    st.apply({MoveKind::Right, 0});           // ignored
    CHECK(st.stack_size() == 0);
    st.apply({MoveKind::Shift, -1});
    st.apply({MoveKind::Shift, -1});
    CHECK_FALSE(st.legal(MoveKind::Shift));   // the root is never shifted
    CHECK_FALSE(st.legal(MoveKind::Left));    // onto the root only from the last word
    CHECK(st.legal(MoveKind::Right));
}

TEST_CASE("following zero-cost moves rebuilds a projective gold tree") {
    // "The court rejected the appeal on Monday ." — heads with the root at position 8.
    const std::vector<int> heads{1, 2, 8, 4, 2, 6, 2, 2};
    const std::vector<int> labels{0, 1, 2, 0, 3, 4, 5, 6};
    const int L = 7;
    ArcHybrid st(heads.size());
    while (!st.done()) {
        int chosen = -1;
        for (int m = 0; m < 1 + 2 * L && chosen < 0; ++m) {
            const Move mv = move_of(m, L);
            if (st.legal(mv.kind) && st.cost(mv, heads, labels) == 0) chosen = m;
        }
        REQUIRE(chosen >= 0);
        st.apply(move_of(chosen, L));
    }
    CHECK(st.heads() == heads);
    CHECK(st.labels() == labels);
}

TEST_CASE("the oracle prices a wrong attachment and a wrong label") {
    const std::vector<int> heads{1, 2};   // word 0 <- word 1, word 1 on the root (2)
    const std::vector<int> labels{0, 1};
    ArcHybrid st(2);
    st.apply({MoveKind::Shift, -1});
    CHECK(st.cost({MoveKind::Left, 0}, heads, labels) == 0);
    CHECK(st.cost({MoveKind::Left, 1}, heads, labels) == 1);   // right head, wrong label
    CHECK(st.cost({MoveKind::Shift, -1}, heads, labels) == 1); // word 0 loses head 1
}

TEST_CASE("move indices round-trip") {
    for (int m = 0; m < 11; ++m) CHECK(move_index(move_of(m, 5), 5) == m);
    CHECK(move_of(0, 5).kind == MoveKind::Shift);
    CHECK(move_of(1, 5).kind == MoveKind::Left);
    CHECK(move_of(6, 5).kind == MoveKind::Right);
    CHECK(move_of(6, 5).label == 0);
}
