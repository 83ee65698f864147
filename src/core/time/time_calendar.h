// time_calendar.h — TIMEX3 day, month, year and week strings, and the --dateline anchor.
//
// Years 1..9999 are formatted; others are refused by callers.
#pragma once

#include <string>

#include "base/civil_calendar.h"

namespace lede::time {

// `value` in decimal, zero-padded to `width` characters with the sign counted, as printf's
// "%0<width>d" writes it (-1 at width 4 is "-001"). Not printf: in wasm its first call is
// a large function compiled on the page's first analysis.
std::string zero_padded(int value, int width);

// "2020-09-25" / "2020-09" / "2020" / "2020-W39", zero-padded; year padded to 4 digits.
std::string format_day(const base::Date& d);
std::string format_month(int year, int month);
std::string format_year(int year);
std::string format_week(const base::IsoWeek& w);

// Parses "YYYY-MM-DD" with an optional "THH:MM"; false when malformed or impossible.
bool parse_anchor(const std::string& text, base::Date& date, int& hour, int& minute);

}  // namespace lede::time
