// lemmas.h — the dictionary form of an event word ("unveiled" -> "unveil", "sales" -> "sale"),
// for the generic event layer's `lemma`.
//
// Contract:
// - `Lemmas::from_text` reads the irregular forms of an irregular_verbs.txt (RelationResources
//   loads it; an empty text leaves only the regular rules).
// - `verb(w)` / `noun(w)` take a normalised word (word_forms.h). Irregular forms map to their
//   base; regular -s/-es/-ies, -ed/-ied and -ing are undone by spelling rules (a lost final "e"
//   restored: "announced" -> "announce"; a doubled final consonant undone: "planned" -> "plan").
//   The rules are approximate: a label for readers, never used for matching.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace lede::relations {

class Lemmas {
public:
    // `irregular`: the text of an irregular_verbs.txt.
    static Lemmas from_text(std::string_view irregular);

    std::string verb(const std::string& word) const;
    std::string noun(const std::string& word) const;

private:
    std::unordered_map<std::string, std::string> irregular_;   // inflected form -> base
};

}  // namespace lede::relations
