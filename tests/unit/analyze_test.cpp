// analyze_test.cpp — the pipeline's contract: raw mode, UTF-8 repair, warnings, dateline.
#include <catch2/catch.hpp>

#include "test_resources.h"
#include "analysis_json.h"
#include "analyze.h"

using lede::analyze;

TEST_CASE("raw mode keeps the input byte for byte with one origin run", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const std::string text = "Putin spoke.\n\n  Then he left.  ";
    const auto a = analyze(lede::test_resources(), {text, {}}, opt);
    CHECK(a.article.text == text);
    REQUIRE(a.article.origin.size() == 1);
    CHECK(a.article.origin[0].span.end == text.size());
    CHECK_FALSE(a.article.title.has_value());
    CHECK_FALSE(a.article.published.has_value());
}

TEST_CASE("invalid UTF-8 is repaired and reported, and the JSON dumps", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const auto a = analyze(lede::test_resources(), {"bad \xFF\xFE byte", {}}, opt);
    CHECK(a.article.text == "bad \xEF\xBF\xBD\xEF\xBF\xBD byte");
    REQUIRE_FALSE(a.warnings.empty());
    CHECK(a.warnings[0].code == "invalid-utf8");
    const std::string json = lede::to_json_string(a);
    CHECK(json.rfind("{\"schema\":\"lede.analysis/1\"", 0) == 0);
}

TEST_CASE("empty input gives an analysis with a warning, not an error", "[analyze]") {
    const auto a = analyze(lede::test_resources(), {"", {}}, {});
    CHECK(a.article.text.empty());
    REQUIRE_FALSE(a.warnings.empty());
    CHECK(a.warnings.back().code == "empty-input");
}

TEST_CASE("the dateline sets published and is validated", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    opt.dateline = "2020-09-25T11:36";
    const auto a = analyze(lede::test_resources(), {"Text.", {}}, opt);
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
    const auto a = analyze(lede::test_resources(), {text, {}}, opt);
    for (const auto& x : a.actors)
        for (const auto& m : x.mentions) CHECK(m.span.end <= a.article.text.size());
    for (const auto& t : a.times) CHECK(t.span.end <= a.article.text.size());
    for (const auto& r : a.relations) CHECK(r.sentence.end <= a.article.text.size());
}

TEST_CASE("a stage over its time budget stops the stages after it and keeps the text", "[analyze]") {
    const std::string text = "Vladimir Putin met Joe Biden in Geneva on Friday. Russia rejected the accusations.";
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const auto normal = analyze(lede::test_resources(), {text, {}}, opt);
    CHECK_FALSE(normal.actors.empty());
    CHECK(normal.timings.size() >= 5);
    for (const auto& w : normal.warnings) CHECK(w.code != "time-budget");

    opt.stage_budget_ms = 0;   // every stage is over budget: the first one stops the rest
    const auto stopped = analyze(lede::test_resources(), {text, {}}, opt);
    CHECK(stopped.article.text == text);
    CHECK(stopped.actors.empty());
    CHECK(stopped.relations.empty());
    bool warned = false;
    for (const auto& w : stopped.warnings) warned = warned || w.code == "time-budget";
    CHECK(warned);
}

TEST_CASE("missing data files are reported, not silently worked around", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    const auto has = [](const lede::Analysis& a, const char* code) {
        for (const auto& w : a.warnings)
            if (w.code == code) return true;
        return false;
    };
    CHECK_FALSE(has(analyze(lede::test_resources(), {"Putin spoke.", {}}, opt), "assets-missing"));
    const auto none = lede::Resources::load(lede::assets::Source::folder("/nonexistent/lede-assets"));
    CHECK_FALSE(none->report.ok());
    const auto a = analyze(*none, {"Putin spoke.", {}}, opt);
    CHECK(has(a, "assets-missing"));
    for (const auto& w : a.warnings)
        if (w.code == "assets-missing") CHECK(w.message.find("models/pos.bin") != std::string::npos);
    CHECK(a.article.text == "Putin spoke.");
}

TEST_CASE("a seat of government speaks for the government: an organisation, not a person", "[analyze]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    opt.dateline = "2020-09-25";
    const auto a = analyze(lede::test_resources(), {"The Kremlin said on Monday that the Elysee had not replied.", {}}, opt);
    int seats = 0;
    for (const lede::Actor& actor : a.actors)
        if (actor.name == "Kremlin" || actor.name == "Elysee") {
            CHECK(actor.type == lede::ActorType::Org);
            ++seats;
        }
    CHECK(seats == 2);
}
