// actor_context_type.cpp — see actor_context_type.h.
#include "actor_context_type.h"

#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "gazetteer.h"
#include "mention_words.h"
#include "name_words.h"

namespace lede::actors {
namespace {

using gazetteer::Gazetteer;
using mention_words::from_gazetteer;

std::string phrase_of(const nlp::Document& doc, std::size_t first, std::size_t end) {
    return mention_words::Text{doc}.phrase(first, end);
}

bool conjunction(std::string_view w) { return w == "and" || w == "or" || w == "&"; }

// Tokens of the title phrase at token i (the longest of three, two, one), 0 when none;
// `company` is set when it is a role only an organisation has.
std::size_t title_at(const nlp::Document& doc, const Gazetteer& gaz, std::size_t i, bool& company) {
    for (std::size_t len = 3; len >= 1; --len) {
        if (i + len > doc.tokens.size()) continue;
        bool same_line = true;
        for (std::size_t k = i + 1; k < i + len; ++k) same_line = same_line && !doc.tokens[k].newline_before;
        if (!same_line) continue;
        const std::uint32_t kinds = gaz.kinds(phrase_of(doc, i, i + len));
        if (kinds & (gazetteer::kTitle | gazetteer::kCompanyTitle)) {
            company = company || (kinds & gazetteer::kCompanyTitle);
            return len;
        }
    }
    return 0;
}

// Past a possessive and the short capitalised name after it ("'s Atlas V"), from token j on;
// j itself when there is none.
std::size_t past_possession(const nlp::Document& doc, std::size_t j) {
    if (j >= doc.tokens.size() || !is_possessive(doc.token_text(j))) return j;
    std::size_t k = j + 1;
    while (k < doc.tokens.size() && k < j + 4 && !doc.tokens[k].newline_before &&
           (capitalised(doc.token_text(k)) || base::has_ascii_digit(doc.token_text(k))))
        ++k;
    return k > j + 1 ? k : j;
}

}  // namespace

void retype_by_context(const nlp::Document& doc, std::vector<NameMention>& names, const Gazetteer& gaz) {
    const std::size_t n_tokens = doc.tokens.size();
    std::unordered_map<std::size_t, std::size_t> starting_at, ending_at;  // token -> name index
    for (std::size_t k = 0; k < names.size(); ++k) {
        starting_at[names[k].first] = k;
        ending_at[names[k].end] = k;
    }
    const auto name_from = [&](std::size_t token, ActorType type) {
        const auto it = starting_at.find(token);
        return it != starting_at.end() && names[it->second].type == type && !names[it->second].product &&
               !doc.tokens[token].newline_before;
    };
    const auto org_ending_at = [&](std::size_t token) {
        const auto it = ending_at.find(token);
        return it != ending_at.end() && names[it->second].type == ActorType::Org && !names[it->second].product;
    };
    // Words that follow a title somewhere ("President Xi Jinping"): a person's, whatever else.
    std::unordered_set<std::string> titled;
    for (std::size_t i = 1; i < n_tokens; ++i)
        if (capitalised(doc.token_text(i)) && (gaz.kinds(doc.token_text(i - 1)) & gazetteer::kTitle)) titled.insert(gazetteer::fold(doc.token_text(i)));
    const auto ever_titled = [&](const NameMention& m) {
        for (std::size_t i = m.first; i < m.end; ++i)
            if (titled.count(gazetteer::fold(doc.token_text(i)))) return true;
        return false;
    };
    std::unordered_set<std::string> to_org, to_person;
    for (const NameMention& m : names) {
        if (m.product || from_gazetteer(m)) continue;
        const std::string form = gazetteer::fold(phrase_of(doc, m.first, m.end));
        if (m.type == ActorType::Person) {
            // "Northrop Grumman CEO Ron Sugar", "Airbus President and Chief Executive Officer, Tom Enders".
            std::size_t j = m.end;
            bool company = false;
            while (j < n_tokens && !doc.tokens[j].newline_before) {
                const std::size_t len = title_at(doc, gaz, j, company);
                if (!len) break;
                j += len;
                bool more = false;
                if (j + 1 < n_tokens && conjunction(doc.token_text(j)) && title_at(doc, gaz, j + 1, more)) ++j;
                else break;
            }
            if (company && j < n_tokens && doc.token_text(j) == ",") ++j;
            if (company && j > m.end && name_from(j, ActorType::Person)) to_org.insert(form);
            // "Boeing and Lockheed Martin": a name of no known first name, joined to an organisation,
            // unless a title names one of its words elsewhere ("President Xi Jinping ... Xi Jinping and Microsoft").
            if (m.end - m.first >= 2 && !(gaz.kinds(doc.token_text(m.first)) & gazetteer::kFirstName) && !ever_titled(m)) {
                const std::size_t after = past_possession(doc, m.end);
                if (after + 1 < n_tokens && conjunction(doc.token_text(after)) && name_from(after + 1, ActorType::Org)) to_org.insert(form);
                if (m.first >= 2 && conjunction(doc.token_text(m.first - 1)) && !doc.tokens[m.first].newline_before &&
                    org_ending_at(m.first - 1))
                    to_org.insert(form);
            }
        } else if (m.type == ActorType::Org || m.type == ActorType::Gpe || m.type == ActorType::Loc) {
            // "Jusman Syafii Djamal , minister of transport for Indonesia": a person.
            const std::string phrase = phrase_of(doc, m.first, m.end);
            if ((gaz.kinds(phrase) & gazetteer::kAnyOrganisation) || (gaz.kinds(doc.token_text(m.end - 1)) & gazetteer::kOrgSuffix)) continue;
            std::size_t j = m.end;
            if (j + 2 >= n_tokens || doc.token_text(j) != "," || doc.tokens[j + 1].newline_before) continue;
            ++j;
            if (is_determiner(doc.token_text(j))) ++j;
            bool company = false;
            const std::size_t len = title_at(doc, gaz, j, company);
            if (!len || j + len >= n_tokens) continue;
            const std::string_view next = doc.token_text(j + len);
            if (next == "of" || next == "for" || next == "at") to_person.insert(gazetteer::fold(phrase));
        }
    }
    if (to_org.empty() && to_person.empty()) return;
    std::unordered_set<std::string> lower_seen;
    if (!to_person.empty())
        for (std::size_t i = 0; i < n_tokens; ++i)
            if (has_letter(doc.token_text(i)) && !has_upper(doc.token_text(i))) lower_seen.insert(gazetteer::fold(doc.token_text(i)));
    for (NameMention& m : names) {
        if (m.product || from_gazetteer(m)) continue;
        const std::string form = gazetteer::fold(phrase_of(doc, m.first, m.end));
        if (m.type == ActorType::Person && to_org.count(form)) m.type = ActorType::Org;
        if (m.type != ActorType::Person && to_person.count(form)) {
            m.type = ActorType::Person;
            // The tagger often leaves out the first word of a name it does not know
            // ("Jusman" of "Jusman Syafii Djamal"): a capitalised word right before, of no
            // other use and never written in lower case, joins.
            if (m.first > 0 && !doc.tokens[m.first].newline_before && capitalised(doc.token_text(m.first - 1)) &&
                !gaz.kinds(doc.token_text(m.first - 1)) && !ending_at.count(m.first) && !is_determiner(doc.token_text(m.first - 1)) &&
                !lower_seen.count(gazetteer::fold(doc.token_text(m.first - 1))))
                --m.first;
        }
    }
}

}  // namespace lede::actors
