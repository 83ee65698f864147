// split.cpp — see split.h.
#include "split.h"

namespace lede::base {

std::vector<std::string> split_nonempty(std::string_view text, char separator) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t end = text.find(separator, from);
        if (end == std::string_view::npos) end = text.size();
        if (end > from) out.emplace_back(text.substr(from, end - from));
        from = end + 1;
    }
    return out;
}

}  // namespace lede::base
