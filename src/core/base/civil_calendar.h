// civil_calendar.h — proleptic Gregorian day arithmetic, the one copy every stage uses.
//
// Plain integer arithmetic (no <ctime>, no time zones), valid for any year the stages meet
// (years 1..9999 are valid dates; others are refused by `is_valid_date`). Weekdays are ISO
// (Monday = 1 .. Sunday = 7); weeks are ISO 8601 weeks.
#pragma once

namespace lede::base {

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

}  // namespace lede::base
