// time_rule_names.h — the names a rule of patterns.txt (time_grammar.h) gives its type, flags
// and action, as enums: read once when the grammar loads, so an unknown name in the data is
// a load problem (reported as malformed) and an unknown name in code does not compile.
#pragma once

#include <optional>
#include <string_view>

#include "../analysis.h"

namespace lede::time {

// What a rule does with its match; time_normalize.h describes each (the data's names are in
// comments). `None`: the tokens are no time at all.
enum class Action {
    Fix,                  // fix
    Decade,               // decade
    Year,                 // y
    YearWords,            // y2
    TwoDigitYear,         // yy
    YearMonth,            // ym
    YearMonthDay,         // ymd
    MonthDay,             // md
    Month,                // m
    Weekday,              // wd
    WeekdayRelative,      // wdrel
    WeekdayPartOfDay,     // wdpod
    Relative,             // rel
    Duration,             // dur
    DurationAndAHalf,     // durhalf
    Era,                  // era
    Day,                  // day
    PartOfDay,            // pod
    Quarter,              // quarter
    Half,                 // half
    Season,               // season
    Clock,                // time
    DateAndTime,          // ymdt
    Century,              // century
    WeekOf,               // weekof
    EveryWeekday,         // setwd
    EveryMonth,           // setm
    Holiday,              // holiday
    Reference,            // ref
    NthWeek,              // nthweek
    WeekdayOfWeek,        // wdweek
    None,                 // none
};

// The flags after a rule's type ("DATE/sameyear/anaphor"), as bits of Rule::flags.
enum class RuleFlag : unsigned {
    YearContext = 1u << 0,      // yearctx
    NoDigitsNear = 1u << 1,     // nodigitsnear
    First = 1u << 2,            // first
    SameYear = 1u << 3,         // sameyear
    QuarterContext = 1u << 4,   // qctx
    NoModifier = 1u << 5,       // nomod
    Anaphor = 1u << 6,          // anaphor
};

// The enum of a name as the data writes it; nothing when the name is unknown.
std::optional<Action> parse_action(std::string_view name);
std::optional<RuleFlag> parse_rule_flag(std::string_view name);
std::optional<TimeType> parse_rule_type(std::string_view name);   // DATE, TIME, DURATION, SET

// The data's name of an action ("ymd"), for messages and tests.
std::string_view action_name(Action action);

}  // namespace lede::time
