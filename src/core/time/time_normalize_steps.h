// time_normalize_steps.h — the steps behind normalize() (time_normalize.h), one per action
// of patterns.txt, and the small readers of arguments they share. Internal to src/core/time:
// only the time_normalize*.cpp files include it.
//
// A step takes the rule's evaluated arguments (Args: $N replaced by the captured values,
// "" when missing) and the context, and returns the TIMEX3 value or kFail (the candidate is
// dropped). The steps live in three files by where their value comes from:
//   time_normalize_calendar.cpp   a written calendar value; the anchor only fills a missing
//                                 year (ymd, md, m, y, yy, y2, ym, era, century, weekof,
//                                 nthweek, holiday, ymdt, quarter, half, season)
//   time_normalize_anchored.cpp   a value counted from the anchor (rel, day, pod, time, wd,
//                                 wdrel, wdweek, wdpod, ref)
//   time_normalize_durations.cpp  a value read off the words alone (fix, decade, dur,
//                                 durhalf, setwd, setm)
// The table naming them, and the readers below, are in time_normalize.cpp.
#pragma once

#include <string>
#include <vector>

#include "time_normalize.h"

namespace lede::time::steps {

struct Args {
    const Match& match;
    // The argument list with $N replaced by capture values; missing captures are "".
    std::vector<std::string> values;
    const std::string& operator[](std::size_t i) const {
        static const std::string empty;
        return i < values.size() ? values[i] : empty;
    }
};

Args evaluate(const Match& m);

// --- Readers shared by the steps (time_normalize.cpp) -------------------------------------
bool is_int(const std::string& s);                         // "12", "-3", "+1" (at most 10 chars)
int to_int(const std::string& s);
// A year argument: absolute ("1990"), relative to the anchor ("+1", "-1"), or none (-1).
int resolve_year(const std::string& arg, const Anchor& anchor);
bool year_ok(int y);                                       // 1..9999
std::string two(int v);                                    // 7 -> "07"
int parse_weekday(const std::string& s);                   // "1".."7", else 0
inline Normalized ok(std::string v) { return {true, std::move(v)}; }
inline const Normalized kFail{};
// "14:30" + "pm" -> 14:30; "2" + "pm" -> 14:00; false when impossible (calendar file).
bool clock_value(const std::string& clock, const std::string& ampm, int& h, int& m);

// --- Calendar values (time_normalize_calendar.cpp) ----------------------------------------
Normalized year_alone(const Args& a, const NormalizeContext& c);
Normalized year_in_words(const Args& a, const NormalizeContext& c);
Normalized two_digit_year(const Args& a, const NormalizeContext& c);
Normalized year_month(const Args& a, const NormalizeContext& c);
Normalized year_month_day(const Args& a, const NormalizeContext& c);
Normalized month_day(const Args& a, const NormalizeContext& c);
Normalized month_alone(const Args& a, const NormalizeContext& c);
Normalized era_year(const Args& a, const NormalizeContext& c);
Normalized century(const Args& a, const NormalizeContext& c);
Normalized week_of(const Args& a, const NormalizeContext& c);
Normalized nth_week_of_month(const Args& a, const NormalizeContext& c);
Normalized holiday(const Args& a, const NormalizeContext& c);
Normalized date_and_time(const Args& a, const NormalizeContext& c);
Normalized quarter_step(const Args& a, const NormalizeContext& c);
Normalized half_step(const Args& a, const NormalizeContext& c);
Normalized season(const Args& a, const NormalizeContext& c);

// --- Values counted from the anchor (time_normalize_anchored.cpp) -------------------------
Normalized relative(const Args& a, const NormalizeContext& c);
Normalized day_offset(const Args& a, const NormalizeContext& c);
Normalized part_of_day(const Args& a, const NormalizeContext& c);
Normalized clock_time(const Args& a, const NormalizeContext& c);
Normalized weekday_alone(const Args& a, const NormalizeContext& c);
Normalized weekday_relative(const Args& a, const NormalizeContext& c);
Normalized weekday_part_of_day(const Args& a, const NormalizeContext& c);
Normalized weekday_of_week(const Args& a, const NormalizeContext& c);
Normalized vague_reference(const Args& a, const NormalizeContext& c);

// --- Values read off the words (time_normalize_durations.cpp) -----------------------------
Normalized literal_value(const Args& a, const NormalizeContext& c);
Normalized duration_step(const Args& a, const NormalizeContext& c);
Normalized duration_and_a_half_step(const Args& a, const NormalizeContext& c);
Normalized every_weekday(const Args& a, const NormalizeContext& c);
Normalized every_month(const Args& a, const NormalizeContext& c);

}  // namespace lede::time::steps
