// time_tokens.cpp — see time_tokens.h.
#include "time_tokens.h"

#include "base/utf8.h"
#include "base/word_scan.h"

namespace lede::time {
namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x3000 ||
           c == 0x200B || c == 0xFEFF;
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters outside ASCII count as word material unless they are common punctuation.
bool is_letter(char32_t c) {
    if (c < 0x80) return is_ascii_letter(c);
    switch (c) {
        case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x2013: case 0x2014: case 0x2026:
        case 0xAB: case 0xBB: case 0xFFFD: case 0x2022: case 0xB7: case 0x20AC: case 0xA3: case 0xA5:
        case 0x2032: case 0x2033: case 0xB0:
            return false;
        default:
            return !is_space(c);
    }
}

char32_t peek(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    return utf8::decode(text, pos);
}

// Scans the tokens of `text`, calling emit(start, end, gap): letters and digits run
// together, and digit groups keep their inner ':' ',' '.' ("10:30", "1,000", "3.5": a digit
// on both sides); any other character is a token of its own.
template <class Emit>
void scan(std::string_view text, Emit emit) {
    base::scan_tokens(
        text, is_space,
        [&](std::size_t start, std::size_t after, char32_t c, const base::TokenGap&) {
            std::size_t end = after;
            if (!is_digit(c) && !is_letter(c)) return end;
            while (end < text.size()) {
                std::size_t q = end;
                const char32_t d = utf8::decode(text, q);
                if (is_digit(d) || is_letter(d)) { end = q; continue; }
                if ((d == ':' || d == ',' || d == '.') && end > start && is_digit(static_cast<unsigned char>(text[end - 1])) &&
                    is_digit(peek(text, q))) {
                    end = q;
                    continue;
                }
                break;
            }
            return end;
        },
        emit);
}

std::string normalise(std::string_view piece) {
    std::string out;
    out.reserve(piece.size());
    std::size_t p = 0;
    while (p < piece.size()) {
        const char32_t c = utf8::decode(piece, p);
        if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c == 0x2019 || c == 0x2018 || c == 0x2032) out.push_back('\'');
        else if (c == 0x2013 || c == 0x2014) out.push_back('-');
        else utf8::append(out, c);
    }
    return out;
}

}  // namespace

std::vector<TimeToken> tokenize_for_time(const nlp::Document& doc) {
    std::vector<TimeToken> out;
    const std::string_view text = doc.text;
    std::size_t sentence = 0;
    scan(text, [&](std::size_t s, std::size_t e, const base::TokenGap& gap) {
        TimeToken t;
        t.span = {s, e};
        t.norm = normalise(text.substr(s, e - s));
        t.space_before = gap.space;
        t.newline_before = gap.newline;
        t.capitalized = text[s] >= 'A' && text[s] <= 'Z';
        t.digits_only = true;
        for (char ch : t.norm)
            if (ch < '0' || ch > '9') { t.digits_only = false; break; }
        while (sentence + 1 < doc.sentences.size() && doc.sentences[sentence].span.end <= s) ++sentence;
        t.sentence = sentence;
        out.push_back(std::move(t));
    });
    return out;
}

std::vector<std::string> split_phrase(std::string_view phrase) {
    std::vector<std::string> words;
    scan(phrase, [&](std::size_t s, std::size_t e, const base::TokenGap&) { words.push_back(normalise(phrase.substr(s, e - s))); });
    return words;
}

}  // namespace lede::time
