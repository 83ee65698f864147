// time_normalize_calendar.cpp — the steps whose value is a written calendar date, month,
// year, week, quarter, season or holiday (time_normalize_steps.h). The anchor only fills
// what the words leave out: an unknown year follows the tense of the sentence the way
// TimeML annotators read news (a past verb points back from the anchor, a future one
// forward, and with no verb the nearest reading wins).
#include <cstdlib>

#include "time_normalize_steps.h"

namespace lede::time::steps {
namespace {

constexpr long long kTenseMarginDays = 60;

// Picks the year for a month-day without one.
int year_for_month_day(int month, int day, const NormalizeContext& c) {
    const base::Date& a = c.anchor.date;
    const int y = a.year;
    // Days from the anchor to the date in the anchor's year (Feb 29 counted as Mar 1).
    const int d = base::is_valid_date(y, month, day) ? day : 1;
    const int m = base::is_valid_date(y, month, day) ? month : month + 1;
    const long long diff = m > 12 ? 0 : base::days_from_civil({y, m, d}) - base::days_from_civil(a);
    // The tense decides only beyond a margin: a past verb with a date a few weeks ahead is
    // mostly a report of a plan ("said it will pay on Dec. 15").
    switch (c.tense) {
        case Tense::Past:
            return diff > kTenseMarginDays ? y - 1 : y;
        case Tense::Future:
            return diff < -kTenseMarginDays ? y + 1 : y;
        case Tense::None:
            break;
    }
    // With no verb to go by, news mostly reports what happened: a date half a year back is
    // still this year's; only one within two months ahead, across the new year, is next year's.
    if (diff > 183) return y - 1;
    if (diff < -300) return y + 1;
    return y;
}

// "MM-DD": a fixed day.
bool fixed_day(const std::string& spec, int year, base::Date& out) {
    const int m = to_int(spec.substr(0, 2)), d = to_int(spec.substr(3, 2));
    if (!base::is_valid_date(year, m, d)) return false;
    out = {year, m, d};
    return true;
}

// "MM-N-W": the Nth ISO weekday W of month MM (N: 1..5, or L for the last).
bool nth_weekday_of_month(const std::string& spec, int year, base::Date& out) {
    const int m = to_int(spec.substr(0, 2));
    const int w = spec[5] - '0';
    if (m < 1 || m > 12 || w < 1 || w > 7 || !year_ok(year)) return false;
    if (spec[3] == 'L') {
        base::Date last{year, m, base::days_in_month(year, m)};
        out = base::add_days(last, -((base::iso_weekday(last) - w + 7) % 7));
        return true;
    }
    const int n = spec[3] - '0';
    if (n < 1 || n > 5) return false;
    base::Date first{year, m, 1};
    out = base::add_days(first, (w - base::iso_weekday(first) + 7) % 7 + 7 * (n - 1));
    return out.month == m;
}

// "MM-DD+W": the first ISO weekday W on or after MM-DD (a US Election Day, the Tuesday
// after the first Monday of November, is 11-02+2; Black Friday, after Thanksgiving, 11-23+5).
bool weekday_on_or_after(const std::string& spec, int year, base::Date& out) {
    base::Date from;
    const int w = spec[6] - '0';
    if (w < 1 || w > 7 || !fixed_day(spec.substr(0, 5), year, from)) return false;
    out = base::add_days(from, (w - base::iso_weekday(from) + 7) % 7);
    return true;
}

// "E+N" / "E-N": N days from Easter Sunday (Good Friday E-2, Easter Monday E+1).
bool from_easter(const std::string& spec, int year, base::Date& out) {
    if (!is_int(spec.substr(1)) || !year_ok(year) || year < 1583) return false;
    out = base::add_days(base::easter_sunday(year), to_int(spec.substr(1)));
    return true;
}

bool holiday_date(const std::string& spec, int year, base::Date& out) {
    if (spec.size() == 5 && spec[2] == '-') return fixed_day(spec, year, out);
    if (spec.size() == 6 && spec[2] == '-' && spec[4] == '-') return nth_weekday_of_month(spec, year, out);
    if (spec.size() == 7 && spec[2] == '-' && spec[5] == '+') return weekday_on_or_after(spec, year, out);
    if (spec.size() >= 3 && spec[0] == 'E' && (spec[1] == '+' || spec[1] == '-')) return from_easter(spec, year, out);
    return false;
}

// The year of "last Oct. 23" (the latest one before the anchor) or "next May 1" (the first after).
int year_in_direction(int m, int d, const std::string& direction, const base::Date& anchor) {
    int y = anchor.year;
    const long long diff = base::days_from_civil({y, m, base::is_valid_date(y, m, d) ? d : 28}) - base::days_from_civil(anchor);
    if (direction == "last" && diff >= 0) --y;
    if (direction == "next" && diff <= 0) ++y;
    return y;
}

// "ymd Y M D" and "md M D [last|next]": a calendar day; without a year, the tense or the
// direction picks it.
Normalized calendar_day(int y, const std::string& month, const std::string& day, const std::string& direction,
                        const NormalizeContext& c) {
    const int m = is_int(month) ? to_int(month) : 0;
    const int d = is_int(day) ? to_int(day) : 0;
    if (m < 1 || m > 12 || d < 1 || d > 31) return kFail;
    if (y < 0 && (direction == "last" || direction == "next")) {
        y = year_in_direction(m, d, direction, c.anchor.date);
    } else if (y < 0 && direction == "ahead") {
        // "until June 1", "by March 31", "has until June 1": a deadline is read forward (as
        // a future tense would); told in the past ("by June 1 it had sold"), the nearest
        // reading, not the past one.
        NormalizeContext deadline = c;
        deadline.tense = c.tense == Tense::Past && !c.perfect ? Tense::None : Tense::Future;
        y = year_for_month_day(m, d, deadline);
    } else if (y < 0) {
        y = year_for_month_day(m, d, c);
        // February 29 without a year: the nearest leap year in the tense's direction.
        if (m == 2 && d == 29 && !base::is_leap_year(y)) return kFail;
    }
    return base::is_valid_date(y, m, d) ? ok(format_day({y, m, d})) : kFail;
}

// "quarter Q [Y]" and "half H [Y]"; Q "R": the quarter just reported, the one before the
// anchor's ("the 1988 quarter").
Normalized quarter_or_half(const Args& a, const NormalizeContext& c, bool quarter) {
    const base::Date& anchor = c.anchor.date;
    const int reported = (anchor.month - 1) / 3 == 0 ? 4 : (anchor.month - 1) / 3;
    const int q = a[0] == "R" && quarter ? reported : is_int(a[0]) ? to_int(a[0]) : 0;
    const int most = quarter ? 4 : 2;
    if (q < 1 || q > most) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        const int current = quarter ? (anchor.month - 1) / 3 + 1 : (anchor.month - 1) / 6 + 1;
        if (c.tense == Tense::Past && q > current) y -= 1;
        // "will close in the first quarter", said in the fourth: next year's. Only beyond
        // the quarter just ended, which is reported on in the next ("will report
        // third-quarter results", said in October, is this year's); halves have no such
        // margin, so they stay in the anchor's year.
        if (quarter && c.tense == Tense::Future && q < current - 1) y += 1;
    }
    return year_ok(y) ? ok(format_year(y) + (quarter ? "-Q" : "-H") + std::to_string(q)) : kFail;
}

}  // namespace

