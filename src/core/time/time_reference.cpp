// time_reference.cpp — see time_reference.h.
#include "time_reference.h"

#include <cstddef>
#include <cstdlib>
#include <limits>

#include "time_calendar.h"

namespace lede::time {

bool has_day(const std::string& v) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (v.size() < 10 || (v.size() > 10 && v[10] != 'T')) return false;
    for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!digit(v[k])) return false;
    return v[4] == '-' && v[7] == '-';
}

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A clock time whose day came from the anchor (the `time` action of patterns.txt).
bool is_bare_clock(const Found& f) { return f.rule && f.rule->action == Action::Clock; }

// Nothing between two expressions but spaces: "noon Thursday". With a comma between
// ("16:15 UTC, June 1st") annotators keep two expressions; the day is still the time's.
bool joined(const Found& a, const Found& b, const std::vector<TimeToken>& tokens) {
    return b.first == a.end && b.first < tokens.size() && !tokens[b.first].newline_before;
}

// A date whose value starts with a year ("2005", "2005-Q4", "2005-11-03"): what "the
// year" may refer to.
bool has_year(const Found& f) {
    const std::string& v = f.expr.value;
    if (f.expr.type != TimeType::Date || v.size() < 4 || (v.size() > 4 && v[4] != '-')) return false;
    return is_digit(v[0]) && is_digit(v[1]) && is_digit(v[2]) && is_digit(v[3]);
}

std::size_t sentence_of(const Found& f, const std::vector<TimeToken>& tokens) {
    return f.first < tokens.size() ? tokens[f.first].sentence : 0;
}

void attach_clock_days(std::vector<Found>& found, const std::vector<TimeToken>& tokens, std::string_view text) {
    // 1. A day written right after a clock time joins it.
    std::vector<Found> merged;
    merged.reserve(found.size());
    std::vector<bool> dated;   // the clock time's day is written in it
    for (std::size_t k = 0; k < found.size(); ++k) {
        Found f = std::move(found[k]);
        bool has_own_day = !is_bare_clock(f);
        if (is_bare_clock(f) && k + 1 < found.size()) {
            const Found& next = found[k + 1];
            if (next.expr.type == TimeType::Date && next.expr.value.size() == 10 && has_day(next.expr.value) &&
                joined(f, next, tokens)) {
                f.expr.value = next.expr.value + f.expr.value.substr(10);
                f.expr.span.end = next.expr.span.end;
                f.expr.text = std::string(text.substr(f.expr.span.start, f.expr.span.size()));
                f.end = next.end;
                has_own_day = true;
                ++k;
            }
        }
        merged.push_back(std::move(f));
        dated.push_back(has_own_day);
    }
    found = std::move(merged);

    // 2. The nearest day named in the same sentence, before or after.
    const auto is_source = [&](std::size_t k) { return dated[k] && has_day(found[k].expr.value); };
    const std::size_t n = found.size();
    std::vector<std::size_t> before(n, kNone), after(n, kNone);
    std::size_t last = kNone;
    for (std::size_t k = 0; k < n; ++k) {
        if (last != kNone && sentence_of(found[last], tokens) == sentence_of(found[k], tokens)) before[k] = last;
        if (is_source(k)) last = k;
    }
    last = kNone;
    for (std::size_t k = n; k-- > 0;) {
        if (last != kNone && sentence_of(found[last], tokens) == sentence_of(found[k], tokens)) after[k] = last;
        if (is_source(k)) last = k;
    }
    for (std::size_t k = 0; k < n; ++k) {
        if (dated[k] || !is_bare_clock(found[k])) continue;
        std::size_t src = before[k];
        if (after[k] != kNone &&
            (src == kNone || found[after[k]].first - found[k].end < found[k].first - found[src].end))
            src = after[k];
        if (src == kNone) continue;
        std::string& v = found[k].expr.value;
        if (v.size() >= 10) v = found[src].expr.value.substr(0, 10) + v.substr(10);
    }
}

// "for the entire year": the latest year named before it in the sentence; "the year
// before": the one before that (the rule's `rel Y N` offset).
void resolve_same_year(std::vector<Found>& found, const std::vector<TimeToken>& tokens) {
    std::size_t last = kNone;
    for (std::size_t k = 0; k < found.size(); ++k) {
        Found& f = found[k];
        if (f.rule && f.rule->has(RuleFlag::SameYear) && last != kNone &&
            sentence_of(found[last], tokens) == sentence_of(f, tokens)) {
            const std::vector<std::string>& args = f.args;
            const int offset = args.size() >= 2 ? std::atoi(args[1].c_str()) : 0;
            const int year = std::atoi(found[last].expr.value.substr(0, 4).c_str()) + offset;
            if (year >= 1 && year <= 9999) f.expr.value = format_year(year);
        }
        if (has_year(f)) last = k;
    }
}

