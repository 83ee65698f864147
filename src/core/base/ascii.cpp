// ascii.cpp — see ascii.h.
#include "ascii.h"

namespace lede::base {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower_ascii(c);
    return out;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
    return true;
}

bool has_ascii_digit(std::string_view s) {
    for (char c : s)
        if (is_ascii_digit(c)) return true;
    return false;
}

}  // namespace lede::base