// "14:30" + "pm" -> 14:30; "2" + "pm" -> 14:00; false when impossible.
bool clock_value(const std::string& clock, const std::string& ampm, int& h, int& m) {
    m = 0;
    const auto colon = clock.find(':');
    if (colon == std::string::npos) {
        if (!is_int(clock)) return false;
        h = to_int(clock);
        // "1400 GMT", "0630 GMT": wire copy writes the 24-hour clock as four digits.
        if (clock.size() == 4 && clock[0] >= '0' && clock[0] <= '2') {
            m = h % 100;
            h /= 100;
        }
    } else {
        if (!is_int(clock.substr(0, colon)) || !is_int(clock.substr(colon + 1))) return false;
        h = to_int(clock.substr(0, colon));
        m = to_int(clock.substr(colon + 1));
    }
    if (m < 0 || m > 59 || h < 0 || h > 24) return false;
    if (ampm == "am" || ampm == "pm") {
        if (h < 1 || h > 12) return false;
        if (ampm == "pm" && h != 12) h += 12;
        if (ampm == "am" && h == 12) h = 0;
    } else if (ampm == "noon") {
        h = 12;
    } else if (ampm == "midnight") {
        // TimeML writes midnight as the end of its day: "midnight Friday" is Friday T24:00
        h = 24;
        return m == 0;
    }
    return h < 24;
}

