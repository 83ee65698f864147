// time_normalize_test.cpp — each action of patterns.txt turned into a TIMEX3 value, on a
// hand-built match (no grammar, no tokens): years, days, weekdays, shifts, durations,
// quarters, clock times, sets, holidays, and the failures that drop a candidate.
#include <catch2/catch.hpp>

#include "time/time_normalize.h"

using namespace lede;
using time::Tense;

namespace {
// The value of `action args...` (literal arguments, no captures) against `anchor`;
// "FAIL" when the action refuses.
std::string norm(const std::string& action, std::vector<std::string> args, Tense tense = Tense::None,
                 const std::string& anchor = "2020-09-25", const std::vector<std::string>& flags = {},
                 bool quarter_context = false) {
    time::Rule rule;
    const auto parsed = time::parse_action(action);
    REQUIRE(parsed);
    rule.action = *parsed;
    rule.args = std::move(args);
    for (const std::string& f : flags) {
        const auto flag = time::parse_rule_flag(f);
        REQUIRE(flag);
        rule.set(*flag);
    }
    time::Match match;
    match.rule = &rule;
    time::NormalizeContext c;
    int h, m;
    c.anchor.valid = time::parse_anchor(anchor, c.anchor.date, h, m);
    c.tense = tense;
    c.quarter_context = quarter_context;
    const time::Normalized n = time::normalize(match, c);
    return n.ok ? n.value : "FAIL";
}
}  // namespace

TEST_CASE("arguments come from the captures, negated with -$N", "[time_normalize]") {
    time::Rule rule;
    rule.action = time::Action::Relative;
    rule.args = {"$2", "-$1"};
    time::Match match;
    match.rule = &rule;
    match.captures = {{true, 0, 1, "3"}, {true, 1, 2, "D"}};
    time::NormalizeContext c;
    int h, m;
    c.anchor.valid = time::parse_anchor("2020-09-25", c.anchor.date, h, m);
    CHECK(time::normalize(match, c).value == "2020-09-22");
}

TEST_CASE("no anchor, no rule or no action: no value; an unknown action name is none", "[time_normalize]") {
    CHECK(norm("y", {"1990"}, Tense::None, "not a date") == "FAIL");
    CHECK(norm("none", {}) == "FAIL");
    CHECK_FALSE(time::parse_action("frobnicate"));
    time::Match nothing;
    time::NormalizeContext c;
    CHECK_FALSE(time::normalize(nothing, c).ok);
}

TEST_CASE("years: absolute, offsets, two digits, words, eras, centuries", "[time_normalize]") {
    CHECK(norm("y", {"1990"}) == "1990");
    CHECK(norm("y", {"-1"}) == "2019");
    CHECK(norm("y", {"+1"}) == "2021");
    CHECK(norm("y", {"x"}) == "FAIL");
    CHECK(norm("yy", {"07"}) == "2007");
    CHECK(norm("yy", {"98"}) == "1998");
    CHECK(norm("y2", {"19", "96"}) == "1996");
    CHECK(norm("y2", {"5", "96"}) == "FAIL");
    CHECK(norm("era", {"44", "BC"}) == "BC0044");
    CHECK(norm("era", {"800", "AD"}) == "0800");
    CHECK(norm("era", {"0", "AD"}) == "FAIL");
    CHECK(norm("century", {"20"}) == "19");
    CHECK(norm("decade", {"199"}) == "199");
    CHECK(norm("fix", {"PRESENT_REF"}) == "PRESENT_REF");
    CHECK(norm("fix", {"_"}) == "FAIL");
}

TEST_CASE("months and days without a year follow the tense or the direction", "[time_normalize]") {
    CHECK(norm("ymd", {"2019", "3", "4"}) == "2019-03-04");
    CHECK(norm("ymd", {"2019", "2", "30"}) == "FAIL");
    CHECK(norm("ym", {"2019", "3"}) == "2019-03");
    CHECK(norm("ym", {"2019", "13"}) == "FAIL");
    // Nov. 30 from late September: ahead in the future, behind in the past.
    CHECK(norm("md", {"11", "30"}, Tense::Future) == "2020-11-30");
    CHECK(norm("md", {"11", "30"}, Tense::Past) == "2019-11-30");
    // A few weeks ahead, told in the past: a plan reported ("said it will pay on Oct. 15").
    CHECK(norm("md", {"10", "15"}, Tense::Past) == "2020-10-15");
    CHECK(norm("md", {"10", "23", "last"}) == "2019-10-23");
    CHECK(norm("md", {"5", "1", "next"}) == "2021-05-01");
    CHECK(norm("md", {"2", "29"}, Tense::None, "2021-03-01") == "FAIL");
    CHECK(norm("m", {"11"}, Tense::Past) == "2019-11");
    CHECK(norm("m", {"11"}, Tense::Future) == "2020-11");
    CHECK(norm("m", {"9", "_", "last"}) == "2019-09");
    CHECK(norm("m", {"9", "_", "next"}) == "2021-09");
    CHECK(norm("m", {"2"}, Tense::Future) == "2021-02");
    CHECK(norm("weekof", {"3", "6", "2000"}) == "2000-W10");
}

