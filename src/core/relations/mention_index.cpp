// mention_index.cpp — see mention_index.h. Byte spans are mapped to tokens by binary
// search over token starts, so building the index is O(m log n).
#include "mention_index.h"

#include <algorithm>

namespace lede::relations {

ActorMentionIndex::ActorMentionIndex(const nlp::Document& doc, const std::vector<Actor>& actors) : actors_(actors) {
    const auto& toks = doc.tokens;
    for (std::size_t a = 0; a < actors.size(); ++a) {
        for (const auto& m : actors[a].mentions) {
            if (m.span.empty()) continue;
            // first token whose end is after the mention's start
            auto lo = std::lower_bound(toks.begin(), toks.end(), m.span.start,
                                       [](const nlp::Token& t, std::size_t pos) { return t.span.end <= pos; });
            auto hi = std::lower_bound(lo, toks.end(), m.span.end,
                                       [](const nlp::Token& t, std::size_t pos) { return t.span.start < pos; });
            if (lo == hi) continue;
            mentions_.push_back({static_cast<std::size_t>(lo - toks.begin()), static_cast<std::size_t>(hi - toks.begin()),
                                 a, m.kind});
        }
    }
    std::sort(mentions_.begin(), mentions_.end(), [](const MentionRef& x, const MentionRef& y) {
        if (x.first != y.first) return x.first < y.first;
        return x.end < y.end;
    });
}

std::vector<MentionRef> ActorMentionIndex::within(std::size_t first, std::size_t end) const {
    std::vector<MentionRef> out;
    auto it = std::lower_bound(mentions_.begin(), mentions_.end(), first,
                               [](const MentionRef& m, std::size_t f) { return m.first < f; });
    for (; it != mentions_.end() && it->first < end; ++it)
        if (it->end <= end) out.push_back(*it);
    return out;
}

const MentionRef* ActorMentionIndex::at(std::size_t t) const {
    const MentionRef* best = nullptr;
    auto it = std::upper_bound(mentions_.begin(), mentions_.end(), t,
                               [](std::size_t f, const MentionRef& m) { return f < m.first; });
    // Mentions starting at or before t; look back a little for one still covering t.
    for (std::size_t k = 0; it != mentions_.begin() && k < 16; ++k) {
        --it;
        if (it->end > t && (!best || it->end - it->first < best->end - best->first)) best = &*it;
    }
    return best;
}

std::optional<std::size_t> ActorMentionIndex::last_actor_before(std::size_t t,
                                                               std::initializer_list<ActorType> types) const {
    // Mentions are sorted by first token: start just past t and look back a bounded way
    // (a pronoun refers to something recent), so long articles stay linear.
    auto it = std::upper_bound(mentions_.begin(), mentions_.end(), t,
                               [](std::size_t f, const MentionRef& m) { return f < m.first; });
    for (std::size_t k = 0; it != mentions_.begin() && k < 200; ++k) {
        --it;
        if (it->end > t) continue;
        for (ActorType ty : types)
            if (actors_[it->actor].type == ty) return it->actor;
    }
    return std::nullopt;
}

}  // namespace lede::relations
