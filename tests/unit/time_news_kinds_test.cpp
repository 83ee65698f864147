// time_news_kinds_test.cpp — kinds of time expressions news copy uses that the grammar
// (assets/time/en/patterns.txt) covers as data: references back to the day told of,
// durations without digits, vague references, granularity, deadlines, named days, and
// numbers inside names that are no times. Sentences written from general knowledge of
// news language, not taken from any scored document.
#include <catch2/catch.hpp>

#include "nlp/tokenize.h"
#include "time/extract_times.h"
#include "test_resources.h"

using namespace lede;

namespace {
// "text=value" of every expression, in order; the anchor is Friday 10 October 2008.
std::vector<std::string> found(const std::string& text, const std::string& anchor = "2008-10-10") {
    std::vector<std::string> out;
    for (const auto& t : extract_times(nlp::tokenize(text, lede::test_resources().nlp), anchor, lede::test_resources().time)) out.push_back(t.text + "=" + t.value);
    return out;
}
using List = std::vector<std::string>;
}  // namespace

TEST_CASE("references back to the day told of", "[time_news_kinds]") {
    CHECK(found("The index closed the day down 3%.") == List{"the day=2008-10-10"});
    CHECK(found("Shares rose 5% on the day.") == List{"the day=2008-10-10"});
    CHECK(found("On Oct. 6 the bank failed. On the same day, rates were cut.") ==
          List{"Oct. 6=2008-10-06", "the same day=2008-10-06"});
    CHECK(found("The plant closed on Oct. 6. That day, workers protested.") ==
          List{"Oct. 6=2008-10-06", "That day=2008-10-06"});
    CHECK(found("The deal was signed on Oct. 6; the previous day, talks had stalled.") ==
          List{"Oct. 6=2008-10-06", "the previous day=2008-10-05"});
    CHECK(found("The plane landed on Oct. 6. Two days later, it flew again.") ==
          List{"Oct. 6=2008-10-06", "Two days later=2008-10-08"});
    CHECK(found("The strike began on Oct. 6 and spread the following week.") ==
          List{"Oct. 6=2008-10-06", "the following week=2008-W42"});
    CHECK(found("Earlier in the week, the minister resigned.") == List{"the week=2008-W41"});
    CHECK(found("The bank failed on Oct. 6. That night, regulators met.") ==
          List{"Oct. 6=2008-10-06", "That night=2008-10-06TNI"});
    CHECK(found("Rates were cut on Oct. 6. Later that week, stocks rallied.") ==
          List{"Oct. 6=2008-10-06", "Later that week=2008-W41"});
    CHECK(found("Lehman failed in September 2008. The same month, AIG was rescued.") ==
          List{"September 2008=2008-09", "The same month=2008-09"});
    CHECK(found("Shares fell 5% on Oct. 6 but recovered by the end of the day.") ==
          List{"Oct. 6=2008-10-06", "the end of the day=2008-10-06"});
    CHECK(found("The index closed near its low of the day.") == List{"the day=2008-10-10"});
    CHECK(found("The stock ended the trading day down 5%.") == List{"the trading day=2008-10-10"});
    CHECK(found("Ford was the biggest loser of the day, falling 9%.") == List{"the day=2008-10-10"});
    // market reports: a change "on the week" (month, year) is over the period told of
    CHECK(found("The Nasdaq rose 2% on the week.") == List{"the week=2008-W41"});
    CHECK(found("Gold is up 3% on the month.") == List{"the month=2008-10"});
    CHECK(found("The euro was down 8% on the year.") == List{"the year=2008"});
    CHECK(found("He insisted on the year being right.").empty());
    // "the day" of an event is no reference back: nothing to tag
    CHECK(found("He recalled the day of the crash.").empty());
}

TEST_CASE("durations without digits, inside adjectives", "[time_news_kinds]") {
    CHECK(found("It was the biggest single-day fall.") == List{"single-day=P1D"});
    CHECK(found("It was the first loss in a quarter century.") == List{"a quarter century=P25Y"});
    CHECK(found("The firm has existed for a quarter of a century.") == List{"a quarter of a century=P25Y"});
    CHECK(found("It ended a half-century of production.") == List{"a half-century=P50Y"});
    CHECK(found("The deal could close in a matter of weeks.") == List{"a matter of weeks=PXW"});
    CHECK(found("The recall has taken months.") == List{"months=PXM"});
    CHECK(found("She spent years at Ford.") == List{"years=PXY"});
    CHECK(found("The economy shrank for two consecutive quarters.") == List{"two consecutive quarters=P2Q"});
    CHECK(found("Prices rose for three straight days.") == List{"three straight days=P3D"});
    CHECK(found("They signed a multi-year contract.") == List{"multi-year=PXY"});
    CHECK(found("The weeklong strike ended.") == List{"weeklong=P1W"});
    CHECK(found("A yearlong probe found no fraud.") == List{"yearlong=P1Y"});
    CHECK(found("Output fell by a third in half a year.") == List{"half a year=P6M"});
    CHECK(found("The firm has been run by the family for half a century.") == List{"half a century=P50Y"});
    CHECK(found("A few days later, it was over.") == List{"A few days later=PXD"});
}

