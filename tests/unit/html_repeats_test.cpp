// html_repeats_test.cpp — blocks a page prints twice (one copy per layout) kept once.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "clean/clean_html.h"
#include "clean/html_repeats.h"
#include "test_resources.h"

using lede::html::repeated_paragraphs;

namespace {
std::string sentence(int i) {
    return "Sentence " + std::to_string(i) + " of the story, long enough to be a paragraph of its own, with a clause to read.";
}
}  // namespace

TEST_CASE("a paragraph right after its own copy is a repeat; a short label is not", "[html_repeats]") {
    const std::vector<std::string> p = {sentence(1), sentence(1), "Learn more", "Learn more", sentence(2)};
    CHECK(repeated_paragraphs(p) == std::vector<bool>{false, true, false, false, false});
}

TEST_CASE("a passage printed again in the same order is a repeat; a line the story repeats is not",
          "[html_repeats]") {
    const std::vector<std::string> twice = {sentence(1), sentence(2), sentence(3), "Footer", sentence(1), sentence(2),
                                            sentence(3)};
    CHECK(repeated_paragraphs(twice) == std::vector<bool>{false, false, false, false, true, true, true});
    // Two paragraphs again (a refrain, a quoted line): too little to be a second layout.
    const std::vector<std::string> refrain = {sentence(1), sentence(2), sentence(3), sentence(1), sentence(2)};
    CHECK(repeated_paragraphs(refrain) == std::vector<bool>(5, false));
    CHECK(repeated_paragraphs({}).empty());
}

TEST_CASE("the cleaner keeps one copy of a block printed for two layouts", "[html_repeats]") {
    std::string block;
    for (int i = 0; i < 3; ++i) block += "<p>" + sentence(i) + "</p>";
    const std::string page = "<html><body><article><h1>Headline</h1><div class=\"desktop\">" + block +
                             "</div><div class=\"mobile\">" + block + "</div></article></body></html>";
    const lede::CleanResult r = lede::clean_html(lede::test_resources().clean, page);
    const std::string& text = r.article.text;
    const auto first = text.find(sentence(0));
    REQUIRE(first != std::string::npos);
    CHECK(text.find(sentence(0), first + 1) == std::string::npos);
    bool reported = false;
    for (const auto& rm : r.removed) reported = reported || std::string(rm.reason) == "repeated";
    CHECK(reported);
}
