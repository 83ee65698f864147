// function_words_test.cpp — the closed word classes of assets/events/function_words.tsv.
#include <catch2/catch.hpp>

#include "test_resources.h"

#include "relations/function_words.h"

using namespace lede::relations;

TEST_CASE("classes from text") {
    const auto fw = FunctionWords::from_text("# comment\npreposition in on\npreposition against\nbe is was\n");
    CHECK(fw.is("preposition", "in"));
    CHECK(fw.is("preposition", "against"));
    CHECK(fw.is("be", "was"));
    CHECK_FALSE(fw.is("be", "in"));
    CHECK_FALSE(fw.is("unknown", "in"));
}

TEST_CASE("the shipped classes") {
    const auto& fw = lede::test_resources().relations.function_words;
    CHECK(fw.is("determiner", "these"));
    CHECK(fw.is("military", "troops"));
    CHECK(fw.is("pronoun_person", "she"));
    CHECK(fw.is("clause", "that"));
}
