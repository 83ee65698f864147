// time_rule_names.cpp — see time_rule_names.h: one table per enum, name to value.
#include "time_rule_names.h"

namespace lede::time {
namespace {

template <class T>
struct Named {
    std::string_view name;
    T value;
};

constexpr Named<Action> kActions[] = {
    {"fix", Action::Fix},
    {"decade", Action::Decade},
    {"y", Action::Year},
    {"y2", Action::YearWords},
    {"yy", Action::TwoDigitYear},
    {"ym", Action::YearMonth},
    {"ymd", Action::YearMonthDay},
    {"md", Action::MonthDay},
    {"m", Action::Month},
    {"wd", Action::Weekday},
    {"wdrel", Action::WeekdayRelative},
    {"wdpod", Action::WeekdayPartOfDay},
    {"rel", Action::Relative},
    {"dur", Action::Duration},
    {"durhalf", Action::DurationAndAHalf},
    {"era", Action::Era},
    {"day", Action::Day},
    {"pod", Action::PartOfDay},
    {"quarter", Action::Quarter},
    {"half", Action::Half},
    {"season", Action::Season},
    {"time", Action::Clock},
    {"ymdt", Action::DateAndTime},
    {"century", Action::Century},
    {"weekof", Action::WeekOf},
    {"setwd", Action::EveryWeekday},
    {"setm", Action::EveryMonth},
    {"holiday", Action::Holiday},
    {"ref", Action::Reference},
    {"nthweek", Action::NthWeek},
    {"wdweek", Action::WeekdayOfWeek},
    {"none", Action::None},
};

constexpr Named<RuleFlag> kFlags[] = {
    {"yearctx", RuleFlag::YearContext}, {"nodigitsnear", RuleFlag::NoDigitsNear}, {"first", RuleFlag::First},
    {"sameyear", RuleFlag::SameYear},   {"qctx", RuleFlag::QuarterContext},       {"nomod", RuleFlag::NoModifier},
    {"anaphor", RuleFlag::Anaphor},
};

constexpr Named<TimeType> kTypes[] = {
    {"DATE", TimeType::Date}, {"TIME", TimeType::Time}, {"DURATION", TimeType::Duration}, {"SET", TimeType::Set}};

template <class T, std::size_t N>
std::optional<T> find(const Named<T> (&table)[N], std::string_view name) {
    for (const Named<T>& n : table)
        if (n.name == name) return n.value;
    return std::nullopt;
}

}  // namespace

std::optional<Action> parse_action(std::string_view name) { return find(kActions, name); }
std::optional<RuleFlag> parse_rule_flag(std::string_view name) { return find(kFlags, name); }
std::optional<TimeType> parse_rule_type(std::string_view name) { return find(kTypes, name); }

std::string_view action_name(Action action) {
    for (const Named<Action>& n : kActions)
        if (n.value == action) return n.name;
    return "";
}

}  // namespace lede::time
