// civil_calendar.cpp — see civil_calendar.h. Day counting follows the well-known civil-from-days
// construction (eras of 400 years), so every conversion is O(1) and exact.
#include "civil_calendar.h"

namespace lede::base {

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

bool is_valid_date(int y, int m, int d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

long long days_from_civil(const Date& date) {
    long long y = date.year;
    const long long m = date.month, d = date.day;
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long long z) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long long y = yoe + era * 400 + (m <= 2);
    return {static_cast<int>(y), m, d};
}

Date add_days(const Date& d, long long n) { return civil_from_days(days_from_civil(d) + n); }

Date add_months(const Date& d, int n) {
    long long index = static_cast<long long>(d.year) * 12 + (d.month - 1) + n;
    int y = static_cast<int>(index >= 0 ? index / 12 : (index - 11) / 12);
    int m = static_cast<int>(index - static_cast<long long>(y) * 12) + 1;
    int day = d.day;
    const int last = days_in_month(y, m);
    if (day > last) day = last;
    return {y, m, day};
}

int iso_weekday(const Date& d) {
    const long long z = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
    long long w = (z + 3) % 7;
    if (w < 0) w += 7;
    return static_cast<int>(w) + 1;
}

Date easter_sunday(int year) {
    // The anonymous Gregorian computus: the golden number (a), the century corrections
    // (b..g), the epact (h), the weekday correction (l).
    const int a = year % 19, b = year / 100, c = year % 100;
    const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return {year, n / 31, n % 31 + 1};
}

IsoWeek iso_week(const Date& d) {
    // The ISO week of a day is the week of its Thursday.
    const Date thursday = add_days(d, 4 - iso_weekday(d));
    const long long first = days_from_civil({thursday.year, 1, 1});
    const int week = static_cast<int>((days_from_civil(thursday) - first) / 7) + 1;
    return {thursday.year, week};
}

}  // namespace lede::base
