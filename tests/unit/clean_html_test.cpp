// clean_html_test.cpp — the HTML cleaner's contract: the article and nothing else, origin
// runs that are true copies, removed spans into the input, hostile and broken input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "clean/clean_html.h"
#include "test_files.h"
#include "test_resources.h"

using lede::clean_html;
using lede::CleanResult;
using lede::Warning;

namespace {

std::string read_fixture(const char* name) { return lede::test::read_file(std::string(LEDE_TEST_DATA) + "/html/" + name); }

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// Every origin run must be a byte-exact copy of the input.
void check_origin(const CleanResult& r, const std::string& input) {
    for (const auto& run : r.article.origin) {
        REQUIRE(run.span.end <= r.article.text.size());
        REQUIRE(run.input_start + run.span.size() <= input.size());
        CHECK(r.article.text.compare(run.span.start, run.span.size(), input, run.input_start, run.span.size()) == 0);
    }
    for (const auto& removed : r.removed) CHECK(removed.span.end <= input.size());
}

}  // namespace

TEST_CASE("an article page keeps only the article's paragraphs", "[clean_html]") {
    const std::string page = read_fixture("article_page.html");
    REQUIRE_FALSE(page.empty());
    const CleanResult r = clean_html(lede::test_resources().clean, page);
    const auto& a = r.article;

    CHECK(contains(a.text, "The harbour bridge reopened on Thursday morning"));
    CHECK(contains(a.text, "Engineers replaced both girders"));
    CHECK(contains(a.text, "Traffic returns"));
    CHECK(contains(a.text, "We are glad to have our bridge back"));
    CHECK(contains(a.text, "Cyclists keep a separate lane"));
    for (const char* cruft : {"Sport", "Weather", "Share on Facebook", "Related stories", "Ferry fares", "Copyright",
                              "tracking pixel", "color: black"})
        CHECK_FALSE(contains(a.text, cruft));

    // The headline is the title, once: not repeated as the first paragraph.
    REQUIRE(a.title);
    CHECK(*a.title == "Harbour bridge reopens after repairs");
    CHECK_FALSE(contains(a.text, "Harbour bridge reopens"));

    // Paragraph kinds follow the markup.
    bool heading = false, quote = false, item = false;
    for (const auto& p : a.paragraphs) {
        const std::string t = a.text.substr(p.span.start, p.span.size());
        if (t == "Traffic returns") heading = p.kind == lede::ParagraphKind::Heading;
        if (contains(t, "glad to have")) quote = p.kind == lede::ParagraphKind::Quote;
        if (contains(t, "Buses run")) item = p.kind == lede::ParagraphKind::ListItem;
    }
    CHECK(heading);
    CHECK(quote);
    CHECK(item);
    CHECK(a.paragraphs.size() == 7);

    // Removed text points into the input and says why.
    bool menu = false, footer = false, repeated = false;
    for (const auto& rem : r.removed) {
        const std::string piece = page.substr(rem.span.start, rem.span.size());
        if (contains(piece, "Weather")) menu = true;
        if (contains(piece, "Copyright") && rem.reason == "footer") footer = true;
        if ((rem.reason == "repeated-title" || rem.reason == "outside-article") &&
            piece == "Harbour bridge reopens after repairs")
            repeated = true;
    }
    CHECK(menu);
    CHECK(footer);
    CHECK(repeated);
    check_origin(r, page);
}

TEST_CASE("plain text nodes map back to the input byte for byte", "[clean_html]") {
    const std::string page =
        "<html><body><article><p>First paragraph of the story, long enough to be read as text by the cleaner.</p>"
        "<p>Second   paragraph,\n spread over two lines, with a <b>bold</b> word and AT&amp;T inside.</p>"
        "</article></body></html>";
    const CleanResult r = clean_html(lede::test_resources().clean, page);
    const auto& a = r.article;
    REQUIRE(a.paragraphs.size() == 2);
    CHECK(a.text.substr(a.paragraphs[0].span.start, a.paragraphs[0].span.size()) ==
          "First paragraph of the story, long enough to be read as text by the cleaner.");
    CHECK(a.text.substr(a.paragraphs[1].span.start, a.paragraphs[1].span.size()) ==
          "Second paragraph, spread over two lines, with a bold word and AT&T inside.");
    check_origin(r, page);

    // The whole first paragraph is one run copied from the input.
    const std::size_t at = page.find("First paragraph");
    bool whole = false;
    for (const auto& run : a.origin)
        if (run.span.start == 0 && run.span.size() == a.paragraphs[0].span.size() && run.input_start == at) whole = true;
    CHECK(whole);
    // The decoded "&" was written by the cleaner: no run covers it.
    const std::size_t amp = a.text.find("AT&T") + 2;
    for (const auto& run : a.origin) CHECK_FALSE((run.span.start <= amp && amp < run.span.end));
}

