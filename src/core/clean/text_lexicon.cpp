// text_lexicon.cpp — see text_lexicon.h.
#include "text_lexicon.h"

#include <algorithm>
#include <cctype>

#include "../base/ascii.h"
#include "text_chars.h"

namespace lede {
namespace {

using base::lower_ascii;

// "reason<TAB>text" lines of a list file.
std::vector<std::pair<std::string, std::string>> keyed(const std::vector<std::string>& lines) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& line : lines) {
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

bool is_letter_byte(unsigned char c) {
    // ASCII letters, and any byte of a non-ASCII sequence except the common punctuation
    // and space blocks checked by the caller.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

PhraseIndex PhraseIndex::build(const std::vector<TextPhrase>& phrases) {
    PhraseIndex index;
    index.start.assign(65537, 0);
    auto key = [](const std::string& t) {
        return (std::uint32_t(static_cast<unsigned char>(t[0])) << 8) | static_cast<unsigned char>(t[1]);
    };
    for (const auto& p : phrases)
        if (p.text.size() >= 2) ++index.start[key(p.text) + 1];
    for (std::size_t b = 0; b < 65536; ++b) index.start[b + 1] += index.start[b];
    index.ids.resize(index.start[65536]);
    std::vector<std::uint32_t> fill(index.start.begin(), index.start.end() - 1);
    for (std::uint32_t i = 0; i < phrases.size(); ++i) {
        const std::string& t = phrases[i].text;
        if (t.size() >= 2) index.ids[fill[key(t)]++] = i;
        else if (!t.empty()) index.short_ids.push_back(i);
    }
    return index;
}

std::size_t PhraseIndex::first_match(std::string_view lower, std::size_t chars,
                                     const std::vector<TextPhrase>& phrases) const {
    std::size_t best = std::string::npos;
    if (start.empty()) return best;
    for (std::uint32_t i : short_ids)
        if ((chars < 200 || phrases[i].any_length) && lower.find(phrases[i].text) != std::string_view::npos) {
            best = i;
            break;
        }
    for (std::size_t at = 0; at + 1 < lower.size(); ++at) {
        const std::uint32_t b = (std::uint32_t(static_cast<unsigned char>(lower[at])) << 8) |
                                static_cast<unsigned char>(lower[at + 1]);
        for (std::uint32_t k = start[b]; k < start[b + 1]; ++k) {
            const std::uint32_t i = ids[k];
            if (i >= best) break;                 // ascending: nothing earlier in this bucket
            const auto& p = phrases[i];
            if ((chars < 200 || p.any_length) && lower.compare(at, p.text.size(), p.text) == 0) {
                best = i;
                break;
            }
        }
    }
    return best;
}

TextLexicon TextLexicon::load(const assets::Source& source, const std::vector<std::string>& languages,
                              assets::LoadReport& report) {
    TextLexicon lex;
    for (const auto& lang : languages) {
        const std::string dir = "clean/" + lang + "/";
        auto& stop = lex.stopwords[lang];
        for (const auto& w : source.require_lines(dir + "stopwords.txt", report)) {
            stop.insert(lower_ascii(w));
            lex.all_stopwords.insert(lower_ascii(w));
        }
        for (const auto& [reason, line] : keyed(source.require_lines(dir + "lines.txt", report))) lex.lines.emplace(normalize_line(line), reason);
        for (const auto& [reason, rest] : keyed(source.require_lines(dir + "phrases.txt", report))) {
            const auto tab = rest.find('\t');
            lex.phrases.push_back({lower_ascii(rest.substr(0, tab)), reason,
                                   tab != std::string::npos && rest.substr(tab + 1) == "any-length"});
        }
        for (const auto& cue : source.require_lines(dir + "byline_cues.txt", report)) lex.byline_cues.push_back(lower_ascii(cue));
        for (const auto& r : source.require_lines(dir + "byline_roles.txt", report)) lex.byline_roles.insert(lower_ascii(r));
        for (const auto& l : source.require_lines(dir + "byline_labels.txt", report)) lex.byline_labels.insert(lower_ascii(l));
        for (const auto& c : source.require_lines(dir + "photo_cues.txt", report)) lex.photo_cues.push_back(lower_ascii(c));
        for (const auto& [kind, forms] : keyed(source.require_lines(dir + "date_cues.txt", report))) {
            auto& into = kind == "updated" ? lex.updated_cues : lex.published_cues;
            for (auto& f : comma_list(forms)) into.push_back(std::move(f));
        }
        for (const auto& b : source.require_lines(dir + "list_bullets.txt", report)) lex.list_bullets.push_back(b);
        for (const auto& f : source.require_lines(dir + "ui_fragments.txt", report)) lex.ui_fragments.push_back(lower_ascii(f));
    }
    auto longest_first = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    std::stable_sort(lex.byline_cues.begin(), lex.byline_cues.end(), longest_first);
    std::stable_sort(lex.published_cues.begin(), lex.published_cues.end(), longest_first);
    std::stable_sort(lex.updated_cues.begin(), lex.updated_cues.end(), longest_first);
    lex.phrase_index = PhraseIndex::build(lex.phrases);
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
