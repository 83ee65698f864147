// lemmas.cpp — see lemmas.h. Undoing regular inflection by spelling rules; the irregular
// verbs come from the same asset the trigger lexicon reads.
#include "lemmas.h"

#include "lexicon_text.h"
#include "word_forms.h"

namespace lede::relations {
namespace {

// The stem left by "-ed"/"-ing" lost its final "e" ("announc", "purchas", "creat").
bool needs_final_e(const std::string& stem) {
    if (stem.size() < 3) return false;
    const char c = stem.back();
    const char before = stem[stem.size() - 2];
    if (c == 'c' || c == 'v' || c == 'z' || c == 'u') return true;
    if (c == 'g') return before != 'n' && before != 'g';
    if (c == 's') return before != 's';      // "purchas", "accus" (and "focus" wrongly: rarer)
    // one vowel before t, r, k or l: "distribut", "vot", "acquir", "declar", "mak", "lik"; "-iat",
    // "-uat" too ("negotiat", "evaluat"), not "-eat", "-oat" ("defeat", "float"); "visit" and
    // "edit" keep theirs: no "i" before t
    const char third = stem[stem.size() - 3];
    const bool single_vowel = !is_vowel(third);
    if (c == 't' && before == 'a') return third != 'e' && third != 'o';
    if (c == 't') return single_vowel && (before == 'u' || before == 'o');
    if (c == 'r') return single_vowel && (before == 'a' || before == 'u' || before == 'i');
    if (c == 'k') return single_vowel && (before == 'a' || before == 'i' || before == 'o');
    if (c == 'l') return single_vowel && before == 'i';      // "fil", "compil" (not "travel", "fail")
    return false;
}

// "stopp" -> "stop" (but "call", "pass", "buzz" keep their pair).
std::string undouble(const std::string& stem) {
    const std::size_t n = stem.size();
    if (n >= 4 && stem[n - 1] == stem[n - 2] && !is_vowel(stem[n - 1]) && stem[n - 1] != 'l' && stem[n - 1] != 's' &&
        stem[n - 1] != 'f' && stem[n - 1] != 'z')
        return stem.substr(0, n - 1);
    return stem;
}

std::string from_stem(const std::string& stem) {
    const std::string single = undouble(stem);
    if (single != stem) return single;
    return needs_final_e(stem) ? stem + "e" : stem;
}

std::string without_s(const std::string& w) {
    if (w.size() > 4 && ends_with(w, "ies")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 3 && (ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "sses") || ends_with(w, "xes") ||
                         ends_with(w, "zes")))
        return w.substr(0, w.size() - 2);
    if (w.size() > 3 && ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us")) return w.substr(0, w.size() - 1);
    return w;
}

}  // namespace

Lemmas Lemmas::from_text(std::string_view irregular) {
    Lemmas out;
    for (const auto& line : lexicon_lines(irregular)) {
        const auto words = split_words(line);
        for (std::size_t i = 1; i < words.size(); ++i) out.irregular_.emplace(words[i], words[0]);
    }
    return out;
}

std::string Lemmas::verb(const std::string& w) const {
    if (auto it = irregular_.find(w); it != irregular_.end()) return it->second;
    if (w.size() > 4 && ends_with(w, "ied")) return w.substr(0, w.size() - 3) + "y";
    if (w.size() > 4 && ends_with(w, "eed")) return w.substr(0, w.size() - 1);    // "agreed"
    if (w.size() > 3 && ends_with(w, "ed")) return from_stem(w.substr(0, w.size() - 2));
    if (w.size() > 5 && ends_with(w, "ing")) return from_stem(w.substr(0, w.size() - 3));
    return without_s(w);
}

std::string Lemmas::noun(const std::string& w) const { return without_s(w); }

}  // namespace lede::relations
