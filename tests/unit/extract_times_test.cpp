// extract_times_test.cpp — the time tagger end to end: the sample's promises, each
// normalisation family, no false times, bad input.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "test_resources.h"
#include "analyze.h"
#include "nlp/tokenize.h"
#include "time/extract_times.h"

using namespace lede;

namespace {
std::vector<TimeExpr> times(const std::string& text, const std::string& anchor = "2020-09-25T11:36") {
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    return extract_times(doc, anchor, lede::test_resources().time);
}

// "text=value" of every expression, in order.
std::vector<std::string> found(const std::string& text, const std::string& anchor = "2020-09-25T11:36") {
    std::vector<std::string> out;
    for (const auto& t : times(text, anchor)) out.push_back(t.text + "=" + t.value);
    return out;
}

std::string value_of(const std::string& text, const std::string& anchor = "2020-09-25T11:36") {
    const auto t = times(text, anchor);
    return t.size() == 1 ? t[0].value : "(" + std::to_string(t.size()) + " expressions)";
}

TimeType type_of(const std::string& text) {
    const auto t = times(text);
    REQUIRE(t.size() == 1);
    return t[0].type;
}
}  // namespace

TEST_CASE("the sample's dates", "[extract_times]") {
    std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/assets/samples/rt-2020-09-25-putin-guarantees.txt", std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    const auto all = found(text);
    const auto has = [&](const std::string& s) { return std::find(all.begin(), all.end(), s) != all.end(); };
    CHECK(has("Friday=2020-09-25"));
    CHECK(has("November 3=2020-11-03"));
    CHECK(has("earlier this month=2020-09"));
    CHECK(has("1972=1972"));
    for (const auto& t : times(text)) {
        CHECK(t.text != "0:00");
        CHECK(t.text != "23:13");
        CHECK(t.text.find("25:0") == std::string::npos);
        CHECK(text.substr(t.span.start, t.span.size()) == t.text);
        CHECK(t.anchor == "2020-09-25T11:36");
    }
}

TEST_CASE("weekdays follow the tense", "[extract_times]") {
    CHECK(value_of("Putin proposed on Friday a pact.") == "2020-09-25");
    CHECK(value_of("The talks ended on Tuesday.") == "2020-09-22");
    CHECK(value_of("The council will meet on Tuesday.") == "2020-09-29");
    CHECK(value_of("They met last Friday.") == "2020-09-18");
    CHECK(value_of("They meet next Monday.") == "2020-09-28");
}

TEST_CASE("month-days without a year follow the tense", "[extract_times]") {
    CHECK(value_of("The election is on November 3.") == "2020-11-03");
    CHECK(value_of("The deal was signed on Nov. 30.") == "2019-11-30");
    CHECK(value_of("He said talks will resume on January 5.") == "2021-01-05");
    CHECK(value_of("It happened on 11 September.") == "2020-09-11");
}

TEST_CASE("full dates and numeric dates", "[extract_times]") {
    CHECK(value_of("on Sept. 30, 1989, the") == "1989-09-30");
    CHECK(value_of("on 25 Sep, 2020") == "2020-09-25");
    CHECK(value_of("on 2019-03-04") == "2019-03-04");
    CHECK(value_of("on 7/8/07") == "2007-07-08");
    CHECK(value_of("on 31/12/2020") == "2020-12-31");   // day first when month first names no day
    CHECK(found("steps 1/2/3").empty());                // a year has two or four digits
    CHECK(value_of("in November 2006") == "2006-11");
    CHECK(value_of("July 24 , 2003") == "2003-07-24");
}

TEST_CASE("relative expressions", "[extract_times]") {
    CHECK(value_of("earlier this month") == "2020-09");
    CHECK(value_of("last year") == "2019");
    CHECK(value_of("two days ago") == "2020-09-23");
    CHECK(value_of("a year ago") == "2019");
    CHECK(value_of("next week") == "2020-W40");
    CHECK(value_of("this week") == "2020-W39");
    CHECK(value_of("today") == "2020-09-25");
    CHECK(value_of("yesterday") == "2020-09-24");
    CHECK(value_of("tomorrow") == "2020-09-26");
    CHECK(value_of("last month") == "2020-08");
    CHECK(value_of("the end of last year") == "2019");
    CHECK(value_of("recently") == "PAST_REF");
    CHECK(value_of("now") == "PRESENT_REF");
    CHECK(value_of("currently") == "PRESENT_REF");
    CHECK(value_of("the future") == "FUTURE_REF");
    CHECK(value_of("several years ago") == "PAST_REF");
}

