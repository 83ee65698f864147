// timeline_model_test.cpp — the timeline's pure parts (src/app/timeline_model.h, no ImGui):
// TIMEX3 values no axis can place are put in words (never "P1Y6M" or "PRESENT_REF" on
// screen), and the view opens on the days the article is about, outliers left at the edges.
#include <catch2/catch.hpp>

#include "app/timeline_model.h"

using namespace lede::app;

TEST_CASE("durations, vague references and sets in words", "[timeline]") {
    CHECK(describe_timex("P1Y6M") == "1 year 6 months");
    CHECK(describe_timex("P3D") == "3 days");
    CHECK(describe_timex("P1D") == "1 day");
    CHECK(describe_timex("PT30M") == "30 minutes");
    CHECK(describe_timex("PT1H30M") == "1 hour 30 minutes");
    CHECK(describe_timex("P2W") == "2 weeks");
    CHECK(describe_timex("PXY") == "some years");
    CHECK(describe_timex("P2DE") == "2 decades");
    CHECK(describe_timex("P1.5Y") == "1.5 years");
    CHECK(describe_timex("PRESENT_REF") == "now");
    CHECK(describe_timex("PAST_REF") == "some time in the past");
    CHECK(describe_timex("FUTURE_REF") == "some time in the future");
    CHECK(describe_timex("P1W", true) == "every week");
    CHECK(describe_timex("P2D", true) == "every 2 days");
    CHECK(describe_timex("2020-XX-XX") == "some time in 2020");
    CHECK(describe_timex("XXXX-09-25") == "25 Sep, year unknown");
    CHECK(describe_timex("P") == "P");                  // not a duration: left as it is
    CHECK(describe_timex("PRESIDENT") == "PRESIDENT");
}

TEST_CASE("the view opens on the span the article is about", "[timeline]") {
    const double pub = days_from_civil(2020, 9, 25);
    std::vector<Interval> items;
    auto day = [&](int y, int m, int d) { items.push_back({days_from_civil(y, m, d), days_from_civil(y, m, d) + 1, Precision::Day}); };
    for (int i = 0; i < 18; ++i) day(2020, 9, 25);
    day(2020, 11, 3);                                      // the election: inside
    items.push_back({days_from_civil(2020, 9, 1), days_from_civil(2020, 10, 1), Precision::Month});
    items.push_back({days_from_civil(1972, 1, 1), days_from_civil(1973, 1, 1), Precision::Year});   // an outlier
    const auto s = focus_span(items, pub);
    REQUIRE(s);
    CHECK(s->lo == days_from_civil(2020, 9, 1));
    CHECK(s->hi == days_from_civil(2020, 11, 4));
    SECTION("no publication date: the middle item seeds it") {
        const auto t = focus_span(items, std::nullopt);
        REQUIRE(t);
        CHECK(t->lo == days_from_civil(2020, 9, 1));
        CHECK(t->hi >= days_from_civil(2020, 11, 3));
    }
    SECTION("a history article spread over decades keeps them all") {
        std::vector<Interval> spread;
        for (int y = 1900; y <= 2000; y += 10) spread.push_back({days_from_civil(y, 1, 1), days_from_civil(y + 1, 1, 1), Precision::Year});
        const auto t = focus_span(spread, days_from_civil(2001, 1, 1));
        REQUIRE(t);
        CHECK(t->lo == days_from_civil(1900, 1, 1));
    }
    CHECK_FALSE(focus_span({}, std::nullopt));
}
