// html_title_test.cpp — choosing the headline among headings and metadata titles.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_title.h"

using namespace lede::html;

namespace {

std::string title(std::vector<std::string> meta, std::vector<Heading> headings, std::string outlet = "") {
    TitleClues clues;
    clues.meta_titles = std::move(meta);
    clues.headings = std::move(headings);
    clues.outlet = std::move(outlet);
    const auto t = choose_title(clues);
    return t ? t->title : std::string("<none>");
}

}  // namespace

TEST_CASE("a heading one side of a metadata title confirms is the headline", "[html_title]") {
    // The blog's logo is the first <h1>; the headline is the part before " - ".
    CHECK(title({"Defer, Panic, and Recover - The Go Programming Language"},
                {{"The Go Blog", 1, 0}, {"Defer, Panic, and Recover", 1, 3}}) == "Defer, Panic, and Recover");
    // An <h2> headline, when the only <h1> is a pull quote.
    CHECK(title({"What do people love about Rust? | Rust Blog"},
                {{"What do people love about Rust?", 2, 0}, {"But what they love is the sense of empowerment", 1, 9}}) ==
          "What do people love about Rust?");
    // The heading index comes back for the dateline search.
    TitleClues clues;
    clues.meta_titles = {"Story | Site"};
    clues.headings = {{"Site", 1, 0}, {"Story", 2, 5}};
    clues.outlet = "Site";
    const auto t = choose_title(clues);
    REQUIRE(t);
    CHECK(t->title == "Story");
    CHECK(t->heading == std::optional<std::size_t>(1));
}

TEST_CASE("a heading holding the title and its dateline gives the metadata's words", "[html_title]") {
    CHECK(title({"Preparing a transition in Debusine"}, {{"Dec 18 2025 Preparing a transition in Debusine", 1, 0}}) ==
          "Preparing a transition in Debusine");
    CHECK(title({"Top Strategies to Optimize Blockchain Performance"},
                {{"Top Strategies to Optimize Blockchain Performance Posted on July 1, 2024 by infuy", 1, 0}}) ==
          "Top Strategies to Optimize Blockchain Performance");
    CHECK(title({"Best Agencies in 2025 | Silverback"}, {{"Blog: Best Agencies in 2025", 1, 0}}, "Silverback") ==
          "Best Agencies in 2025");
    // A longer headline that merely starts with the metadata title stays as printed.
    CHECK(title({"Mobile UX Design"}, {{"Mobile UX Design: The Ultimate Guide 2025", 1, 0}}) ==
          "Mobile UX Design: The Ultimate Guide 2025");
}

TEST_CASE("an unconfirmed <h1> is kept only when it words the same story", "[html_title]") {
    CHECK(title({"Advent of Code 2025 week 2"}, {{"RogerBW's Blog", 1, 0}, {"Day 7", 1, 2}}, "RogerBW's Blog") ==
          "Advent of Code 2025 week 2");
    CHECK(title({"Investing in Cloud Stocks | The Fool"}, {{"Best Cloud Computing Stocks of 2025", 1, 0}}, "The Fool") ==
          "Best Cloud Computing Stocks of 2025");
    CHECK(title({"Why Cheap SEO Doesn’t Work"}, {}) == "Why Cheap SEO Doesn't Work");
    CHECK(title({}, {}) == "<none>");
}
