// text_lines.cpp — see text_lines.h.
#include "text_lines.h"

#include "../base/ascii.h"
#include "../base/utf8.h"
#include "text_chars.h"

namespace lede {
namespace {

// Byte length of a line break at `i` ("\n", "\r", NUL, U+2028, U+2029), else 0.
std::size_t break_length(std::string_view s, std::size_t i) {
    const char c = s[i];
    if (c == '\n' || c == '\r' || c == '\0') return 1;
    if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
        return 3;
    return 0;
}

// Byte length of a space at `i` (ASCII, U+00A0, U+2000-U+200B, U+202F, U+3000, BOM), else 0.
std::size_t space_length(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    if (i + 2 >= s.size()) return 0;
    const unsigned char d = static_cast<unsigned char>(s[i + 1]), e = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xE2 && d == 0x80 && (e <= 0x8B || e == 0xAF)) return 3;
    if (c == 0xE3 && d == 0x80 && e == 0x80) return 3;
    if (c == 0xEF && d == 0xBB && e == 0xBF) return 3;
    return 0;
}

// Punctuation of other scripts, which closes words and may end a sentence or mark a pause:
// 。！？ (CJK full stop, full-width ! and ?), ؟ ۔ (Arabic, Urdu), । ॥ (Devanagari) end
// sentences; 、，، are commas; the other CJK marks and full-width punctuation only close words.
enum class Mark { None, SentenceEnd, Comma, Other };

struct ScriptMark {
    Mark mark = Mark::None;
    std::size_t length = 0;
};

ScriptMark script_mark(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c == 0xD8 || c == 0xDB) && i + 1 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xD8 && d == 0x8C) return {Mark::Comma, 2};
        if (c == 0xD8 && d == 0x9F) return {Mark::SentenceEnd, 2};
        if (c == 0xD8 && d == 0x9B) return {Mark::Other, 2};
        if (c == 0xDB && d == 0x94) return {Mark::SentenceEnd, 2};
        return {};
    }
    if (i + 2 >= s.size()) return {};
    const unsigned char d = static_cast<unsigned char>(s[i + 1]), e = static_cast<unsigned char>(s[i + 2]);
    if (c == 0xE3 && d == 0x80) {                       // U+3000-U+303F
        if (e == 0x81) return {Mark::Comma, 3};
        if (e == 0x82) return {Mark::SentenceEnd, 3};
        return {Mark::Other, 3};
    }
    if (c == 0xE0 && d == 0xA5 && (e == 0xA4 || e == 0xA5)) return {Mark::SentenceEnd, 3};
    if (c == 0xEF && d == 0xBC) {                       // U+FF00-U+FF3F
        if (e == 0x81 || e == 0x9F) return {Mark::SentenceEnd, 3};
        if (e == 0x8C) return {Mark::Comma, 3};
        if ((e >= 0x82 && e <= 0x8F) || (e >= 0x9A && e <= 0xA0) || e >= 0xBB) return {Mark::Other, 3};
        return {};
    }
    if (c == 0xEF && d == 0xBD && (e == 0x80 || (e >= 0x9B && e <= 0xA5))) return {Mark::Other, 3};
    return {};
}

// CJK (U+2E80-U+9FFF), hangul syllables and Thai: scripts written without spaces between
// words, where a line's code points say more than its "words".
bool is_wide(std::string_view s, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE3 && c <= 0xE9) return true;
    if (i + 1 >= s.size()) return false;
    const unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xE2) return d >= 0xBA;
    if (c == 0xEA) return d >= 0xB0;
    if (c == 0xEB || c == 0xEC) return true;
    if (c == 0xED) return d <= 0x9E;
    if (c == 0xE0) return d == 0xB8 || d == 0xB9;
    return c == 0xF0 && d >= 0xA0 && d <= 0xAF;         // CJK extensions B-F
}

using base::is_ascii_alnum;

