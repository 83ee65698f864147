// html_metadata_test.cpp — title, date, authors, outlet and language from JSON-LD,
// OpenGraph, meta tags, <time> and the headline.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_document.h"
#include "clean/html_metadata.h"
#include "test_resources.h"

using namespace lede::html;

namespace {
HtmlMetadata read(const std::string& page) { return read_metadata(HtmlDocument::parse(page), lede::test_resources().clean); }
}  // namespace

TEST_CASE("JSON-LD gives headline, date, authors and publisher", "[html_metadata]") {
    const std::string page =
        "<html lang=\"en_US\"><head><title>Ignored | Site</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebPage\",\"@id\":\"#page\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Geneva\",\"datePublished\":\"2020-09-25T11:36:00+03:00\","
        "\"author\":[{\"@id\":\"#p1\"},{\"@type\":\"Person\",\"name\":\"Maria &amp; Kat\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}},"
        "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Jane Doe\"}]}</script></head>"
        "<body><p>Text.</p></body></html>";
    const HtmlMetadata m = read(page);
    REQUIRE(m.title);
    CHECK(*m.title == "Talks resume in Geneva");
    REQUIRE(m.published);
    CHECK(*m.published == "2020-09-25T11:36");
    REQUIRE(m.published_source);
    CHECK(page.substr(m.published_source->start, m.published_source->size()) == "2020-09-25T11:36:00+03:00");
    REQUIRE(m.byline);
    CHECK(*m.byline == "Jane Doe, Maria & Kat");
    REQUIRE(m.outlet);
    CHECK(*m.outlet == "Example News");
    REQUIRE(m.language);
    CHECK(*m.language == "en-US");
}

TEST_CASE("OpenGraph and meta tags, with the site name dropped from the title", "[html_metadata]") {
    const std::string page =
        "<html><head><title>Rates rise again - The Ledger</title>"
        "<meta property=\"og:site_name\" content=\"The Ledger\">"
        "<meta property=\"article:published_time\" content=\"2019-05-02\">"
        "<meta name=\"author\" content=\"Sam Smith\"></head><body><p>Body.</p></body></html>";
    const HtmlMetadata m = read(page);
    REQUIRE(m.title);
    CHECK(*m.title == "Rates rise again");
    REQUIRE(m.published);
    CHECK(*m.published == "2019-05-02");
    REQUIRE(m.byline);
    CHECK(*m.byline == "Sam Smith");
    CHECK(*m.outlet == "The Ledger");
    CHECK_FALSE(m.language);
}

TEST_CASE("the headline and the date a reader sees win over metadata", "[html_metadata]") {
    const std::string page =
        "<html><head><meta property=\"og:title\" content=\"SEO title for search engines\">"
        "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"datePublished\": \"2019-01-01T00:00:00Z\"}"
        "</script></head><body><header><h1>Example Site</h1></header>"
        "<h1>The real headline of the story</h1>"
        "<p class=\"byline\">By Ann Lee</p><p>Updated <time datetime=\"2024-02-03T10:00\">Feb 3</time></p>"
        "<p>Body text.</p></body></html>";
    const HtmlMetadata m = read(page);
    const HtmlMetadata named = read(
        "<html><head><meta property=\"og:site_name\" content=\"Example Site\"></head><body>"
        "<h1>Example Site</h1><h1>The real headline of the story</h1>"
        "<p>Posted on March 5, 2022 at 4:10 pm</p><p>Body.</p></body></html>");
    REQUIRE(named.title);
    CHECK(*named.title == "The real headline of the story");
    REQUIRE(named.published);
    CHECK(*named.published == "2022-03-05T16:10");

    REQUIRE(m.published);
    CHECK(*m.published == "2024-02-03T10:00");
    REQUIRE(m.byline);
    CHECK(*m.byline == "Ann Lee");
}

TEST_CASE("site names are dropped only when they can be shown to be one", "[html_metadata]") {
    CHECK(drop_site_name("Headline here | Site", "Site", lede::test_resources().clean) == "Headline here");
    CHECK(drop_site_name("Site | Headline here", "Site", lede::test_resources().clean) == "Headline here");
    CHECK(drop_site_name("Why rates rise: a guide", "The Ledger", lede::test_resources().clean) == "Why rates rise: a guide");
    CHECK(drop_site_name("A long headline about the economy - BBC News", "", lede::test_resources().clean) == "A long headline about the economy");
    CHECK(comparable("  The   Beginner’s GUIDE ") == "the beginner's guide");
}

TEST_CASE("broken or hostile JSON-LD is ignored", "[html_metadata]") {
    std::string deep = "<script type=\"application/ld+json\">";
    for (int i = 0; i < 50000; ++i) deep += "[";
    deep += "</script><script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":</script>";
    const HtmlMetadata m = read("<html><head>" + deep + "<title>Fallback title</title></head><body></body></html>");
    REQUIRE(m.title);
    CHECK(*m.title == "Fallback title");
    CHECK_FALSE(m.published);
}

TEST_CASE("byline markup gives the name without its date and cues", "[html_metadata]") {
    auto byline = [](const std::string& markup) {
        const HtmlMetadata m = read("<html><body><h1>Headline of the story</h1><div class=\"byline\">" + markup +
                                    "</div><p>Body.</p></body></html>");
        return m.byline.value_or("<none>");
    };
    CHECK(byline("Summer Swann - June 12, 2025") == "Summer Swann");
    CHECK(byline("16 December 2025 by Sam O'Brien") == "Sam O'Brien");
    CHECK(byline("Written By: Cazzy Magennis Last Updated: August 1, 2025") == "Cazzy Magennis");
    CHECK(byline("Oleg Parashchak Jul 18, 2025 7 min") == "Oleg Parashchak");
    CHECK(byline("Posted by Jane Roe") == "Jane Roe");
}

TEST_CASE("an address printed as the logo names the site when the page gives no address", "[html_metadata]") {
    const HtmlMetadata m = read_metadata(HtmlDocument::parse(
        "<html><head><title>davidbau.com Vibe Coding</title></head><body><h1>davidbau.com</h1>"
        "<h2 class=\"date\">December 16, 2025</h2><p>Text of the post, long enough to be one.</p></body></html>"), lede::test_resources().clean);
    REQUIRE(m.title);
    CHECK(*m.title == "Vibe Coding");
}
