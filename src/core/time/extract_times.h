// extract_times.h — time expressions (TIMEX3: DATE, TIME, DURATION, SET) normalised
// against an anchor date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "time_resources.h"

namespace lede {

// `anchor`: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", the date relative expressions resolve
// against (the publication date, the --dateline, or today).
// `resources`: the time lexicon and grammar (TimeResources::load).
// Failure is an empty result (an anchor that is not a date gives no times).
std::vector<TimeExpr> extract_times(const nlp::Document& doc, const std::string& anchor, const time::TimeResources& resources);

// The first complete calendar date written in the text ("September 01, 2007" ->
// "2007-09-01"): the anchor to use when the article has no publication date.
std::optional<std::string> first_written_date(const nlp::Document& doc, const time::TimeResources& resources);

}  // namespace lede
