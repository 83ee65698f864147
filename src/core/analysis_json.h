// analysis_json.h — the `lede.analysis/1` JSON form of an Analysis (nlohmann_json).
// The schema is written out in docs/analysis-schema.md and ../shared/CONTRACT.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "analysis.h"

namespace lede {

inline constexpr const char* kSchema = "lede.analysis/1";

nlohmann::ordered_json to_json(const Analysis& analysis);

// The JSON text: compact for indent < 0, else pretty with `indent` spaces a level. Byte for
// byte to_json(analysis).dump(indent, ' ', false, error_handler_t::replace), but written
// directly (see analysis_json.cpp). Never throws (all strings are valid UTF-8 by
// construction, and anything that is not is replaced by U+FFFD, as dump() replaces it).
std::string to_json_string(const Analysis& analysis, int indent = -1);

}  // namespace lede