TEST_CASE("weekdays: the tense's side, or the direction given", "[time_normalize]") {
    // 2020-09-25 is a Friday.
    CHECK(norm("wd", {"2"}, Tense::Past) == "2020-09-22");
    CHECK(norm("wd", {"2"}, Tense::Future) == "2020-09-29");
    CHECK(norm("wd", {"5"}, Tense::Future) == "2020-09-25");
    CHECK(norm("wd", {"8"}) == "FAIL");
    CHECK(norm("wdrel", {"5", "-1"}) == "2020-09-18");
    CHECK(norm("wdrel", {"5", "1"}) == "2020-10-02");
    CHECK(norm("wdrel", {"1", "0"}) == "2020-09-21");
    CHECK(norm("wdpod", {"4", "MO"}, Tense::Past) == "2020-09-24TMO");
    // "Tuesday next week", "Friday of last week": the anchor (a Friday) is in ISO week 39
    CHECK(norm("wdweek", {"2", "1"}) == "2020-09-29");
    CHECK(norm("wdweek", {"5", "-1"}) == "2020-09-18");
    CHECK(norm("wdweek", {"1", "0"}) == "2020-09-21");
    CHECK(norm("wdweek", {"8", "0"}) == "FAIL");
}

TEST_CASE("the anchor moved by units, at their precision", "[time_normalize]") {
    CHECK(norm("rel", {"D", "-3"}) == "2020-09-22");
    CHECK(norm("rel", {"W", "-1"}) == "2020-W38");
    CHECK(norm("rel", {"M", "1"}) == "2020-10");
    CHECK(norm("rel", {"Y", "0"}) == "2020");
    CHECK(norm("rel", {"Q", "-1"}) == "2020-Q2");
    CHECK(norm("rel", {"DE", "0"}) == "202");
    CHECK(norm("rel", {"CE", "0"}) == "20");
    CHECK(norm("rel", {"WE", "0"}) == "2020-W39-WE");
    CHECK(norm("rel", {"WE", "0", "tense"}, Tense::Past, "2020-09-23") == "2020-W38-WE");
    CHECK(norm("rel", {"=", "0"}) == "2020-09-25");
    CHECK(norm("rel", {"Y", "X"}) == "FUTURE_REF");
    CHECK(norm("rel", {"Y", "-X"}) == "PAST_REF");
    CHECK(norm("rel", {"D", "99999"}) == "FAIL");
    // "a year ago" beside quarterly figures: the reported quarter, a year back.
    CHECK(norm("rel", {"Y", "-1"}, Tense::None, "2020-09-25", {"qctx"}, true) == "2019-Q2");
    CHECK(norm("rel", {"Y", "-1"}, Tense::None, "2020-09-25", {"qctx"}, false) == "2019");
    CHECK(norm("day", {"-1"}) == "2020-09-24");
    CHECK(norm("pod", {"NI", "-1"}) == "2020-09-24TNI");
}

TEST_CASE("durations and a half", "[time_normalize]") {
    CHECK(norm("dur", {"3", "D"}) == "P3D");
    CHECK(norm("dur", {"X", "Y"}) == "PXY");
    CHECK(norm("dur", {"2", "DE"}) == "P20Y");
    CHECK(norm("dur", {"X", "DE"}) == "PXDE");
    CHECK(norm("dur", {"1", "WE"}) == "P2D");
    CHECK(norm("dur", {"4", "H"}) == "PT4H");
    CHECK(norm("dur", {"2.5", "Y"}) == "P2.5Y");
    CHECK(norm("dur", {"two", "Y"}) == "FAIL");
    CHECK(norm("durhalf", {"2", "Y"}) == "P2Y6M");
    CHECK(norm("durhalf", {"5", "H"}) == "PT5H30M");
    CHECK(norm("durhalf", {"2", "W"}) == "P2.5W");
}

