// parser_features.cpp — see parser_features.h. Why hashes and not strings: the parser makes
// two decisions per word and each needs ~80 features; building strings for them would cost
// more than scoring.
#include "parser_features.h"

#include <algorithm>

#include "base/word_fold.h"

namespace lede::syntax {
namespace {

constexpr std::uint32_t kNone = 0x6b43a9b5u;   // no such position
constexpr std::uint32_t kRoot = 0x1f83d9abu;   // the root

std::uint32_t rotl(std::uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

// murmur3's block step and finaliser over a template id and up to three values.
std::uint32_t combine(std::uint32_t id, std::uint32_t a, std::uint32_t b = 0, std::uint32_t c = 0) {
    std::uint32_t h = 0x2545f491u ^ (id * 0x9e3779b1u);
    for (std::uint32_t k : {a, b, c}) {
        k *= 0xcc9e2d51u;
        k = rotl(k, 15);
        k *= 0x1b873593u;
        h ^= k;
        h = rotl(h, 13);
        h = h * 5 + 0xe6546b64u;
    }
    return nlp::hash_finalize(h);
}

// Distance in buckets 1, 2, 3, 4, 5-9, 10+ (0 when a position is missing).
std::uint32_t distance(int a, int b) {
    if (a < 0 || b < 0) return 0;
    const int d = b > a ? b - a : a - b;
    return d < 5 ? static_cast<std::uint32_t>(d) : d < 10 ? 5u : 6u;
}

}  // namespace

std::string parser_word(std::string_view w) { return base::folded_word(w, base::Digits::Zero); }

ParserInput::ParserInput(const std::vector<std::string_view>& words, const std::vector<std::string>& tags) {
    const std::size_t n = words.size();
    word.resize(n + 1);
    tag.resize(n + 1);
    suffix.resize(n + 1);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string w = parser_word(words[i]);
        word[i] = nlp::feature_hash("w", w);
        tag[i] = nlp::feature_hash("t", i < tags.size() ? std::string_view(tags[i]) : std::string_view("X"));
        suffix[i] = nlp::feature_hash("s", w.size() > 3 ? std::string_view(w).substr(w.size() - 3) : std::string_view(w));
    }
    word[n] = tag[n] = suffix[n] = kRoot;
}

void add_parser_features(const ArcHybrid& st, const ParserInput& in, nlp::FeatureSequence& seq) {
    const int s0 = st.stack(0), s1 = st.stack(1), s2 = st.stack(2);
    const int b0 = st.buffer(0), b1 = st.buffer(1), b2 = st.buffer(2);
    const auto W = [&](int p) { return p < 0 ? kNone : in.word[static_cast<std::size_t>(p)]; };
    const auto T = [&](int p) { return p < 0 ? kNone : in.tag[static_cast<std::size_t>(p)]; };
    const auto X = [&](int p) { return p < 0 ? kNone : in.suffix[static_cast<std::size_t>(p)]; };
    // The arc label of an attached word (1 + label), 0 for none.
    const auto L = [&](int p) {
        return p < 0 || static_cast<std::size_t>(p) >= st.words() ? 0u
                                                                  : static_cast<std::uint32_t>(st.labels()[static_cast<std::size_t>(p)] + 1);
    };
    const int s0l = st.leftmost(s0), s0r = st.rightmost(s0), s0l2 = st.leftmost(s0, true), s0r2 = st.rightmost(s0, true);
    const int s1l = st.leftmost(s1), s1r = st.rightmost(s1), b0l = st.leftmost(b0), b0l2 = st.leftmost(b0, true);
    const std::uint32_t w0 = W(s0), t0 = T(s0), w1 = W(s1), t1 = T(s1), wb = W(b0), tb = T(b0);
    const std::uint32_t wb1 = W(b1), tb1 = T(b1), t2 = T(s2), tb2 = T(b2);
    const std::uint32_t d = distance(s0, b0), d1 = distance(s1, s0);
    const auto vr0 = static_cast<std::uint32_t>(std::min(st.right_count(s0), 4));
    const auto vl0 = static_cast<std::uint32_t>(std::min(st.left_count(s0), 4));
    const auto vlb = static_cast<std::uint32_t>(std::min(st.left_count(b0), 4));
    const auto vr1 = static_cast<std::uint32_t>(std::min(st.right_count(s1), 4));

    seq.begin_token();
    const auto f = [&](std::uint32_t id, std::uint32_t a, std::uint32_t b = 0, std::uint32_t c = 0) {
        seq.add_hash(combine(id, a, b, c));
    };
    // single positions
    f(1, w0); f(2, t0); f(3, w0, t0);
    f(4, w1); f(5, t1); f(6, w1, t1);
    f(7, wb); f(8, tb); f(9, wb, tb);
    f(10, wb1); f(11, tb1); f(12, wb1, tb1);
    f(13, W(b2)); f(14, tb2); f(15, t2); f(16, W(s2));
    f(17, X(s0), t0); f(18, X(b0), tb); f(19, X(s1), t1);
    // s0 / b0 pairs (LEFT and SHIFT decide between them)
    f(20, combine(0, w0, t0), wb, tb); f(21, w0, t0, wb); f(22, w0, wb, tb); f(23, w0, t0, tb);
    f(24, t0, wb, tb); f(25, w0, wb); f(26, t0, tb); f(27, tb, tb1);
    // s1 / s0 pairs (RIGHT)
    f(28, w1, w0); f(29, t1, t0); f(30, w1, t1, t0); f(31, t1, w0, t0); f(32, combine(0, w1, t1), w0, t0);
    f(33, t1, tb); f(34, w1, wb); f(35, t1, t0, tb);
    // tag triples
    f(36, tb, tb1, tb2); f(37, t0, tb, tb1); f(38, t2, t1, t0); f(39, t1, t0, tb1);
    // outermost dependents
    f(40, t0, T(s0l), tb); f(41, t0, T(s0r), tb); f(42, t0, tb, T(b0l)); f(43, t1, t0, T(s0l));
    f(44, t1, t0, T(s0r)); f(45, t1, T(s1r), t0); f(46, t0, T(s0l), T(s0l2)); f(47, t0, T(s0r), T(s0r2));
    f(48, tb, T(b0l), T(b0l2)); f(49, t1, T(s1l), t0);
    f(50, W(s0l)); f(51, T(s0l)); f(52, L(s0l)); f(53, W(s0r)); f(54, T(s0r)); f(55, L(s0r));
    f(56, W(b0l)); f(57, T(b0l)); f(58, L(b0l)); f(59, L(s1r)); f(60, L(s0l2)); f(61, L(s0r2)); f(62, L(b0l2));
    f(63, w0, L(s0r), L(s0r2)); f(64, t0, L(s0l), L(s0l2)); f(65, tb, L(b0l), L(b0l2)); f(66, t0, L(s0r), L(s0r2));
    f(67, w0, L(s0l), L(s0l2)); f(68, wb, L(b0l), L(b0l2)); f(69, t1, L(s1r), t0);
    // distances and valencies
    f(70, w0, d); f(71, t0, d); f(72, wb, d); f(73, tb, d); f(74, combine(0, w0, wb), d); f(75, t0, tb, d);
    f(76, t1, t0, d1); f(77, w1, w0, d1);
    f(78, w0, vr0); f(79, t0, vr0); f(80, w0, vl0); f(81, t0, vl0); f(82, wb, vlb); f(83, tb, vlb);
    f(84, t1, vr1, t0);
    // is the stack down to its last word (LEFT onto the root is legal only then)
    f(85, static_cast<std::uint32_t>(std::min<std::size_t>(st.stack_size(), 3)), b0 == static_cast<int>(st.root()));
}

}  // namespace lede::syntax
