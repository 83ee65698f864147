// timex_interval.h — the stretch of time a TIMEX3 value names, as a half-open interval of
// days since 1970-01-01 (proleptic Gregorian; fractions of a day for times of day). What a
// reader of `times[].value` needs to put it on an axis or compare two values: the page's
// timeline reads values through this rather than parsing them again.
#pragma once

#include <optional>
#include <string_view>

namespace lede::time {

// How fine the value is: "20" is a century, "2020-Q3" a quarter, "2020-09-25T11" an hour.
// Halves ("2020-H1") and seasons ("2020-SU") count as quarters.
enum class TimexPrecision { Century, Decade, Year, Quarter, Month, Week, Day, Hour, Minute };

struct TimexInterval {
    double start = 0;                            // days since 1970-01-01, half-open
    double end = 0;
    TimexPrecision precision = TimexPrecision::Day;
};

// "20" (century), "202" (decade), "2020", "2020-Q3", "2020-H1", "2020-W39" (ISO week),
// "2020-SU" (season: SP, SU, FA, WI; three months from March, June, September, December),
// "2020-09", "2020-09-25", "2020-09-25T11", "2020-09-25T11:36" (anything after the hour or
// the minute, seconds or a zone, is ignored). Nothing for values with no place in time
// (PRESENT_REF, PAST_REF, durations "P3D", sets, "XXXX-09-25") and for dates that do not
// exist ("2021-02-29", month 13, hour 24).
std::optional<TimexInterval> interval_of(std::string_view value);

}  // namespace lede::time
