// analysed_input.cpp — see analysed_input.h.
#include "analysed_input.h"

#include "input_limits.h"

namespace lede {

utf8::Repaired prepared_input(std::string_view flavour) {
    if (flavour.size() > limits::kMaxInputBytes)
        flavour = flavour.substr(0, utf8::floor_boundary(flavour, limits::kMaxInputBytes));
    return utf8::repair(flavour);
}

std::optional<std::string> analysed_input(const Analysis& analysis, std::string_view text, std::string_view html) {
    if (!analysis.input) return std::nullopt;
    std::string bytes = prepared_input(analysis.input->flavour == InputFlavour::Html ? html : text).text;
    if (bytes.size() != analysis.input->bytes) return std::nullopt;
    return bytes;
}

}  // namespace lede