TEST_CASE("hostile markup never reaches the text", "[clean_html]") {
    const std::string page =
        "<html><body><div class=\"content\">"
        "<p>An ordinary paragraph that tells the reader something useful about the day.</p>"
        "<img src=x onerror=\"alert('img-handler')\">"
        "<script>alert('inline-script')</script>"
        "<iframe src=\"https://example.invalid/\">iframe-fallback-text</iframe>"
        "<noscript>noscript-text</noscript><template>template-text</template>"
        "<svg><text>svg-text</text></svg><style>.x{content:'style-text'}</style>"
        "<p onclick=\"steal()\">A second paragraph, with a handler on it, still only shows its words.</p>"
        "</div></body></html>";
    const CleanResult r = clean_html(lede::test_resources().clean, page);
    const std::string& text = r.article.text;
    CHECK(contains(text, "An ordinary paragraph"));
    CHECK(contains(text, "still only shows its words"));
    for (const char* bad : {"img-handler", "inline-script", "iframe-fallback", "noscript-text", "template-text",
                            "svg-text", "style-text", "steal", "alert"})
        CHECK_FALSE(contains(text, bad));
    check_origin(r, page);
}

TEST_CASE("empty and garbage HTML give no article and no crash", "[clean_html]") {
    for (const std::string input : {std::string(), std::string("<"), std::string("<html><body></body></html>"),
                                    std::string("<script>only code</script><style>p{}</style>")}) {
        const CleanResult r = clean_html(lede::test_resources().clean, input);
        CHECK(r.article.text.empty());
        CHECK(r.article.paragraphs.empty());
    }
    // Stray markup characters are text to an HTML parser: whatever comes out maps back.
    for (const std::string input : {std::string("</p></div>>>"), std::string("\x01\x02 <<>> &&&; <p"),
                                    std::string(1000, '<'), std::string("<<<a href=>>> <p <p <p>>"),
                                    std::string("\0\0<p>\0nul</p>", 14)}) {
        const CleanResult r = clean_html(lede::test_resources().clean, input);
        check_origin(r, input);
    }
    // Text with no markup at all is still read.
    const CleanResult plain = clean_html(lede::test_resources().clean, "Just a sentence pasted as HTML, with no tags at all around it.");
    CHECK(contains(plain.article.text, "Just a sentence"));
}

TEST_CASE("very deep nesting neither crashes nor hangs", "[clean_html]") {
    std::string page = "<html><body>";
    const int depth = 100000;
    page.reserve(depth * 11 + 200);
    for (int i = 0; i < depth; ++i) page += "<div>";
    page += "<p>Deep inside the page there is one sentence that a reader could still want.</p>";
    for (int i = 0; i < depth; ++i) page += "</div>";
    page += "</body></html>";
    const CleanResult r = clean_html(lede::test_resources().clean, page);
    CHECK(contains(r.article.text, "Deep inside the page"));
    check_origin(r, page);
    const auto too_deep = [](const CleanResult& c) {
        return std::any_of(c.warnings.begin(), c.warnings.end(), [](const Warning& w) { return w.code == "html-too-deep"; });
    };
    CHECK(too_deep(r));
    CHECK_FALSE(too_deep(clean_html(lede::test_resources().clean, "<html><body><div><p>" + std::string(200, 'x') + "</p></div></body></html>")));

    // Unclosed tags nest as deep as the input is long.
    std::string unclosed(200000, ' ');
    for (std::size_t i = 0; i + 3 <= unclosed.size(); i += 3) unclosed.replace(i, 3, "<b>");
    const CleanResult u = clean_html(lede::test_resources().clean, unclosed + "tail words");
    check_origin(u, unclosed + "tail words");
}

TEST_CASE("a drop cap set in its own element stays part of its word", "[clean_html]") {
    const std::string rest =
        "ong Kong is a city where the harbour matters, and the bridge has been argued about for a decade.</p>"
        "<p>Officials said on Monday that the new harbour bridge will open next year, after a decade of debate "
        "about its cost and its design, and that tolls will stay low for residents.</p>"
        "<p>The council voted twelve to three in favour of the plan, which has been debated since 2010 and was "
        "revised four times before the vote.</p></article></body></html>";
    const std::string head = "<html><body><article><h1>Harbour bridge</h1>";
    for (const std::string& cap : {std::string("<p><span class=\"dropcap\">H</span>"),                // inline, glued
                                   std::string("<div class=\"dropcap\">H</div><p>"),                   // its own block
                                   std::string("<p><span class=\"drop-cap\">H</span> "),               // a space after it
                                   std::string("<p><big class=\"initial\">H</big><br>"),               // a line break
                                   std::string("<figure>H</figure><p>")}) {                            // unmarked block
        const std::string page = head + cap + rest;
        const CleanResult r = clean_html(lede::test_resources().clean, page);
        INFO(cap);
        CHECK(r.article.text.rfind("Hong Kong is a city", 0) == 0);
        CHECK_FALSE(contains(r.article.text, "H ong"));
        check_origin(r, page);
    }
    // A capital letter that is not followed by a lower-case word stays what it was.
    const std::string list = head + "<ol><li>A</li><li>B</li></ol><p>Officials in Hong Kong said" + rest.substr(3);
    const CleanResult r = clean_html(lede::test_resources().clean, list);
    CHECK_FALSE(contains(r.article.text, "AOfficials"));
    CHECK_FALSE(contains(r.article.text, "BOfficials"));
    check_origin(r, list);
}
