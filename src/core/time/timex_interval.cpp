// timex_interval.cpp — see timex_interval.h. The value's parts are read left to right:
// the year (or its first two or three digits), then one of the forms after "YYYY-".
#include "time/timex_interval.h"

#include "base/civil_calendar.h"

namespace lede::time {
namespace {

// The number written by the `n` ASCII digits at `at`, or nothing when they are not all digits.
std::optional<int> digits_at(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return std::nullopt;
    int v = 0;
    for (char c : s.substr(at, n)) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

double day(int year, int month, int d) { return static_cast<double>(base::days_from_civil({year, month, d})); }

// [first day of `month`, first day of the month `months` later).
TimexInterval months_from(int year, int month, int months, TimexPrecision p) {
    const int last = month - 1 + months;               // 0-based month after the span
    return {day(year, month, 1), day(year + last / 12, last % 12 + 1, 1), p};
}

// What follows "YYYY-" when it is not a month: a quarter, a half, an ISO week or a season.
std::optional<TimexInterval> part_of_year(int y, std::string_view rest) {
    if (rest.size() < 2) return std::nullopt;
    const char c = rest[0], n = rest[1];
    if (c == 'Q' && n >= '1' && n <= '4') return months_from(y, (n - '1') * 3 + 1, 3, TimexPrecision::Quarter);
    if (c == 'H' && (n == '1' || n == '2')) return months_from(y, n == '1' ? 1 : 7, 6, TimexPrecision::Quarter);
    if (const auto week = digits_at(rest, 1, 2); c == 'W' && week) {
        if (*week < 1 || *week > 53) return std::nullopt;
        // ISO week: week 1 holds the year's first Thursday (and so January 4th).
        const double jan4 = day(y, 1, 4);
        const double monday = jan4 - (base::iso_weekday({y, 1, 4}) - 1);
        const double start = monday + (*week - 1) * 7.0;
        return TimexInterval{start, start + 7, TimexPrecision::Week};
    }
    const std::string_view season = rest.substr(0, 2);
    const int month = season == "SP" ? 3 : season == "SU" ? 6 : season == "FA" ? 9 : season == "WI" ? 12 : 0;
    if (month) return months_from(y, month, 3, TimexPrecision::Quarter);
    return std::nullopt;
}

// "THH" or "THH:MM" after a day: narrows the day's interval to the hour or the minute.
TimexInterval time_of_day(TimexInterval d, std::string_view rest) {
    const auto hour = digits_at(rest, 1, 2);
    if (rest.empty() || rest[0] != 'T' || !hour || *hour > 23) return d;
    d.start += *hour / 24.0;
    d.end = d.start + 1.0 / 24.0;
    d.precision = TimexPrecision::Hour;
    const auto minute = digits_at(rest, 4, 2);
    if (rest.size() >= 6 && rest[3] == ':' && minute && *minute <= 59) {
        d.start += *minute / 1440.0;
        d.end = d.start + 1.0 / 1440.0;
        d.precision = TimexPrecision::Minute;
    }
    return d;
}

}  // namespace

std::optional<TimexInterval> interval_of(std::string_view v) {
    if (const auto c = digits_at(v, 0, 2); c && v.size() == 2)
        return TimexInterval{day(*c * 100, 1, 1), day(*c * 100 + 100, 1, 1), TimexPrecision::Century};
    if (const auto d = digits_at(v, 0, 3); d && v.size() == 3)
        return TimexInterval{day(*d * 10, 1, 1), day(*d * 10 + 10, 1, 1), TimexPrecision::Decade};
    const auto y = digits_at(v, 0, 4);
    if (!y) return std::nullopt;
    if (v.size() == 4) return TimexInterval{day(*y, 1, 1), day(*y + 1, 1, 1), TimexPrecision::Year};
    if (v[4] != '-') return std::nullopt;
    const auto m = digits_at(v, 5, 2);
    if (!m) return part_of_year(*y, v.substr(5));
    if (*m < 1 || *m > 12) return std::nullopt;
    if (v.size() == 7) return months_from(*y, *m, 1, TimexPrecision::Month);
    const auto d = digits_at(v, 8, 2);
    if (v[7] != '-' || !d || !base::is_valid_date(*y, *m, *d)) return std::nullopt;
    return time_of_day({day(*y, *m, *d), day(*y, *m, *d) + 1, TimexPrecision::Day}, v.substr(10));
}

}  // namespace lede::time
