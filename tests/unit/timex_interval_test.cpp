// timex_interval_test.cpp — TIMEX3 values as intervals of days (src/core/time/timex_interval.h):
// every form the time stage writes, its bounds and precision, and the values with no place.
#include <catch2/catch.hpp>

#include "base/civil_calendar.h"
#include "time/timex_interval.h"

using lede::time::interval_of;
using lede::time::TimexPrecision;

namespace {

double day(int y, int m, int d) { return static_cast<double>(lede::base::days_from_civil({y, m, d})); }

void check(const char* value, double start, double end, TimexPrecision p) {
    INFO(value);
    const auto iv = interval_of(value);
    REQUIRE(iv);
    CHECK(iv->start == Approx(start));
    CHECK(iv->end == Approx(end));
    CHECK(iv->precision == p);
}

}  // namespace

TEST_CASE("dates, months, years, decades and centuries", "[timex]") {
    check("2020-09-25", day(2020, 9, 25), day(2020, 9, 26), TimexPrecision::Day);
    check("1970-01-01", 0, 1, TimexPrecision::Day);
    check("2020-02-29", day(2020, 2, 29), day(2020, 3, 1), TimexPrecision::Day);
    check("2020-09", day(2020, 9, 1), day(2020, 10, 1), TimexPrecision::Month);
    check("2020-12", day(2020, 12, 1), day(2021, 1, 1), TimexPrecision::Month);
    check("2020", day(2020, 1, 1), day(2021, 1, 1), TimexPrecision::Year);
    check("202", day(2020, 1, 1), day(2030, 1, 1), TimexPrecision::Decade);
    check("19", day(1900, 1, 1), day(2000, 1, 1), TimexPrecision::Century);
    CHECK(day(1970, 1, 1) == 0);
}

TEST_CASE("times of day narrow the day", "[timex]") {
    check("2020-09-25T11", day(2020, 9, 25) + 11 / 24.0, day(2020, 9, 25) + 12 / 24.0, TimexPrecision::Hour);
    check("2020-09-25T11:36", day(2020, 9, 25) + 11 / 24.0 + 36 / 1440.0, day(2020, 9, 25) + 11 / 24.0 + 37 / 1440.0,
          TimexPrecision::Minute);
    check("2020-09-25T11:36:20", day(2020, 9, 25) + 11 / 24.0 + 36 / 1440.0, day(2020, 9, 25) + 11 / 24.0 + 37 / 1440.0,
          TimexPrecision::Minute);
    // A part of the day ("TMO": morning) or an hour that does not exist keeps the day.
    check("2020-09-25TMO", day(2020, 9, 25), day(2020, 9, 26), TimexPrecision::Day);
    check("2020-09-25T24", day(2020, 9, 25), day(2020, 9, 26), TimexPrecision::Day);
}

TEST_CASE("quarters, halves, ISO weeks and seasons", "[timex]") {
    check("2020-Q1", day(2020, 1, 1), day(2020, 4, 1), TimexPrecision::Quarter);
    check("2020-Q4", day(2020, 10, 1), day(2021, 1, 1), TimexPrecision::Quarter);
    check("2020-H2", day(2020, 7, 1), day(2021, 1, 1), TimexPrecision::Quarter);
    check("2020-SU", day(2020, 6, 1), day(2020, 9, 1), TimexPrecision::Quarter);
    check("2020-WI", day(2020, 12, 1), day(2021, 3, 1), TimexPrecision::Quarter);
    // ISO weeks: 2020-W39 is Monday 21 to Sunday 27 September; 2021-W01 starts on 4 January,
    // 2020-W01 on 30 December 2019 (week 1 holds the year's first Thursday).
    check("2020-W39", day(2020, 9, 21), day(2020, 9, 28), TimexPrecision::Week);
    check("2021-W01", day(2021, 1, 4), day(2021, 1, 11), TimexPrecision::Week);
    check("2020-W01", day(2019, 12, 30), day(2020, 1, 6), TimexPrecision::Week);
    check("2020-W53", day(2020, 12, 28), day(2021, 1, 4), TimexPrecision::Week);
}

TEST_CASE("values with no place in time, and dates that do not exist", "[timex]") {
    for (const char* v : {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3D", "PT30M", "XXXX-09-25", "2020-XX-XX", "", "2",
                          "20201", "2020-13", "2020-00", "2021-02-29", "2020-09-31", "2020-09-00", "2020-Q5", "2020-W00",
                          "2020-W54", "2020-XY", "2020-9-25", "2020/09/25"}) {
        INFO(v);
        CHECK_FALSE(interval_of(v));
    }
}