TEST_CASE("vague references follow the tense", "[time_news_kinds]") {
    CHECK(found("The plant was sold years ago.") == List{"years ago=PAST_REF"});
    CHECK(found("At the time, the bank was profitable.") == List{"the time=PAST_REF"});
    CHECK(found("Stocks fell at the time of the crash.").empty());
    CHECK(found("At one point, the Dow was down 700 points.") == List{"At one point=PAST_REF"});
    CHECK(found("The bank will need more capital at some point.") == List{"at some point=FUTURE_REF"});
    CHECK(found("At some point, the company said, it lost track.") == List{"At some point=PAST_REF"});
}

TEST_CASE("granularity: halves, weeks, the end of a period", "[time_news_kinds]") {
    CHECK(found("Shares have fallen 20% since the start of this year.") == List{"the start of this year=2008"});
    CHECK(found("Sales fell in the first half of the year.") == List{"the first half of the year=2008-H1"});
    CHECK(found("First-half profit fell 10%.") == List{"First-half=2008-H1"});
    CHECK(found("Its second-half 2007 sales rose.") == List{"second-half 2007=2007-H2"});
    CHECK(found("Stocks fell for the fourth week in a row.") == List{"the fourth week in a row=2008-W41"});
    CHECK(found("Stocks fell for a third straight session.") == List{"a third straight session=2008-10-10"});
    CHECK(found("The talks are set for the fourth week of October.") == List{"the fourth week of October=2008-W43"});
    CHECK(found("In the first week of the year, sales rose.") == List{"the first week of the year=2008-W01"});
    CHECK(found("Sales rose in the second week of 2007.") == List{"the second week of 2007=2007-W02"});
    // "final" is the fourth ordinal of quarters, but the last week of a year or month
    CHECK(found("Sales rose in the final week of 2007.") == List{"the final week of 2007=2007-W52"});
    CHECK(found("Results are due by the end of the week.") == List{"the end of the week=2008-W41"});
    CHECK(found("Net income rose 8% in the latest period.") == List{"the latest period=2008-Q3"});
    CHECK(found("For the month, the index lost 12%.") == List{"the month=2008-10"});
    CHECK(found("The firm posted a Q4 2007 loss.") == List{"Q4 2007=2007-Q4"});
    CHECK(found("Profit in the 2007 fiscal year rose.") == List{"the 2007 fiscal year=2007"});
    CHECK(found("Sales in calendar 2007 rose.") == List{"calendar 2007=2007"});
    CHECK(found("Toyota's profit fell in the April-June quarter.") == List{"the April-June quarter=2008-Q2"});
    CHECK(found("Output rose in the October-December period of 2007.") ==
          List{"the October-December period of 2007=2007-Q4"});
    CHECK(found("Net income rose from the prior-year period.") == List{"the prior-year period=2007-Q3"});
    CHECK(found("The target is to be met by the end of the decade.") == List{"the end of the decade=200"});
    CHECK(found("Ford cut prices this past weekend.") == List{"this past weekend=2008-W40-WE"});
    CHECK(found("Sales slowed this past month.") == List{"this past month=2008-09"});
    CHECK(found("The bank will raise capital by year-end.") == List{"year-end=2008-12-31"});
    // "in the year": the year told of, the one named before in the sentence if any
    CHECK(found("Sales slowed earlier in the year.") == List{"the year=2008"});
    CHECK(found("Profit rose in 2006, but margins fell during the year, it said.") ==
          List{"2006=2006", "the year=2006"});
    CHECK(found("Sales in the year to March rose.") == List{"the year=P1Y", "March=2008-03"});
    // a quarter of the year named: one expression, the quarter of that year
    CHECK(found("The loan is due in the first quarter of next year.") == List{"the first quarter of next year=2009-Q1"});
    CHECK(found("Profit fell in the first quarter of the year.") == List{"the first quarter of the year=2008-Q1"});
    CHECK(found("Prices fell in the last quarter of last year.") == List{"the last quarter of last year=2007-Q4"});
    CHECK(found("Prices fell in the last quarter of 2007.") == List{"the last quarter of 2007=2007-Q4"});
    CHECK(found("Sales fell in the last quarter.") == List{"the last quarter=2008-Q3"});
}

