// nominal_reference.h — "the company said", "the firm reported": a definite description whose
// head names a kind of organisation refers back to the organisation last named. Subjects and
// quote speakers are often such descriptions, and the actor extractor names no actor there.
//
// Contract: `nominal_reference(doc, mentions, words, t)` answers for token t. `found` is true
// when t is the head of such a description (a word of the `nominal_org` class, a determiner
// "the"/"this" at most two words before it, and no "'s" after it); `actor` is then the last
// ORG actor mentioned before t, or empty when none was.
#pragma once

#include <cstddef>
#include <optional>

#include "../nlp/document.h"
#include "function_words.h"
#include "mention_index.h"

namespace lede::relations {

struct NominalReference {
    bool found = false;
    std::optional<std::size_t> actor;
};

NominalReference nominal_reference(const nlp::Document& doc, const ActorMentionIndex& mentions,
                                   const FunctionWords& words, std::size_t t);

}  // namespace lede::relations
