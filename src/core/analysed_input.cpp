// analysed_input.cpp — see analysed_input.h.
#include "analysed_input.h"

#include "base/utf8.h"
#include "input_limits.h"

namespace lede {

std::optional<std::string> analysed_input(const Analysis& analysis, std::string_view text, std::string_view html) {
    if (!analysis.input) return std::nullopt;
    std::string_view source = analysis.input->flavour == InputFlavour::Html ? html : text;
    // Cut as analyze() cuts it: to the limit, at a code point boundary.
    if (source.size() > limits::kMaxInputBytes) source = source.substr(0, utf8::floor_boundary(source, limits::kMaxInputBytes));
    std::string bytes = utf8::repair(source).text;
    if (bytes.size() != analysis.input->bytes) return std::nullopt;
    return bytes;
}

}  // namespace lede
