// html_drop_cap.cpp — see html_drop_cap.h.
#include "html_drop_cap.h"

#include <string>
#include <unordered_set>

#include "html_document.h"

namespace lede::html {
namespace {

// Case of the code point at the start of `s`: 1 upper, -1 lower, 0 neither; `len` its bytes.
int letter_case(std::string_view s, std::size_t& len) {
    len = 0;
    if (s.empty()) return 0;
    const unsigned char c = static_cast<unsigned char>(s[0]);
    if (c < 0x80) {
        len = 1;
        return c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? -1 : 0;
    }
    if (s.size() < 2 || c < 0xC2 || c > 0xDF) return 0;
    len = 2;
    const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu);
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return 1;        // À-Þ
    if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return -1;       // ß-ÿ
    if (cp >= 0x391 && cp <= 0x3A9) return 1;                     // Greek capitals
    if (cp >= 0x3AC && cp <= 0x3CE) return -1;                    // Greek small
    if (cp >= 0x400 && cp <= 0x42F) return 1;                     // Cyrillic capitals
    if (cp >= 0x430 && cp <= 0x45F) return -1;                    // Cyrillic small
    return 0;
}

}  // namespace

bool is_capital_letter(std::string_view word) {
    std::size_t len = 0;
    return letter_case(word, len) == 1 && len == word.size();
}

bool starts_lower_case(std::string_view word) {
    std::size_t len = 0;
    return letter_case(word, len) == -1;
}

bool in_drop_cap_element(const xmlNode* text_node, const HtmlHints& hints) {
    const xmlNode* e = text_node ? text_node->parent : nullptr;
    for (int up = 0; e && up < 2; ++up, e = e->parent) {
        if (!is_element(e)) break;
        for (const std::string& w : class_words(e))
            if (hints.drop_cap_words.count(w)) return true;
    }
    return false;
}

}  // namespace lede::html
