// group_actors.h — people named by a common noun ("a human rights group", "Islamic
// fundamentalists", "Serb-led forces"): the source or target of many news events, though no
// name is there for the actor extractor to find.
//
// Contract:
// - `find_group_phrases(s, words)` returns, left to right, the noun phrases of sentence `s`
//   whose head is a word of the `group` class (function_words.tsv) tagged as a noun and not
//   modifying a noun after it ("police custody" is no group), reaching left over modifiers
//   (adjectives, nouns, numbers, hyphenated words) to a determiner, and right over "of" to a
//   second group noun ("a group of refugees"). A phrase that overlaps an actor mention is
//   left out (that actor stands for it: "Palestinian police"), and so is a definite
//   description the nominal-reference rule reads ("the group", nominal_reference.h) and a
//   phrase owned by a possessive ("their supporters"), one right after a name's closing
//   bracket or quote mark ("Association (AKK) officials") and one followed by the name it
//   belongs to ("inspectors of the IAEA", "workers affiliated with the union": the words of
//   the `group_affiliation` class, determiners and participles between). Without tags it
//   returns none.
// - `group_actor(doc, phrase)` is the OTHER actor such a phrase stands for: its words without
//   the determiner as name, one nominal mention over the phrase, no id.
#pragma once

#include <vector>

#include "event_arguments.h"

namespace lede::relations {

struct GroupPhrase {
    std::size_t first = 0, end = 0;   // tokens, determiner included
    std::size_t name_first = 0;       // first token after the determiner
};

std::vector<GroupPhrase> find_group_phrases(const SentenceView& s, const FunctionWords& words);

Actor group_actor(const nlp::Document& doc, const GroupPhrase& phrase);

// True for an actor made by `group_actor` (type OTHER, nominal mentions only).
bool is_group_actor(const Actor& actor);

}  // namespace lede::relations
