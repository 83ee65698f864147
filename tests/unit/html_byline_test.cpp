// html_byline_test.cpp — the author from each place a page names one, and the ranking
// between them. Pages are written from the usual conventions of HTML metadata.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_byline.h"
#include "clean/html_document.h"
#include "clean/html_metadata.h"
#include "test_resources.h"

using namespace lede::html;

namespace {

std::string byline_of(const std::string& head, const std::string& body) {
    const HtmlMetadata m = read_metadata(HtmlDocument::parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), lede::test_resources().clean);
    return m.byline.value_or("<none>");
}

const std::string kArticle = "<h1>Rates rise again in the spring</h1>";

}  // namespace

TEST_CASE("meta tags other than author name the author", "[html_byline]") {
    CHECK(byline_of("<meta name=\"sailthru.author\" content=\"Ann Lee\">", kArticle) == "Ann Lee");
    CHECK(byline_of("<meta name=\"parsely-author\" content=\"Bo Roe\">", kArticle) == "Bo Roe");
    CHECK(byline_of("<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Cy Poe\">",
                    kArticle) == "Cy Poe");
    // twitter:data1 under another label ("Est. reading time") is not a name.
    CHECK(byline_of("<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta name=\"twitter:data1\" content=\"4 minutes\">",
                    kArticle) == "<none>");
    // article:author as an address is not a name.
    CHECK(byline_of("<meta property=\"article:author\" content=\"https://facebook.com/ann\">", kArticle) == "<none>");
}

TEST_CASE("links to an author page, printed bylines and labels", "[html_byline]") {
    CHECK(byline_of("", kArticle + "<div><a href=\"/authors/trevor-jones\">Trevor Jones</a></div><p>Text.</p>") == "Trevor Jones");
    CHECK(byline_of("", kArticle + "<p>By Nicole Burke</p><p>Text of the story.</p>") == "Nicole Burke");
    CHECK(byline_of("", kArticle + "<div><p>Written by</p><p>Edzel Tabing</p></div><p>Text.</p>") == "Edzel Tabing");
    CHECK(byline_of("", kArticle + "<div><span>Jun 2</span> <span>Written By</span> <a href=\"/\">Polly Barks</a></div>") ==
          "Polly Barks");
    // A "By …" filter far from the headline is not a byline.
    std::string far;
    for (int i = 0; i < 80; ++i) far += "<p>Paragraph " + std::to_string(i) + ".</p>";
    CHECK(byline_of("", kArticle + far + "<p>By Industry</p>") == "<none>");
}

TEST_CASE("an author's photo names the author when nothing else does", "[html_byline]") {
    CHECK(byline_of("", kArticle + "<div class=\"author-box\"><img class=\"avatar\" alt=\"Picture of Liz Kenny\"></div>") ==
          "Liz Kenny");
    CHECK(byline_of("", kArticle + "<div class=\"post-author\"><img src=\"a.jpg\" alt=\"Ben Nadel's avatar.\"></div>") ==
          "Ben Nadel");
}

TEST_CASE("roles, cues and organisations glued to the name go", "[html_byline]") {
    CHECK(byline_name("Posted by Jane Roe", lede::test_resources().clean) == "Jane Roe");
    CHECK(byline_of("<meta name=\"author\" content=\"Rachel Roe Contributing Writer\">", kArticle) == "Rachel Roe");
    CHECK(byline_of("<meta name=\"author\" content=\"Lisa Pham, Associate Content Marketing Writer at Jobber\">", kArticle) ==
          "Lisa Pham");
    CHECK(byline_of("<meta name=\"author\" content=\"Mateusz HabernyFounder at Oakywood\">", kArticle) == "Mateusz Haberny");
    CHECK(byline_of("<meta name=\"author\" content=\"Recipe by PJ Hamel\">", kArticle) == "PJ Hamel");
    CHECK(byline_of("<meta name=\"author\" content=\"Niko Matsakis on behalf of the docs group\">", kArticle) == "Niko Matsakis");
    CHECK(byline_of("<meta property=\"og:site_name\" content=\"USA TODAY\"><meta name=\"author\" content=\"Brian Truitt, USA TODAY\">",
                    kArticle) == "Brian Truitt");
    // A credential after a comma is part of how the page prints the name.
    CHECK(byline_of("<meta name=\"author\" content=\"Shelby Loos, DVM\">", kArticle) == "Shelby Loos, DVM");
}

TEST_CASE("labels and the site's own name lose to a person", "[html_byline]") {
    CHECK(byline_of("", kArticle + "<span class=\"author\">Updated</span>") == "<none>");
    CHECK(byline_of("", kArticle + "<span class=\"byline\">5 min read</span>") == "<none>");
    // The publisher named as author in JSON-LD, the person in the byline.
    const std::string ld =
        "<meta property=\"og:site_name\" content=\"Cleveland Clinic\">"
        "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Rates rise again in the spring\","
        "\"author\":{\"@type\":\"Organization\",\"name\":\"Cleveland Clinic\"}}</script>";
    CHECK(byline_of(ld, kArticle + "<p class=\"byline\">By Holly Wilgus</p>") == "Holly Wilgus");
    // Alone, the site's name is still the answer.
    CHECK(byline_of(ld, kArticle) == "Cleveland Clinic");
}

TEST_CASE("several authors are printed as the page prints them", "[html_byline]") {
    const std::string ld =
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Rates rise again in the spring\","
        "\"author\":[{\"@type\":\"Person\",\"name\":\"Jared Newman\"},{\"@type\":\"Person\",\"name\":\"Sam Singleton\"}]}]}</script>";
    CHECK(byline_of(ld, kArticle) == "Jared Newman, Sam Singleton");
    CHECK(byline_of(ld, kArticle + "<div class=\"byline\">By Jared Newman and Sam Singleton</div>") ==
          "Jared Newman and Sam Singleton");
    // One of them named alone elsewhere confirms the list rather than beating it.
    CHECK(byline_of(ld + "<meta name=\"author\" content=\"Jared Newman\">", kArticle + "<a href=\"/author/jn\">Jared Newman</a>") ==
          "Jared Newman, Sam Singleton");
}

TEST_CASE("a 'Written by' in an author bio far below the headline still names the author", "[html_byline]") {
    std::string far;
    for (int i = 0; i < 80; ++i) far += "<p>Paragraph " + std::to_string(i) + ".</p>";
    CHECK(byline_of("", kArticle + far + "<h3>Written by Cassidy Horton</h3>") == "Cassidy Horton");
    CHECK(byline_of("<meta name=\"author\" content=\"Meghan Neville Content Marketing Coordinator\">", kArticle) ==
          "Meghan Neville");
    CHECK(byline_of("", kArticle + "<span class=\"byline\">Jun 2 Written By</span>") == "<none>");
}
