// ner_features.cpp — see ner_features.h. Feature names are short prefixes ("w=", "s3=")
// hashed with their value, so no string is built for most features.
#include "ner_features.h"

#include <algorithm>

#include "base/utf8.h"

namespace lede::ner {
namespace {

// Letter class of a code point: 'X' upper, 'x' lower, 'd' digit, else the ASCII char
// itself, or 'o' for other non-ASCII symbols. Latin-1/Latin Extended-A and Cyrillic/
// Greek capitals count as upper so that "Élysée" and "Ñ" shape like ASCII names.
char char_class(char32_t c) {
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    if (c >= '0' && c <= '9') return 'd';
    if (c < 0x80) return static_cast<char>(c);
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) return 'X';
    if ((c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x44F)) return 'x';
    if (c >= 0x100 && c <= 0x17F) return (c % 2 == 0) ? 'X' : 'x';
    if (c == 0x2019 || c == 0x2018) return '\'';
    if (c >= 0x2010 && c <= 0x2015) return '-';
    return 'o';
}

bool starts_upper(std::string_view w) {
    if (w.empty()) return false;
    std::size_t p = 0;
    return char_class(utf8::decode(w, p)) == 'X';
}

bool has_lower(std::string_view w) {
    std::size_t p = 0;
    while (p < w.size())
        if (char_class(utf8::decode(w, p)) == 'x') return true;
    return false;
}

bool has_upper(std::string_view w) {
    std::size_t p = 0;
    while (p < w.size())
        if (char_class(utf8::decode(w, p)) == 'X') return true;
    return false;
}

// First / last n code points of s.
std::string_view prefix(std::string_view s, std::size_t n) {
    std::size_t p = 0;
    for (std::size_t k = 0; k < n && p < s.size(); ++k) utf8::decode(s, p);
    return s.substr(0, p);
}

std::string_view suffix(std::string_view s, std::size_t n) {
    std::size_t p = s.size();
    for (std::size_t k = 0; k < n && p > 0; ++k) {
        --p;
        while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
    }
    return s.substr(p);
}

// The gazetteer kinds that are features (the others serve the mention rules only).
constexpr std::uint32_t kFeatureKinds = gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital | gazetteer::kRegion |
                                        gazetteer::kFormerCountry | gazetteer::kFirstName | gazetteer::kLastName |
                                        gazetteer::kTitle | gazetteer::kCity | gazetteer::kOrganisation;

const char* kind_code(std::uint32_t kind) {
    switch (kind) {
        case gazetteer::kCountry: return "C";
        case gazetteer::kDemonym: return "D";
        case gazetteer::kCapital: return "K";
        case gazetteer::kRegion: return "R";
        case gazetteer::kFormerCountry: return "F";
        case gazetteer::kFirstName: return "N";
        case gazetteer::kLastName: return "S";
        case gazetteer::kTitle: return "T";
        case gazetteer::kCity: return "Y";
        case gazetteer::kOrganisation: return "O";
        default: return "?";
    }
}

// Adds features to a sequence and, when training on another domain (tweets, filings), a
// copy of each feature marked with that domain ("frustratingly easy" domain adaptation,
// Daumé 2007): the domain copy learns what is peculiar to tweets, the plain feature what
// all the corpora share, and tagging news uses the plain features only.
struct Emitter {
    nlp::FeatureSequence& seq;
    std::string_view domain;
    std::string name;
    void begin_token() { seq.begin_token(); }
    void add(std::string_view feature) {
        seq.add(feature);
        if (!domain.empty()) seq.add(copy(feature));
    }
    void add(std::string_view feature, std::string_view value) {
        seq.add(feature, value);
        if (!domain.empty()) seq.add(copy(feature), value);
    }
    std::string_view copy(std::string_view feature) {
        name.assign(domain);
        name += '|';
        name.append(feature);
        return name;
    }
};

}  // namespace

std::vector<std::string> ner_labels() {
    std::vector<std::string> l = {"O"};
    for (const char* type : {"PER", "ORG", "LOC", "MISC"})
        for (const char* p : {"B-", "I-", "L-", "U-"}) l.push_back(std::string(p) + type);
    return l;
}

std::string word_shape(std::string_view word) {
    std::string shape;
    std::size_t p = 0;
    while (p < word.size() && shape.size() < 12) {
        const char c = char_class(utf8::decode(word, p));
        if (shape.empty() || shape.back() != c) shape.push_back(c);
    }
    return shape;
}

DocumentEvidence document_evidence(const std::vector<std::vector<std::string_view>>& sentences) {
    DocumentEvidence doc;
    std::size_t upper_words = 0, lower_words = 0, capital_words = 0;
    for (const auto& words : sentences) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::string_view w = words[i];
            const bool up = has_upper(w), low = has_lower(w);
            if (up && !low && w.size() > 1) ++upper_words;
            if (low) ++lower_words;
            if (up) ++capital_words;
            if (low && !up) doc.lower_seen.insert(gazetteer::fold(w));
            if (i > 0 && low && starts_upper(w)) doc.cap_inside.insert(gazetteer::fold(w));
        }
    }
    doc.mostly_uppercase = upper_words > 8 && upper_words > 2 * lower_words;
    doc.no_capitals = lower_words > 30 && capital_words * 200 < lower_words;
    return doc;
}

