// event_predicates.h — the event words of a sentence beyond the trigger lexicon, for the
// generic event layer (Analysis::events): every verb, by its part-of-speech tag ("unveiled",
// "sell", "won"), and the event nouns of assets/events/event_nouns.txt ("the purchase").
//
// Contract:
// - `EventNouns::from_text` reads the noun list (RelationResources loads it); an empty text gives no nouns.
//   `is(word)` takes a normalised word (word_forms.h) and accepts the singular and its plural.
// - `event_predicates(s, nouns)` returns, left to right, one-token matches with no class for
//   the sentence's tokens tagged as a verb (VB, VBD, VBG, VBN, VBP, VBZ; auxiliaries and
//   modals, tagged AUX, are no event) or tagged NOUN and in the list — except tokens inside
//   a lexicon trigger of `s` or an actor mention, and capitalised -ing words inside the
//   sentence ("Boeing"). A verb the tagger took for a noun or adjective is recovered when no
//   finite verb comes before it: a lower-case -s/-ed word right after an actor mention and not
//   followed by a verb ("Ford posts profits", but "Apple shares fell").
//   Without tags (no model) it returns none.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "event_arguments.h"

namespace lede::relations {

class EventNouns {
public:
    static EventNouns from_text(std::string_view text);
    bool is(const std::string& word) const { return forms_.count(word) > 0; }

private:
    std::unordered_set<std::string> forms_;
};

std::vector<TriggerMatch> event_predicates(const SentenceView& s, const EventNouns& nouns);

}  // namespace lede::relations
