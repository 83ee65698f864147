// arc_hybrid.cpp — see arc_hybrid.h. The root sits at the end of the buffer, not at the
// bottom of the stack: the parser then decides the root last, with the whole sentence
// reduced, which avoids attaching early words to the root too eagerly.
#include "arc_hybrid.h"

namespace lede::syntax {

int move_index(Move m, int labels) {
    switch (m.kind) {
        case MoveKind::Shift: return 0;
        case MoveKind::Left: return 1 + m.label;
        case MoveKind::Right: return 1 + labels + m.label;
    }
    return 0;
}

Move move_of(int index, int labels) {
    if (index <= 0) return {};
    if (index <= labels) return {MoveKind::Left, index - 1};
    return {MoveKind::Right, index - 1 - labels};
}

ArcHybrid::ArcHybrid(std::size_t words)
    : n_(words), head_(words, -1), label_(words, -1), left1_(words + 1, -1), left2_(words + 1, -1),
      right1_(words + 1, -1), right2_(words + 1, -1), left_n_(words + 1, 0), right_n_(words + 1, 0) {
    stack_.reserve(words);
}

bool ArcHybrid::legal(MoveKind k) const {
    switch (k) {
        case MoveKind::Shift: return front_ < n_;
        case MoveKind::Left: return !stack_.empty() && (front_ < n_ || stack_.size() == 1);
        case MoveKind::Right: return stack_.size() >= 2;
    }
    return false;
}

void ArcHybrid::attach(int dependent, int head, int label) {
    const auto d = static_cast<std::size_t>(dependent), h = static_cast<std::size_t>(head);
    head_[d] = head;
    label_[d] = label;
    // Dependents arrive from the inside out on each side: a left dependent is further left
    // than the ones before it (it is popped from the stack later), a right one further right.
    if (dependent < head) {
        left2_[h] = left1_[h];
        left1_[h] = dependent;
        ++left_n_[h];
    } else {
        right2_[h] = right1_[h];
        right1_[h] = dependent;
        ++right_n_[h];
    }
}

void ArcHybrid::apply(Move m) {
    if (!legal(m.kind)) return;
    switch (m.kind) {
        case MoveKind::Shift:
            stack_.push_back(static_cast<int>(front_++));
            break;
        case MoveKind::Left: {
            const int s0 = stack_.back();
            stack_.pop_back();
            attach(s0, static_cast<int>(front_), m.label);
            break;
        }
        case MoveKind::Right: {
            const int s0 = stack_.back();
            stack_.pop_back();
            attach(s0, stack_.back(), m.label);
            break;
        }
    }
}

int ArcHybrid::leftmost(int p, bool second) const {
    if (p < 0) return -1;
    return second ? left2_[static_cast<std::size_t>(p)] : left1_[static_cast<std::size_t>(p)];
}

int ArcHybrid::rightmost(int p, bool second) const {
    if (p < 0) return -1;
    return second ? right2_[static_cast<std::size_t>(p)] : right1_[static_cast<std::size_t>(p)];
}

int ArcHybrid::cost(Move m, const std::vector<int>& gold_heads, const std::vector<int>& gold_labels) const {
    const int front = static_cast<int>(front_);
    const auto in_buffer = [&](int p) { return p >= front; };   // the root (n) included
    // Gold dependents of p still in the buffer: they lose their head when p leaves.
    const auto buffer_dependents = [&](int p) {
        int c = 0;
        for (std::size_t k = front_; k < n_; ++k) c += gold_heads[k] == p;
        return c;
    };
    switch (m.kind) {
        case MoveKind::Shift: {
            // b0 can then only get s0 or a later buffer item as head, and no dependent
            // from the stack.
            int c = 0;
            const int gh = gold_heads[front_];
            const int s0 = stack(0);
            for (std::size_t i = 0; i < stack_.size(); ++i) {
                const int p = stack_[i];
                if (p == gh && p != s0) ++c;
                if (gold_heads[static_cast<std::size_t>(p)] == front) ++c;
            }
            return c;
        }
        case MoveKind::Left:
        case MoveKind::Right: {
            const int s0 = stack(0);
            if (s0 < 0) return 0;
            const int head = m.kind == MoveKind::Left ? front : stack(1);
            const int gh = gold_heads[static_cast<std::size_t>(s0)];
            int c = buffer_dependents(s0);
            if (gh == head) {
                c += gold_labels[static_cast<std::size_t>(s0)] != m.label;
            } else if (in_buffer(gh) || (m.kind == MoveKind::Left && gh == stack(1))) {
                ++c;   // s0's gold head was still reachable
            }
            return c;
        }
    }
    return 0;
}

}  // namespace lede::syntax