void sentence_features(const std::vector<std::string_view>& words, const DocumentEvidence& doc,
                       const gazetteer::Gazetteer& gaz, nlp::FeatureSequence& seq, std::string_view domain) {
    Emitter out{seq, domain, {}};
    const std::size_t n = words.size();
    std::vector<std::string> lower(n), shape(n);
    for (std::size_t i = 0; i < n; ++i) {
        lower[i] = gazetteer::fold(words[i]);
        shape[i] = word_shape(words[i]);
    }
    // Gazetteer phrases: longest match at each start, recorded per token as kind+position.
    std::vector<std::vector<std::string>> gaz_marks(n);
    const std::size_t longest = std::min<std::size_t>(gaz.max_tokens(), 6);
    std::string phrase;
    for (std::size_t i = 0; i < n; ++i) {
        // Only phrases starting with a word character (punctuation never starts an entry).
        for (std::size_t len = std::min(longest, n - i); len >= 1; --len) {
            phrase.assign(words[i]);
            for (std::size_t k = 1; k < len; ++k) {
                phrase.push_back(' ');
                phrase.append(words[i + k]);
            }
            std::uint32_t kinds = gaz.kinds(phrase) & kFeatureKinds;
            // Brand names are often words too ("Apple", "Shell"): only written as a name.
            if (!starts_upper(words[i])) kinds &= ~static_cast<std::uint32_t>(gazetteer::kOrganisation);
            if (!kinds) continue;
            for (std::uint32_t bit = 1; bit <= kFeatureKinds; bit <<= 1) {
                if (!(kinds & bit)) continue;
                for (std::size_t k = 0; k < len; ++k) {
                    const char* pos = len == 1 ? "U" : k == 0 ? "B" : k + 1 == len ? "L" : "I";
                    gaz_marks[i + k].push_back(std::string(kind_code(bit)) + pos);
                }
            }
            break;
        }
    }
    const std::string kStart = "<s>", kEnd = "</s>";
    const auto word_at = [&](long j) -> const std::string& {
        if (j < 0) return kStart;
        if (j >= static_cast<long>(n)) return kEnd;
        return lower[static_cast<std::size_t>(j)];
    };
    const auto shape_at = [&](long j) -> const std::string& {
        if (j < 0) return kStart;
        if (j >= static_cast<long>(n)) return kEnd;
        return shape[static_cast<std::size_t>(j)];
    };
    // "a|b" in one reused buffer (the pair features).
    std::string buf;
    const auto joined = [&buf](std::string_view a, std::string_view b) -> std::string& {
        buf.assign(a);
        buf += '|';
        buf.append(b);
        return buf;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const long li = static_cast<long>(i);
        const std::string& l = lower[i];
        const std::string& sh = shape[i];
        out.begin_token();
        out.add("w=", l);
        out.add("sh=", sh);
        for (std::size_t k = 1; k <= 3; ++k) out.add(k == 1 ? "p1=" : k == 2 ? "p2=" : "p3=", prefix(l, k));
        for (std::size_t k = 1; k <= 4; ++k) out.add(k == 1 ? "s1=" : k == 2 ? "s2=" : k == 3 ? "s3=" : "s4=", suffix(l, k));
        const bool cap = starts_upper(words[i]);
        if (i == 0) out.add(cap ? "first-cap" : "first-low");
        else if (cap) out.add("cap-inside");
        // Document evidence: a capitalised word that the document also writes in lower case.
        if (cap && doc.lower_seen.count(l)) out.add(i == 0 ? "first-cap-seenlow" : "cap-seenlow");
        // ... or capitalised inside a sentence (a headline's or sentence's first word is then a name).
        if (cap && doc.cap_inside.count(l)) out.add(i == 0 ? "first-cap-seencap" : "cap-seencap");
        if (doc.mostly_uppercase) out.add("doc-upper");
        if (doc.no_capitals) out.add("doc-nocaps");
        out.add("w-1=", word_at(li - 1));
        out.add("w+1=", word_at(li + 1));
        out.add("w-2=", word_at(li - 2));
        out.add("w+2=", word_at(li + 2));
        out.add("sh-1=", shape_at(li - 1));
        out.add("sh+1=", shape_at(li + 1));
        out.add("w-1w=", joined(word_at(li - 1), l));
        out.add("ww+1=", joined(l, word_at(li + 1)));
        joined(shape_at(li - 1), sh) += '|';
        out.add("sh-1sh+1=", buf += shape_at(li + 1));
        out.add("w-1sh=", joined(word_at(li - 1), sh));
        for (const auto& m : gaz_marks[i]) out.add("gz=", m);
        if (i > 0)
            for (const auto& m : gaz_marks[i - 1]) out.add("gz-1=", m);
        if (i + 1 < n)
            for (const auto& m : gaz_marks[i + 1]) out.add("gz+1=", m);
    }
}

}  // namespace lede::ner
