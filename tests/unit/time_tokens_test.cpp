// time_tokens_test.cpp — the fine tokens the time grammar reads.
#include <catch2/catch.hpp>

#include "nlp/tokenize.h"
#include "time/time_tokens.h"
#include "test_resources.h"

using namespace lede;

namespace {
std::vector<std::string> norms(const std::string& text) {
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    std::vector<std::string> out;
    for (const auto& t : time::tokenize_for_time(doc)) out.push_back(t.norm);
    return out;
}
}  // namespace

TEST_CASE("hyphens, slashes and periods are tokens; digit groups stay whole", "[time_tokens]") {
    CHECK(norms("third-quarter") == std::vector<std::string>{"third", "-", "quarter"});
    CHECK(norms("Sept. 30") == std::vector<std::string>{"sept", ".", "30"});
    CHECK(norms("at 10:30, 1,000 and 3.5") == std::vector<std::string>{"at", "10:30", ",", "1,000", "and", "3.5"});
    CHECK(norms("7/8/07") == std::vector<std::string>{"7", "/", "8", "/", "07"});
    CHECK(norms("the 1990s, 3rd") == std::vector<std::string>{"the", "1990s", ",", "3rd"});
    CHECK(norms("Trump’s") == std::vector<std::string>{"trump", "'", "s"});
}

TEST_CASE("spans point into the text and flags describe the gaps", "[time_tokens]") {
    const std::string text = "On Friday,\nMay 5";
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    const auto tokens = time::tokenize_for_time(doc);
    REQUIRE(tokens.size() == 5);
    CHECK(text.substr(tokens[1].span.start, tokens[1].span.size()) == "Friday");
    CHECK(tokens[1].capitalized);
    CHECK_FALSE(tokens[2].space_before);
    CHECK(tokens[3].newline_before);
    CHECK(tokens[4].digits_only);
}

TEST_CASE("phrases split like text", "[time_tokens]") {
    CHECK(time::split_phrase("new year's day") == std::vector<std::string>{"new", "year", "'", "s", "day"});
    CHECK(time::split_phrase("a.m.") == std::vector<std::string>{"a", ".", "m", "."});
}
