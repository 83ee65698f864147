// mention_index.h — the actors' mentions as token ranges, for the argument rules.
//
// Contract: built once per analysis from the actors' byte spans; a mention covers every
// token it overlaps. Mentions are kept sorted by first token; overlapping mentions of
// different actors are all kept (the shorter one first when they start together).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede::relations {

struct MentionRef {
    std::size_t first = 0;        // tokens [first, end)
    std::size_t end = 0;
    std::size_t actor = 0;        // index into the actors vector
    MentionKind kind = MentionKind::Name;
};

class ActorMentionIndex {
public:
    ActorMentionIndex(const nlp::Document& doc, const std::vector<Actor>& actors);

    // Mentions lying inside tokens [first, end), sorted by first token.
    std::vector<MentionRef> within(std::size_t first, std::size_t end) const;
    // The mention covering token t, if any (the shortest when several do).
    const MentionRef* at(std::size_t t) const;
    // The last mention ending at or before token t of an actor of one of `types`.
    std::optional<std::size_t> last_actor_before(std::size_t t, std::initializer_list<ActorType> types) const;

private:
    const std::vector<Actor>& actors_;
    std::vector<MentionRef> mentions_;
};

}  // namespace lede::relations