TEST_CASE("durations", "[extract_times]") {
    CHECK(value_of("the last twenty four hours") == "PT24H");
    CHECK(type_of("the last twenty four hours") == TimeType::Duration);
    CHECK(value_of("the past three years") == "P3Y");
    CHECK(value_of("for two weeks") == "P2W");
    CHECK(value_of("a 16-hour shift") == "PT16H");
    CHECK(value_of("several years") == "PXY");
    CHECK(value_of("the past decade") == "P10Y");
    CHECK(value_of("thirty minutes") == "PT30M");
    CHECK(found("a five-year-old boy").empty());
}

TEST_CASE("years, decades, centuries, spelled-out numbers", "[extract_times]") {
    CHECK(value_of("in 1972") == "1972");
    CHECK(value_of("the 1990s") == "199");
    CHECK(value_of("the '90s") == "199");
    CHECK(value_of("the 20th century") == "19");
    CHECK(value_of("the nineties") == "199");
    CHECK(value_of("in nineteen ninety-six") == "1996");
    CHECK(value_of("three days ago") == "2020-09-22");
}

TEST_CASE("seasons, quarters, halves, fiscal years", "[extract_times]") {
    CHECK(value_of("in the summer of 2019") == "2019-SU");
    CHECK(value_of("last spring") == "2020-SP");
    CHECK(value_of("the third quarter of 2020") == "2020-Q3");
    CHECK(value_of("the last quarter") == "2020-Q2");
    CHECK(value_of("the first half of 2021") == "2021-H1");
    CHECK(value_of("fiscal 1989") == "1989");
}

TEST_CASE("times of day and sets", "[extract_times]") {
    CHECK(value_of("at 2:30 p.m.") == "2020-09-25T14:30");
    CHECK(type_of("at 2:30 p.m.") == TimeType::Time);
    CHECK(value_of("at 14:30") == "2020-09-25T14:30");
    CHECK(value_of("at 18:00 UTC") == "2020-09-25T18:00Z");
    CHECK(value_of("this morning") == "2020-09-25TMO");
    CHECK(value_of("Friday night") == "2020-09-25TNI");
    CHECK(value_of("every Monday") == "XXXX-WXX-1");
    CHECK(value_of("a daily briefing") == "P1D");
    CHECK(type_of("a daily briefing") == TimeType::Set);
    CHECK(value_of("on Christmas Day 2019") == "2019-12-25");
}

TEST_CASE("ranges give two dates", "[extract_times]") {
    CHECK(found("from 2019 to 2021") == std::vector<std::string>{"2019=2019", "2021=2021"});
    CHECK(found("between 2014 and 2016") == std::vector<std::string>{"2014=2014", "2016=2016"});
}

TEST_CASE("no false times", "[extract_times]") {
    CHECK(found("Podcasts\n0:00\n23:13\n0:00\n25:0").empty());   // a media player
    CHECK(found("It costs $2020 or €1999.").empty());           // prices
    CHECK(found("Call 555-2019 or (212) 555-1990.").empty());   // phone numbers
    CHECK(found("Chelsea won 2-1 and led 3:2 at half.").empty()); // scores
    CHECK(found("Upgrade to version 2.0.2019 or v2020.").empty()); // versions
    CHECK(found("about 2000 people and 1500 troops").empty());  // counts
    CHECK(found("may you march on").empty());                   // verbs, not months
    CHECK(found("about three-quarters of the vote").empty());   // a fraction
    CHECK(found("when he was in his 30s").empty());             // an age
    CHECK(found("the annual March for Life").empty());          // a procession
    CHECK(value_of("the March 5 meeting was held") == "2020-03-05");
}

TEST_CASE("impossible dates give no invalid value", "[extract_times]") {
    for (const auto& t : times("on February 30, 2021 and on February 30 and on 2021-02-29 and 31/31/2020")) {
        CHECK(t.value.find("-02-30") == std::string::npos);
        CHECK(t.value.find("-02-29") == std::string::npos);
    }
    CHECK(value_of("on February 29, 2020") == "2020-02-29");
}

TEST_CASE("far years and a bad anchor", "[extract_times]") {
    CHECK(value_of("in 1066") == "1066");
    CHECK(value_of("by 2999") == "2999");
    CHECK(value_of("last year", "0001-06-01") == "(0 expressions)");   // year 0 does not exist
    CHECK(value_of("10000 years ago").find("P") == std::string::npos);
    CHECK(times("on Friday", "not a date").empty());
    CHECK(value_of("next year", "9999-01-01") == "(0 expressions)");
}

