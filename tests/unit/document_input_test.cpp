// document_input_test.cpp — the input the Article pane shows removed pieces from
// (Document::keep_input, analysed_input.h) is the flavour the core cleaned, as the analysis
// records it: the HTML, the text when the HTML held no article and the core fell back to
// the text the clipboard also had, or the raw text; never a guess from which flavours came.
#include <catch2/catch.hpp>

#include "analysed_input.h"
#include "analysis_from_json.h"
#include "analysis_json.h"
#include "analyze.h"
#include "app/document.h"
#include "base/utf8.h"
#include "test_resources.h"

namespace {

// A paste with page furniture around the article: cleaning removes the first lines.
const std::string kText =
    "Skip to content\nMenu\nSearch\nSign in\n\nPutin offers US exchange of guarantees\n\n"
    "MOSCOW, Sept 25. Russian President Vladimir Putin on Friday proposed that Moscow and Washington "
    "exchange guarantees of non-interference in each other's elections. The Kremlin said the offer was "
    "serious and that it expected an answer soon from the United States.\n\n"
    "The proposal came as the two countries prepared for talks in Geneva next week. Officials on both "
    "sides said the meeting would go ahead.\n\nShare this story\nFacebook\nTwitter\n";

// What a removed piece of `doc` holds, from the input the document kept.
std::string piece(const lede::app::Document& doc, std::size_t i) {
    const lede::Span s = doc.analysis.removed.at(i).span;
    REQUIRE(s.end <= doc.input.size());
    return doc.input.substr(s.start, s.size());
}

lede::app::Document document_of(const lede::Analysis& a, const std::string& text, const std::string& html) {
    // As the page gets it: through the JSON.
    lede::app::Document doc;
    doc.analysis = *lede::analysis_from_json(lede::to_json_string(a)).analysis;
    doc.keep_input(text, html);
    return doc;
}

}  // namespace

TEST_CASE("HTML that holds no article: removed[] points into the text the core fell back to", "[document]") {
    // A copied picture's HTML beside the text flavour: clean_html finds nothing, clean_text runs.
    const std::string html = "<html><body><img src=\"photo.jpg\" alt=\"\"></body></html>";
    const lede::Analysis a = lede::analyze(lede::test_resources(), {kText, html}, {});
    REQUIRE(a.input);
    CHECK(a.input->flavour == lede::InputFlavour::Text);
    CHECK(a.input->bytes == kText.size());
    REQUIRE_FALSE(a.removed.empty());
    const auto doc = document_of(a, kText, html);
    // The old page read removed[] from the HTML here: offsets into another buffer.
    CHECK(doc.input == kText);
    CHECK(piece(doc, 0).rfind("Skip to content", 0) == 0);
}

TEST_CASE("HTML with an article: removed[] points into the repaired HTML", "[document]") {
    const std::string html =
        "<html><head><title>Talks</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        "<article><h1>Talks in Geneva</h1><p>Russian President Vladimir Putin on Friday proposed that Moscow and "
        "Washington exchange guarantees of non-interference in each other's elections, the Kremlin said.</p>"
        "<p>The proposal came as the two countries prepared for talks in Geneva next week, officials said.</p>"
        "</article><footer>Copyright \xFF 2020 Example News</footer></body></html>";
    const lede::Analysis a = lede::analyze(lede::test_resources(), {kText, html}, {});
    REQUIRE(a.input);
    CHECK(a.input->flavour == lede::InputFlavour::Html);
    const std::string repaired = lede::utf8::repair(html).text;
    CHECK(a.input->bytes == repaired.size());
    const auto doc = document_of(a, kText, html);
    if (!a.removed.empty()) CHECK(doc.input == repaired);
}

TEST_CASE("raw text and plain text: the text itself", "[document]") {
    lede::AnalyzeOptions raw;
    raw.raw = true;
    const lede::Analysis r = lede::analyze(lede::test_resources(), {kText, "<p>ignored</p>"}, raw);
    REQUIRE(r.input);
    CHECK(r.input->flavour == lede::InputFlavour::Raw);
    CHECK(lede::analysed_input(r, kText, "<p>ignored</p>") == kText);
    const lede::Analysis t = lede::analyze(lede::test_resources(), {kText, {}}, {});
    REQUIRE(t.input);
    CHECK(t.input->flavour == lede::InputFlavour::Text);
    const auto doc = document_of(t, kText, {});
    CHECK(doc.input == kText);
    CHECK(piece(doc, 0).rfind("Skip to content", 0) == 0);
}

TEST_CASE("an analysis that does not say what it cleaned, or is not of these bytes, keeps no input", "[document]") {
    lede::Analysis a = lede::analyze(lede::test_resources(), {kText, {}}, {});
    REQUIRE_FALSE(a.removed.empty());
    lede::app::Document other = document_of(a, kText + "more", {});
    CHECK(other.input.empty());                       // not as long as the analysis says: not its input
    a.input.reset();                                   // a saved analysis from before "input"
    CHECK(lede::to_json_string(a).find("\"input\":{") == std::string::npos);
    CHECK(document_of(a, kText, {}).input.empty());
}
