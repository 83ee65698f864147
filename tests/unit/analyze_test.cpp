// analyze_test.cpp — the pipeline's contract: raw mode, UTF-8 repair, warnings, dateline.
#include <catch2/catch.hpp>

#include "analysis_json.h"
#include "analyze.h"

using lede::analyze;

TEST_CASE("raw mode keeps the input byte for byte with one origin run", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const std::string text = "Putin spoke.\n\n  Then he left.  ";
    const auto a = analyze({text, {}}, opt);
    CHECK(a.article.text == text);
    REQUIRE(a.article.origin.size() == 1);
    CHECK(a.article.origin[0].span.end == text.size());
    CHECK_FALSE(a.article.title.has_value());
    CHECK_FALSE(a.article.published.has_value());
}

TEST_CASE("invalid UTF-8 is repaired and reported, and the JSON dumps", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const auto a = analyze({"bad \xFF\xFE byte", {}}, opt);
    CHECK(a.article.text == "bad \xEF\xBF\xBD\xEF\xBF\xBD byte");
    REQUIRE_FALSE(a.warnings.empty());
    CHECK(a.warnings[0].code == "invalid-utf8");
    const std::string json = lede::to_json_string(a);
    CHECK(json.rfind("{\"schema\":\"lede.analysis/1\"", 0) == 0);
}

TEST_CASE("empty input gives an analysis with a warning, not an error", "[analyze]") {
    const auto a = analyze({"", {}}, {});
    CHECK(a.article.text.empty());
    REQUIRE_FALSE(a.warnings.empty());
    CHECK(a.warnings.back().code == "empty-input");
}

TEST_CASE("the dateline sets published and is validated", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    opt.dateline = "2020-09-25T11:36";
    const auto a = analyze({"Text.", {}}, opt);
    CHECK(a.article.published == std::optional<std::string>("2020-09-25T11:36"));
    CHECK_FALSE(lede::check_dateline("2020-09-25").has_value());
    CHECK_FALSE(lede::check_dateline("2020-02-29").has_value());
    CHECK(lede::check_dateline("2021-02-29").has_value());
    CHECK(lede::check_dateline("2020-13-01").has_value());
    CHECK(lede::check_dateline("25 Sep 2020").has_value());
    CHECK(lede::check_dateline("2020-09-25T24:00").has_value());
}

TEST_CASE("every span of the analysis lies inside the article text", "[analyze]") {
    const std::string text = "Russian President Vladimir Putin proposed on Friday that Russia and the US sign a pact.";
    lede::AnalyzeOptions opt;
    opt.raw = true;
    opt.dateline = "2020-09-25";
    const auto a = analyze({text, {}}, opt);
    for (const auto& x : a.actors)
        for (const auto& m : x.mentions) CHECK(m.span.end <= a.article.text.size());
    for (const auto& t : a.times) CHECK(t.span.end <= a.article.text.size());
    for (const auto& r : a.relations) CHECK(r.sentence.end <= a.article.text.size());
}