TEST_CASE("deadlines lie ahead; named days keep their date", "[time_news_kinds]") {
    CHECK(found("The talks resume Tuesday next week.") == List{"Tuesday next week=2008-10-14"});
    CHECK(found("The vote was held on Monday of last week.") == List{"Monday of last week=2008-09-29"});
    // Friday 10 October 2008: "until Monday" is the 13th, not the 6th.
    CHECK(found("The offer is open until Monday.") == List{"Monday=2008-10-13"});
    CHECK(found("Lawmakers must decide by Wednesday.") == List{"Wednesday=2008-10-15"});
    CHECK(found("The border stayed shut until Wednesday, officials said.") == List{"Wednesday=2008-10-08"});
    // a date something is put off to lies ahead, though the putting off is told in the past
    CHECK(found("The vote was postponed until Monday.") == List{"Monday=2008-10-13"});
    CHECK(found("The deadline was extended to Wednesday, officials said.") == List{"Wednesday=2008-10-15"});
    CHECK(found("The launch was pushed back to March.") == List{"March=2009-03"});
    CHECK(found("The hearing was adjourned to a later date.") == List{"a later date=FUTURE_REF"});
    CHECK(found("It was the worst fall since Black Monday.") == List{"Black Monday=1987-10-19"});
    CHECK(found("Shares fell on Monday.") == List{"Monday=2008-10-06"});
}

TEST_CASE("the wire's 24-hour clock; overnight", "[time_news_kinds]") {
    CHECK(found("Asian stocks fell overnight as fears grew.") == List{"overnight=2008-10-09TNI"});
    CHECK(found("Overnight rates rose.").empty());
    CHECK(found("The talks began at 1400 GMT.") == List{"1400 GMT=2008-10-10T14:00Z"});
    // a bracketed restatement of the time before it is not a second time
    CHECK(found("The blast came at 10:35 a.m. (0735 GMT).") == List{"10:35 a.m.=2008-10-10T10:35"});
}

TEST_CASE("holidays counted from a weekday or from Easter", "[time_news_kinds]") {
    CHECK(found("Voters will go to the polls on Election Day.") == List{"Election Day=2008-11-04"});
    CHECK(found("Retailers hope for strong sales on Black Friday.") == List{"Black Friday=2008-11-28"});
    CHECK(found("The ceasefire began on Good Friday 2008.") == List{"Good Friday 2008=2008-03-21"});
    CHECK(found("He sailed to Easter Island.").empty());
    CHECK(found("Lent began on Ash Wednesday.") == List{"Ash Wednesday=2008-02-06"});
    CHECK(found("Protests were held on Bastille Day.") == List{"Bastille Day=2008-07-14"});
    // named days whose date no rule knows are no time, not their weekday's date
    CHECK(found("Voters went to the polls on Super Tuesday.").empty());
    CHECK(found("The march recalled Bloody Sunday.").empty());
}

TEST_CASE("numbers inside names are no times", "[time_news_kinds]") {
    CHECK(found("The Russell 2000 fell 2%.").empty());
    CHECK(found("The Wilshire 5000 and the Stoxx 600 fell.").empty());
    CHECK(found("After the September 11th attacks, travel slumped.").empty());
    CHECK(found("The Sept. 11 attacks changed air travel.").empty());
    CHECK(found("The Sept. 11 meeting was cancelled.") == List{"Sept. 11=2008-09-11"});
    CHECK(found("After the September 11 attacks in 2001, travel slumped.") == List{"2001=2001"});
    CHECK(found("The company said on September 11 it would cut jobs.") == List{"September 11=2008-09-11"});
}

TEST_CASE("rates after an amount are sets, not spans", "[time_news_kinds]") {
    CHECK(found("The notes pay $1.76 a year.") == List{"a year=P1Y"});
    CHECK(found("The plant builds 400 cars a day.") == List{"a day=P1D"});
    CHECK(found("The jet flies twice a week.") == List{"a week=P1W"});
    CHECK(found("The firm burns $2 billion a month.") == List{"a month=P1M"});
    // after a preposition or a verb it stays a span of one
    CHECK(found("The plant was idle for a year.") == List{"a year=P1Y"});
    CHECK(found("The review took a month.") == List{"a month=P1M"});
    // a longer reading wins: "a year earlier" is a date
    CHECK(found("Profit was $3 a share, up from $2 a year earlier.") == List{"a year earlier=2007"});
}

