// analysis_from_json.h — reads a `lede.analysis/1` JSON document back into an Analysis:
// the inverse of analysis_json.h. The page gets every analysis this way from its worker
// (src/platform/worker), and also opens exported analyses and bench/page_stress_input.mjs
// output. What to_json_string writes reads back to the same JSON (tests/unit/
// analysis_from_json_test.cpp). Never throws: a document of the wrong shape gives an error
// message; unknown fields are ignored, missing ones take defaults, spans outside
// article.text are dropped by the UI's indexes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis.h"

namespace lede {

struct AnalysisLoad {
    std::optional<Analysis> analysis;
    std::string error;
};

AnalysisLoad analysis_from_json(std::string_view json);

}  // namespace lede
