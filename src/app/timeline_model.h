// timeline_model.h — TIMEX3 values as intervals on one axis, and calendar arithmetic for
// the timeline's ticks. Time is measured in days since 1970-01-01 (proleptic Gregorian,
// fractional days for times of day), which covers centuries to minutes in a double.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lede::app {

enum class Precision { Millennium, Century, Decade, Year, Quarter, Month, Week, Day, Hour, Minute };

struct Interval {
    double start = 0, end = 0;                        // days since epoch, half-open
    Precision precision = Precision::Day;
};

// The core's time::interval_of (time/timex_interval.h: "2020", "2020-09-25T11:36", "2020-W39",
// "2020-Q3", "202" (decade), ...) in the axis's precisions. Returns nothing for values with no
// place on an axis (PRESENT_REF, PAST_REF, durations, sets).
std::optional<Interval> parse_timex(const std::string& value);

// base/civil_calendar.h in the axis's unit (a day's fraction dropped by civil_from_days).
double days_from_civil(int year, int month, int day);
void civil_from_days(double days, int& year, int& month, int& day);

// A readable form of an instant at a precision ("2020", "Sep 2020", "25 Sep 2020", "11:36").
std::string format_instant(double days, Precision precision);

// A TIMEX3 value that has no place on the axis, in words for a reader: durations
// ("P1Y6M" -> "1 year 6 months", "PT30M" -> "30 minutes", "P2D" -> "2 days"), vague
// references ("PRESENT_REF" -> "now", "PAST_REF" -> "some time in the past"), sets ("P1W" of
// a SET -> "every week"), and fuzzy values ("2020-XX-XX" -> "some time in 2020"). Values it
// does not know come back unchanged; never a raw code for the ones it knows.
std::string describe_timex(const std::string& value, bool is_set = false);

// The days an article is about: starting at the publication day (else the middle item), the
// nearest items are taken in while each is no farther from what is taken than the largest of
// `reach_days`, three times the median gap between the items' days, and the span taken so far; the rest (a 1972 mention in a 2020 article) are
// outliers the view leaves at its edges. Returns [lo, hi] in days; nothing if no items.
struct DaySpan {
    double lo = 0, hi = 0;
};
std::optional<DaySpan> focus_span(const std::vector<Interval>& items, std::optional<double> published, double reach_days = 120);

}  // namespace lede::app