// "y Y": "1990", or an offset from the anchor's year.
Normalized year_alone(const Args& a, const NormalizeContext& c) {
    const int y = resolve_year(a[0], c.anchor);
    return year_ok(y) ? ok(format_year(y)) : kFail;
}

// "y2 HI LO": "nineteen ninety-six", a century part and a year part in words.
Normalized year_in_words(const Args& a, const NormalizeContext&) {
    if (!is_int(a[0]) || !is_int(a[1])) return kFail;
    const int hi = to_int(a[0]), lo = to_int(a[1]);
    if (hi < 11 || hi > 20 || lo < 10 || lo > 99) return kFail;
    return ok(format_year(hi * 100 + lo));
}

// "yy YY": "'07", the 2000s unless that is more than ten years ahead.
Normalized two_digit_year(const Args& a, const NormalizeContext& c) {
    if (!is_int(a[0])) return kFail;
    const int yy = to_int(a[0]);
    const int y = 2000 + yy <= c.anchor.date.year + 10 ? 2000 + yy : 1900 + yy;
    return ok(format_year(y));
}

// "ym Y M": "March 2019".
Normalized year_month(const Args& a, const NormalizeContext& c) {
    const int y = resolve_year(a[0], c.anchor), m = is_int(a[1]) ? to_int(a[1]) : 0;
    return year_ok(y) && m >= 1 && m <= 12 ? ok(format_month(y, m)) : kFail;
}

Normalized year_month_day(const Args& a, const NormalizeContext& c) {
    return calendar_day(resolve_year(a[0], c.anchor), a[1], a[2], a[3], c);
}

Normalized month_day(const Args& a, const NormalizeContext& c) { return calendar_day(-1, a[0], a[1], a[2], c); }

// "m M [Y] [last|next]": a month; without a year, the direction or the tense picks it.
Normalized month_alone(const Args& a, const NormalizeContext& c) {
    const base::Date& anchor = c.anchor.date;
    const int m = is_int(a[0]) ? to_int(a[0]) : 0;
    if (m < 1 || m > 12) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        if (a[2] == "last") {
            if (m >= anchor.month) y -= 1;          // "last November", said in November: a year ago
        } else if (a[2] == "next") {
            if (m <= anchor.month) y += 1;
        } else if (a[2] == "ahead" && (c.tense != Tense::Past || c.perfect)) {
            if (m < anchor.month) y += 1;           // "by March", a deadline: this month or later
        } else if (c.tense == Tense::Past && m > anchor.month + 1) {
            y -= 1;
        } else if (c.tense == Tense::Future && m < anchor.month - 1) {
            y += 1;
        } else if (c.tense == Tense::None && m - anchor.month > 6) {
            y -= 1;
        } else if (c.tense == Tense::None && m + 12 - anchor.month <= 2) {
            y += 1;   // as for a month and day: only a month just ahead, across the new year
        }
    }
    return year_ok(y) ? ok(format_month(y, m)) : kFail;
}

// "era Y AD|BC": "AD 800" -> 0800; "44 BC" -> BC0044 (TimeML's era prefix; more digits kept: BC40000).
Normalized era_year(const Args& a, const NormalizeContext&) {
    if (!is_int(a[0]) || a[0][0] == '-' || a[0][0] == '+' || a[0].size() > 6) return kFail;
    const long y = std::atol(a[0].c_str());
    if (y < 1) return kFail;
    if (a[1] == "AD") return y <= 9999 ? ok(format_year(static_cast<int>(y))) : kFail;
    if (a[1] != "BC") return kFail;
    const std::string digits = std::to_string(y);
    return ok("BC" + std::string(digits.size() < 4 ? 4 - digits.size() : 0, '0') + digits);
}

Normalized quarter_step(const Args& a, const NormalizeContext& c) { return quarter_or_half(a, c, true); }

Normalized half_step(const Args& a, const NormalizeContext& c) { return quarter_or_half(a, c, false); }

