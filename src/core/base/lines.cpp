// lines.cpp — see lines.h.
#include "lines.h"

#include <algorithm>

namespace lede::base {

void for_each_line(std::string_view text, const std::function<void(std::string_view)>& each) {
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t newline = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, newline - start);
        start = newline + 1;
        const auto b = line.find_first_not_of(" \t\r");
        if (b == std::string_view::npos || line[b] == '#') continue;
        const auto e = line.find_last_not_of(" \t\r");
        each(line.substr(b, e - b + 1));
    }
}

std::vector<std::string> list_lines(std::string_view text) {
    std::vector<std::string> lines;
    for_each_line(text, [&](std::string_view line) { lines.emplace_back(line); });
    return lines;
}

}  // namespace lede::base
