// text_lines.h — a plain-text paste cut into lines, with the evidence each line carries.
//
// A browser's Ctrl+A copy puts every block element (paragraph, heading, link in a menu,
// button) on its own line, so a line is the unit the text cleaner keeps or drops. For each
// non-blank line this measures what prose looks like: words, stop words, sentence ends,
// capitalised words, commas, glued interface words, a list bullet at its start.
// Lines are split at "\n", "\r", U+2028/U+2029 and NUL; spans are trimmed of spaces
// (including no-break and other Unicode spaces). Linear in the input size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../analysis.h"
#include "text_lexicon.h"

namespace lede {

struct TextLine {
    Span span;                      // trimmed, in the input
    std::size_t blank_before = 0;   // blank lines between this line and the previous one
    std::size_t chars = 0;          // code points
    std::size_t words = 0;          // runs of letters/digits
    std::size_t alpha_words = 0;    // words with a letter
    std::size_t stop_words = 0;
    std::size_t capitalized = 0;    // words starting with an upper-case ASCII letter
    std::size_t ui_words = 0;       // words holding an interface fragment ("bookmarkicon")
    std::size_t sentence_ends = 0;  // . ! ? … followed by a space or the end; 。！？؟۔। anywhere
    std::size_t commas = 0;         // , and the CJK and Arabic commas (、，،)
    std::size_t separators = 0;     // | • · between items (menus, teaser rows)
    std::size_t markup = 0;         // < > = { } (page code pasted as text)
    std::size_t wide = 0;           // CJK, kana, hangul and Thai code points: each carries about
                                    // what two Latin letters do (no spaces between words)
    bool ends_sentence = false;     // last visible character closes a sentence
    bool list_bullet = false;       // starts with a bullet or "1." / "1)"
    std::string norm;               // normalize_line() of the line
    std::uint64_t norm_hash = 0;    // of norm (0 for an empty norm)

    double stop_ratio() const { return alpha_words ? double(stop_words) / double(alpha_words) : 0.0; }
    double capital_ratio() const { return alpha_words ? double(capitalized) / double(alpha_words) : 0.0; }
    // Length as reading weight: a wide (CJK, Thai) character counts twice.
    std::size_t weight_chars() const { return chars + wide; }
};

std::vector<TextLine> split_lines(std::string_view input, const TextLexicon& lexicon);

// A clock reading alone on a line, as media players print them: "0:00", "23:13", "1:02:33",
// "0:00 / 3:25".
bool is_player_time(std::string_view line);

}  // namespace lede