// "season S [Y] [last|next]": 2020-SU.
Normalized season(const Args& a, const NormalizeContext& c) {
    const base::Date& anchor = c.anchor.date;
    if (a[0].size() != 2) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        static const char* const order[] = {"WI", "SP", "SU", "FA"};
        // Jan-Feb 0 (winter), Mar-May 1, ..., Sep-Nov 3; December 4: the winter that ends
        // the year, so that a fall or summer told of in December is this year's.
        int s = 0, now = anchor.month / 3;
        for (int k = 0; k < 4; ++k)
            if (a[0] == order[k]) s = k;
        if (a[2] == "last") {
            if (s >= now) y -= 1;
        } else if (a[2] == "next") {
            if (s <= now) y += 1;
        } else if (c.tense == Tense::Past && s > now) {
            y -= 1;
        } else if (c.tense == Tense::Future && s < now) {
            y += 1;
        }
    }
    return year_ok(y) ? ok(format_year(y) + "-" + a[0]) : kFail;
}

// "ymdt Y M D HH:MM": a written day and clock time.
Normalized date_and_time(const Args& a, const NormalizeContext& c) {
    const int y = resolve_year(a[0], c.anchor);
    const int m = is_int(a[1]) ? to_int(a[1]) : 0, d = is_int(a[2]) ? to_int(a[2]) : 0;
    int h, mi;
    if (!base::is_valid_date(y, m, d) || !clock_value(a[3], "", h, mi)) return kFail;
    return ok(format_day({y, m, d}) + "T" + two(h) + ":" + two(mi));
}

// "century N": "the 20th century" -> 19.
Normalized century(const Args& a, const NormalizeContext&) {
    if (!is_int(a[0])) return kFail;
    const int n = to_int(a[0]);
    return n >= 1 && n <= 99 ? ok(two(n - 1)) : kFail;
}

// "weekof M D [Y]": "the week of March 6", the ISO week holding that day.
Normalized week_of(const Args& a, const NormalizeContext& c) {
    const int m = is_int(a[0]) ? to_int(a[0]) : 0, d = is_int(a[1]) ? to_int(a[1]) : 0;
    if (m < 1 || m > 12 || d < 1 || d > 31) return kFail;
    int y = resolve_year(a[2], c.anchor);
    if (y < 0) y = year_for_month_day(m, d, c);
    return base::is_valid_date(y, m, d) ? ok(format_week(base::iso_week({y, m, d}))) : kFail;
}

// "nthweek N M [Y]": "the fourth week of October", the ISO week holding its first day
// (day 7N-6 of the month); N "L": the last week, the one holding the month's 7th-last day.
Normalized nth_week_of_month(const Args& a, const NormalizeContext& c) {
    const bool last = a[0] == "L";
    const int n = last ? 1 : is_int(a[0]) ? to_int(a[0]) : 0, m = is_int(a[1]) ? to_int(a[1]) : 0;
    if (n < 1 || n > 5 || m < 1 || m > 12) return kFail;
    int y = resolve_year(a[2], c.anchor);
    if (y < 0) y = year_for_month_day(m, last ? 22 : 7 * n - 6, c);
    const int d = last && year_ok(y) ? base::days_in_month(y, m) - 6 : 7 * n - 6;
    return base::is_valid_date(y, m, d) ? ok(format_week(base::iso_week({y, m, d}))) : kFail;
}

// "holiday SPEC [Y]": without a year, the tense says which side of the anchor.
Normalized holiday(const Args& a, const NormalizeContext& c) {
    const base::Date& anchor = c.anchor.date;
    int y = resolve_year(a[1], c.anchor);
    base::Date d;
    if (y < 0) {
        y = anchor.year;
        if (!holiday_date(a[0], y, d)) return kFail;
        // As for a month and day: the tense decides only beyond a margin ("Congress left for
        // Thanksgiving" a week before it is this year's).
        const long long diff = base::days_from_civil(d) - base::days_from_civil(anchor);
        if (c.tense == Tense::Past && diff > kTenseMarginDays) y -= 1;
        if (c.tense == Tense::Future && diff < -kTenseMarginDays) y += 1;
    }
    return holiday_date(a[0], y, d) ? ok(format_day(d)) : kFail;
}

}  // namespace lede::time::steps
