// time_normalize.h — turns a grammar match into a TIMEX3 value against an anchor.
//
// Each rule of patterns.txt names an action with arguments (time_grammar.h); the actions
// (one step each, time_normalize_steps.h) are:
//   ymd Y M D | ym Y M | y Y | yy YY            absolute dates (Y may be "+N"/"-N": anchor year offset)
//   weekof M D [Y]                              "the week of March 6": 2000-W10
//   md M D [last|next] | m M | wd W [ahead]     month-day, month, weekday: year/week from tense
//                                               (or the direction given: "last Oct. 23"; `ahead`:
//                                               forward unless told in the past, "until Friday")
//   nthweek N M [Y]                             "the fourth week of October": its ISO week
//   ref DEFAULT                                 vague: PAST_REF / FUTURE_REF by tense, else DEFAULT
//   wdrel W DIR                                 "last Friday" (-1), "next Friday" (+1), "this Friday" (0)
//   wdweek W N                                  "Tuesday next week" (1), "Friday of last week" (-1)
//   rel UNIT N [tense]                          the anchor moved N units, at that unit's precision
//                                               ("tense": "the weekend" told in the past is the last one)
//   dur N UNIT                                  P3D, PT4H, P2Y, PXY
//   durhalf N UNIT                              N and a half units: P2Y6M, PT5H30M, P2.5W
//   era Y AD|BC                                 "AD 800" -> 0800, "44 BC" -> BC0044
//   fix VALUE                                   a fixed value (PRESENT_REF, P1D, ...)
//   day N                                       the anchor day moved N days
//   quarter Q [Y] | half H [Y] | season S [Y]   2020-Q3, 2020-H1, 2020-SU (quarter R: the one
//                                               just reported, before the anchor's)
//   decade D                                    the decade / century value as captured
//   time HH:MM [am|pm] [DAYOFFSET]              2020-09-25T14:30
//   pod POD [DAYOFFSET] | wdpod W POD           2020-09-25TMO
//   setwd W | setm M                            every Monday XXXX-WXX-1, each July XXXX-07
//   none                                        no time at all (extract_times skips the tokens)
//   holiday SPEC [Y]                            SPEC: MM-DD, or MM-N-W (Nth weekday W; N=L: last)
// Units: D W M Y Q DE (decade) CE (century) WE (weekend) H MIN S; for `rel`, also "=" (the
// anchor's day: the fallback of an anaphor such as "that time", time_reference.h).
// Failure (an impossible date, a year out of range) is a value, never an exception:
// the candidate is dropped.
#pragma once

#include <string>
#include <vector>

#include "time_calendar.h"
#include "time_grammar.h"

namespace lede::time {

enum class Tense { None, Past, Future };

struct Anchor {
    base::Date date;
    int hour = -1, minute = -1;
    bool valid = false;
};

struct NormalizeContext {
    Anchor anchor;
    Tense tense = Tense::None;
    bool perfect = false;             // the past reading came from has/have/been ("has until Friday")
    bool quarter_context = false;     // the sentence speaks of quarters ("a year ago" -> 1988-Q3)
};

struct Normalized {
    bool ok = false;
    std::string value;
};

Normalized normalize(const Match& match, const NormalizeContext& context);

// The rule's arguments with $N replaced by the captured values ("" when missing): what
// later readings (time_reference.h) shift by, "two days later" -> {"D", "2"}.
std::vector<std::string> evaluated_args(const Match& match);

}  // namespace lede::time
