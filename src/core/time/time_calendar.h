// time_calendar.h — proleptic Gregorian date arithmetic for time normalisation.
//
// Plain integer arithmetic (no <ctime>, no time zones), valid for any year the
// normaliser meets (years 1..9999 are formatted; others are refused by callers).
// Weekdays are ISO (Monday = 1 .. Sunday = 7); weeks are ISO 8601 weeks.
#pragma once

#include <string>

namespace lede::time {

struct Date {
    int year = 0;
    int month = 1;   // 1..12
    int day = 1;     // 1..31
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// True when year is in 1..9999 and month/day name a real day ("February 30" is not).
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 (negative before), and back.
long long days_from_civil(const Date& d);
Date civil_from_days(long long days);

Date add_days(const Date& d, long long n);
// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 29/28).
Date add_months(const Date& d, int n);
int iso_weekday(const Date& d);
// Easter Sunday of a Gregorian year (the computus: the first Sunday after the ecclesiastical
// full moon on or after March 21).
Date easter_sunday(int year);

struct IsoWeek {
    int year = 0;
    int week = 1;
};
IsoWeek iso_week(const Date& d);

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
