// function_words.cpp — see function_words.h.
#include "function_words.h"

#include <utility>

#include "lexicon_text.h"

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
    for (const std::string& line : lexicon_lines(text)) {
        std::vector<std::string> words = split_words(line);
        const std::optional<WordClass> cls = word_class_named(words.front());
        if (!cls) {
            if (unknown) unknown->push_back("word class '" + words.front() + "'");
            continue;
        }
        for (std::size_t i = 1; i < words.size(); ++i)
            fw.classes_[static_cast<std::size_t>(*cls)].insert(std::move(words[i]));
    }
    return fw;
}

}  // namespace lede::relations
