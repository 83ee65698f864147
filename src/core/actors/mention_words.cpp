// mention_words.cpp — see mention_words.h.
//
// Why the gazetteer may overrule the tagger: the tagger is trained on web text and
// Wikipedia, where "Russia" is sometimes an ORG (a team, a government) — in news an actor
// named like a country is the country, and readers expect the country.
#include "mention_words.h"

#include <algorithm>

#include "base/ascii.h"
#include "name_words.h"

namespace lede::actors::mention_words {

std::string capitalise_first(std::string s) {
    if (!s.empty()) s[0] = base::upper_ascii(s[0]);
    return s;
}

// "O" of "O' Leary", "D" of "D' Angelo": a surname's elided prefix.
bool elided_prefix(std::string_view w) { return w == "O" || w == "D"; }

bool connector(std::string_view w) { return w == "of" || w == "and" || w == "&" || w == "for" || w == "on"; }

std::vector<std::string> folded_words(const Text& text, std::size_t first, std::size_t end) {
    std::vector<std::string> out;
    for (std::size_t i = first; i < end; ++i) out.push_back(gazetteer::fold(text.tok(i)));
    return out;
}

DocCase doc_case(const nlp::Document& doc) {
    std::size_t upper = 0, lower = 0, capital = 0;
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
        const std::string_view w = doc.token_text(i);
        const bool up = has_upper(w);
        bool low = false;
        for (char c : w) low = low || base::is_ascii_lower(c);
        if (up && !low && w.size() > 1) ++upper;
        if (low) ++lower;
        if (up) ++capital;
    }
    return {upper > 8 && upper > 2 * lower, lower > 30 && capital * 200 < lower};
}

// Sets type and gazetteer facts of a name from its words; false when it is not a name.
bool classify(const Text& text, const gazetteer::Gazetteer& gaz, ner::EntityType tagged, NameMention& m) {
    const std::string phrase = text.phrase(m.first, m.end);
    if (m.end - m.first >= 2 && capitalised(text.tok(m.end - 1)) && (gaz.kinds(text.tok(m.end - 1)) & gazetteer::kOrgSuffix))
        tagged = ner::EntityType::Org;
    // A known organisation (airline, brand) is one, though the context reads like a place
    // ("a stake in Chrysler") or a person; a place name that is also a brand stays a place.
    // "Apple Computer": the first word is enough for a place-typed name.
    const std::uint32_t place = gazetteer::kCountry | gazetteer::kCapital | gazetteer::kRegion | gazetteer::kCity |
                                gazetteer::kDemonym | gazetteer::kFormerCountry;
    // A person-typed brand that is also a person's name stays a person ("Ford" of Doug Ford;
    // the document-level rules below still make a lone "Ford" the company).
    bool person_name = false;
    for (std::size_t k = m.first; k < m.end; ++k)
        person_name = person_name || (gaz.kinds(text.tok(k)) & (gazetteer::kFirstName | gazetteer::kLastName));
    if ((tagged == ner::EntityType::Loc || (tagged == ner::EntityType::Per && !person_name)) && capitalised(text.tok(m.first)) &&
        (gaz.kinds(phrase) & gazetteer::kAnyOrganisation) && !(gaz.kinds(phrase) & place))
        tagged = ner::EntityType::Org;
    if (tagged == ner::EntityType::Loc && m.end - m.first >= 2 && capitalised(text.tok(m.first)) &&
        (gaz.kinds(text.tok(m.first)) & gazetteer::kAnyOrganisation) && !(gaz.kinds(text.tok(m.first)) & place) &&
        !(gaz.kinds(phrase) & place))
        tagged = ner::EntityType::Org;
    if (const auto* c = gaz.country_named(phrase)) {
        m.type = ActorType::Gpe;
        m.country = c->id;
        return true;
    }
    if (const auto* c = gaz.country_of_capital(phrase); c && tagged != ner::EntityType::Per && tagged != ner::EntityType::Org) {
        m.type = ActorType::Gpe;
        m.capital_of = c->id;
        return true;
    }
    if (const auto* c = gaz.country_of_demonym(phrase); c && tagged != ner::EntityType::Per) {
        m.type = ActorType::Norp;
        m.demonym_of = c->id;
        return true;
    }
    // "European", "North American": a people, of no one country.
    if ((gaz.kinds(phrase) & gazetteer::kDemonym) && tagged != ner::EntityType::Per) {
        m.type = ActorType::Norp;
        return true;
    }
    // "Mac OS X", "PT Cruiser": a name with an acronym in it is a product, not a person
    // (initials have dots, "George W. Bush"; generations are numerals, "John Smith III").
    // Only in names written in mixed case: in capitals every word looks like an acronym.
    bool mixed = false;
    for (std::size_t k = m.first; k < m.end; ++k) mixed = mixed || has_lower(text.tok(k));
    if (tagged == ner::EntityType::Per && m.end - m.first >= 2 && mixed)
        for (std::size_t k = m.first; k < m.end; ++k) {
            const std::string_view w = text.tok(k);
            const bool acronym = w.size() >= 2 && w.size() <= 4 && !has_lower(w) &&
                                 std::all_of(w.begin(), w.end(), base::is_ascii_upper);
            const bool numeral = w.find_first_not_of("IVX") == std::string_view::npos;
            if (acronym && !numeral) {
                // Kept as a name (its words are taken) but no actor.
                m.type = ActorType::Org;
                m.product = true;
                return true;
            }
        }
    switch (tagged) {
        case ner::EntityType::Per: m.type = ActorType::Person; break;
        case ner::EntityType::Org:
            m.type = ActorType::Org;
            // A name ending in a facility or landform word is a place whatever the tagger
            // guessed ("Zorbik International Airport", "Hudson River"), unless the whole name
            // is a known organisation ("Downing Street" speaks for a government).
            if (m.end - m.first >= 2 && (gaz.kinds(text.tok(m.end - 1)) & gazetteer::kLandform) &&
                !(gaz.kinds(phrase) & gazetteer::kAnyOrganisation)) {
                m.type = ActorType::Loc;
                break;
            }
            if (m.end - m.first > 1)
                if (const auto* c = gaz.country_of_demonym(text.tok(m.first))) m.demonym_of = c->id;
            break;
        case ner::EntityType::Loc: {
            m.type = ActorType::Gpe;
            if (gaz.kinds(phrase) & (gazetteer::kRegion | gazetteer::kFormerCountry)) break;
            for (std::size_t i = m.first; i < m.end; ++i)
                if (gaz.kinds(text.tok(i)) & gazetteer::kLandform) m.type = ActorType::Loc;
            break;
        }
        case ner::EntityType::Misc: return false;
    }
    return true;
}

