// export_csv.h — the CSV downloads: relations (who did what to whom, when, where in the
// text) and the timeline (every time expression with its normalised value). RFC 4180:
// comma separated, CRLF line ends, fields quoted when they hold a comma, quote or newline.
#pragma once

#include <string>

#include "analysis.h"

namespace lede::app {

std::string relations_csv(const Analysis& analysis);
std::string timeline_csv(const Analysis& analysis);

}  // namespace lede::app
