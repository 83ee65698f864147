// html_published_test.cpp — choosing a page's publication date among its URL, declared
// metadata, datelines under the headline and <time> elements.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_document.h"
#include "clean/html_metadata.h"
#include "clean/html_published.h"
#include "clean/text_lexicon.h"
#include "test_resources.h"

using namespace lede::html;

namespace {

std::string published(const std::string& head, const std::string& body) {
    const HtmlMetadata m = read_metadata(HtmlDocument::parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), lede::test_resources().clean);
    return m.published ? m.published->substr(0, 10) : std::string();
}

const std::string kDeclared = "<meta property=\"article:published_time\" content=\"2024-02-01T10:00:00Z\">";

}  // namespace

TEST_CASE("a date in the URL path is read as year/month/day segments", "[html_published]") {
    CHECK(url_date("https://example.com/2020/09/25/talks-resume/", lede::test_resources().clean.dates).value_or("") == "2020-09-25");
    CHECK(url_date("https://example.com/news/2021/01/18", lede::test_resources().clean.dates).value_or("") == "2021-01-18");
    CHECK(url_date("https://example.com/2020/09/25-talks?from=2019/01/01/", lede::test_resources().clean.dates) == std::nullopt);
    CHECK(url_date("https://example.com/2020/13/01/x", lede::test_resources().clean.dates) == std::nullopt);
    CHECK(url_date("https://2020/09/25.example.com/", lede::test_resources().clean.dates) == std::nullopt);
    CHECK(url_date("", lede::test_resources().clean.dates) == std::nullopt);
}

TEST_CASE("class words say which date an element shows", "[html_published]") {
    const HtmlDocument doc = HtmlDocument::parse(
        "<html><body><span class=\"entry-date published\">a</span><div class=\"page-byline__item date_updated\">b</div>"
        "<span class=\"entry-date published updated\">c</span><span class=\"meta\">d</span></body></html>");
    std::vector<const xmlNode*> spans;
    for (const xmlNode* n = doc.root(); n; n = next_in_order(n, doc.root()))
        if (has_tag(n, "span") || has_tag(n, "div")) spans.push_back(n);
    REQUIRE(spans.size() == 4);
    CHECK(class_cue(spans[0], lede::test_resources().clean.html.date_classes) == lede::DateCue::Published);
    CHECK(class_cue(spans[1], lede::test_resources().clean.html.date_classes) == lede::DateCue::Updated);
    CHECK(class_cue(spans[2], lede::test_resources().clean.html.date_classes) == lede::DateCue::None);
    CHECK(class_cue(spans[3], lede::test_resources().clean.html.date_classes) == lede::DateCue::None);
}

TEST_CASE("the URL's date and the declared date come before the page's other dates", "[html_published]") {
    CHECK(published("<link rel=\"canonical\" href=\"https://example.com/2019/05/02/story/\">" + kDeclared,
                    "<h1>Headline of the story</h1><p>Updated March 3, 2025</p>") == "2019-05-02");
    // A later bare date under the headline (a teaser, a ticker) does not beat the declared one.
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><div class=\"meta\">March 3, 2025</div>") == "2024-02-01");
    // A day apart, and a day the declared moment falls on somewhere (10:00 UTC is still 31
    // January west of UTC-10): the same moment, declared as written.
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><div>January 31, 2024</div>") == "2024-02-01");
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><div>February 3, 2024</div>") == "2024-02-01");
}

