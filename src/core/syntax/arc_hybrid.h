// arc_hybrid.h — the arc-hybrid transition system of the dependency parser (Kuhlmann,
// Gómez-Rodríguez & Satta 2011), with the root at the end of the buffer, and its dynamic
// oracle (Goldberg & Nivre 2013).
//
// Words are 0..n-1; the root is position n, last in the buffer. Moves:
//   SHIFT      push the buffer's front b0 (never the root);
//   LEFT(l)    s0 <-l- b0, pop s0 (onto the root only when s0 is the stack's last word,
//              so a sentence gets exactly one root);
//   RIGHT(l)   s1 -l-> s0, pop s0.
// Every word is popped exactly once, by LEFT or RIGHT, and gets its head then; arcs never
// cross. So any sequence of legal moves from `ArcHybrid(n)` to `done()` is a projective
// tree with one head per word and one word on the root (tests/unit/dependency_parser_test).
// Labelled moves are numbered 0 = SHIFT, 1..L = LEFT(label 0..L-1), L+1..2L = RIGHT(...).
#pragma once

#include <cstddef>
#include <vector>

namespace lede::syntax {

enum class MoveKind { Shift, Left, Right };

struct Move {
    MoveKind kind = MoveKind::Shift;
    int label = -1;   // -1 for SHIFT
};

// Move <-> its index among 1 + 2 * labels classifier outputs.
int move_index(Move m, int labels);
Move move_of(int index, int labels);

class ArcHybrid {
public:
    explicit ArcHybrid(std::size_t words);

    std::size_t words() const { return n_; }
    std::size_t root() const { return n_; }                // the root's position
    bool done() const { return stack_.empty() && front_ == n_; }

    // Top of the stack counting from 0 (s0, s1, ...), or -1 when the stack is shorter.
    int stack(std::size_t depth) const {
        return depth < stack_.size() ? stack_[stack_.size() - 1 - depth] : -1;
    }
    std::size_t stack_size() const { return stack_.size(); }
    // The buffer's i-th item (b0 = front), the root included; -1 past the root.
    int buffer(std::size_t i) const { return front_ + i <= n_ ? static_cast<int>(front_ + i) : -1; }

    bool legal(MoveKind k) const;
    void apply(Move m);   // an illegal move is ignored (callers check legal() first)

    // Heads so far (the root's position n for the root word, -1 while unattached), labels.
    const std::vector<int>& heads() const { return head_; }
    const std::vector<int>& labels() const { return label_; }
    // Leftmost / rightmost dependent of position p (the root included), -1 when none; the
    // second from that side with `second`. Number of left / right dependents.
    int leftmost(int p, bool second = false) const;
    int rightmost(int p, bool second = false) const;
    int left_count(int p) const { return p < 0 ? 0 : left_n_[static_cast<std::size_t>(p)]; }
    int right_count(int p) const { return p < 0 ? 0 : right_n_[static_cast<std::size_t>(p)]; }

    // Dynamic oracle: how many gold arcs (head and label) become unreachable if `m` is applied
    // now. `gold_heads` uses position n for the root. Exact for projective gold trees.
    int cost(Move m, const std::vector<int>& gold_heads, const std::vector<int>& gold_labels) const;

private:
    void attach(int dependent, int head, int label);

    std::size_t n_;
    std::vector<int> stack_;
    std::size_t front_ = 0;
    std::vector<int> head_, label_;
    // two leftmost / rightmost dependents per position (n + 1 entries)
    std::vector<int> left1_, left2_, right1_, right2_;
    std::vector<int> left_n_, right_n_;
};

}  // namespace lede::syntax
