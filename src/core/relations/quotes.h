// quotes.h — direct quotations and who said them.
//
// Finds quoted passages (“…”, «…», straight "…" paired within a paragraph, ``…'') and their
// attribution:
//   “…,” the ministry’s spokesperson Maria Zakharova said.   (after, speaker before verb)
//   “…,” said Putin.                                         (after, speaker after verb)
//   Putin said: “…”   /   Putin said, “…”                    (before)
//   “…,” according to the ministry.                          (according to)
// A short quoted phrase without such an attribution ("so-called “guarantees”") is a scare
// quote, not speech, and is skipped. The speaker is an actor whose mention stands in the
// attribution; he/she resolve to the last PERSON actor mentioned before.
// Contract: spans are byte offsets into the document text; quote spans hold the words
// inside the marks (a trailing comma inside the marks is left out).
#pragma once

#include <optional>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "mention_index.h"
#include "function_words.h"
#include "trigger_lexicon.h"

namespace lede::relations {

struct Quote {
    Span quote;                                  // the quoted words
    std::optional<std::size_t> speaker;          // actor index
    std::optional<TriggerMatch> verb;            // the speech verb ("said"), when there is one
    std::size_t anchor_token = 0;                // the verb, or the "according" token
};

// Token t is (the end of) a closing quote mark: ”, », '' or a straight one.
bool closes_quote(const nlp::Document& doc, std::size_t t);

// `say_verbs`: the SAY triggers of the whole document, in token order.
std::vector<Quote> find_quotes(const nlp::Document& doc, const ActorMentionIndex& mentions,
                               const std::vector<Actor>& actors, const std::vector<TriggerMatch>& say_verbs,
                               const FunctionWords& words);

}  // namespace lede::relations