TEST_CASE("deadlines with a month lie ahead; a bare verb after a modal is no past", "[time_news_kinds]") {
    // Friday 10 October 2008; "has" counts as a past clue, a deadline is still ahead
    CHECK(found("The carmaker has until March 31 to present a plan.") == List{"March 31=2009-03-31"});
    CHECK(found("Lenders must be repaid by January.") == List{"January=2009-01"});
    CHECK(found("By March, the bank had cut 2,000 jobs.") == List{"March=2008-03"});
    // "will hit": hit is a bare verb here, the sentence is in the future
    CHECK(found("The new model will hit showrooms in the spring.") == List{"the spring=2009-SP"});
    CHECK(found("The new model hit showrooms in the spring.") == List{"the spring=2008-SP"});
}

TEST_CASE("counts of days and halves", "[time_news_kinds]") {
    CHECK(found("The plant took one and a half years to build.") == List{"one and a half years=P1Y6M"});
    CHECK(found("Shares fell for the second day.") == List{"the second day=2008-10-10"});
    CHECK(found("Protesters marched for a third week.") == List{"a third week=2008-W41"});
    // a holiday a few weeks ahead, told in the past, is this year's
    CHECK(found("Congress left for the Thanksgiving recess.", "2008-11-20") == List{"Thanksgiving=2008-11-27"});
    CHECK(found("Sales were strong at Christmas.", "2009-01-20") == List{"Christmas=2008-12-25"});
}

TEST_CASE("more names and figures that hold numbers", "[time_news_kinds]") {
    CHECK(found("The S&P 500 rose 2% and the FTSE 100 fell.").empty());
    CHECK(found("The PCs still run Windows 2000.").empty());
    CHECK(found("The G20 leaders met as Covid-19 spread.").empty());
    CHECK(found("The Boeing 737 and the Airbus A320 were grounded.").empty());
    CHECK(found("Call 555-1234 or 1-800-555-0199.").empty());
    CHECK(found("The vote was 52-48; United won 3-1.").empty());
}

TEST_CASE("the end of the year told of; the week before; zones in words", "[time_news_kinds]") {
    CHECK(found("The bank will repay the loans by year's end.") == List{"year's end=2008"});
    CHECK(found("Sales fell in the year's first half.") == List{"the year's first half=2008-H1"});
    CHECK(found("The firm expects to break even by midyear.") == List{"midyear=2008"});
    CHECK(found("Cash fell to $14 billion at end-September.") == List{"end-September=2008-09"});
    CHECK(found("The bank failed on Oct. 6. The week before, another had been sold.") ==
          List{"Oct. 6=2008-10-06", "The week before=2008-W40"});
    CHECK(found("Trading halted at 9:30 a.m. Eastern time.") == List{"9:30 a.m. Eastern time=2008-10-10T09:30"});
    CHECK(found("The blast came at around 3 o'clock.") == List{"around 3 o'clock=2008-10-10T03:00"});
    // the present perfect: a deadline after it still lies ahead
    CHECK(found("The agency has given them until Tuesday to sign.") == List{"Tuesday=2008-10-14"});
    CHECK(found("The agency gave them until Tuesday to sign.") == List{"Tuesday=2008-10-07"});
}

TEST_CASE("the same month a year back; plans told in the past", "[time_news_kinds]") {
    CHECK(found("Sales were 150,000 in September, down 20% from the same month last year.") ==
          List{"September=2008-09", "the same month last year=2007-09"});
    CHECK(found("Sales in August fell 5% from the same month a year earlier.") ==
          List{"August=2008-08", "the same month a year earlier=2007-08"});
    // "were planning to": a plan, ahead of the day it was told
    CHECK(found("Protesters were planning to march on Monday.") == List{"Monday=2008-10-13"});
}

TEST_CASE("market reports: the day, week or month a figure closed", "[time_news_kinds]") {
    CHECK(found("By day's end, the index was down 2%.") == List{"day's end=2008-10-10"});
    CHECK(found("By the end of the trading day, shares were up 5%.") == List{"the end of the trading day=2008-10-10"});
    CHECK(found("Trading was halted for most of the day.") == List{"most of the day=2008-10-10"});
    CHECK(found("The index ended the week down 18%.") == List{"the week=2008-W41"});
    CHECK(found("Oil closed the month lower.") == List{"the month=2008-10"});
    // a fiscal year that ends on a date is a span, not the year told of
    CHECK(found("The fiscal year ended Sept. 30.") == List{"The fiscal year=P1Y", "Sept. 30=2008-09-30"});
}

