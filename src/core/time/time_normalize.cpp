// time_normalize.cpp — see time_normalize.h. Unknown years follow the tense of the
// sentence the way TimeML annotators read news: a past verb points back from the
// anchor, a future one forward, and with no verb the nearest reading wins.
#include "time_normalize.h"

#include <cstdlib>
#include <vector>

namespace lede::time {
namespace {

struct Args {
    const Match& match;
    // The argument list with $N replaced by capture values; missing captures are "".
    std::vector<std::string> values;
    const std::string& operator[](std::size_t i) const {
        static const std::string empty;
        return i < values.size() ? values[i] : empty;
    }
};

Args evaluate(const Match& m) {
    Args a{m, {}};
    for (const std::string& arg : m.rule->args) {
        bool negate = false;
        std::string s = arg;
        if (s.size() > 1 && s[0] == '-' && s[1] == '$') {
            negate = true;
            s = s.substr(1);
        }
        if (s.size() > 1 && s[0] == '$') {
            const std::size_t index = static_cast<std::size_t>(std::atoi(s.c_str() + 1));
            std::string v;
            if (index >= 1 && index <= m.captures.size() && m.captures[index - 1].present) v = m.captures[index - 1].value;
            if (negate && !v.empty()) v = v[0] == '-' ? v.substr(1) : "-" + v;
            a.values.push_back(v);
        } else {
            a.values.push_back(s == "_" ? std::string() : s);
        }
    }
    return a;
}

bool is_int(const std::string& s) {
    if (s.empty()) return false;
    std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i == s.size() || s.size() > 10) return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int to_int(const std::string& s) { return std::atoi(s.c_str()); }

// A year argument: absolute ("1990"), relative to the anchor ("+1", "-1"), or none (-1).
int resolve_year(const std::string& arg, const Anchor& anchor) {
    if (!is_int(arg)) return -1;
    if (arg[0] == '+' || arg[0] == '-') return anchor.date.year + to_int(arg);
    if (arg.size() == 2) {
        // "7/8/07": a two-digit year is the nearest one not more than ten years ahead.
        const int yy = to_int(arg);
        const int century = anchor.date.year / 100 * 100;
        return century + yy <= anchor.date.year + 10 ? century + yy : century - 100 + yy;
    }
    return to_int(arg);
}

bool year_ok(int y) { return y >= 1 && y <= 9999; }

constexpr long long kTenseMarginDays = 60;

// Picks the year for a month-day without one.
int year_for_month_day(int month, int day, const NormalizeContext& c) {
    const Date& a = c.anchor.date;
    const int y = a.year;
    // Days from the anchor to the date in the anchor's year (Feb 29 counted as Mar 1).
    const int d = is_valid_date(y, month, day) ? day : 1;
    const int m = is_valid_date(y, month, day) ? month : month + 1;
    const long long diff = m > 12 ? 0 : days_from_civil({y, m, d}) - days_from_civil(a);
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
    if (diff > 183) return y - 1;
    if (diff < -183) return y + 1;
    return y;
}

std::string two(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

Date resolve_weekday(int weekday, const NormalizeContext& c) {
    const Date& a = c.anchor.date;
    const int today = iso_weekday(a);
    if (c.tense == Tense::Future) return add_days(a, (weekday - today + 7) % 7);
    return add_days(a, -((today - weekday + 7) % 7));
}

int parse_weekday(const std::string& s) {
    if (!is_int(s)) return 0;
    const int w = to_int(s);
    return w >= 1 && w <= 7 ? w : 0;
}

Normalized ok(std::string v) { return {true, std::move(v)}; }
const Normalized kFail{};

Normalized shift(const std::string& unit, const std::string& n_text, const NormalizeContext& c, bool quarter_precision,
                 bool follow_tense) {
    if (n_text == "X" || n_text == "-X") return ok(n_text == "X" ? "FUTURE_REF" : "PAST_REF");
    if (unit == "=") return ok(format_day(c.anchor.date));   // the reference itself (an anaphor's fallback)
    if (!is_int(n_text)) return kFail;
    const int n = to_int(n_text);
    if (n > 10000 || n < -10000) return kFail;
    const Date& a = c.anchor.date;
    if (unit == "D") return ok(format_day(add_days(a, n)));
    if (unit == "W") return ok(format_week(iso_week(add_days(a, 7LL * n))));
    if (unit == "WE") {
        // "the weekend" told in the past, on a weekday, is the one just gone.
        long long weeks = n;
        if (n == 0 && follow_tense && c.tense == Tense::Past && iso_weekday(a) <= 5) weeks = -1;
        return ok(format_week(iso_week(add_days(a, 7LL * weeks))) + "-WE");
    }
    if (unit == "M") {
        const Date d = add_months(a, n);
        return year_ok(d.year) ? ok(format_month(d.year, d.month)) : kFail;
    }
    if (unit == "Y") {
        const int y = a.year + n;
        if (!year_ok(y)) return kFail;
        if (quarter_precision && n == -1) {
            // The quarter just reported (the one before the anchor's), a year back: "a year
            // ago" beside quarterly figures. ("Five years ago" stays a year.)
            const long long index = static_cast<long long>(a.year) * 4 + (a.month - 1) / 3 - 1 + 4LL * n;
            return ok(format_year(static_cast<int>(index / 4)) + "-Q" + std::to_string(index % 4 + 1));
        }
        return ok(format_year(y));
    }
    if (unit == "Q") {
        const long long index = static_cast<long long>(a.year) * 4 + (a.month - 1) / 3 + n;
        const int y = static_cast<int>(index / 4);
        return year_ok(y) ? ok(format_year(y) + "-Q" + std::to_string(index % 4 + 1)) : kFail;
    }
    if (unit == "DE") {
        const int d = a.year / 10 + n;
        return d > 0 && d < 1000 ? ok(std::to_string(d)) : kFail;
    }
    if (unit == "CE") {
        const int d = a.year / 100 + n;
        return d > 0 && d < 100 ? ok(two(d)) : kFail;
    }
    return kFail;
}

Normalized duration(const std::string& n, const std::string& unit) {
    if (n.empty()) return kFail;
    if (n != "X") {
        for (char ch : n)
            if ((ch < '0' || ch > '9') && ch != '.') return kFail;
    }
    const auto scaled = [&](int factor) { return n == "X" ? std::string("X") : std::to_string(std::atol(n.c_str()) * factor); };
    if (unit == "D" || unit == "W" || unit == "M" || unit == "Y" || unit == "Q") return ok("P" + n + unit);
    if (unit == "DE") return ok(n == "X" ? "PXDE" : "P" + scaled(10) + "Y");
    if (unit == "CE") return ok(n == "X" ? "PXCE" : "P" + scaled(100) + "Y");
    if (unit == "WE") return ok("P" + scaled(2) + "D");
    if (unit == "H") return ok("PT" + n + "H");
    if (unit == "MIN") return ok("PT" + n + "M");
    if (unit == "S") return ok("PT" + n + "S");
    return kFail;
}

// "two and a half years", "5 1/2 hours": the half written in the next smaller unit
// (P2Y6M, PT5H30M, P1DT12H); weeks and months have none and keep a decimal (P2.5W).
Normalized duration_and_a_half(const std::string& n, const std::string& unit) {
    if (!is_int(n) || n[0] == '-' || n[0] == '+' || n.size() > 6) return kFail;
    const long v = std::atol(n.c_str());
    if (unit == "Y") return ok("P" + std::to_string(v) + "Y6M");
    if (unit == "D") return ok("P" + std::to_string(v) + "DT12H");
    if (unit == "H") return ok("PT" + std::to_string(v) + "H30M");
    if (unit == "MIN") return ok("PT" + std::to_string(v) + "M30S");
    if (unit == "W" || unit == "M" || unit == "Q") return ok("P" + std::to_string(v) + ".5" + unit);
    if (unit == "DE") return ok("P" + std::to_string(v * 10 + 5) + "Y");
    if (unit == "CE") return ok("P" + std::to_string(v * 100 + 50) + "Y");
    return kFail;
}

// "14:30" + "pm" -> 14:30; "2" + "pm" -> 14:00; false when impossible.
bool clock_value(const std::string& clock, const std::string& ampm, int& h, int& m) {
    m = 0;
    const auto colon = clock.find(':');
    if (colon == std::string::npos) {
        if (!is_int(clock)) return false;
        h = to_int(clock);
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
        h = 0;
    }
    return h < 24;
}

bool holiday_date(const std::string& spec, int year, Date& out) {
    // MM-DD, or MM-N-W (N: 1..5 or L for last; W: ISO weekday)
    if (spec.size() == 5 && spec[2] == '-') {
        const int m = to_int(spec.substr(0, 2)), d = to_int(spec.substr(3, 2));
        if (!is_valid_date(year, m, d)) return false;
        out = {year, m, d};
        return true;
    }
    if (spec.size() == 6 && spec[2] == '-' && spec[4] == '-') {
        const int m = to_int(spec.substr(0, 2));
        const int w = spec[5] - '0';
        if (m < 1 || m > 12 || w < 1 || w > 7 || !year_ok(year)) return false;
        if (spec[3] == 'L') {
            Date last{year, m, days_in_month(year, m)};
            out = add_days(last, -((iso_weekday(last) - w + 7) % 7));
            return true;
        }
        const int n = spec[3] - '0';
        if (n < 1 || n > 5) return false;
        Date first{year, m, 1};
        out = add_days(first, (w - iso_weekday(first) + 7) % 7 + 7 * (n - 1));
        return out.month == m;
    }
    return false;
}

// --- The actions of patterns.txt, one step each ---------------------------------------------
// Each takes the evaluated arguments and the context and returns the value, or kFail.

// "fix VALUE", "decade D": the value as the rule (or its capture) gives it.
Normalized literal_value(const Args& a, const NormalizeContext&) { return a[0].empty() ? kFail : ok(a[0]); }

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

// The year of "last Oct. 23" (the latest one before the anchor) or "next May 1" (the first after).
int year_in_direction(int m, int d, const std::string& direction, const Date& anchor) {
    int y = anchor.year;
    const long long diff = days_from_civil({y, m, is_valid_date(y, m, d) ? d : 28}) - days_from_civil(anchor);
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
    } else if (y < 0) {
        y = year_for_month_day(m, d, c);
        // February 29 without a year: the nearest leap year in the tense's direction.
        if (m == 2 && d == 29 && !is_leap_year(y)) return kFail;
    }
    return is_valid_date(y, m, d) ? ok(format_day({y, m, d})) : kFail;
}

Normalized year_month_day(const Args& a, const NormalizeContext& c) {
    return calendar_day(resolve_year(a[0], c.anchor), a[1], a[2], a[3], c);
}

Normalized month_day(const Args& a, const NormalizeContext& c) { return calendar_day(-1, a[0], a[1], a[2], c); }

// "m M [Y] [last|next]": a month; without a year, the direction or the tense picks it.
Normalized month_alone(const Args& a, const NormalizeContext& c) {
    const Date& anchor = c.anchor.date;
    const int m = is_int(a[0]) ? to_int(a[0]) : 0;
    if (m < 1 || m > 12) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        if (a[2] == "last") {
            if (m >= anchor.month) y -= 1;          // "last November", said in November: a year ago
        } else if (a[2] == "next") {
            if (m <= anchor.month) y += 1;
        } else if (c.tense == Tense::Past && m > anchor.month + 1) {
            y -= 1;
        } else if (c.tense == Tense::Future && m < anchor.month - 1) {
            y += 1;
        } else if (c.tense == Tense::None && m - anchor.month > 6) {
            y -= 1;
        } else if (c.tense == Tense::None && anchor.month - m > 6) {
            y += 1;
        }
    }
    return year_ok(y) ? ok(format_month(y, m)) : kFail;
}

// "wd W [ahead]": a weekday on the tense's side of the anchor. `ahead` ("until Friday",
// "by Monday": a deadline) reads it forward unless the sentence is told in the past.
Normalized weekday_alone(const Args& a, const NormalizeContext& c) {
    const int w = parse_weekday(a[0]);
    if (!w) return kFail;
    if (a[1] == "ahead" && c.tense != Tense::Past) {
        NormalizeContext forward = c;
        forward.tense = Tense::Future;
        return ok(format_day(resolve_weekday(w, forward)));
    }
    return ok(format_day(resolve_weekday(w, c)));
}

// "ref DEFAULT": a vague time on the tense's side of the anchor ("later", "at some point"):
// PAST_REF in the past, FUTURE_REF in the future, DEFAULT with no tense.
Normalized vague_reference(const Args& a, const NormalizeContext& c) {
    if (c.tense == Tense::Past) return ok("PAST_REF");
    if (c.tense == Tense::Future) return ok("FUTURE_REF");
    return a[0].empty() ? kFail : ok(a[0]);
}

// "wdrel W DIR": "last Friday" (-1), "next Friday" (+1), "this Friday" (0).
Normalized weekday_relative(const Args& a, const NormalizeContext& c) {
    const Date& anchor = c.anchor.date;
    const int w = parse_weekday(a[0]);
    if (!w || !is_int(a[1])) return kFail;
    const int dir = to_int(a[1]);
    const int today = iso_weekday(anchor);
    if (dir < 0) {
        const int back = (today - w + 7) % 7;
        return ok(format_day(add_days(anchor, -(back ? back : 7))));
    }
    if (dir > 0) {
        const int fwd = (w - today + 7) % 7;
        return ok(format_day(add_days(anchor, fwd ? fwd : 7)));
    }
    return ok(format_day(add_days(anchor, w - today)));
}

// "wdpod W POD": "Friday morning".
Normalized weekday_part_of_day(const Args& a, const NormalizeContext& c) {
    const int w = parse_weekday(a[0]);
    return w && !a[1].empty() ? ok(format_day(resolve_weekday(w, c)) + "T" + a[1]) : kFail;
}

// "rel UNIT N [tense]": the anchor moved N units.
Normalized relative(const Args& a, const NormalizeContext& c) {
    return shift(a[0], a[1], c, a.match.rule->has_flag("qctx") && c.quarter_context, a[2] == "tense");
}

Normalized duration_step(const Args& a, const NormalizeContext&) { return duration(a[0], a[1]); }

Normalized duration_and_a_half_step(const Args& a, const NormalizeContext&) { return duration_and_a_half(a[0], a[1]); }

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

// "day N": the anchor's day moved N days ("yesterday").
Normalized day_offset(const Args& a, const NormalizeContext& c) {
    if (!is_int(a[0])) return kFail;
    return ok(format_day(add_days(c.anchor.date, to_int(a[0]))));
}

// "pod POD [DAYOFFSET]": "this morning", "last night".
Normalized part_of_day(const Args& a, const NormalizeContext& c) {
    if (a[0].empty()) return kFail;
    const int off = is_int(a[1]) ? to_int(a[1]) : 0;
    return ok(format_day(add_days(c.anchor.date, off)) + "T" + a[0]);
}

// "quarter Q [Y]" and "half H [Y]"; Q "R": the quarter just reported, the one before the
// anchor's ("the 1988 quarter").
Normalized quarter_or_half(const Args& a, const NormalizeContext& c, bool quarter) {
    const Date& anchor = c.anchor.date;
    const int reported = (anchor.month - 1) / 3 == 0 ? 4 : (anchor.month - 1) / 3;
    const int q = a[0] == "R" && quarter ? reported : is_int(a[0]) ? to_int(a[0]) : 0;
    const int most = quarter ? 4 : 2;
    if (q < 1 || q > most) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        const int current = quarter ? (anchor.month - 1) / 3 + 1 : (anchor.month - 1) / 6 + 1;
        if (c.tense == Tense::Past && q > current) y -= 1;
    }
    return year_ok(y) ? ok(format_year(y) + (quarter ? "-Q" : "-H") + std::to_string(q)) : kFail;
}

