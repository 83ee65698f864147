// word_forms.cpp — see word_forms.h. Regular English inflection, deliberately loose: the
// lexicon only ever looks generated forms up, so an extra non-word costs nothing.
#include "word_forms.h"

#include "base/word_fold.h"

namespace lede::relations {
namespace {

// consonant-vowel-consonant ending ("ban", "admit"): the final consonant may double.
bool doubles_final(const std::string& s) {
    const std::size_t n = s.size();
    if (n < 3) return false;
    const char c = s[n - 1];
    if (is_vowel(c) || c == 'w' || c == 'x' || c == 'y') return false;
    return is_vowel(s[n - 2]) && !is_vowel(s[n - 3]);
}

std::string plural_s(const std::string& s) {
    if (ends_with(s, "s") || ends_with(s, "x") || ends_with(s, "z") || ends_with(s, "ch") || ends_with(s, "sh") ||
        ends_with(s, "o"))
        return s + "es";
    if (s.size() > 1 && s.back() == 'y' && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
    return s + "s";
}

}  // namespace

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string normalize_word(std::string_view word) { return base::folded_word(word); }

std::vector<InflectedForm> verb_forms(const std::string& base) {
    std::vector<InflectedForm> out;
    if (base.empty()) return out;
    out.push_back({base, VerbForm::Base});
    out.push_back({plural_s(base), VerbForm::ThirdPerson});
    const char last = base.back();
    const bool consonant_y = base.size() > 1 && last == 'y' && !is_vowel(base[base.size() - 2]);
    if (last == 'e') {
        out.push_back({base + "d", VerbForm::Past});
        const bool keep_e = ends_with(base, "ee") || ends_with(base, "ye") || ends_with(base, "oe");
        if (ends_with(base, "ie")) out.push_back({base.substr(0, base.size() - 2) + "ying", VerbForm::Gerund});
        else out.push_back({(keep_e ? base : base.substr(0, base.size() - 1)) + "ing", VerbForm::Gerund});
    } else if (consonant_y) {
        out.push_back({base.substr(0, base.size() - 1) + "ied", VerbForm::Past});
        out.push_back({base + "ing", VerbForm::Gerund});
    } else {
        out.push_back({base + "ed", VerbForm::Past});
        out.push_back({base + "ing", VerbForm::Gerund});
        if (doubles_final(base)) {
            out.push_back({base + last + "ed", VerbForm::Past});
            out.push_back({base + last + "ing", VerbForm::Gerund});
        }
        if (last == 'c') {  // "panic" -> "panicked"
            out.push_back({base + "ked", VerbForm::Past});
            out.push_back({base + "king", VerbForm::Gerund});
        }
    }
    return out;
}

std::vector<std::string> noun_forms(const std::string& singular) {
    if (singular.empty()) return {};
    std::vector<std::string> out{singular, plural_s(singular)};
    if (ends_with(singular, "s")) out.push_back(singular.substr(0, singular.size() - 1));  // "talks" -> "talk"
    return out;
}

bool is_punctuation(std::string_view token) {
    if (token.empty()) return true;
    for (std::size_t i = 0; i < token.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(token[i]);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return false;
        if (c >= 0x80) {
            // General punctuation block (U+2000..U+206F: dashes, curly quotes, ellipsis) and
            // Latin-1 symbols/guillemets count as punctuation; other non-ASCII are letters.
            if (c == 0xE2 && i + 1 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80) { i += 2; continue; }
            if (c == 0xC2) { ++i; continue; }
            return false;
        }
    }
    return true;
}

bool starts_upper(std::string_view token) { return !token.empty() && token[0] >= 'A' && token[0] <= 'Z'; }

}  // namespace lede::relations
