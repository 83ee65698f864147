// word_forms.h — small English word-form helpers shared by the relation extractor.
//
// Contract: pure functions on UTF-8 strings; no allocation beyond the returned values.
// `normalize_word` lower-cases ASCII letters and folds the curly apostrophe (U+2019) to
// "'", so lexicon entries are written once ("n't", "'s"). `verb_forms` and `noun_forms`
// generate regular inflections (they over-generate on purpose: "banned" and "baned" are
// both produced; a form that is not English simply never matches).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede::relations {

std::string normalize_word(std::string_view word);

// Kinds of verb form, for passive detection ("was accused": past participle after "be").
enum class VerbForm { Base, ThirdPerson, Past, Gerund };

struct InflectedForm {
    std::string text;
    VerbForm form;
};

// The base itself, -s/-es/-ies, -ed/-d/-ied (with consonant doubling) and -ing forms.
std::vector<InflectedForm> verb_forms(const std::string& base);

// The singular and its regular plural(s).
std::vector<std::string> noun_forms(const std::string& singular);

// True for tokens made only of punctuation or symbols (",", "“", "—", ")").
bool is_punctuation(std::string_view token);

// True when the token starts with an ASCII upper-case letter.
bool starts_upper(std::string_view token);

// a, e, i, o or u (lower case): the spelling rules of inflection read it.
bool is_vowel(char c);
// True when `s` ends with `tail`.
bool ends_with(std::string_view s, std::string_view tail);

}  // namespace lede::relations
