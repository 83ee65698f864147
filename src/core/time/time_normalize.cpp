// time_normalize.cpp — see time_normalize.h: normalize() is a table from the actions
// of patterns.txt (time_rule_names.h) to their steps (time_normalize_steps.h), and this file also holds
// the readers the steps share: arguments with their captures filled in, integers, years
// relative to the anchor.
#include "time_normalize.h"

#include <cstdlib>
#include <vector>

#include "time_normalize_steps.h"

namespace lede::time {
namespace steps {

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

std::string two(int v) {
    std::string s = std::to_string(v);
    return s.size() < 2 ? "0" + s : s;
}

int parse_weekday(const std::string& s) {
    if (!is_int(s)) return 0;
    const int w = to_int(s);
    return w >= 1 && w <= 7 ? w : 0;
}

}  // namespace steps

namespace {

using namespace steps;

using Step = Normalized (*)(const Args&, const NormalizeContext&);

struct ActionStep {
    Action action;
    Step step;
};

// The actions of patterns.txt and their steps (time_normalize.h lists them).
constexpr ActionStep kSteps[] = {
    {Action::Fix, literal_value},
    {Action::Decade, literal_value},
    {Action::Year, year_alone},
    {Action::YearWords, year_in_words},
    {Action::TwoDigitYear, two_digit_year},
    {Action::YearMonth, year_month},
    {Action::YearMonthDay, year_month_day},
    {Action::MonthDay, month_day},
    {Action::Month, month_alone},
    {Action::Weekday, weekday_alone},
    {Action::WeekdayRelative, weekday_relative},
    {Action::WeekdayPartOfDay, weekday_part_of_day},
    {Action::Relative, relative},
    {Action::Duration, duration_step},
    {Action::DurationAndAHalf, duration_and_a_half_step},
    {Action::Era, era_year},
    {Action::Day, day_offset},
    {Action::PartOfDay, part_of_day},
    {Action::Quarter, quarter_step},
    {Action::Half, half_step},
    {Action::Season, season},
    {Action::Clock, clock_time},
    {Action::DateAndTime, date_and_time},
    {Action::Century, century},
    {Action::WeekOf, week_of},
    {Action::EveryWeekday, every_weekday},
    {Action::EveryMonth, every_month},
    {Action::Holiday, holiday},
    {Action::Reference, vague_reference},
    {Action::NthWeek, nth_week_of_month},
    {Action::WeekdayOfWeek, weekday_of_week},
};

}  // namespace

std::vector<std::string> evaluated_args(const Match& match) {
    return match.rule ? evaluate(match).values : std::vector<std::string>{};
}

Normalized normalize(const Match& match, const NormalizeContext& c) {
    if (!c.anchor.valid || !match.rule) return kFail;
    for (const ActionStep& s : kSteps)
        if (match.rule->action == s.action) return s.step(evaluate(match), c);
    return kFail;   // Action::None: no time at all
}

}  // namespace lede::time