TEST_CASE("an impossible full date is no time at all", "[extract_times]") {
    CHECK(found("The deal closed on February 30, 2020, after talks.").empty());
    CHECK(found("It happened on Feb. 29, 2019.").empty());   // not "Feb. 29" of another year
    CHECK(found("on April 31 2021").empty());
    CHECK(found("on 31/02/2020 and 2020-02-30 and 2020-13-01").empty());
    CHECK(value_of("on Feb. 29, 2020") == "2020-02-29");
}

TEST_CASE("years before the era and far ahead", "[extract_times]") {
    CHECK(value_of("Rome fell in 40000 BC, they say.") == "BC40000");
    CHECK(value_of("in 44 B.C.") == "BC0044");
    CHECK(value_of("in AD 800") == "0800");
    CHECK(value_of("In the year 9999 robots rule.") == "9999");
    CHECK(found("The year 10000 is far.").empty());
    CHECK(found("He paid 10000 dollars in 10000.").empty());
    CHECK(found("in year 0 and the year 0000").empty());
}

TEST_CASE("a clock time takes the day written after it or named in its sentence", "[extract_times]") {
    CHECK(found("The offer expires at 5 p.m. EST Nov. 9.") == std::vector<std::string>{"5 p.m. EST Nov. 9=2020-11-09T17:00"});
    CHECK(type_of("talks broke off at noon Thursday") == TimeType::Time);
    CHECK(value_of("talks broke off at noon Thursday") == "2020-09-24T12:00");
    CHECK(value_of("filed at 12:00 UTC Monday") == "2020-09-21T12:00Z");
    CHECK(found("The jet flew Tuesday at 18:00 UTC.") ==
          std::vector<std::string>{"Tuesday=2020-09-22", "18:00 UTC=2020-09-22T18:00Z"});
    // with a comma between, annotators keep two expressions; the day is still the time's
    CHECK(found("at 16:15 UTC, June 1st, he spoke") == std::vector<std::string>{"16:15 UTC=2020-06-01T16:15Z", "June 1st=2020-06-01"});
    // another sentence's day does not count
    CHECK(found("He left Tuesday. The vote is at 5 p.m.") == std::vector<std::string>{"Tuesday=2020-09-22", "5 p.m.=2020-09-25T17:00"});
}

TEST_CASE("the year under discussion and the year of accounts", "[extract_times]") {
    CHECK(found("For the year ended March 31, profit rose.") == std::vector<std::string>{"the year=P1Y", "March 31=2020-03-31"});
    CHECK(times("in the fiscal year ending June 30").front().type == TimeType::Duration);
    CHECK(value_of("Sales for the full year were $6 billion.") == "2020");
    CHECK(found("It lost $4 billion in the fourth quarter of 2005 and $8 billion for the entire year.") ==
          std::vector<std::string>{"the fourth quarter of 2005=2005-Q4", "the entire year=2005"});
}

TEST_CASE("the year before the one under discussion, quarters of named years", "[extract_times]") {
    CHECK(found("Costs fell $1 billion in 2009 from the year before.") == std::vector<std::string>{"2009=2009", "the year before=2008"});
    CHECK(value_of("Costs fell from the previous year.") == "2019");
    CHECK(value_of("compared with the 1988 quarter") == "1988-Q2");   // the one just reported
    CHECK(value_of("next year's first quarter") == "2021-Q1");
    CHECK(value_of("the last half of 1989") == "1989-H2");
    CHECK(value_of("for the current fiscal year") == "2020");
    CHECK(value_of("mid-afternoon yesterday") == "2020-09-24TAF");
    CHECK(value_of("parades each July") == "XXXX-07");
    CHECK(found("between 60 and 90 days") == std::vector<std::string>{"60=P60D", "90 days=P90D"});
}

TEST_CASE("anaphors count from the latest date before them", "[extract_times]") {
    CHECK(found("He was hired in March 1989. The following month he quit.") ==
          std::vector<std::string>{"March 1989=1989-03", "The following month=1989-04"});
    CHECK(found("The plant opened in 1995. It closed the following year.") ==
          std::vector<std::string>{"1995=1995", "the following year=1996"});
    CHECK(found("He arrived on Oct. 23, 1998. Later that year he left.") ==
          std::vector<std::string>{"Oct. 23, 1998=1998-10-23", "Later that year=1998"});
    CHECK(found("He was arrested on Feb. 22, 2000 and freed the next morning.") ==
          std::vector<std::string>{"Feb. 22, 2000=2000-02-22", "the next morning=2000-02-23TMO"});
    CHECK(value_of("Sales rose that year.") == "2020");   // nothing before: the anchor
}

