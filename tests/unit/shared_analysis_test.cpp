// shared_analysis_test.cpp — a share link's article analysed with its fields as options
// (share/shared_analysis.h): the worker's analysis already carries the sender's title,
// byline, date, language and paragraph kinds, so the page lays nothing over it.
#include <catch2/catch.hpp>

#include "analyze.h"
#include "share/share_link.h"
#include "share/shared_analysis.h"
#include "test_resources.h"

using namespace lede;

namespace {

share::SharedArticle article() {
    share::SharedArticle a;
    a.title = "Putin offers US exchange of guarantees";
    a.byline = "Jane Doe";
    a.published = "2020-09-25T11:36";
    a.language = "en";
    a.text = "Talks\n\nRussian President Vladimir Putin on Friday proposed an exchange of guarantees.";
    a.paragraphs = {{{0, 5}, ParagraphKind::Heading}, {{7, a.text.size()}, ParagraphKind::Paragraph}};
    return a;
}

}  // namespace

TEST_CASE("a link's fields are the analysis's article, its date the anchor", "[share]") {
    const share::DecodeResult link = share::decode(share::encode(article()).fragment);
    REQUIRE(link.ok());
    const AnalyzeOptions options = share::analyze_options(link.article);
    CHECK(options.raw);
    CHECK(options.dateline == std::optional<std::string>("2020-09-25T11:36"));
    const Analysis a = analyze(test_resources(), {link.article.text, {}}, options);
    CHECK(a.article.text == link.article.text);
    CHECK(a.article.title == link.article.title);
    CHECK(a.article.byline == std::optional<std::string>("Jane Doe"));
    CHECK(a.article.published == std::optional<std::string>("2020-09-25T11:36"));
    REQUIRE(a.article.paragraphs.size() == 2);
    CHECK(a.article.paragraphs[0].kind == ParagraphKind::Heading);
    // "on Friday" counted from the link's date, not from today.
    bool friday = false;
    for (const TimeExpr& t : a.times) friday = friday || t.value == "2020-09-25";
    CHECK(friday);
}

TEST_CASE("a link's date that is no dateline shows but anchors nothing; no paragraphs keep the text's", "[share]") {
    share::SharedArticle s = article();
    s.published = "25 September 2020";
    s.paragraphs.clear();
    s.language = "de";
    const AnalyzeOptions options = share::analyze_options(s);
    CHECK_FALSE(options.dateline);
    const Analysis a = analyze(test_resources(), {s.text, {}}, options);
    CHECK(a.article.published == std::optional<std::string>("25 September 2020"));
    CHECK(a.article.language == "de");
    CHECK(a.article.paragraphs.size() == 1);          // raw: the text as one paragraph
}
