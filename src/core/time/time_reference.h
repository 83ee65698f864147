// time_reference.h — values that come from the expressions around an expression.
//
// Some expressions name their value only partly; the grammar gives them the anchor's
// and these readings, run once the whole text is tagged, correct it from their neighbours:
// - A clock time ("5 p.m.", "18:00 UTC") says nothing of its day. A day written right after
//   it is part of it: "5 p.m. EST Nov. 9", "noon Thursday", "12:00 UTC Monday" become one
//   TIME (TimeML tags them as one expression). Otherwise the nearest day named in the same
//   sentence is its day ("the plane took off Tuesday ... at 18:00 UTC"), and only then
//   the anchor's.
// - "the year" of "a loss of $8.6 billion for the entire year" is the year under discussion:
//   the latest year named earlier in the same sentence ("the fourth quarter of 2005 and ...
//   for the entire year" -> 2005), else the anchor's; "the year before" is the one before
//   it ("$19.8 billion less last year than the year before"). Rules flagged `sameyear`
//   read so, with the offset of their `rel Y N` action.
// - "that year", "the following month", "the next morning" count from the latest date
//   written before them, in any sentence, precise enough for their unit ("on Oct. 23 ...
//   Earlier that day" -> the 23rd); the anchor only when there is none. Rules flagged
//   `anaphor` read so, with the unit and offset of their `rel U N` or `pod P N` action,
//   captures filled in ("two days later": rel D 2; unit W counts from the latest day;
//   unit "=": the latest date as it is, "by that time").
// Linear: a few sweeps over the expressions.
#pragma once

#include <string_view>
#include <vector>

#include "../analysis.h"
#include "time_grammar.h"
#include "time_tokens.h"

namespace lede::time {

// One tagged expression with what produced it.
struct Found {
    TimeExpr expr;
    const Rule* rule = nullptr;
    std::vector<std::string> args;    // the rule's arguments, captures filled in (time_normalize.h)
    std::size_t first = 0, end = 0;   // tokens [first, end)
};

// True when `value` starts with a calendar day ("2020-09-25", "2020-09-25T14:30").
bool has_day(const std::string& value);

// Applies the readings above to `found` (in text order).
void resolve_references(std::vector<Found>& found, const std::vector<TimeToken>& tokens, std::string_view text);

}  // namespace lede::time
