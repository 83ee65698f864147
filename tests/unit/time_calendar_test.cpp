// time_calendar_test.cpp — Gregorian arithmetic: validity, day counts, ISO weeks.
#include <catch2/catch.hpp>

#include <cstdio>

#include "time/time_calendar.h"

using namespace lede::time;
namespace base = lede::base;

TEST_CASE("impossible dates are refused", "[time_calendar]") {
    CHECK_FALSE(base::is_valid_date(2021, 2, 29));
    CHECK(base::is_valid_date(2020, 2, 29));
    CHECK_FALSE(base::is_valid_date(2020, 2, 30));
    CHECK_FALSE(base::is_valid_date(1900, 2, 29));
    CHECK(base::is_valid_date(2000, 2, 29));
    CHECK_FALSE(base::is_valid_date(2020, 13, 1));
    CHECK_FALSE(base::is_valid_date(0, 1, 1));
    CHECK_FALSE(base::is_valid_date(10000, 1, 1));
}

TEST_CASE("day counts round-trip and weekdays are ISO", "[time_calendar]") {
    CHECK(base::days_from_civil({1970, 1, 1}) == 0);
    for (long long z : {-800000LL, -1LL, 0LL, 18530LL, 2000000LL}) {
        const base::Date d = base::civil_from_days(z);
        CHECK(base::days_from_civil(d) == z);
    }
    CHECK(base::iso_weekday({2020, 9, 25}) == 5);   // a Friday
    CHECK(base::iso_weekday({1970, 1, 1}) == 4);
    CHECK(format_day(base::add_days({2020, 12, 31}, 1)) == "2021-01-01");
    CHECK(format_day(base::add_months({2020, 1, 31}, 1)) == "2020-02-29");
    CHECK(format_day(base::add_months({2020, 1, 15}, -13)) == "2018-12-15");
}

TEST_CASE("ISO weeks belong to the year of their Thursday", "[time_calendar]") {
    CHECK(format_week(base::iso_week({2020, 9, 25})) == "2020-W39");
    CHECK(format_week(base::iso_week({2021, 1, 1})) == "2020-W53");
    CHECK(format_week(base::iso_week({2019, 12, 30})) == "2020-W01");
}

TEST_CASE("anchors parse with or without a time", "[time_calendar]") {
    base::Date d;
    int h, m;
    REQUIRE(parse_anchor("2020-09-25T11:36", d, h, m));
    CHECK(format_day(d) == "2020-09-25");
    CHECK(h == 11);
    CHECK(m == 36);
    REQUIRE(parse_anchor("2020-09-25", d, h, m));
    CHECK(h == -1);
    CHECK_FALSE(parse_anchor("2020-02-30", d, h, m));
    CHECK_FALSE(parse_anchor("yesterday", d, h, m));
}

TEST_CASE("zero_padded writes what printf's %0Nd writes", "[time]") {
    using lede::time::zero_padded;
    for (const int width : {0, 1, 2, 4, 6})
        for (const int v : {0, 1, 7, 9, 10, 99, 100, 2020, 9999, 10000, 123456, -1, -7, -10, -999, -2020,
                            2147483647, -2147483647 - 1}) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%0*d", width, v);
            INFO(v << " at width " << width);
            CHECK(zero_padded(v, width) == buf);
        }
}

TEST_CASE("Easter Sunday by the Gregorian computus", "[time_calendar]") {
    const base::Date e2000 = base::easter_sunday(2000), e2013 = base::easter_sunday(2013), e2019 = base::easter_sunday(2019);
    CHECK((e2000.month == 4 && e2000.day == 23));
    CHECK((e2013.month == 3 && e2013.day == 31));
    CHECK((e2019.month == 4 && e2019.day == 21));
    const base::Date e2285 = base::easter_sunday(2285), e2038 = base::easter_sunday(2038);   // the earliest and latest dates
    CHECK((e2285.month == 3 && e2285.day == 22));
    CHECK((e2038.month == 4 && e2038.day == 25));
    CHECK(base::iso_weekday(base::easter_sunday(1961)) == 7);
}
