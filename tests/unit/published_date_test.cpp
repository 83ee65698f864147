// published_date_test.cpp — printed dates and times to ISO 8601, with their byte spans.
#include <catch2/catch.hpp>

#include "clean/published_date.h"
#include "test_resources.h"

using lede::find_date_time;
using lede::find_date_times;
using lede::parse_date_time;

namespace {
std::string iso_of(std::string_view s) {
    auto m = find_date_time(s, lede::test_resources().clean.dates);
    return m ? m->iso : std::string("none");
}
std::string span_of(std::string_view s) {
    auto m = find_date_time(s, lede::test_resources().clean.dates);
    return m ? std::string(s.substr(m->span.start, m->span.size())) : std::string("none");
}
}  // namespace

TEST_CASE("day month year with a time after it", "[published_date]") {
    CHECK(iso_of("25 Sep, 2020 11:36") == "2020-09-25T11:36");
    CHECK(span_of("25 Sep, 2020 11:36") == "25 Sep, 2020 11:36");
    CHECK(iso_of("Friday, 25 September 2020") == "2020-09-25");
    CHECK(span_of("Published: Friday, 25 September 2020") == "Friday, 25 September 2020");
    CHECK(iso_of("25th of September 2020") == "2020-09-25");
    CHECK(iso_of("25-Sep-2020") == "2020-09-25");
}

TEST_CASE("month day year, with or without a time", "[published_date]") {
    CHECK(iso_of("September 25, 2020") == "2020-09-25");
    CHECK(iso_of("Sept. 25th 2020 at 3:45 p.m. ET") == "2020-09-25T15:45");
    CHECK(iso_of("Sep 25, 2020 12:05 AM") == "2020-09-25T00:05");
    CHECK(iso_of("sep 25 2020") == "2020-09-25");
}

TEST_CASE("a time before the date joins it", "[published_date]") {
    const std::string s = "Updated 3:45 PM EST, Fri September 25, 2020";
    auto m = find_date_time(s, lede::test_resources().clean.dates);
    REQUIRE(m);
    CHECK(m->iso == "2020-09-25T15:45");
    CHECK(m->has_time);
    CHECK(s.substr(m->span.start, m->span.size()) == "3:45 PM EST, Fri September 25, 2020");
}

TEST_CASE("numeric dates", "[published_date]") {
    CHECK(iso_of("2020-09-25") == "2020-09-25");
    CHECK(iso_of("2020/09/25 11:36") == "2020-09-25T11:36");
    CHECK(iso_of("25.09.2020") == "2020-09-25");
    CHECK(iso_of("09/25/2020") == "2020-09-25");
    CHECK(iso_of("25/09/2020") == "2020-09-25");
    CHECK(iso_of("09-25-2020") == "2020-09-25");
    // Two-digit years, in either order the numbers or the locale decide.
    CHECK(iso_of("12/19/25") == "2025-12-19");
    CHECK(iso_of("19.12.25") == "2025-12-19");
    CHECK(iso_of("Posted 3/7/98") == "1998-03-07");
    CHECK(lede::parse_date_time("03/10/23", lede::test_resources().clean.dates, lede::NumericOrder::DayFirst)->iso == "2023-10-03");
    // Not with "-" (ranges, codes), not a version, not a fraction of a longer number.
    CHECK(iso_of("10-12-14") == "none");
    CHECK(iso_of("version 1.2.25.4") == "none");
    CHECK(iso_of("24/7/365") == "none");
}

TEST_CASE("metadata values", "[published_date]") {
    auto m = parse_date_time("2020-09-25T11:36:00+03:00", lede::test_resources().clean.dates);
    REQUIRE(m);
    CHECK(m->iso == "2020-09-25T11:36");
    CHECK(m->span.end == std::string("2020-09-25T11:36:00+03:00").size());
    CHECK(parse_date_time("2020-09-25T08:36:00.000Z", lede::test_resources().clean.dates)->iso == "2020-09-25T08:36");
    CHECK(parse_date_time("Fri, 25 Sep 2020 11:36:00 GMT", lede::test_resources().clean.dates)->iso == "2020-09-25T11:36");
    CHECK_FALSE(parse_date_time("not a date", lede::test_resources().clean.dates));
}

