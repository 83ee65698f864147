// tokenize_test.cpp — tokens and sentences of news text.
#include <catch2/catch.hpp>

#include "input_limits.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace {
std::vector<std::string> words(const lede::nlp::Document& d) {
    std::vector<std::string> w;
    for (std::size_t i = 0; i < d.tokens.size(); ++i) w.emplace_back(d.token_text(i));
    return w;
}
}  // namespace

TEST_CASE("abbreviations, possessives and numbers stay whole", "[tokenize]") {
    const auto d = lede::nlp::tokenize("The U.S. said Donald Trump’s rival paid $1,000.50 on Jan. 3.", lede::test_resources().nlp);
    const auto w = words(d);
    CHECK(w[1] == "U.S.");
    CHECK(w[4] == "Trump");
    CHECK(w[5] == "’s");
    CHECK(std::find(w.begin(), w.end(), "1,000.50") != w.end());
    CHECK(std::find(w.begin(), w.end(), "Jan.") != w.end());
    CHECK(d.sentences.size() == 1);
}

TEST_CASE("sentences end at terminal punctuation and paragraph breaks", "[tokenize]") {
    const auto d = lede::nlp::tokenize("He left. “We won,” she said.\n\nA new paragraph without a stop\n\nDr. Smith came.", lede::test_resources().nlp);
    REQUIRE(d.sentences.size() == 4);
    CHECK(d.span_text(d.sentences[1].span) == "“We won,” she said.");
    CHECK(d.span_text(d.sentences[3].span) == "Dr. Smith came.");
}

TEST_CASE("run-on text is cut into bounded sentences that cover every token", "[tokenize]") {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += (i % 37 == 36) ? "word, " : "word ";
    const auto d = lede::nlp::tokenize(text, lede::test_resources().nlp);
    REQUIRE(d.sentences.size() > 1);
    std::size_t next = 0;
    for (const auto& s : d.sentences) {
        CHECK(s.first_token == next);
        CHECK(s.end_token - s.first_token <= lede::limits::kMaxSentenceTokens);
        next = s.end_token;
    }
    CHECK(next == d.tokens.size());
}

TEST_CASE("a possessive written apart, as tokenized text does, is one token", "[tokenize]") {
    const auto w = words(lede::nlp::tokenize("rival Boeing 's 747 and the ' s sign", lede::test_resources().nlp));
    REQUIRE(w.size() >= 4);
    CHECK(w[1] == "Boeing");
    CHECK(w[2] == "'s");
    CHECK(w[3] == "747");
    CHECK(std::find(w.begin(), w.end(), "'") != w.end());   // "' s" stays apart
}

TEST_CASE("the abbreviations come from the resources given", "[tokenize]") {
    // Without "Gen." in the list its period is a token of its own; with it, part of the word.
    lede::nlp::NlpResources none;
    lede::nlp::NlpResources gen;
    gen.abbreviations.insert("Gen.");
    CHECK(words(lede::nlp::tokenize("Gen. Smith came.", none))[0] == "Gen");
    CHECK(words(lede::nlp::tokenize("Gen. Smith came.", gen))[0] == "Gen.");
    CHECK(lede::test_resources().nlp.abbreviations.count("Dr.") == 1);
}