TEST_CASE("a timestamp with its offset is one moment; an earlier dateline is an earlier publication", "[html_published]") {
    const std::string late_utc = "<meta property=\"article:published_time\" content=\"2025-12-19T02:10:00Z\">";
    // 02:10 UTC is the evening before in the Americas: the same moment, kept as declared (its
    // day is not shifted to the local one).
    CHECK(published(late_utc, "<h1>Headline of the story</h1><div class=\"meta\">Dec 18, 2025</div>") == "2025-12-19");
    // 22:02 UTC cannot be the 18th anywhere: an earlier dateline is the first publication.
    const std::string ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                           "\"datePublished\": \"2025-12-19T22:02:58.705Z\"}</script>";
    CHECK(published(ld, "<h1>Headline of the story</h1><div>Dec 18, 2025</div>") == "2025-12-18");
    // Printed as the update, the local day does not replace the declared one.
    CHECK(published(late_utc, "<h1>Headline of the story</h1><p><span>Updated on</span> Dec 18, 2025</p>") ==
          "2025-12-19");
    // Without an offset the zone is unknown: a day either side is the declared moment.
    CHECK(published("<meta property=\"article:published_time\" content=\"2025-12-19T02:10:00\">",
                    "<h1>Headline of the story</h1><div>Dec 18, 2025</div>") == "2025-12-19");
}

TEST_CASE("an ambiguous numeric dateline read the other way confirms the declared date", "[html_published]") {
    const std::string ld = "<script type=\"application/ld+json\">{\"@type\": \"Article\", "
                           "\"datePublished\": \"2024-09-10T16:07:00.000Z\"}</script>";
    // "09.10.2024" is read day first (9 October); the declared 10 September is its other reading.
    CHECK(published(ld, "<h1>Headline of the story</h1><p class=\"post-date\">09.10.2024</p>") == "2024-09-10");
    // A month name leaves no doubt: the earlier printed day is the first publication.
    CHECK(published(ld, "<h1>Headline of the story</h1><p class=\"post-date\">9 June 2024</p>") == "2024-06-09");
}

TEST_CASE("a site's prefix on a publication meta name is still read", "[html_published]") {
    CHECK(published("<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">",
                    "<h1>Headline of the story</h1><p>Body.</p>") == "2025-05-27");
    // An update's name with a prefix is not a publication date.
    CHECK(published("<meta name=\"w-updated-publish-date\" content=\"2025-05-27\">",
                    "<h1>Headline of the story</h1><p>Body.</p>") == "");
}

TEST_CASE("a dateline under the headline can overrule the declared date", "[html_published]") {
    // Declared by schema.org alone (JSON-LD or microdata): a later dateline, printed as an
    // update or bare, is the date the page shows as its own.
    const std::string ld = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                           "\"datePublished\": \"2024-02-01T10:00:00Z\"}</script>";
    CHECK(published(ld, "<h1>Headline of the story</h1><p><span>Updated on</span> March 3, 2025</p>") == "2025-03-03");
    CHECK(published(ld, "<h1>Headline of the story</h1><p>By Ann Lee | March 3, 2025</p>") == "2025-03-03");
    CHECK(published("<meta itemprop=\"datePublished\" content=\"2024-02-01\">",
                    "<h1>Headline of the story</h1><p>By Ann Lee | March 3, 2025</p>") == "2025-03-03");
    // Declared in a head meta tag: a later update does not replace it.
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><p><span>Updated on</span> March 3, 2025</p>") == "2024-02-01");
    CHECK(published(ld + kDeclared, "<h1>Headline of the story</h1><p>Updated on March 3, 2025</p>") == "2024-02-01");
    // Earlier than the declared date: the first publication.
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><p>By Ann Lee | June 5, 2021 | 4 min read</p>") == "2021-06-05");
    // "Published" beside the declared day, "Updated" on another: the declared one stands.
    CHECK(published(kDeclared, "<h1>Headline of the story</h1><p>Published Feb 1, 2024</p><p>Updated Mar 3, 2025</p>") ==
          "2024-02-01");
}

