// word_fold.cpp — see word_fold.h.
#include "word_fold.h"

#include "ascii.h"

namespace lede::base {

std::string folded_word(std::string_view w, Digits digits) {
    std::string out;
    out.reserve(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(w[i]);
        // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99.
        if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
            static_cast<unsigned char>(w[i + 2]) == 0x99) {
            out.push_back('\'');
            i += 2;
            continue;
        }
        if (digits == Digits::Zero && is_ascii_digit(w[i])) out.push_back('0');
        else out.push_back(lower_ascii(w[i]));
    }
    return out;
}

}  // namespace lede::base
