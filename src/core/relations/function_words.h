// function_words.h — closed word classes (prepositions, determiners, forms of "be", clause
// words, military head nouns ...) read from assets/events/function_words.tsv.
//
// Contract: the classes are an enum (WordClass), so a class the code names cannot be
// misspelt; a class name in the data that is not one of them is returned by `from_text` in
// `unknown` (RelationResources reports the file as malformed). `is(cls, word)` takes a
// normalised word (word_forms.h); an unreadable asset leaves every class empty.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lede::relations {

// One per CLASS of function_words.tsv (its name there in the comment).
enum class WordClass {
    Preposition,          // preposition
    Determiner,           // determiner
    Be,                   // be
    Have,                 // have
    PronounPerson,        // pronoun_person
    PronounGroup,         // pronoun_group
    PronounSpeaker,       // pronoun_speaker
    PossessivePerson,     // possessive_person
    PossessiveGroup,      // possessive_group
    PossessiveSpeaker,    // possessive_speaker
    Clause,               // clause
    NominalOrg,           // nominal_org
    Condition,            // condition
    LightVerb,            // light_verb
    Coordination,         // coordination
    Attribution,          // attribution
    AdverbSkip,           // adverb_skip
    Military,             // military
    Group,                // group
    GroupAffiliation,     // group_affiliation
};
inline constexpr std::size_t kWordClassCount = static_cast<std::size_t>(WordClass::GroupAffiliation) + 1;

// The class a name of the data file stands for ("light_verb" -> LightVerb), or nothing.
std::optional<WordClass> word_class_named(std::string_view name);

class FunctionWords {
public:
    // `unknown`, when given, receives the class names of the text that are no WordClass, as
    // "word class 'x'" (their lines are skipped).
    static FunctionWords from_text(std::string_view text, std::vector<std::string>* unknown = nullptr);
    bool is(WordClass cls, const std::string& word) const {
        return classes_[static_cast<std::size_t>(cls)].count(word) > 0;
    }

private:
    std::array<std::unordered_set<std::string>, kWordClassCount> classes_;
};

}  // namespace lede::relations
