// time_calendar.h — TIMEX3 day, month, year and week strings, and the --dateline anchor.
//
// Years 1..9999 are formatted; others are refused by callers.
#pragma once

#include <string>

#include "base/civil_calendar.h"

namespace lede::time {

// The calendar itself lives in base/civil_calendar.h; the time stage names it unqualified.
using base::add_days;
using base::add_months;
using base::civil_from_days;
using base::Date;
using base::days_from_civil;
using base::days_in_month;
using base::easter_sunday;
using base::is_leap_year;
using base::is_valid_date;
using base::iso_week;
using base::iso_weekday;
using base::IsoWeek;

// `value` in decimal, zero-padded to `width` characters with the sign counted, as printf's
// "%0<width>d" writes it (-1 at width 4 is "-001"). Not printf: in wasm its first call is
// a large function compiled on the page's first analysis.
std::string zero_padded(int value, int width);

// "2020-09-25" / "2020-09" / "2020" / "2020-W39", zero-padded; year padded to 4 digits.
std::string format_day(const Date& d);
std::string format_month(int year, int month);
std::string format_year(int year);
std::string format_week(const IsoWeek& w);

// Parses "YYYY-MM-DD" with an optional "THH:MM"; false when malformed or impossible.
bool parse_anchor(const std::string& text, Date& date, int& hour, int& minute);

}  // namespace lede::time
