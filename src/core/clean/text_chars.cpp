// text_chars.cpp — see text_chars.h.
#include "text_chars.h"

namespace lede {

std::size_t unicode_punct_length(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]);
        return d >= 0xA0 && d <= 0xBF ? 2 : 0;
    }
    if (c == 0xE2 && i + 2 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (d == 0x80 || d == 0x81 || (d >= 0x86 && d <= 0xAF)) return 3;   // U+2000-U+207F, U+2180-U+2BFF
    }
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF)
        return 3;   // BOM
    return 0;
}

}  // namespace lede
