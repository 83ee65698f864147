// analysis_from_json.h — reads a `lede.analysis/1` JSON document (an exported analysis,
// or a synthetic one from bench/page_stress_input.mjs) back into an Analysis, so the page can
// show a saved analysis without the original input. Never throws: a document of the wrong
// shape gives an error message; unknown fields are ignored, missing ones take defaults,
// spans outside article.text are dropped by the UI's indexes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis.h"

namespace lede::app {

struct AnalysisLoad {
    std::optional<Analysis> analysis;
    std::string error;
};

AnalysisLoad analysis_from_json(std::string_view json);

}  // namespace lede::app