bool is_right_single_quote(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
           static_cast<unsigned char>(s[i + 2]) == 0x99;
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h ? h : 1;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Closing quotes and brackets that may follow a sentence's final mark.
std::size_t closer_length_before(std::string_view s, std::size_t end) {
    if (end == 0) return 0;
    const char c = s[end - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') return 1;
    if (end >= 3 && static_cast<unsigned char>(s[end - 3]) == 0xE2 && static_cast<unsigned char>(s[end - 2]) == 0x80) {
        const unsigned char d = static_cast<unsigned char>(s[end - 1]);
        if (d == 0x9D || d == 0x99 || d == 0xBA) return 3;   // ” ’ ›
    }
    if (end >= 3 && static_cast<unsigned char>(s[end - 3]) == 0xE3 && static_cast<unsigned char>(s[end - 2]) == 0x80) {
        const unsigned char d = static_cast<unsigned char>(s[end - 1]);
        if (d == 0x8D || d == 0x8F || d == 0x91) return 3;   // 」 』 】
    }
    if (end >= 3 && static_cast<unsigned char>(s[end - 3]) == 0xEF && static_cast<unsigned char>(s[end - 2]) == 0xBC &&
        static_cast<unsigned char>(s[end - 1]) == 0x89)
        return 3;                                              // ）
    if (end >= 2 && static_cast<unsigned char>(s[end - 2]) == 0xC2 && static_cast<unsigned char>(s[end - 1]) == 0xBB) return 2;
    return 0;
}

bool ends_with_sentence_mark(std::string_view s) {
    std::size_t end = s.size();
    for (int k = 0; k < 3; ++k) {
        const std::size_t n = closer_length_before(s, end);
        if (!n) break;
        end -= n;
    }
    if (end == 0) return false;
    const char c = s[end - 1];
    if (c == '.' || c == '!' || c == '?') return true;
    for (std::size_t back = 2; back <= 3 && back <= end; ++back)
        if (script_mark(s, end - back).mark == Mark::SentenceEnd && script_mark(s, end - back).length == back) return true;
    // "…" U+2026
    return end >= 3 && static_cast<unsigned char>(s[end - 3]) == 0xE2 && static_cast<unsigned char>(s[end - 2]) == 0x80 &&
           static_cast<unsigned char>(s[end - 1]) == 0xA6;
}

void measure(std::string_view line, const TextLexicon& lex, TextLine& out) {
    std::string word;
    bool word_has_letter = false, word_capital = false;
    auto finish_word = [&]() {
        if (word.empty()) return;
        ++out.words;
        if (word_has_letter) {
            ++out.alpha_words;
            if (word_capital) ++out.capitalized;
            if (word.size() <= 15 && lex.all_stopwords.count(word)) ++out.stop_words;
            for (const auto& f : lex.ui_fragments)
                if (word.find(f) != std::string::npos) {
                    ++out.ui_words;
                    break;
                }
        }
        word.clear();
        word_has_letter = word_capital = false;
    };
    std::size_t i = 0;
    while (i < line.size()) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c < 0x80) {
            if (is_ascii_alnum(static_cast<char>(c))) {
                const bool letter = !(c >= '0' && c <= '9');
                if (word.empty()) word_capital = c >= 'A' && c <= 'Z';
                word_has_letter |= letter;
                if (word.size() < 40) word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
                ++out.chars;
                ++i;
                continue;
            }
            // An apostrophe between letters stays inside the word ("don't").
            if (c == '\'' && !word.empty() && i + 1 < line.size() && is_ascii_alnum(line[i + 1])) {
                word.push_back('\'');
                ++out.chars;
                ++i;
                continue;
            }
            finish_word();
            ++out.chars;
            if (c == ',') ++out.commas;
            if (c == '|') ++out.separators;
            if (c == '<' || c == '>' || c == '=' || c == '{' || c == '}') ++out.markup;
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '"'))
                ++out.sentence_ends;
            ++i;
            continue;
        }
        if (is_right_single_quote(line, i) && !word.empty() && i + 3 < line.size() && is_ascii_alnum(line[i + 3])) {
            word.push_back('\'');
            ++out.chars;
            i += 3;
            continue;
        }
        if (const std::size_t n = space_length(line, i) ? space_length(line, i) : unicode_punct_length(line, i)) {
            finish_word();
            if (n == 3 && static_cast<unsigned char>(line[i + 1]) == 0x80 && static_cast<unsigned char>(line[i + 2]) == 0xA6)
                ++out.sentence_ends;   // "…"
            if ((n == 3 && static_cast<unsigned char>(line[i + 1]) == 0x80 && static_cast<unsigned char>(line[i + 2]) == 0xA2) ||
                (n == 2 && static_cast<unsigned char>(line[i + 1]) == 0xB7))
                ++out.separators;      // "•" U+2022, "·" U+00B7
            ++out.chars;
            i += n;
            continue;
        }
        if (const ScriptMark m = script_mark(line, i); m.mark != Mark::None) {
            finish_word();
            if (m.mark == Mark::SentenceEnd) ++out.sentence_ends;
            if (m.mark == Mark::Comma) ++out.commas;
            ++out.chars;
            i += m.length;
            continue;
        }
        // Any other non-ASCII character is part of a word (a letter of another script).
        const std::size_t n = std::min(utf8::sequence_length(c), line.size() - i);
        if (is_wide(line, i)) ++out.wide;
        word_has_letter = true;
        if (word.size() < 40) word.append(line.substr(i, n));
        ++out.chars;
        i += n;
    }
    finish_word();
    out.ends_sentence = ends_with_sentence_mark(line);
    for (const auto& b : lex.list_bullets)
        if (starts_with(line, b) && line.size() > b.size() && (line[b.size()] == ' ' || space_length(line, b.size()))) {
            out.list_bullet = true;
            break;
        }
    if (!out.list_bullet) {
        std::size_t d = 0;
        while (d < line.size() && d < 3 && line[d] >= '0' && line[d] <= '9') ++d;
        out.list_bullet = d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
    }
    out.norm = normalize_line(line);
    out.norm_hash = out.norm.empty() ? 0 : fnv1a(out.norm);
}

}  // namespace

