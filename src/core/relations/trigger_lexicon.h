// trigger_lexicon.h — event triggers: words and patterns of a sentence that name an event,
// with their PLOVER class (or SAY), read from assets/events/cameo_triggers.tsv (the main
// dictionary, generated from the CAMEO verb patterns by tools/build_cameo_triggers.py) and
// assets/events/triggers.tsv (small hand additions).
//
// Contract:
// - RelationResources loads cameo_triggers.tsv, triggers.tsv and irregular_verbs.txt
//   (`from_texts`); an unreadable asset gives an empty lexicon (no triggers, never a crash).
// - `match` finds, left to right over tokens [first, end) of a document, the longest
//   pattern starting at each token; matches never overlap. A capitalised word inside a
//   sentence is taken for a name ("Strike Force", "March") unless the sentence is a
//   headline in title case.
// - With part-of-speech tags (one per token of [first, end), pos_tagger.h), a verb pattern
//   needs a verb tag on its head and a one-word noun pattern a noun-like tag (NOUN, PROPN, ADJ,
//   X, NUM); a noun pattern of two words or more ("hunger strike") needs none.
// - Pattern syntax is described at the top of triggers.tsv; word sets ("&name"), verb families
//   ("@name"), irregular forms ("=") and patterns of no event (class "-") at the top of
//   cameo_triggers.tsv. A pattern of class "-" that is the longest at a word gives no match
//   there and hides the shorter patterns ("impose taxes" is no COERCE).
// - Where two patterns of the same length start at a word, the one read first wins: the
//   dictionaries are read in the order given (cameo_triggers.tsv first; the patterns after a
//   line "%fallback" of a dictionary are read after all other patterns), unless the other one
//   matches its words exactly and the first only as plurals of the pattern's words.
// - A match of a verb family's pattern spans the verb only (its object context picks the
//   class and is passed over, but stays free to be an argument). Where the object is out of
//   the pattern's reach (before the verb, further than three words), `object_classes` gives
//   the class its head word picks (relations/parse_object_class.h reads it from the parse).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../nlp/document.h"
#include "event_class.h"
#include "word_forms.h"

namespace lede::relations {

enum class TriggerKind { Verb, Noun, Words };

struct TriggerMatch {
    std::size_t first = 0;                // token range [first, end) in the document
    std::size_t end = 0;
    std::size_t head = 0;                 // the inflected word (verb or noun) of the pattern
    TriggerKind kind = TriggerKind::Verb;
    VerbForm form = VerbForm::Base;       // of the head, for verbs
    std::vector<EventClass> classes;      // usually one
    bool object_context = false;          // a verb family's pattern with its object words matched

    bool has_class(EventClass c) const { return std::find(classes.begin(), classes.end(), c) != classes.end(); }
};

class TriggerLexicon {
public:
    // `triggers`: the text of a triggers.tsv; `irregular`: of an irregular_verbs.txt.
    static TriggerLexicon from_text(std::string_view triggers, std::string_view irregular);
    // Several dictionaries in that format, read in order (sets, families and forms are shared).
    // `unknown`, when given, receives what the code does not know: "event class 'AGRE'" (a
    // pattern keeps only its known classes; one left with none is skipped), "pattern kind 'x'"
    // (not v, n or w: the pattern is skipped), "word set '&x'" and "verb family '@x'" (a pattern
    // names one no line declares: the pattern is skipped).
    static TriggerLexicon from_texts(const std::vector<std::string_view>& dictionaries,
                                     std::string_view irregular, std::vector<std::string>* unknown = nullptr);

    std::vector<TriggerMatch> match(const nlp::Document& doc, std::size_t first, std::size_t end,
                                    const std::vector<std::string>* tags = nullptr) const;
    std::size_t size() const { return patterns_.size(); }
    // The classes the verb families of `verb` (a normalised one-word verb form) give it when its
    // object is `object` (a normalised word, as the parse finds it anywhere in the clause): those
    // of the first family pattern "@family _ OBJECT" (a gap, then one word or a word set's
    // one-word phrase) that accepts the word; {NoEvent} when that object names no event ("impose
    // taxes"); empty when no such pattern does.
    std::vector<EventClass> object_classes(const std::string& verb, const std::string& object) const;

private:
    struct Slot {
        bool gap = false;                                   // "_": up to three free words
        int set = -1;                                       // "&name": one of a word set's phrases
        std::unordered_map<std::string, VerbForm> forms;    // accepted normalised words
    };
    struct Pattern {
        std::vector<Slot> slots;                            // for a family pattern: after the verb
        std::size_t head_slot = 0;
        TriggerKind kind = TriggerKind::Verb;
        std::vector<EventClass> classes;                    // {NoEvent}: no event
    };
    struct WordSet {                                        // phrases by their first word
        std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_first;
    };
    struct FamilyVerb {                                     // a verb's first word, inflected
        std::size_t family = 0;
        std::vector<std::string> rest;                      // "call off": {"off"}
        VerbForm form = VerbForm::Base;
    };
    // End position of `slots` matched from `pos` (0 when they do not match); sets head/form
    // when the pattern's head slot is among them, and `loose` to the words matched only as a
    // plural of the pattern's word.
    struct Frame {                                          // a partial match: next slot, next word
        std::size_t slot, pos, loose;
    };
    // The slot of pattern word `w` ("_", "&set", the head, or another word); `irregular`: base
    // form -> its irregular forms. `ok` turns false (and `unknown` names it) when `w` is a word
    // set no line declares.
    static Slot make_slot(const std::string& w, bool head, TriggerKind kind,
                          const std::unordered_map<std::string, int>& set_ids,
                          const std::unordered_map<std::string, std::vector<std::string>>& irregular, bool& ok,
                          std::vector<std::string>* unknown);
    std::size_t match_slots(const Pattern& p, const std::vector<std::string>& words, std::size_t pos,
                            std::size_t& head, VerbForm& form, std::size_t& loose,
                            std::vector<Frame>& stack) const;

    std::vector<Pattern> patterns_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
    std::vector<WordSet> sets_;
    std::vector<std::vector<std::size_t>> family_patterns_;              // per family
    std::unordered_map<std::string, std::vector<FamilyVerb>> family_verbs_;  // by inflected word
};

}  // namespace lede::relations