TEST_CASE("vague and qualified spans", "[extract_times]") {
    CHECK(value_of("in coming weeks") == "PXW");
    CHECK(type_of("in coming weeks") == TimeType::Duration);
    CHECK(value_of("in recent years") == "PXY");
    CHECK(value_of("in the weeks ahead") == "PXW");
    CHECK(value_of("over the next couple of years") == "P2Y");
    CHECK(value_of("for two more weeks") == "P2W");
    CHECK(value_of("for an additional year") == "P1Y");
    CHECK(value_of("eight trading days") == "P8D");
    CHECK(value_of("a day-long strike") == "P1D");
    CHECK(value_of("a decades-long dispute") == "PXY");   // "a" counts no plural unit
    CHECK(found("a days") .empty());
    CHECK(value_of("It closed by that time.") == "2020-09-25");   // nothing before: the anchor
    CHECK(found("The deal closes by June 10. If no price is agreed by that time, it lapses.", "2011-05-29") ==
          std::vector<std::string>{"June 10=2011-06-10", "that time=2011-06-10"});
}

TEST_CASE("parts of the day, quarters, weeks of a day", "[extract_times]") {
    CHECK(value_of("He will leave at 4 in the morning.") == "2020-09-25T04:00");
    CHECK(found("Shares fell on Friday, Sept. 18. In the morning, buyers returned.") ==
          std::vector<std::string>{"Friday, Sept. 18=2020-09-18", "the morning=2020-09-18TMO"});
    CHECK(value_of("By mid afternoon the operation was over.") == "2020-09-25TAF");
    CHECK(value_of("at mid-afternoon yesterday") == "2020-09-24TAF");
    CHECK(value_of("This quarter profit rose.") == "2020-Q3");
    CHECK(value_of("next quarter") == "2020-Q4");
    CHECK(value_of("the week of March 6, 2000") == "2000-W10");
    CHECK(value_of("five years ago, said the quarterly report") == "2015");   // a year, not a quarter
}

TEST_CASE("a finite past verb before the date, not a participle", "[extract_times]") {
    // "ruled" is a past verb even with "should" further on; "be completed" is a participle
    CHECK(value_of("In January, the commissioner ruled that he should go back.", "2000-04-03") == "2000-01");
    CHECK(value_of("The work should be completed in October.", "2000-04-03") == "2000-10");
}

TEST_CASE("more relative and duration forms", "[extract_times]") {
    CHECK(value_of("He was shot last Oct. 23 at home.") == "2019-10-23");
    CHECK(value_of("It opens next May 1.") == "2021-05-01");
    CHECK(value_of("compared with a year-earlier loss") == "2019");
    CHECK(value_of("two and a half years") == "P2Y6M");
    CHECK(value_of("5 1/2 hours") == "PT5H30M");
    CHECK(value_of("a minute and a half") == "PT1M30S");
    CHECK(value_of("two days before the phone launches") == "P2D");
    CHECK(value_of("It had closed two days before.") == "2020-09-23");
    CHECK(value_of("The father could come as early as Tuesday.") == "2020-09-29");
}

TEST_CASE("without a dateline the first written date anchors the text", "[extract_times]") {
    const nlp::Document doc = nlp::tokenize("PARIS, September 01, 2007 - Today the plane flew.", lede::test_resources().nlp);
    REQUIRE(first_written_date(doc, lede::test_resources().time).has_value());
    CHECK(*first_written_date(doc, lede::test_resources().time) == "2007-09-01");
    CHECK_FALSE(first_written_date(nlp::tokenize("Today the plane flew.", lede::test_resources().nlp), lede::test_resources().time).has_value());

    AnalyzeOptions opt;
    opt.raw = true;
    const Analysis a = analyze(lede::test_resources(), {"PARIS, September 01, 2007 - Today the plane flew.", {}}, opt);
    bool today = false;
    for (const auto& t : a.times) today |= t.text == "Today" && t.value == "2007-09-01";
    CHECK(today);
    bool warned = false;
    for (const auto& w : a.warnings) warned |= w.code == "no-dateline";
    CHECK(warned);
}

TEST_CASE("10,000 dates in one text", "[extract_times]") {
    std::string text;
    for (int i = 0; i < 10000; ++i) text += "On March " + std::to_string(i % 28 + 1) + ", 2019 and ";
    const auto t = times(text);
    REQUIRE(t.size() == 10000);
    CHECK(t.front().value == "2019-03-01");
    CHECK(t.back().value == "2019-03-04");   // 9999 % 28 + 1
    for (std::size_t i = 1; i < t.size(); ++i) REQUIRE(t[i - 1].span.end <= t[i].span.start);
}
