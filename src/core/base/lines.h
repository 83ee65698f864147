// lines.h — the lines of a list file's text (lexicons, gazetteers, word lists).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::base {

// Each line of `text`, trimmed of spaces, tabs and carriage returns; blank lines and lines
// starting with '#' skipped. The lines are views into `text`, handed over one at a time with
// no copy (start-up reads ~45,000 gazetteer lines): `each` must not keep them.
void for_each_line(std::string_view text, const std::function<void(std::string_view)>& each);

// The same lines, copied.
std::vector<std::string> list_lines(std::string_view text);

}  // namespace lede::base
