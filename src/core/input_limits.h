// input_limits.h — the named limits of the core. Each one, when hit, becomes a warning whose
// code the UI and the CLI show; the user's text is never dropped because of them.
#pragma once

#include <cstddef>

namespace lede::limits {

// Input larger than this is analysed only up to this size (at a UTF-8 boundary).
constexpr std::size_t kMaxInputBytes = 32u << 20;
// Text larger than this after cleaning is not run through the extractors.
constexpr std::size_t kMaxExtractBytes = 8u << 20;
// HTML nested deeper than this is flattened by the HTML cleaner (below libxml2's own
// hard stop at 256 open elements, which would end the parse).
constexpr int kMaxHtmlDepth = 250;
// A sentence longer than this many tokens is cut (at a comma past half of it, or here):
// run-on text would otherwise make the per-sentence scans quadratic.
constexpr std::size_t kMaxSentenceTokens = 240;
// A pipeline stage that runs longer than this stops the stages after it (see stage_clock.h).
constexpr double kStageBudgetMs = 20000;
// A share link never decompresses to more than this.
constexpr std::size_t kMaxShareBytes = 4u << 20;

}  // namespace lede::limits