// The reference an anaphoric expression counts from: the latest date before it, in any
// sentence, precise enough for its unit. Read from the front of `v`: year, month, day.
struct Precision {
    bool year = false, month = false, day = false;
    int quarter = 0;   // 1..4 when the value names a quarter or a month
};

Precision precision_of(const std::string& v) {
    Precision p;
    if (v.size() < 4 || !is_digit(v[0]) || !is_digit(v[1]) || !is_digit(v[2]) || !is_digit(v[3])) return p;
    if (v.size() > 4 && v[4] != '-') return p;
    p.year = true;
    if (v.size() >= 7 && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') p.quarter = v[6] - '0';
    if (v.size() >= 7 && is_digit(v[5]) && is_digit(v[6])) {
        const int m = std::atoi(v.substr(5, 2).c_str());
        if (m >= 1 && m <= 12) {
            p.month = true;
            p.quarter = (m - 1) / 3 + 1;
        }
    }
    p.day = has_day(v);
    return p;
}

// "that year" (rel Y 0), "the following month" (rel M 1), "the next morning" (pod MO 1):
// `ref` moved as the rule says; empty when `ref` is not precise enough. `own` is the
// value the grammar gave (its part of day is kept).
std::string shifted(const Rule& rule, const std::vector<std::string>& args, const std::string& ref,
                    const std::string& own) {
    const Precision p = precision_of(ref);
    if (args.size() < 2) return {};
    const int n = std::atoi(args[1].c_str());
    const int year = p.year ? std::atoi(ref.substr(0, 4).c_str()) : 0;
    if (rule.action == Action::PartOfDay) {
        if (!p.day) return {};
        const base::Date d{year, std::atoi(ref.substr(5, 2).c_str()), std::atoi(ref.substr(8, 2).c_str())};
        return own.size() > 10 ? format_day(base::add_days(d, n)) + own.substr(10) : std::string();
    }
    if (rule.action != Action::Relative) return {};
    const std::string& unit = args[0];
    if (unit == "=") return ref;   // "by that time": the date itself
    if (unit == "D" && p.day) {
        const base::Date d{year, std::atoi(ref.substr(5, 2).c_str()), std::atoi(ref.substr(8, 2).c_str())};
        return format_day(base::add_days(d, n));
    }
    if (unit == "W" && p.day) {
        const base::Date d{year, std::atoi(ref.substr(5, 2).c_str()), std::atoi(ref.substr(8, 2).c_str())};
        return format_week(base::iso_week(base::add_days(d, 7LL * n)));
    }
    if (unit == "M" && p.month) {
        const base::Date d = base::add_months({year, std::atoi(ref.substr(5, 2).c_str()), 1}, n);
        return d.year >= 1 && d.year <= 9999 ? format_month(d.year, d.month) : std::string();
    }
    if (unit == "Q" && p.quarter) {
        const int index = year * 4 + p.quarter - 1 + n;
        return index / 4 >= 1 && index / 4 <= 9999 ? format_year(index / 4) + "-Q" + std::to_string(index % 4 + 1) : std::string();
    }
    if (unit == "Y" && p.year) return year + n >= 1 && year + n <= 9999 ? format_year(year + n) : std::string();
    return {};
}

// Rules flagged `anaphor`: the value counts from the latest date before, not the anchor.
void resolve_anaphors(std::vector<Found>& found) {
    // The latest value with a day, a month, a quarter, a year, as the sweep goes.
    std::string day, month, quarter, year;
    for (Found& f : found) {
        if (f.rule && f.rule->has(RuleFlag::Anaphor) && f.args.size() >= 2) {
            const std::string unit = f.rule->action == Action::PartOfDay ? std::string("D") : f.args[0];
            // "=" takes the latest date of any precision: the one with a year
            const std::string& ref = unit == "D" || unit == "W" ? day : unit == "M" ? month : unit == "Q" ? quarter : year;
            const std::string v = ref.empty() ? std::string() : shifted(*f.rule, f.args, ref, f.expr.value);
            if (!v.empty()) f.expr.value = v;
        }
        if (f.expr.type != TimeType::Date && f.expr.type != TimeType::Time) continue;
        const Precision p = precision_of(f.expr.value);
        if (p.day) day = f.expr.value;
        if (p.month) month = f.expr.value;
        // a named quarter ("the second quarter") outranks one read off a month
        if (p.quarter && (!p.month || precision_of(quarter).month || quarter.empty())) quarter = f.expr.value;
        if (p.year) year = f.expr.value;
    }
}

}  // namespace

void resolve_references(std::vector<Found>& found, const std::vector<TimeToken>& tokens, std::string_view text) {
    attach_clock_days(found, tokens, text);
    resolve_same_year(found, tokens);
    resolve_anaphors(found);
}

}  // namespace lede::time