// An organisation of the gazetteer (airline, brand) written as a name where the tagger saw
// none: every word capitalised ("United Nations", "Aer Lingus"); a one-word entry only
// inside a sentence and standing alone ("shares of Ryanair", not "Apple Computer"), as
// brands are also words and surnames at the start of sentences and inside longer names.
bool known_organisation(const Text& text, const gazetteer::Gazetteer& gaz, const nlp::Sentence& s, std::size_t first, std::size_t end,
                        bool case_blind) {
    if (case_blind || !(gaz.kinds(text.phrase(first, end)) & gazetteer::kAnyOrganisation)) return false;
    for (std::size_t k = first; k < end; ++k)
        if (!capitalised(text.tok(k)) && !connector(text.tok(k))) return false;
    if (end - first >= 2) return true;
    // "The" opening a sentence is capitalised too, but no name word ("The Kremlin said").
    const auto name_word = [&](std::size_t k) {
        return k >= s.first_token && k < s.end_token && capitalised(text.tok(k)) && !text.doc.tokens[k].newline_before &&
               !is_determiner(text.tok(k));
    };
    // A sentence's first word is capitalised anyway: there a known name counts when the
    // next word is in lower case ("Microsoft said"), not inside a longer name.
    if (first == s.first_token || text.doc.tokens[first].newline_before)
        return !name_word(end) && end < s.end_token && has_letter(text.tok(end));
    return !name_word(first - 1) && !name_word(end);
}

bool from_gazetteer(const NameMention& m) { return !m.country.empty() || !m.capital_of.empty() || m.type == ActorType::Norp; }

bool no_letter_no_digit(std::string_view w) {
    return !has_letter(w) && !base::has_ascii_digit(w);
}

}  // namespace lede::actors::mention_words
