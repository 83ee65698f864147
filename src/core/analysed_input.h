// analysed_input.h — the bytes an analysis's input offsets point into (removed[],
// article.origin[], published_source), rebuilt from the flavours the caller gave analyze():
// the one it cleaned (Analysis::input), cut to the input limit and UTF-8 repaired, exactly
// as analyze() did. A reader that keeps the input (the page, to show what cleaning removed)
// uses this rather than guessing which flavour was cleaned.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis.h"
#include "base/utf8.h"

namespace lede {

// A flavour as the cleaner sees it: cut to limits::kMaxInputBytes at a code point boundary,
// then UTF-8 repaired. analyze() and analysed_input() both make it here, so offsets agree.
utf8::Repaired prepared_input(std::string_view flavour);

// The input `analysis` was made from, given the two flavours (`text`, `html`) it was asked
// about; nothing when the analysis does not say which flavour it cleaned (a saved analysis
// from before Analysis::input) or the bytes rebuilt are not as long as it says (not its input).
std::optional<std::string> analysed_input(const Analysis& analysis, std::string_view text, std::string_view html);

}  // namespace lede