Normalized quarter_step(const Args& a, const NormalizeContext& c) { return quarter_or_half(a, c, true); }

Normalized half_step(const Args& a, const NormalizeContext& c) { return quarter_or_half(a, c, false); }

// "season S [Y] [last|next]": 2020-SU.
Normalized season(const Args& a, const NormalizeContext& c) {
    const Date& anchor = c.anchor.date;
    if (a[0].size() != 2) return kFail;
    int y = resolve_year(a[1], c.anchor);
    if (y < 0) {
        y = anchor.year;
        static const char* const order[] = {"WI", "SP", "SU", "FA"};
        int s = 0, now = (anchor.month % 12) / 3;   // Dec-Feb 0, Mar-May 1, ...
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

// "time HH:MM [am|pm] [DAYOFFSET] [Z]": a clock time on the anchor's day.
Normalized clock_time(const Args& a, const NormalizeContext& c) {
    int h, m;
    if (!clock_value(a[0], a[1], h, m)) return kFail;
    const int off = is_int(a[2]) ? to_int(a[2]) : 0;
    return ok(format_day(add_days(c.anchor.date, off)) + "T" + two(h) + ":" + two(m) + (a[3] == "Z" ? "Z" : ""));
}

// "ymdt Y M D HH:MM": a written day and clock time.
Normalized date_and_time(const Args& a, const NormalizeContext& c) {
    const int y = resolve_year(a[0], c.anchor);
    const int m = is_int(a[1]) ? to_int(a[1]) : 0, d = is_int(a[2]) ? to_int(a[2]) : 0;
    int h, mi;
    if (!is_valid_date(y, m, d) || !clock_value(a[3], "", h, mi)) return kFail;
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
    return is_valid_date(y, m, d) ? ok(format_week(iso_week({y, m, d}))) : kFail;
}

// "nthweek N M [Y]": "the fourth week of October", the ISO week holding its first day
// (day 7N-6 of the month).
Normalized nth_week_of_month(const Args& a, const NormalizeContext& c) {
    const int n = is_int(a[0]) ? to_int(a[0]) : 0, m = is_int(a[1]) ? to_int(a[1]) : 0;
    if (n < 1 || n > 5 || m < 1 || m > 12) return kFail;
    const int d = 7 * n - 6;
    int y = resolve_year(a[2], c.anchor);
    if (y < 0) y = year_for_month_day(m, d, c);
    return is_valid_date(y, m, d) ? ok(format_week(iso_week({y, m, d}))) : kFail;
}

// "setwd W": every Monday, XXXX-WXX-1.
Normalized every_weekday(const Args& a, const NormalizeContext&) {
    const int w = parse_weekday(a[0]);
    return w ? ok("XXXX-WXX-" + std::to_string(w)) : kFail;
}

// "setm M": each July, XXXX-07.
Normalized every_month(const Args& a, const NormalizeContext&) {
    const int m = is_int(a[0]) ? to_int(a[0]) : 0;
    return m >= 1 && m <= 12 ? ok("XXXX-" + two(m)) : kFail;
}

// "holiday SPEC [Y]": without a year, the tense says which side of the anchor.
Normalized holiday(const Args& a, const NormalizeContext& c) {
    const Date& anchor = c.anchor.date;
    int y = resolve_year(a[1], c.anchor);
    Date d;
    if (y < 0) {
        y = anchor.year;
        if (!holiday_date(a[0], y, d)) return kFail;
        if (c.tense == Tense::Past && days_from_civil(d) > days_from_civil(anchor)) y -= 1;
        if (c.tense == Tense::Future && days_from_civil(d) < days_from_civil(anchor)) y += 1;
    }
    return holiday_date(a[0], y, d) ? ok(format_day(d)) : kFail;
}

using Step = Normalized (*)(const Args&, const NormalizeContext&);

struct NamedStep {
    const char* action;
    Step step;
};

// The action names of patterns.txt and their steps (time_normalize.h lists them).
constexpr NamedStep kSteps[] = {
    {"fix", literal_value},      {"decade", literal_value},       {"y", year_alone},
    {"y2", year_in_words},       {"yy", two_digit_year},          {"ym", year_month},
    {"ymd", year_month_day},     {"md", month_day},               {"m", month_alone},
    {"wd", weekday_alone},       {"wdrel", weekday_relative},     {"wdpod", weekday_part_of_day},
    {"rel", relative},           {"dur", duration_step},          {"durhalf", duration_and_a_half_step},
    {"era", era_year},           {"day", day_offset},             {"pod", part_of_day},
    {"quarter", quarter_step},   {"half", half_step},             {"season", season},
    {"time", clock_time},        {"ymdt", date_and_time},         {"century", century},
    {"weekof", week_of},         {"setwd", every_weekday},        {"setm", every_month},
    {"holiday", holiday},        {"ref", vague_reference},        {"nthweek", nth_week_of_month},
};

}  // namespace

std::vector<std::string> evaluated_args(const Match& match) {
    return match.rule ? evaluate(match).values : std::vector<std::string>{};
}

Normalized normalize(const Match& match, const NormalizeContext& c) {
    if (!c.anchor.valid || !match.rule) return kFail;
    for (const NamedStep& s : kSteps)
        if (match.rule->action == s.action) return s.step(evaluate(match), c);
    return kFail;   // "none", or an action no step knows
}

}  // namespace lede::time
