// clean_resources_test.cpp — the cleaning stage's data: what loading reports when files are
// missing, and that the stage still runs (keeping more) without them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "clean/clean_html.h"
#include "clean/clean_resources.h"
#include "clean/clean_text.h"
#include "test_resources.h"

namespace {

bool named(const std::vector<std::string>& files, const std::string& path) {
    return std::find(files.begin(), files.end(), path) != files.end();
}

}  // namespace

TEST_CASE("the shipped assets load the cleaning stage's data completely", "[clean_resources]") {
    const auto& res = lede::test_resources().clean;
    CHECK_FALSE(res.text.phrases.empty());
    CHECK_FALSE(res.dates.months.empty());
    CHECK_FALSE(res.html.title_separators.empty());
    CHECK_FALSE(res.html.byline_cues.bare.empty());
    CHECK_FALSE(res.html.publication_fragments.empty());
    CHECK_FALSE(res.html.prefixable_date_names.empty());
}

TEST_CASE("missing data files are named, and cleaning still runs without them", "[clean_resources]") {
    lede::assets::LoadReport report;
    const auto res = lede::clean::CleanResources::load(lede::assets::Source::folder("/nonexistent-lede-assets"), report);
    CHECK_FALSE(report.ok());
    CHECK(named(report.missing, "clean/languages.txt"));
    CHECK(named(report.missing, "clean/en/phrases.txt"));
    CHECK(named(report.missing, "lexicon/en/months.txt"));
    CHECK(named(report.missing, "clean/html/title_separators.txt"));
    const std::string text = "A headline\n\nThe minister said on Tuesday that the talks would resume next week, "
                             "and that both sides had agreed to meet again in Geneva.\n";
    CHECK_FALSE(lede::clean_text(res, text).article.text.empty());
    CHECK_FALSE(lede::clean_html(res, "<html><body><p>" + text + "</p></body></html>").article.text.empty());
}