TEST_CASE("datelines are found inside author markup and without declared dates", "[html_published]") {
    // The <time> sits inside an element marked as the author block.
    CHECK(published("", "<h1>Headline of the story</h1><div class=\"article-author\"><span>By Clay</span>"
                        "<time datetime=\"2024-03-14\">Mar 14, 2024</time></div><p>Body.</p>") == "2024-03-14");
    // A sentence of the story that mentions a date is no dateline.
    CHECK(published("", "<h1>Headline of the story</h1><p>The end of the tax season for most Americans is "
                        "April 15, 2025. If you cannot file before that date, you still have options.</p>")
              .empty());
    // Far from the headline, a dateline with a cue is still the page's date.
    std::string far = "<h1>Headline of the story</h1>";
    for (int i = 0; i < 60; ++i) far += "<p>Paragraph " + std::to_string(i) + " of the story, long enough to read.</p>";
    far += "<p>Page last modified <span>Jan. 17, 2025</span></p>";
    CHECK(published("", far) == "2025-01-17");
}

TEST_CASE("the nearest dateline is the page's own, and not its update", "[html_published]") {
    // A date over the title beats one far down the story.
    std::string body = "<div class=\"date\">OCTOBER 13, 2025</div><h1>Headline of the story</h1>";
    for (int i = 0; i < 12; ++i) body += "<p>Paragraph " + std::to_string(i) + " of the story, long enough to read.</p>";
    body += "<p><b>Date</b>: 16 March 2026</p>";
    CHECK(published("", body) == "2025-10-13");
    // Both printed: the publication, not the update.
    CHECK(published("", "<div><span>DECEMBER 22, 2022</span><span>Updated: JANUARY 02, 2026</span></div>"
                        "<h1>Headline of the story</h1><p>Body.</p>") == "2022-12-22");
}

TEST_CASE("a page stating only when it was modified is dated by that", "[html_published]") {
    CHECK(published("<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">",
                    "<h1>Headline of the story</h1><p>Body.</p>") == "2023-06-12");
    CHECK(published(kDeclared + "<meta property=\"article:modified_time\" content=\"2023-06-12T10:39:42+00:00\">",
                    "<h1>Headline of the story</h1><p>Body.</p>") == "2024-02-01");
}

TEST_CASE("date cues are the words nearest before a date", "[html_published]") {
    const lede::TextLexicon& lex = lede::test_resources().clean.text;
    const std::string a = "published oct 10, 2023 - [updated ";
    CHECK(lede::date_cue_before(a, a.size(), lex) == lede::DateCue::Updated);
    CHECK(lede::date_cue_before(a, 10, lex) == lede::DateCue::Published);
    const std::string b = "by jane doe ";
    CHECK(lede::date_cue_before(b, b.size(), lex) == lede::DateCue::None);
}

TEST_CASE("the page's language orders its numeric dateline; more meta names are read", "[html_published]") {
    auto published = [](const std::string& page) {
        const auto m = lede::html::read_metadata(lede::html::HtmlDocument::parse(page), lede::test_resources().clean);
        return m.published.value_or("<none>");
    };
    CHECK(published("<html lang=\"en-GB\"><body><h1>Wine styles explained for beginners</h1>"
                    "<span class=\"post-date\">03/10/2023</span><p>Story text.</p></body></html>") == "2023-10-03");
    CHECK(published("<html lang=\"en-US\"><body><h1>Wine styles explained for beginners</h1>"
                    "<span class=\"post-date\">03/10/2023</span><p>Story text.</p></body></html>") == "2023-03-10");
    CHECK(published("<html><head><meta name=\"citation_publication_date\" content=\"2023 Jan 7\"></head>"
                    "<body><h1>A study</h1></body></html>") == "2023-01-07");
    CHECK(published("<html><head><meta name=\"published_on\" content=\"2021-08-04\"></head>"
                    "<body><h1>A post</h1></body></html>") == "2021-08-04");
    // The local day as printed: an offset does not move the timestamp to UTC's day.
    CHECK(published("<html><head><meta property=\"article:published_time\" content=\"2025-05-14T19:30:03-07:00\">"
                    "</head><body><h1>A post</h1></body></html>") == "2025-05-14T19:30");
}
