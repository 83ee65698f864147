// text_lexicon.cpp — see text_lexicon.h.
#include "text_lexicon.h"

#include <algorithm>
#include <cctype>

#include "../assets.h"

namespace lede {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// "reason<TAB>text" lines of a list file.
std::vector<std::pair<std::string, std::string>> keyed(const std::string& path) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& line : assets::read_lines(path)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
    }
    return out;
}

std::vector<std::string> comma_list(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = s.find(',', i);
        if (j == std::string::npos) j = s.size();
        std::string part = s.substr(i, j - i);
        while (!part.empty() && part.front() == ' ') part.erase(part.begin());
        while (!part.empty() && part.back() == ' ') part.pop_back();
        if (!part.empty()) out.push_back(lower_ascii(part));
        i = j + 1;
    }
    return out;
}

TextLexicon load() {
    TextLexicon lex;
    std::vector<std::string> languages = assets::read_lines("clean/languages.txt");
    if (languages.empty()) languages.push_back("en");
    for (const auto& lang : languages) {
        const std::string dir = "clean/" + lang + "/";
        auto& stop = lex.stopwords[lang];
        for (const auto& w : assets::read_lines(dir + "stopwords.txt")) {
            stop.insert(lower_ascii(w));
            lex.all_stopwords.insert(lower_ascii(w));
        }
        for (const auto& [reason, line] : keyed(dir + "lines.txt")) lex.lines.emplace(normalize_line(line), reason);
        for (const auto& [reason, rest] : keyed(dir + "phrases.txt")) {
            const auto tab = rest.find('\t');
            lex.phrases.push_back({lower_ascii(rest.substr(0, tab)), reason,
                                   tab != std::string::npos && rest.substr(tab + 1) == "any-length"});
        }
        for (const auto& cue : assets::read_lines(dir + "byline_cues.txt")) lex.byline_cues.push_back(lower_ascii(cue));
        for (const auto& r : assets::read_lines(dir + "byline_roles.txt")) lex.byline_roles.insert(lower_ascii(r));
        for (const auto& l : assets::read_lines(dir + "byline_labels.txt")) lex.byline_labels.insert(lower_ascii(l));
        for (const auto& c : assets::read_lines(dir + "photo_cues.txt")) lex.photo_cues.push_back(lower_ascii(c));
        for (const auto& [kind, forms] : keyed(dir + "date_cues.txt")) {
            auto& into = kind == "updated" ? lex.updated_cues : lex.published_cues;
            for (auto& f : comma_list(forms)) into.push_back(std::move(f));
        }
        for (const auto& b : assets::read_lines(dir + "list_bullets.txt")) lex.list_bullets.push_back(b);
        for (const auto& f : assets::read_lines(dir + "ui_fragments.txt")) lex.ui_fragments.push_back(lower_ascii(f));
    }
    auto longest_first = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    std::stable_sort(lex.byline_cues.begin(), lex.byline_cues.end(), longest_first);
    std::stable_sort(lex.published_cues.begin(), lex.published_cues.end(), longest_first);
    std::stable_sort(lex.updated_cues.begin(), lex.updated_cues.end(), longest_first);
    return lex;
}

bool is_letter_byte(unsigned char c) {
    // ASCII letters, and any byte of a non-ASCII sequence except the common punctuation
    // and space blocks checked by the caller.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Non-ASCII punctuation or space at `i` (U+00A0-U+00BF, U+2000-U+206F, U+2190-U+2BFF):
// its byte length, else 0.
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

}  // namespace

const TextLexicon& text_lexicon() {
    static const TextLexicon lex = load();
    return lex;
}

std::string normalize_line(std::string_view line, std::size_t limit) {
    if (line.size() > limit) line = line.substr(0, limit);
    std::string out;
    out.reserve(line.size());
    bool space = false;
    for (std::size_t i = 0; i < line.size();) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (const std::size_t n = unicode_punct_length(line, i)) {
            // Unicode punctuation and spaces read as a space inside, and are trimmed at the ends.
            const bool is_space = (c == 0xC2 && static_cast<unsigned char>(line[i + 1]) == 0xA0) ||
                                  (c == 0xE2 && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
                                   static_cast<unsigned char>(line[i + 2]) <= 0x8B);
            if (is_space) {
                space = !out.empty();
            } else {
                if (space) out.push_back(' ');
                space = false;
                out.append(line.substr(i, n));
            }
            i += n;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0') {
            space = !out.empty();
            ++i;
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
        ++i;
    }
    // Trim non-letters at both ends; a multi-byte letter counts as a letter.
    std::size_t b = 0, e = out.size();
    while (b < e && !is_letter_byte(static_cast<unsigned char>(out[b]))) ++b;
    while (e > b) {
        std::size_t n = unicode_punct_length(out, e >= 3 ? e - 3 : 0);
        if (e >= 3 && n == 3) { e -= 3; continue; }
        if (e >= 2 && unicode_punct_length(out, e - 2) == 2) { e -= 2; continue; }
        if (is_letter_byte(static_cast<unsigned char>(out[e - 1]))) break;
        --e;
    }
    // A leading Unicode punctuation sequence (a bullet, an arrow) is not a letter either.
    while (b < e) {
        const std::size_t n = unicode_punct_length(out, b);
        if (!n) break;
        b += n;
        while (b < e && !is_letter_byte(static_cast<unsigned char>(out[b]))) ++b;
    }
    return out.substr(b, e - b);
}

std::size_t find_word_before(std::string_view hay, std::string_view word, std::size_t before) {
    if (word.empty() || before < word.size()) return std::string_view::npos;
    std::size_t at = hay.rfind(word, before - word.size());
    while (at != std::string_view::npos) {
        const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
        const std::size_t end = at + word.size();
        const bool right = end >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end])) ||
                           !std::isalnum(static_cast<unsigned char>(word.back()));
        if (left && right) return at;
        if (at == 0) break;
        at = hay.rfind(word, at - 1);
    }
    return std::string_view::npos;
}

DateCue date_cue_before(std::string_view lower, std::size_t before, const TextLexicon& lexicon) {
    std::size_t pub = std::string::npos, upd = std::string::npos;
    for (const auto& c : lexicon.published_cues) {
        const std::size_t at = find_word_before(lower, c, before);
        if (at != std::string::npos && (pub == std::string::npos || at > pub)) pub = at;
    }
    for (const auto& c : lexicon.updated_cues) {
        const std::size_t at = find_word_before(lower, c, before);
        if (at != std::string::npos && (upd == std::string::npos || at > upd)) upd = at;
    }
    if (pub != std::string::npos && (upd == std::string::npos || pub > upd)) return DateCue::Published;
    return upd != std::string::npos ? DateCue::Updated : DateCue::None;
}

}  // namespace lede
