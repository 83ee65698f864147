// function_words_test.cpp — the closed word classes of assets/events/function_words.tsv.
#include <catch2/catch.hpp>

#include "test_resources.h"

#include "relations/function_words.h"

using namespace lede::relations;

TEST_CASE("classes from text") {
    const auto fw = FunctionWords::from_text("# comment\npreposition in on\npreposition against\nbe is was\n");
    CHECK(fw.is(WordClass::Preposition, "in"));
    CHECK(fw.is(WordClass::Preposition, "against"));
    CHECK(fw.is(WordClass::Be, "was"));
    CHECK_FALSE(fw.is(WordClass::Be, "in"));
    CHECK_FALSE(fw.is(WordClass::Determiner, "in"));
}

TEST_CASE("a class name the code does not know is returned, its words ignored") {
    std::vector<std::string> unknown;
    const auto fw = FunctionWords::from_text("preposition in\nprepostion on\nbe is\n", &unknown);
    REQUIRE(unknown == std::vector<std::string>{"word class 'prepostion'"});
    CHECK_FALSE(fw.is(WordClass::Preposition, "on"));
    CHECK(fw.is(WordClass::Be, "is"));
}

TEST_CASE("every class has its name in the data file") {
    CHECK(word_class_named("light_verb") == WordClass::LightVerb);
    CHECK(word_class_named("group_affiliation") == WordClass::GroupAffiliation);
    CHECK_FALSE(word_class_named("light verb"));
}

TEST_CASE("the shipped classes") {
    const auto& fw = lede::test_resources().relations.function_words;
    CHECK(fw.is(WordClass::Determiner, "these"));
    CHECK(fw.is(WordClass::Military, "troops"));
    CHECK(fw.is(WordClass::PronounPerson, "she"));
    CHECK(fw.is(WordClass::Clause, "that"));
}
