// pos_tagger_test.cpp — the part-of-speech model shipped in assets/models/pos.bin.
#include <catch2/catch.hpp>

#include "syntax/pos_tagger.h"
#include "test_resources.h"

using namespace lede::syntax;

TEST_CASE("the shipped model tags a news sentence") {
    const auto& tagger = lede::test_resources().syntax.tagger;
    REQUIRE(tagger.ready());
    const std::vector<std::string_view> words{"Moscow", "has", "vehemently", "denied", "these", "allegations", "."};
    const auto tags = tagger.tag(words);
    REQUIRE(tags.size() == words.size());
    CHECK(tags[0] == "PROPN");
    CHECK(tags[1] == "AUX");
    CHECK(tags[3] == "VBN");
    CHECK(tags[5] == "NOUN");
    CHECK(tags[6] == "PUNCT");
}

TEST_CASE("verb or noun by context") {
    const auto& tagger = lede::test_resources().syntax.tagger;
    const auto a = tagger.tag({"The", "attack", "killed", "ten", "people", "."});
    const auto b = tagger.tag({"They", "attack", "the", "town", "."});
    CHECK(a[1] == "NOUN");
    CHECK(is_verb_tag(b[1]));
    CHECK(is_verb_tag("VBD"));
    CHECK(is_verb_tag("AUX"));
    CHECK_FALSE(is_verb_tag("NOUN"));
}

TEST_CASE("an empty or unloaded tagger answers nothing") {
    CHECK(lede::test_resources().syntax.tagger.tag({}).empty());
    const auto none = PosTagger::from_model(lede::nlp::Perceptron());
    CHECK_FALSE(none.ready());
    CHECK(none.tag({"word"}).empty());
}
