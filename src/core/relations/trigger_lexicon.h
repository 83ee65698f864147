// trigger_lexicon.h — event triggers: words and patterns of a sentence that name an event,
// with their PLOVER class (or SAY), read from assets/events/triggers.tsv.
//
// Contract:
// - `TriggerLexicon::shared()` loads assets/events/triggers.tsv and irregular_verbs.txt once;
//   an unreadable asset gives an empty lexicon (no triggers, never a crash).
// - `match` finds, left to right over tokens [first, end) of a document, the longest
//   pattern starting at each token; matches never overlap. A capitalised word inside a
//   sentence is taken for a name ("Strike Force", "March") unless the sentence is a
//   headline in title case.
// - With part-of-speech tags (one per token of [first, end), pos_tagger.h), a verb pattern
//   needs a verb tag on its head and a one-word noun pattern a noun-like tag (NOUN, PROPN, ADJ,
//   X, NUM); a noun pattern of two words or more ("hunger strike") needs none.
// - Pattern syntax is described at the top of triggers.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../nlp/document.h"
#include "word_forms.h"

namespace lede::relations {

enum class TriggerKind { Verb, Noun, Words };

struct TriggerMatch {
    std::size_t first = 0;                // token range [first, end) in the document
    std::size_t end = 0;
    std::size_t head = 0;                 // the inflected word (verb or noun) of the pattern
    TriggerKind kind = TriggerKind::Verb;
    VerbForm form = VerbForm::Base;       // of the head, for verbs
    std::vector<std::string> classes;     // usually one
};

class TriggerLexicon {
public:
    static const TriggerLexicon& shared();
    // `triggers`: the text of a triggers.tsv; `irregular`: of an irregular_verbs.txt.
    static TriggerLexicon from_text(std::string_view triggers, std::string_view irregular);

    std::vector<TriggerMatch> match(const nlp::Document& doc, std::size_t first, std::size_t end,
                                    const std::vector<std::string>* tags = nullptr) const;
    std::size_t size() const { return patterns_.size(); }

private:
    struct Slot {
        bool gap = false;                                   // "_": up to three free words
        std::unordered_map<std::string, VerbForm> forms;    // accepted normalised words
    };
    struct Pattern {
        std::vector<Slot> slots;
        std::size_t head_slot = 0;
        TriggerKind kind = TriggerKind::Verb;
        std::vector<std::string> classes;
    };
    // Tokens matched by `p` starting at `at` (0 when it does not match); sets head/form.
    std::size_t match_at(const Pattern& p, const std::vector<std::string>& words, std::size_t at,
                         std::size_t& head, VerbForm& form) const;

    std::vector<Pattern> patterns_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_first_word_;
};

}  // namespace lede::relations
