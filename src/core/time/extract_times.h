// extract_times.h — time expressions (TIMEX3: DATE, TIME, DURATION, SET) normalised
// against an anchor date.
#pragma once

#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede {

// `anchor`: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", the date relative expressions resolve
// against (the publication date, the --dateline, or today).
std::vector<TimeExpr> extract_times(const nlp::Document& doc, const std::string& anchor);

}  // namespace lede
