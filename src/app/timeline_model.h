// timeline_model.h — TIMEX3 values as intervals on one axis, and calendar arithmetic for
// the timeline's ticks. Time is measured in days since 1970-01-01 (proleptic Gregorian,
// fractional days for times of day), which covers centuries to minutes in a double.
#pragma once

#include <optional>
#include <string>

namespace lede::app {

enum class Precision { Millennium, Century, Decade, Year, Quarter, Month, Week, Day, Hour, Minute };

struct Interval {
    double start = 0, end = 0;                        // days since epoch, half-open
    Precision precision = Precision::Day;
};

// "2020", "2020-09", "2020-09-25", "2020-09-25T11:36", "2020-W39", "2020-Q3", "202" (decade),
// "20" (century), season "2020-SU" ... Returns nothing for values with no place on an axis
// (PRESENT_REF, PAST_REF, durations, sets).
std::optional<Interval> parse_timex(const std::string& value);

double days_from_civil(int year, int month, int day);
void civil_from_days(double days, int& year, int& month, int& day);

// A readable form of an instant at a precision ("2020", "Sep 2020", "25 Sep 2020", "11:36").
std::string format_instant(double days, Precision precision);

}  // namespace lede::app
