// html_streamed_test.cpp — a streamed page's hidden segments moved to their placeholders.
#include <catch2/catch.hpp>

#include <string>

#include "clean/clean_html.h"
#include "clean/html_document.h"
#include "clean/html_streamed.h"
#include "test_resources.h"

using namespace lede::html;

namespace {
const std::string kStreamed =
    "<html><body><main><h1>Headline</h1><template id=\"B:0\"></template><p>Loading</p></main>"
    "<footer>Footer text</footer>"
    "<div hidden id=\"S:0\"><p>The story's first paragraph, with a clause, and another clause to read.</p>"
    "<p>The story's second paragraph, with a clause, and another clause to read.</p></div>"
    "<div hidden id=\"S:9\"><p>A segment whose placeholder never came.</p></div></body></html>";
}

TEST_CASE("hidden segments move in front of their placeholders", "[html_streamed]") {
    HtmlDocument doc = HtmlDocument::parse(kStreamed);
    CHECK(place_streamed_segments(doc.root()) == 1);
    const xmlNode* main = nullptr;
    for (const xmlNode* n = doc.root(); n; n = next_in_order(n, doc.root()))
        if (has_tag(n, "main")) main = n;
    REQUIRE(main);
    const std::string text = collapsed_text(main);
    CHECK(text.find("first paragraph") != std::string::npos);
    CHECK(text.find("second paragraph") > text.find("first paragraph"));
    CHECK(text.find("first paragraph") < text.find("Loading"));
    CHECK(text.find("never came") == std::string::npos);
}

TEST_CASE("a streamed article is cleaned and still maps back to the input", "[html_streamed]") {
    const lede::CleanResult r = lede::clean_html(lede::test_resources().clean, kStreamed);
    CHECK(r.article.text.find("The story's first paragraph") != std::string::npos);
    for (const auto& run : r.article.origin)
        CHECK(r.article.text.compare(run.span.start, run.span.size(), kStreamed, run.input_start, run.span.size()) == 0);
}

TEST_CASE("a segment fills its own P: placeholder, nested segments included", "[html_streamed]") {
    // React's segment protocol: S:4 fills P:4; S:5, inside S:4, fills P:5 placed by S:4. B:5
    // is another boundary's placeholder with the same number and gets nothing.
    HtmlDocument doc = HtmlDocument::parse(
        "<html><body><main><h1>Headline</h1><template id=\"P:4\"></template></main><aside><template id=\"B:5\">"
        "</template></aside><div hidden id=\"S:4\"><div id=\"part\"><template id=\"P:5\"></template></div></div>"
        "<div hidden id=\"S:5\"><p>The story's first paragraph, with a clause.</p></div></body></html>");
    CHECK(place_streamed_segments(doc.root()) == 2);
    const xmlNode* main = nullptr;
    for (const xmlNode* n = doc.root(); n; n = next_in_order(n, doc.root()))
        if (has_tag(n, "main")) main = n;
    REQUIRE(main);
    CHECK(collapsed_text(main).find("first paragraph") != std::string::npos);
}
