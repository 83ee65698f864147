// lexicon_text.h — reading the relation assets' text formats: lines without comments and
// blanks, words split on spaces and tabs. Shared by every relations asset reader.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede::relations {

// Lines of `text`, leading blanks trimmed, "\r" dropped; blank lines and "#" comments skipped.
std::vector<std::string> lexicon_lines(std::string_view text);

// The words of `line`, split on spaces and tabs.
std::vector<std::string> split_words(std::string_view line);

}  // namespace lede::relations
