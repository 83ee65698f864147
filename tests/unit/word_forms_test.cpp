// word_forms_test.cpp — normalisation and regular inflection of the relation lexicons.
#include <catch2/catch.hpp>

#include <algorithm>

#include "relations/word_forms.h"

using namespace lede::relations;

namespace {
bool has_form(const std::vector<InflectedForm>& forms, const std::string& text, VerbForm kind) {
    return std::any_of(forms.begin(), forms.end(), [&](const InflectedForm& f) { return f.text == text && f.form == kind; });
}
}  // namespace

TEST_CASE("normalize_word lower-cases and folds the curly apostrophe") {
    CHECK(normalize_word("Denied") == "denied");
    CHECK(normalize_word("\xE2\x80\x99t") == "'t");
    CHECK(normalize_word("won") == "won");
}

TEST_CASE("verb_forms generates regular inflections") {
    CHECK(has_form(verb_forms("accuse"), "accused", VerbForm::Past));
    CHECK(has_form(verb_forms("accuse"), "accusing", VerbForm::Gerund));
    CHECK(has_form(verb_forms("accuse"), "accuses", VerbForm::ThirdPerson));
    CHECK(has_form(verb_forms("deny"), "denied", VerbForm::Past));
    CHECK(has_form(verb_forms("deny"), "denies", VerbForm::ThirdPerson));
    CHECK(has_form(verb_forms("ban"), "banned", VerbForm::Past));
    CHECK(has_form(verb_forms("push"), "pushes", VerbForm::ThirdPerson));
    CHECK(has_form(verb_forms("agree"), "agreeing", VerbForm::Gerund));
    CHECK(has_form(verb_forms("tie"), "tying", VerbForm::Gerund));
}

TEST_CASE("noun_forms adds the plural") {
    const auto f = noun_forms("allegation");
    CHECK(std::find(f.begin(), f.end(), "allegations") != f.end());
    const auto g = noun_forms("atrocity");
    CHECK(std::find(g.begin(), g.end(), "atrocities") != g.end());
}

TEST_CASE("punctuation and capitals") {
    CHECK(is_punctuation(","));
    CHECK(is_punctuation("\xE2\x80\x9C"));   // “
    CHECK_FALSE(is_punctuation("Moscow"));
    CHECK_FALSE(is_punctuation("'s"));
    CHECK(starts_upper("Putin"));
    CHECK_FALSE(starts_upper("putin"));
}