TEST_CASE("bare plural units after more leading words", "[time_news_kinds]") {
    CHECK(found("The country was ruled from Moscow for centuries.") == List{"centuries=PXCE"});
    CHECK(found("The merger follows months of talks.") == List{"months=PXM"});
    CHECK(found("The deal came amid weeks of protests.") == List{"weeks=PXW"});
}

TEST_CASE("the day's high, the previous session", "[time_news_kinds]") {
    CHECK(found("The bank was the day's biggest loser.") == List{"the day=2008-10-10"});
    CHECK(found("Shares fell 5% on Oct. 6, down from the previous session.") ==
          List{"Oct. 6=2008-10-06", "the previous session=2008-10-05"});
    CHECK(found("At the close of the session, the index was down 2%.") == List{"the close of the session=2008-10-10"});
}

TEST_CASE("halves and weeks named without their year", "[time_news_kinds]") {
    CHECK(found("Profit rose in the first half.") == List{"the first half=2008-H1"});
    CHECK(found("In the second half, sales rose.") == List{"the second half=2008-H2"});
    CHECK(found("He scored in the first half of the match.").empty());
    CHECK(found("The plant will close in the second half of next year.") ==
          List{"the second half of next year=2009-H2"});
    CHECK(found("Shares fell in the last week of March.") == List{"the last week of March=2008-W13"});
    CHECK(found("The strike entered its fourth week.") == List{"fourth week=2008-W41"});
    CHECK(found("The talks went into their second day on Friday.") ==
          List{"second day=2008-10-10", "Friday=2008-10-10"});
}

TEST_CASE("a past form after an auxiliary gives no tense; effective dates and 'through' lie ahead", "[time_news_kinds]") {
    // Friday 10 October 2008
    CHECK(found("The dividend would be paid on Feb. 1.") == List{"Feb. 1=2009-02-01"});
    CHECK(found("The plant was sold in March.") == List{"March=2008-03"});
    CHECK(found("The board created a new office, effective Jan. 1.") == List{"Jan. 1=2009-01-01"});
    CHECK(found("Lenders have extended the loans through January.") == List{"January=2009-01"});
}

TEST_CASE("adjectives in -ed are no past verbs", "[time_news_kinds]") {
    // "troubled", "unspecified": adjectives; "will" decides
    CHECK(found("The troubled bank will be sold in January.") == List{"January=2009-01"});
    CHECK(found("It would pay on an unspecified date in January.") == List{"January=2009-01"});
}

TEST_CASE("with no verb to go by, a month half a year back is this year's", "[time_news_kinds]") {
    // told on 2 November: March is this year's; January, two months ahead, next year's
    CHECK(found("Stocks: a high in June, from a low in March.", "1989-11-02") == List{"June=1989-06", "March=1989-03"});
    CHECK(found("Dividends: payable in January.", "1989-11-02") == List{"January=1990-01"});
    CHECK(found("Results: record high on Sept. 20.", "1998-02-06") == List{"Sept. 20=1997-09-20"});
}

TEST_CASE("durations inside adjectives keep their -long", "[time_news_kinds]") {
    CHECK(found("The two-year-long review ended.") == List{"two-year-long=P2Y"});
    CHECK(found("It was two years long.") == List{"two years long=P2Y"});
}

TEST_CASE("day-month-year dates keep their written year", "[time_news_kinds]") {
    // the year was read from the optional comma, so the tense picked one
    CHECK(found("The plant closed on 1 June 2006.") == List{"1 June 2006=2006-06-01"});
    CHECK(found("It opened on 5 June 2007, 14:00.") == List{"5 June 2007, 14:00=2007-06-05T14:00"});
    CHECK(found("It opened on June 5, 2007, 14:00.") == List{"June 5, 2007, 14:00=2007-06-05T14:00"});
    CHECK(found("It was the 5th of June, 2007.") == List{"the 5th of June, 2007=2007-06-05"});
    CHECK(found("It was Friday, 5 June 2007.") == List{"Friday, 5 June 2007=2007-06-05"});
    CHECK(found("A 20th-century economy.") == List{"20th-century=19"});
}