TEST_CASE("quarters, halves and seasons", "[time_normalize]") {
    CHECK(norm("quarter", {"3", "1988"}) == "1988-Q3");
    CHECK(norm("quarter", {"4"}, Tense::Past) == "2019-Q4");
    CHECK(norm("quarter", {"4"}, Tense::Future) == "2020-Q4");
    // told ahead, in the fourth quarter: the first is next year's; the third (just ended,
    // reported on now) stays this year's; halves stay in the anchor's year
    CHECK(norm("quarter", {"1"}, Tense::Future, "2020-11-10") == "2021-Q1");
    CHECK(norm("quarter", {"2"}, Tense::Future, "2020-11-10") == "2021-Q2");
    CHECK(norm("quarter", {"3"}, Tense::Future, "2020-11-10") == "2020-Q3");
    CHECK(norm("quarter", {"1"}, Tense::None, "2020-11-10") == "2020-Q1");
    CHECK(norm("half", {"1"}, Tense::Future, "2020-11-10") == "2020-H1");
    CHECK(norm("quarter", {"R"}) == "2020-Q2");
    CHECK(norm("quarter", {"5"}) == "FAIL");
    CHECK(norm("half", {"1", "2019"}) == "2019-H1");
    CHECK(norm("half", {"3"}) == "FAIL");
    CHECK(norm("season", {"SU", "2019"}) == "2019-SU");
    CHECK(norm("season", {"WI"}, Tense::Future) == "2021-WI");
    CHECK(norm("season", {"SU", "_", "last"}) == "2020-SU");   // told in September
    CHECK(norm("season", {"FA", "_", "last"}) == "2019-FA");
    CHECK(norm("season", {"S"}) == "FAIL");
    // In December the fall and the summer just gone are this year's, the winter ahead next year's.
    CHECK(norm("season", {"FA"}, Tense::Past, "2013-12-10") == "2013-FA");
    CHECK(norm("season", {"FA", "_", "last"}, Tense::None, "2013-12-10") == "2013-FA");
    CHECK(norm("season", {"SU"}, Tense::Past, "2013-12-10") == "2013-SU");
    CHECK(norm("season", {"SP"}, Tense::Future, "2013-12-10") == "2014-SP");
    CHECK(norm("season", {"WI"}, Tense::Past, "2014-01-20") == "2014-WI");
}

TEST_CASE("clock times", "[time_normalize]") {
    CHECK(norm("time", {"2", "pm"}) == "2020-09-25T14:00");
    CHECK(norm("time", {"12", "am"}) == "2020-09-25T00:00");
    CHECK(norm("time", {"14:30", "_", "0", "Z"}) == "2020-09-25T14:30Z");
    CHECK(norm("time", {"12", "noon"}) == "2020-09-25T12:00");
    // midnight is the end of its day (TimeML): T24:00
    CHECK(norm("time", {"0", "midnight"}) == "2020-09-25T24:00");
    CHECK(norm("time", {"13", "pm"}) == "FAIL");
    CHECK(norm("time", {"10:75"}) == "FAIL");
    // the 24-hour clock in four digits ("1400 GMT")
    CHECK(norm("time", {"1400", "_", "0", "Z"}) == "2020-09-25T14:00Z");
    CHECK(norm("time", {"0630", "_", "0", "Z"}) == "2020-09-25T06:30Z");
    CHECK(norm("time", {"2575", "_", "0", "Z"}) == "FAIL");
    CHECK(norm("time", {"1400", "pm"}) == "FAIL");
    CHECK(norm("ymdt", {"2019", "3", "4", "18:05"}) == "2019-03-04T18:05");
}

TEST_CASE("sets and holidays", "[time_normalize]") {
    CHECK(norm("setwd", {"1"}) == "XXXX-WXX-1");
    CHECK(norm("setm", {"7"}) == "XXXX-07");
    CHECK(norm("setm", {"0"}) == "FAIL");
    CHECK(norm("holiday", {"12-25", "2019"}) == "2019-12-25");
    CHECK(norm("holiday", {"11-4-4"}, Tense::Future) == "2020-11-26");    // Thanksgiving
    CHECK(norm("holiday", {"05-L-1", "2020"}) == "2020-05-25");           // Memorial Day
    CHECK(norm("holiday", {"12-25"}, Tense::Past) == "2019-12-25");
    CHECK(norm("holiday", {"13-1-1"}) == "FAIL");
    CHECK(norm("holiday", {"11-02+2", "2016"}) == "2016-11-08");           // Election Day
    CHECK(norm("holiday", {"11-02+2", "2015"}) == "2015-11-03");           // Nov. 2 a Monday
    CHECK(norm("holiday", {"11-23+5", "2013"}) == "2013-11-29");           // Black Friday
    CHECK(norm("holiday", {"E+0", "2019"}) == "2019-04-21");               // Easter
    CHECK(norm("holiday", {"E-2", "2020"}) == "2020-04-10");               // Good Friday
    CHECK(norm("holiday", {"E+0"}, Tense::Past) == "2020-04-12");
    CHECK(norm("holiday", {"11-02+9", "2016"}) == "FAIL");
    CHECK(norm("holiday", {"E+x", "2016"}) == "FAIL");
}