TEST_CASE("things that are not publication dates", "[published_date]") {
    CHECK(iso_of("September 2020") == "none");
    CHECK(iso_of("31 February 2020") == "none");
    CHECK(iso_of("2 hours ago") == "none");
    CHECK(iso_of("Podcasts 0:00 23:13 0:00 25:02") == "none");
    CHECK(iso_of("version 1.2.2020.4") == "none");
    CHECK(iso_of("") == "none");
}

TEST_CASE("a NUL byte separates like a space", "[published_date]") {
    CHECK(iso_of(std::string("25\0Sep 2020", 11)) == "2020-09-25");
    CHECK(iso_of(std::string("\0\0\0", 3)) == "none");
}

TEST_CASE("every date of a line, left to right", "[published_date]") {
    auto all = find_date_times("Published 25 Sep 2020. Updated September 26, 2020 at 9:00", lede::test_resources().clean.dates);
    REQUIRE(all.size() == 2);
    CHECK(all[0].iso == "2020-09-25");
    CHECK(all[1].iso == "2020-09-26T09:00");
    CHECK_FALSE(all[0].has_time);
}

TEST_CASE("a month glued to the word before it, as copied pages run elements together", "[published_date]") {
    CHECK(iso_of("ByKathryn GiuffridaMar 5, 2025 | 6 comments") == "2025-03-05");
    CHECK(span_of("EditorialNovember 22, 2018") == "November 22, 2018");
    CHECK(iso_of("by Jeffrey ZeldmanNovember 20, 2007") == "2007-11-20");
    // Only a capital after a lower-case letter starts a glued word.
    CHECK(iso_of("Summarch 5, 2025") == "none");
    CHECK(iso_of("DECEMBER 5, 2025") == "2025-12-05");
}

TEST_CASE("a year glued to the time or count after it", "[published_date]") {
    CHECK(iso_of("October 17, 20236:01 PM ET") == "2023-10-17");
    CHECK(iso_of("Mar 27, 20255 mins") == "2025-03-27");
    CHECK(iso_of("17 October 202312 comments") == "2023-10-17");
    // Not a year: the run does not start with one.
    CHECK(iso_of("October 17, 30236") == "none");
    CHECK(iso_of("October 17, 2023456789") == "none");
}

TEST_CASE("year, month name, day (citation_publication_date) is a date", "[published_date]") {
    const auto d = lede::parse_date_time("2023 Jan 7", lede::test_resources().clean.dates);
    REQUIRE(d);
    CHECK(d->iso == "2023-01-07");
    const auto e = lede::parse_date_time("2019 September 30th", lede::test_resources().clean.dates);
    REQUIRE(e);
    CHECK(e->iso == "2019-09-30");
    CHECK_FALSE(lede::parse_date_time("2023 Jan", lede::test_resources().clean.dates));   // no day: not a publication date
}

TEST_CASE("an ambiguous numeric date is read in the page's locale order", "[published_date]") {
    using lede::NumericOrder;
    CHECK(lede::numeric_order("en-US", lede::test_resources().clean.dates) == NumericOrder::MonthFirst);
    CHECK(lede::numeric_order("en_us", lede::test_resources().clean.dates) == NumericOrder::MonthFirst);
    CHECK(lede::numeric_order("en-GB", lede::test_resources().clean.dates) == NumericOrder::DayFirst);
    CHECK(lede::numeric_order("fr", lede::test_resources().clean.dates) == NumericOrder::DayFirst);
    CHECK(lede::numeric_order("en", lede::test_resources().clean.dates) == NumericOrder::Unknown);
    CHECK(lede::numeric_order("", lede::test_resources().clean.dates) == NumericOrder::Unknown);
    CHECK(lede::parse_date_time("03/10/2023", lede::test_resources().clean.dates, NumericOrder::DayFirst)->iso == "2023-10-03");
    CHECK(lede::parse_date_time("03/10/2023", lede::test_resources().clean.dates, NumericOrder::MonthFirst)->iso == "2023-03-10");
    CHECK(lede::parse_date_time("03/10/2023", lede::test_resources().clean.dates)->iso == "2023-03-10");   // "/" without a locale: US order
    // The numbers decide when one of them cannot be a month.
    CHECK(lede::parse_date_time("25/10/2023", lede::test_resources().clean.dates, NumericOrder::MonthFirst)->iso == "2023-10-25");
}
