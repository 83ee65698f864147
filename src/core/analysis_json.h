// analysis_json.h — the `lede.analysis/1` JSON form of an Analysis, written as text.
// The schema is written out in docs/analysis-schema.md and ../shared/CONTRACT.md; its reader
// is analysis_from_json.h, and tests/data/analysis/ holds whole documents as it writes them.
#pragma once

#include <string>

#include "analysis.h"

namespace lede {

inline constexpr const char* kSchema = "lede.analysis/1";

// The JSON text: compact for indent < 0, else pretty with `indent` spaces a level, laid out
// as nlohmann_json's dump(indent) lays it out (json_writer.h). Never throws: all strings are
// valid UTF-8 by construction, and anything that is not is written with U+FFFD for each
// invalid sequence, as nlohmann's error_handler_t::replace writes it.
std::string to_json_string(const Analysis& analysis, int indent = -1);

}  // namespace lede
