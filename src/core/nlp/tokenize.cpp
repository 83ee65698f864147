// tokenize.cpp — see tokenize.h. A first, rule-based tokenizer; the abbreviation list is
// data (assets/lexicon/en/abbreviations.txt, in NlpResources).
#include "tokenize.h"

#include <algorithm>
#include <string>

#include "../input_limits.h"
#include "base/utf8.h"
#include "base/word_scan.h"

namespace lede::nlp {
namespace {

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F || c == 0x3000; }
bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    // Letters outside ASCII: treat everything that is not punctuation/space as word material.
    if (c == 0x2019 || c == 0x2018 || c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2013 ||
        c == 0x2026 || c == 0xAB || c == 0xBB || c == 0xFFFD || c == 0x2022 || c == 0xB7)
        return false;
    return !is_space(c);
}

// "'s" standing alone after a space, as tokenized corpora write possessives ("Boeing 's 747"):
// `p` is just after the apostrophe.
bool detached_possessive(std::string_view text, std::size_t p) {
    if (p >= text.size() || (text[p] != 's' && text[p] != 'S')) return false;
    std::size_t q = p + 1;
    return q >= text.size() || !is_word_char(utf8::decode(text, q));
}

// The end of the word that starts at `start` (its first character ends at `after`): letters
// and digits joined by inner '.', ',', '-', '\'', '’', ':', '/', '&' when a word character
// follows, a clitic split off ("Trump’s" -> "Trump" "’s"), and the trailing period of an
// abbreviation or initial kept ("U.S.", "Dr.", "J.").
std::size_t word_end(std::string_view text, std::size_t start, std::size_t after, const NlpResources& resources) {
    std::size_t end = after;
    while (end < text.size()) {
        std::size_t q = end;
        const char32_t d = utf8::decode(text, q);
        if (is_word_char(d)) { end = q; continue; }
        if ((d == '.' || d == ',' || d == '-' || d == ':' || d == '/' || d == '\'' || d == 0x2019 || d == '&') && q < text.size()) {
            std::size_t r = q;
            const char32_t e = utf8::decode(text, r);
            if (is_word_char(e)) {
                // Split possessive / clitic: "Trump’s" -> "Trump" "’s"
                if ((d == '\'' || d == 0x2019)) {
                    std::size_t r2 = r;
                    const char32_t e2 = r2 < text.size() ? utf8::decode(text, r2) : U' ';
                    const bool clitic = (e == 's' || e == 'S' || e == 't' || e == 'd' || e == 'm') && !is_word_char(e2);
                    const bool clitic2 = (e == 'l' || e == 'r' || e == 'v') && !is_word_char(r2 < text.size() ? e2 : U' ');
                    if (clitic || clitic2 || (e == 'l' && e2 == 'l') || (e == 'r' && e2 == 'e') || (e == 'v' && e2 == 'e')) break;
                }
                if (d == ',' || d == ':') {
                    // keep "1,000" and "10:30" together, but not "Moscow,Russia"
                    std::size_t b = start;
                    const char32_t f = utf8::decode(text, b);
                    if (!(f >= '0' && f <= '9' && e >= '0' && e <= '9')) break;
                }
                end = r;
                continue;
            }
        }
        break;
    }
    // Trailing period of an abbreviation or initial ("U.S.", "Dr.", "J.")
    if (end < text.size() && text[end] == '.') {
        const std::string word(text.substr(start, end - start));
        const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
        const bool dotted = word.find('.') != std::string::npos;
        if (initial || dotted || resources.abbreviations.count(word + ".")) ++end;
    }
    return end;
}

}  // namespace

Document tokenize(std::string_view text, const NlpResources& resources) {
    Document doc;
    doc.text = text;
    base::scan_tokens(
        text, is_space,
        [&](std::size_t start, std::size_t after, char32_t c, const base::TokenGap& gap) {
            if (is_word_char(c)) return word_end(text, start, after, resources);
            // Clitic after a word: "’s", "'re", "n't" stays one token (also "Boeing 's", as
            // pre-tokenized text writes it).
            if ((c == '\'' || c == 0x2019) && (!gap.space || detached_possessive(text, after)) && !doc.tokens.empty() &&
                after < text.size())
                return base::run_end(text, after, is_word_char);
            return after;
        },
        [&](std::size_t start, std::size_t end, const base::TokenGap& gap) {
            doc.tokens.push_back({{start, end}, gap.space, gap.newline});
        });

    // Sentences: end at . ! ? (plus closing quotes/brackets) before a capital or paragraph
    // break, and always at a blank line.
    std::size_t first = 0;
    const auto close = [&](std::size_t end_tok) {
        if (end_tok <= first) return;
        doc.sentences.push_back({{doc.tokens[first].span.start, doc.tokens[end_tok - 1].span.end}, first, end_tok});
        first = end_tok;
    };
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        if (t > first) {
            const auto& tok = doc.tokens[t];
            const std::string_view between = text.substr(doc.tokens[t - 1].span.end, tok.span.start - doc.tokens[t - 1].span.end);
            if (between.find("\n\n") != std::string_view::npos || between.find("\n\r\n") != std::string_view::npos) { close(t); }
        }
        const std::string_view w = doc.token_text(t);
        // Run-on "sentences" (a pasted table, a page with no full stops) are cut: at a
        // comma or semicolon once long, always at the cap, so later per-sentence scans
        // stay linear in the input.
        const std::size_t length = t + 1 - first;
        if (length >= limits::kMaxSentenceTokens ||
            (length >= limits::kMaxSentenceTokens / 2 && (w == "," || w == ";"))) {
            close(t + 1);
            continue;
        }
        if (w == "." || w == "!" || w == "?" || w == "…" ) {
            std::size_t e = t + 1;
            while (e < doc.tokens.size()) {
                const std::string_view n = doc.token_text(e);
                if (n == "\"" || n == "”" || n == "’" || n == ")" || n == "'" || n == "»") ++e; else break;
            }
            if (e >= doc.tokens.size()) { close(e); t = e - 1; continue; }
            std::size_t q = doc.tokens[e].span.start;
            const char32_t c = utf8::decode(text, q);
            const bool upper = (c >= 'A' && c <= 'Z') || c == '"' || c == 0x201C || c == 0x2018 || (c >= '0' && c <= '9') || c > 0x7F;
            if (upper && doc.tokens[e].space_before) { close(e); t = e - 1; }
        }
    }
    close(doc.tokens.size());
    return doc;
}

}  // namespace lede::nlp
