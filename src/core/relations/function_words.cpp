// function_words.cpp — see function_words.h.
#include "function_words.h"

#include <utility>

namespace lede::relations {
namespace {

// The data file's names of the classes, in WordClass order.
constexpr std::pair<std::string_view, WordClass> kClassNames[] = {
    {"preposition", WordClass::Preposition},
    {"determiner", WordClass::Determiner},
    {"be", WordClass::Be},
    {"have", WordClass::Have},
    {"pronoun_person", WordClass::PronounPerson},
    {"pronoun_group", WordClass::PronounGroup},
    {"pronoun_speaker", WordClass::PronounSpeaker},
    {"possessive_person", WordClass::PossessivePerson},
    {"possessive_group", WordClass::PossessiveGroup},
    {"possessive_speaker", WordClass::PossessiveSpeaker},
    {"clause", WordClass::Clause},
    {"nominal_org", WordClass::NominalOrg},
    {"condition", WordClass::Condition},
    {"light_verb", WordClass::LightVerb},
    {"coordination", WordClass::Coordination},
    {"attribution", WordClass::Attribution},
    {"adverb_skip", WordClass::AdverbSkip},
    {"military", WordClass::Military},
    {"group", WordClass::Group},
    {"group_affiliation", WordClass::GroupAffiliation},
};
static_assert(std::size(kClassNames) == kWordClassCount, "one name per WordClass");

}  // namespace

std::optional<WordClass> word_class_named(std::string_view name) {
    for (const auto& [n, cls] : kClassNames)
        if (n == name) return cls;
    return std::nullopt;
}

FunctionWords FunctionWords::from_text(std::string_view text, std::vector<std::string>* unknown) {
    FunctionWords fw;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        if (line.empty() || line[0] == '#') continue;
        std::optional<WordClass> cls;
        std::string cur;
        bool first = true;
        const auto flush = [&] {
            if (cur.empty()) return;
            if (first) {
                first = false;
                cls = word_class_named(cur);
                if (!cls && unknown) unknown->push_back(cur);
            } else if (cls) {
                fw.classes_[static_cast<std::size_t>(*cls)].insert(cur);
            }
            cur.clear();
        };
        for (char c : line) {
            if (c == ' ' || c == '\t' || c == '\r') flush();
            else cur.push_back(c);
        }
        flush();
    }
    return fw;
}

}  // namespace lede::relations
