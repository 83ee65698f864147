// time_normalize_anchored.cpp — the steps whose value is counted from the anchor
// (time_normalize_steps.h): "two weeks ago", "yesterday", "this morning", "at 5 p.m.",
// "Friday", "last Friday", "later". Each keeps the precision of its unit (a week shift is
// an ISO week, a month shift a month) and reads an unanchored weekday by the tense.
#include "time_normalize_steps.h"

namespace lede::time::steps {
namespace {

base::Date resolve_weekday(int weekday, const NormalizeContext& c) {
    const base::Date& a = c.anchor.date;
    const int today = base::iso_weekday(a);
    if (c.tense == Tense::Future) return base::add_days(a, (weekday - today + 7) % 7);
    return base::add_days(a, -((today - weekday + 7) % 7));
}

Normalized shift(const std::string& unit, const std::string& n_text, const NormalizeContext& c, bool quarter_precision,
                 bool follow_tense) {
    if (n_text == "X" || n_text == "-X") return ok(n_text == "X" ? "FUTURE_REF" : "PAST_REF");
    if (unit == "=") return ok(format_day(c.anchor.date));   // the reference itself (an anaphor's fallback)
    if (!is_int(n_text)) return kFail;
    const int n = to_int(n_text);
    if (n > 10000 || n < -10000) return kFail;
    const base::Date& a = c.anchor.date;
    if (unit == "D") return ok(format_day(base::add_days(a, n)));
    if (unit == "W") return ok(format_week(base::iso_week(base::add_days(a, 7LL * n))));
    if (unit == "WE") {
        // "the weekend" told in the past, on a weekday, is the one just gone.
        long long weeks = n;
        if (n == 0 && follow_tense && c.tense == Tense::Past && base::iso_weekday(a) <= 5) weeks = -1;
        return ok(format_week(base::iso_week(base::add_days(a, 7LL * weeks))) + "-WE");
    }
    if (unit == "M") {
        const base::Date d = base::add_months(a, n);
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

}  // namespace

// "wd W [ahead]": a weekday on the tense's side of the anchor. `ahead` ("until Friday",
// "by Monday": a deadline) reads it forward unless the sentence is told in the past (the
// present perfect is no such telling: "has until Friday").
Normalized weekday_alone(const Args& a, const NormalizeContext& c) {
    const int w = parse_weekday(a[0]);
    if (!w) return kFail;
    if (a[1] == "ahead" && (c.tense != Tense::Past || c.perfect)) {
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
    const base::Date& anchor = c.anchor.date;
    const int w = parse_weekday(a[0]);
    if (!w || !is_int(a[1])) return kFail;
    const int dir = to_int(a[1]);
    const int today = base::iso_weekday(anchor);
    if (dir < 0) {
        const int back = (today - w + 7) % 7;
        return ok(format_day(base::add_days(anchor, -(back ? back : 7))));
    }
    if (dir > 0) {
        const int fwd = (w - today + 7) % 7;
        return ok(format_day(base::add_days(anchor, fwd ? fwd : 7)));
    }
    return ok(format_day(base::add_days(anchor, w - today)));
}

// "wdweek W N": "Tuesday next week" (N=1), "Friday of last week" (N=-1): weekday W of the
// anchor's week moved N weeks (ISO weeks start on Monday).
Normalized weekday_of_week(const Args& a, const NormalizeContext& c) {
    const int w = parse_weekday(a[0]);
    if (!w || !is_int(a[1])) return kFail;
    const base::Date& anchor = c.anchor.date;
    return ok(format_day(base::add_days(anchor, 7LL * to_int(a[1]) + w - base::iso_weekday(anchor))));
}

// "wdpod W POD": "Friday morning".
Normalized weekday_part_of_day(const Args& a, const NormalizeContext& c) {
    const int w = parse_weekday(a[0]);
    return w && !a[1].empty() ? ok(format_day(resolve_weekday(w, c)) + "T" + a[1]) : kFail;
}

// "rel UNIT N [tense]": the anchor moved N units.
Normalized relative(const Args& a, const NormalizeContext& c) {
    return shift(a[0], a[1], c, a.match.rule->has(RuleFlag::QuarterContext) && c.quarter_context, a[2] == "tense");
}

// "day N": the anchor's day moved N days ("yesterday").
Normalized day_offset(const Args& a, const NormalizeContext& c) {
    if (!is_int(a[0])) return kFail;
    return ok(format_day(base::add_days(c.anchor.date, to_int(a[0]))));
}

// "pod POD [DAYOFFSET]": "this morning", "last night".
Normalized part_of_day(const Args& a, const NormalizeContext& c) {
    if (a[0].empty()) return kFail;
    const int off = is_int(a[1]) ? to_int(a[1]) : 0;
    return ok(format_day(base::add_days(c.anchor.date, off)) + "T" + a[0]);
}

// "time HH:MM [am|pm] [DAYOFFSET] [Z]": a clock time on the anchor's day.
Normalized clock_time(const Args& a, const NormalizeContext& c) {
    int h, m;
    if (!clock_value(a[0], a[1], h, m)) return kFail;
    const int off = is_int(a[2]) ? to_int(a[2]) : 0;
    return ok(format_day(base::add_days(c.anchor.date, off)) + "T" + two(h) + ":" + two(m) + (a[3] == "Z" ? "Z" : ""));
}

}  // namespace lede::time::steps
