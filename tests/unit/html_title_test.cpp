// html_title_test.cpp — choosing the headline among headings and metadata titles.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_title.h"
#include "test_resources.h"

using namespace lede::html;

namespace {

std::string title(std::vector<std::string> meta, std::vector<Heading> headings, std::string outlet = "") {
    TitleClues clues;
    clues.meta_titles = std::move(meta);
    clues.headings = std::move(headings);
    clues.outlet = std::move(outlet);
    const auto t = choose_title(clues, lede::test_resources().clean);
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
    const auto t = choose_title(clues, lede::test_resources().clean);
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
    // Typography is kept as printed.
    CHECK(title({"Why Cheap SEO Doesn’t Work"}, {}) == "Why Cheap SEO Doesn’t Work");
    CHECK(title({}, {}) == "<none>");
}

TEST_CASE("a short label after the first separator is not part of the headline", "[html_title]") {
    CHECK(title({"How meditation rewires brains | Opinion"}, {}) == "How meditation rewires brains");
    CHECK(title({}, {{"Gym Workouts for Beginners \xE2\x80\x94 Strength Training", 1, 0}}) == "Gym Workouts for Beginners");
    // A subtitle stays: lower case, long, or asking.
    CHECK(title({}, {{"The most popular workout \xE2\x80\x94 and 5 trends to expect", 1, 0}}) ==
          "The most popular workout \xE2\x80\x94 and 5 trends to expect");
    CHECK(title({}, {{"Digital Signal #18 \xE2\x80\x93 The World Without Work?", 1, 0}}) ==
          "Digital Signal #18 \xE2\x80\x93 The World Without Work?");
    CHECK(title({}, {{"How to replace brake pads - From an Certified Mechanic", 1, 0}}) ==
          "How to replace brake pads - From an Certified Mechanic");
}

TEST_CASE("site names are learned from the address and from the suffix titles repeat", "[html_title]") {
    const SiteNames site = learn_site_names({}, "https://www.newegg.com/p/1", {"GAME CHANGER | Newegg.com"}, lede::test_resources().clean.html.title_separators);
    CHECK(site.host == "newegg.com");
    CHECK(site.brand == "newegg");
    CHECK(is_site_name("Newegg.com", site));
    CHECK(is_site_name("NEWEGG", site));
    CHECK_FALSE(is_site_name("Game changer", site));
    CHECK(drop_site_name("GAME CHANGER | Newegg.com", "", site, lede::test_resources().clean) == "GAME CHANGER");
    CHECK(drop_site_name("davidbau.com Vibe Coding", "", learn_site_names({}, "https://davidbau.com/a.html", {}, lede::test_resources().clean.html.title_separators), lede::test_resources().clean) ==
          "Vibe Coding");
    CHECK(learn_site_names({}, "https://news.example.co.uk/x", {}, lede::test_resources().clean.html.title_separators).brand == "example");
    // A suffix two different titles share is a name, though the address does not spell it.
    const SiteNames shared = learn_site_names({}, "", {"A story | Daily Planet", "The story, longer | Daily Planet"}, lede::test_resources().clean.html.title_separators);
    CHECK(is_site_name("daily planet", shared));
    // A heading that is the site's name is its logo, not the headline.
    TitleClues clues;
    clues.meta_titles = {"Grads find degrees no longer guarantee jobs - Slashdot"};
    clues.headings = {{"Slashdot", 2, 0}};
    clues.site = learn_site_names({}, "https://developers.slashdot.org/story/1", clues.meta_titles, lede::test_resources().clean.html.title_separators);
    const auto t = choose_title(clues, lede::test_resources().clean);
    REQUIRE(t);
    CHECK(t->title == "Grads find degrees no longer guarantee jobs");
}

TEST_CASE("UTF-8 read as Latin-1 is put back", "[html_title]") {
    CHECK(repair_mojibake("A DIY Investor\xC3\xA2\xC2\x80\xC2\x99s Guide") == "A DIY Investor\xE2\x80\x99s Guide");
    CHECK(repair_mojibake("Caf\xC3\xA9 au lait") == "Caf\xC3\xA9 au lait");   // real Latin-1 text stays
    CHECK(repair_mojibake("plain") == "plain");
}

TEST_CASE("what the site's name removed from a title is the logo, not the headline", "[html_title]") {
    // "Playful Tones" is cut from the <title> as the site's name: the <h1> holding it is a logo.
    CHECK(title({"Reflections on Building a UI Pipeline - Part 1 | Playful Tones"},
                {{"Playful Tones", 1, 0}, {"Reflections on Building a UI Pipeline - Part 1", 2, 3}}) ==
          "Reflections on Building a UI Pipeline");   // and "Part 1" is a short label
}

TEST_CASE("an address is a site's name even when the page declares none", "[html_title]") {
    CHECK(looks_like_domain("Newegg.com"));
    CHECK(looks_like_domain("news.example.co.uk"));
    CHECK_FALSE(looks_like_domain("U.S."));
    CHECK_FALSE(looks_like_domain("Node.js"));
    CHECK_FALSE(looks_like_domain("v1.2"));
    CHECK_FALSE(looks_like_domain("Game changer"));
    // No og:site_name, no canonical address: the address after the separator still goes.
    CHECK(title({"GAME CHANGER | Newegg.com"}, {}) == "GAME CHANGER");
    CHECK(title({"Example.org - How tides work on small lakes"}, {}) == "How tides work on small lakes");
    // A heading that is an address is the logo.
    CHECK(title({"Tides on small lakes"}, {{"example.org", 1, 0}, {"Tides on small lakes", 2, 2}}) == "Tides on small lakes");
}

TEST_CASE("a heading that prints the whole title keeps only the headline", "[html_title]") {
    // "Headline | Section | Site" printed in the <h1>: the parts after the headline go.
    CHECK(title({"How to help babies sleep through the night | Patient Education | City Children's Hospital"},
                {{"How to help babies sleep through the night | Patient Education | City Children's Hospital", 1, 0}}) ==
          "How to help babies sleep through the night");
    // One separator and no site known: a subtitle printed in the heading stays.
    CHECK(title({"Tutoring was supposed to help - and what went wrong instead"},
                {{"Tutoring was supposed to help - and what went wrong instead", 1, 0}}) ==
          "Tutoring was supposed to help - and what went wrong instead");
}

TEST_CASE("a bracketed name after the title does not hide the heading it names", "[html_title]") {
    // The first <h1> is the site's banner; the <title> adds the author in brackets.
    CHECK(title({"The Fold-and-Cut Problem (Erik Demaine)"},
                {{"Erik Demaine's Folding and Unfolding:", 1, 0}, {"The Fold-and-Cut Problem", 1, 2}}) ==
          "The Fold-and-Cut Problem");
    // A year or a lower-case aside in brackets is part of the title.
    CHECK(title({"Best Moving Companies in New York (2025)"}, {{"Best Moving Companies in New York", 2, 0}}) ==
          "Best Moving Companies in New York (2025)");
}

TEST_CASE("an entity the page encoded twice is decoded in a heading", "[html_title]") {
    // The <h1> reads "SQL &#x26; AI" (written "&amp;#x26;"); the metadata has "SQL & AI". The
    // keyword list after the separator is a label: three words, "&" is none.
    CHECK(title({"12 Must-Have Data Analysis Tools for 2026 | Python, SQL & AI | Splunk"},
                {{"12 Must-Have Data Analysis Tools for 2026 | Python, SQL &#x26; AI", 1, 0}}, "Splunk") ==
          "12 Must-Have Data Analysis Tools for 2026");
}

TEST_CASE("one title written with two dashes does not make its subtitle a site name", "[html_title]") {
    const SiteNames site = learn_site_names({"Appinventiv"}, "", {"How Learning is Shaping Shops - 10 Benefits, Use Cases",
                                                                  "How Learning is Shaping Shops \xE2\x80\x93 10 Benefits, Use Cases"}, lede::test_resources().clean.html.title_separators);
    CHECK_FALSE(is_site_name("10 Benefits, Use Cases", site));
    TitleClues clues;
    clues.meta_titles = {"How Learning is Shaping Shops - 10 Benefits, Use Cases",
                         "How Learning is Shaping Shops \xE2\x80\x93 10 Benefits, Use Cases"};
    clues.outlet = "Appinventiv";
    clues.site = site;
    clues.headings = {{"How Learning is Shaping Shops \xE2\x80\x93 10 Benefits, Use Cases", 1, 0}};
    const auto t = choose_title(clues, lede::test_resources().clean);
    REQUIRE(t);
    CHECK(t->title == "How Learning is Shaping Shops \xE2\x80\x93 10 Benefits, Use Cases");
}

TEST_CASE("a last part that begins with the address's name is the site under a longer name", "[html_title]") {
    const SiteNames site = learn_site_names({}, "https://health.ucdavis.edu/children/sleep", {}, lede::test_resources().clean.html.title_separators);
    CHECK(site.brand == "ucdavis");
    CHECK(names_site_at_length("UC Davis Children's Hospital", site));
    CHECK_FALSE(names_site_at_length("UC Davis", site));   // the brand alone is is_site_name's
    CHECK_FALSE(names_site_at_length("Sleep through the night", site));
    CHECK(drop_site_name("How to help babies sleep through the night - UC Davis Children's Hospital", "", site, lede::test_resources().clean) ==
          "How to help babies sleep through the night");
    // A brand of three letters is too short to tell.
    const SiteNames short_brand = learn_site_names({}, "https://www.abc.net.au/news/1", {}, lede::test_resources().clean.html.title_separators);
    CHECK_FALSE(names_site_at_length("ABC Kids listen", short_brand));
}