std::vector<TextLine> split_lines(std::string_view input, const TextLexicon& lexicon) {
    std::vector<TextLine> lines;
    std::size_t blank = 0;
    std::size_t i = 0;
    while (i <= input.size()) {
        // Find the end of this line.
        std::size_t e = i, brk = 0;
        while (e < input.size() && !(brk = break_length(input, e))) ++e;
        // Trim spaces at both ends.
        std::size_t b = i, t = e;
        while (b < t) {
            const std::size_t n = space_length(input, b);
            if (!n || b + n > t) break;
            b += n;
        }
        while (t > b) {
            if (space_length(input, t - 1) == 1) { --t; continue; }
            if (t - b >= 2 && space_length(input, t - 2) == 2) { t -= 2; continue; }
            if (t - b >= 3 && space_length(input, t - 3) == 3) { t -= 3; continue; }
            break;
        }
        if (t > b) {
            TextLine line;
            line.span = {b, t};
            line.blank_before = blank;
            measure(input.substr(b, t - b), lexicon, line);
            lines.push_back(std::move(line));
            blank = 0;
        } else if (e < input.size()) {
            ++blank;
        }
        if (e >= input.size()) break;
        // "\r\n" is one break.
        std::size_t next = e + (brk ? brk : 1);
        if (input[e] == '\r' && next < input.size() && input[next] == '\n') ++next;
        i = next;
    }
    return lines;
}

bool is_player_time(std::string_view line) {
    // Clock readings separated by spaces or "/": digits ":" two digits, repeated.
    std::size_t i = 0, readings = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '/' || line[i] == '-' || line[i] == '|')) ++i;
        if (i >= line.size()) break;
        std::size_t d = 0;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9' && d < 3) ++i, ++d;
        if (d == 0) return false;
        int groups = 0;
        while (i < line.size() && line[i] == ':') {
            ++i;
            std::size_t m = 0;
            while (i < line.size() && line[i] >= '0' && line[i] <= '9' && m < 3) ++i, ++m;
            // One digit is allowed: a paste cut by a size limit ends mid-reading ("25:0").
            if (m == 0 || m > 2) return false;
            ++groups;
        }
        if (groups == 0 || groups > 2) return false;
        if (i < line.size() && line[i] != ' ' && line[i] != '/' && line[i] != '-' && line[i] != '|') return false;
        ++readings;
    }
    return readings > 0;
}

}  // namespace lede
