// ner_recase.cpp — see ner_recase.h. ASCII letters only are recased: a word with other
// letters keeps its bytes (its shape features still read it as capitals).
#include "ner_recase.h"

#include "base/ascii.h"

namespace lede::ner {
namespace {

std::size_t upper_letters(std::string_view w) {
    std::size_t n = 0;
    for (const char c : w) n += base::is_ascii_upper(c) ? 1 : 0;
    return n;
}

bool capitals_only_line(const std::vector<std::string_view>& words) {
    std::size_t long_words = 0;
    for (const auto w : words) {
        for (const char c : w)
            if (base::is_ascii_lower(c) || static_cast<unsigned char>(c) >= 0x80) return false;
        if (upper_letters(w) >= 2) ++long_words;
    }
    return long_words >= 2;
}

// "DOMINION" -> "Dominion", "AL-AIN" -> "Al-Ain", "O'NEILL" -> "O'neill".
std::string title_case(std::string_view w) {
    std::string out(w);
    bool start = true;
    for (char& c : out) {
        if (!start) c = base::lower_ascii(c);
        start = c == '-';
    }
    return out;
}

}  // namespace

void recase_capital_lines(std::vector<std::vector<std::string_view>>& segments, const DocumentEvidence& doc,
                          const gazetteer::Gazetteer& gaz, std::deque<std::string>& store) {
    if (doc.mostly_uppercase) return;
    for (auto& words : segments) {
        if (!capitals_only_line(words)) continue;
        for (auto& w : words) {
            if (upper_letters(w) == 0) continue;
            const std::string folded = gazetteer::fold(w);
            // A code the gazetteer keeps in capitals ("US", "U.S.", "NATO").
            if (w.size() <= 4 && gaz.kinds(w) && !gaz.kinds(folded)) continue;
            if (doc.lower_seen.count(folded) && !doc.cap_inside.count(folded)) store.push_back(folded);
            else store.push_back(title_case(w));
            w = store.back();
        }
    }
}

}  // namespace lede::ner
