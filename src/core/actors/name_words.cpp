// name_words.cpp — see name_words.h.
#include "name_words.h"

#include "base/utf8.h"

namespace lede::actors {
namespace {

bool is_upper_cp(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
           (c >= 0x410 && c <= 0x42F);
}
bool is_lower_cp(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9) ||
           (c >= 0x430 && c <= 0x44F);
}
bool is_letter_cp(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c != 0x2019 &&
                                                                !(c >= 0x2000 && c <= 0x206F) && c != 0xFFFD);
}

template <typename Test>
bool any_cp(std::string_view w, Test test) {
    std::size_t p = 0;
    while (p < w.size())
        if (test(utf8::decode(w, p))) return true;
    return false;
}

}  // namespace

bool capitalised(std::string_view w) {
    std::size_t p = 0;
    return !w.empty() && is_upper_cp(utf8::decode(w, p));
}

bool has_letter(std::string_view w) { return any_cp(w, is_letter_cp); }
bool has_upper(std::string_view w) { return any_cp(w, is_upper_cp); }
bool has_lower(std::string_view w) { return any_cp(w, is_lower_cp); }

bool is_possessive(std::string_view w) { return w == "’s" || w == "'s" || w == "’" || w == "'"; }
bool is_determiner(std::string_view w) { return w == "the" || w == "The" || w == "THE"; }

}  // namespace lede::actors
