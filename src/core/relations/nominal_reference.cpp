// nominal_reference.cpp — see nominal_reference.h.
#include "nominal_reference.h"

#include "word_forms.h"

namespace lede::relations {

NominalReference nominal_reference(const nlp::Document& doc, const ActorMentionIndex& mentions,
                                   const FunctionWords& words, std::size_t t) {
    NominalReference out;
    if (t >= doc.tokens.size() || !words.is(WordClass::NominalOrg, normalize_word(doc.token_text(t)))) return out;
    // "the company's chief": the head is the chief, not the company
    if (t + 1 < doc.tokens.size() && normalize_word(doc.token_text(t + 1)) == "'s") return out;
    bool definite = false;
    for (std::size_t k = 1; k <= 3 && k <= t; ++k) {
        const std::string w = normalize_word(doc.token_text(t - k));
        if (w == "the" || w == "this") {
            definite = true;
            break;
        }
        if (is_punctuation(w) || words.is(WordClass::Preposition, w) || words.is(WordClass::Be, w)) break;
    }
    if (!definite) return out;
    out.found = true;
    out.actor = mentions.last_actor_before(t, {ActorType::Org});
    return out;
}

}  // namespace lede::relations
