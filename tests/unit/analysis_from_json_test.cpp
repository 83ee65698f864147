// analysis_from_json_test.cpp — reading `lede.analysis/1` back: what to_json_string writes
// reads back to the same JSON (the page receives every analysis this way from its worker),
// and documents of the wrong shape give an error instead of throwing.
#include <catch2/catch.hpp>

#include "test_resources.h"
#include "analysis_from_json.h"
#include "analysis_json.h"
#include "analyze.h"

namespace {

std::string round_trip(const std::string& json) {
    const lede::AnalysisLoad loaded = lede::analysis_from_json(json);
    REQUIRE(loaded.analysis);
    return lede::to_json_string(*loaded.analysis);
}

}  // namespace

TEST_CASE("the sample's analysis reads back to the same JSON", "[analysis_from_json]") {
    const auto sample = lede::test_assets().read("samples/rt-2020-09-25-putin-guarantees.txt");
    REQUIRE(sample);
    const lede::Analysis a = lede::analyze(lede::test_resources(), {*sample, {}}, {});
    // The sample exercises every part: removed cruft, actors with roles and links, times,
    // relations with quotes and times, events.
    REQUIRE_FALSE(a.removed.empty());
    REQUIRE_FALSE(a.relations.empty());
    REQUIRE_FALSE(a.events.empty());
    const std::string json = lede::to_json_string(a);
    CHECK(round_trip(json) == json);
}

TEST_CASE("an HTML page's analysis (published source, origin runs) reads back the same", "[analysis_from_json]") {
    const std::string html =
        "<html><head><title>Talks resume - Example News</title>"
        "<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\"></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Talks resume</h1>"
        "<p>Angela Merkel met Emmanuel Macron in Paris on Monday, the German government said.</p>"
        "<p>They agreed to meet again in March, officials in Berlin said on Tuesday.</p></article></body></html>";
    const lede::Analysis a = lede::analyze(lede::test_resources(), {{}, html}, {});
    const std::string json = lede::to_json_string(a);
    CHECK(round_trip(json) == json);
}

TEST_CASE("documents of the wrong shape give an error, never an exception", "[analysis_from_json]") {
    CHECK(lede::analysis_from_json("").error == "not JSON");
    CHECK(lede::analysis_from_json("[1,2]").error == "not JSON");
    CHECK(lede::analysis_from_json("{\"schema\":\"other/1\"}").error == "not a lede.analysis/1 document");
    // Wrong types inside take defaults.
    const auto odd = lede::analysis_from_json(
        "{\"schema\":\"lede.analysis/1\",\"article\":{\"text\":7,\"origin\":[1]},\"actors\":[{\"links\":[3]}],"
        "\"events\":[{\"trigger\":5,\"relation\":-1}]}");
    REQUIRE(odd.analysis);
    CHECK(odd.analysis->article.text.empty());
    CHECK(odd.analysis->article.origin.empty());
    REQUIRE(odd.analysis->events.size() == 1);
    CHECK_FALSE(odd.analysis->events[0].relation);
}
