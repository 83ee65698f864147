// time_reference.cpp — see time_reference.h.
#include "time_reference.h"

#include <cstddef>
#include <cstdlib>
#include <limits>

#include "time_calendar.h"

namespace lede::time {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A clock time whose day came from the anchor (the `time` action of patterns.txt).
bool is_bare_clock(const Found& f) { return f.rule && f.rule->action == "time"; }

// Nothing between two expressions but spaces: "noon Thursday". With a comma between
// ("16:15 UTC, June 1st") annotators keep two expressions; the day is still the time's.
bool joined(const Found& a, const Found& b, const std::vector<TimeToken>& tokens) {
    return b.first == a.end && b.first < tokens.size() && !tokens[b.first].newline_before;
}

}  // namespace

bool has_day(const std::string& v) {
    if (v.size() < 10 || (v.size() > 10 && v[10] != 'T')) return false;
    for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!is_digit(v[k])) return false;
    return v[4] == '-' && v[7] == '-';
}

namespace {

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
        if (f.rule && f.rule->has_flag("sameyear") && last != kNone &&
            sentence_of(found[last], tokens) == sentence_of(f, tokens)) {
            const std::vector<std::string>& args = f.rule->args;
            const int offset = args.size() >= 2 ? std::atoi(args[1].c_str()) : 0;
            const int year = std::atoi(found[last].expr.value.substr(0, 4).c_str()) + offset;
            if (year >= 1 && year <= 9999) f.expr.value = format_year(year);
        }
        if (has_year(f)) last = k;
    }
}

}  // namespace

void resolve_references(std::vector<Found>& found, const std::vector<TimeToken>& tokens, std::string_view text) {
    attach_clock_days(found, tokens, text);
    resolve_same_year(found, tokens);
}

}  // namespace lede::time
