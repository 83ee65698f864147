// actor_mentions.cpp — see actor_mentions.h.
//
// Why the gazetteer may overrule the tagger: the tagger is trained on web text and
// Wikipedia, where "Russia" is sometimes an ORG (a team, a government) — in news an actor
// named like a country is the country, and readers expect the country.
#include "actor_mentions.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "../assets.h"
#include "actor_context_type.h"
#include "actor_extent.h"
#include "gazetteer.h"
#include "name_words.h"
#include "ner.h"

namespace lede::actors {
namespace {

using gazetteer::Gazetteer;

struct Text {
    const nlp::Document& doc;
    std::string_view tok(std::size_t i) const { return doc.token_text(i); }
    std::string phrase(std::size_t first, std::size_t end) const {
        std::string s;
        for (std::size_t i = first; i < end; ++i) {
            if (i > first) s.push_back(' ');
            s.append(tok(i));
        }
        return s;
    }
};

std::string capitalise_first(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
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

// Month and weekday names (assets/lexicon/en), folded: capitalised, but never actors.
const std::unordered_set<std::string>& calendar_words() {
    static const std::unordered_set<std::string> words = [] {
        std::unordered_set<std::string> out;
        for (const char* file : {"lexicon/en/months.txt", "lexicon/en/weekdays.txt"})
            for (const std::string& line : assets::read_lines(file)) {
                std::size_t start = line.find('\t');
                if (start == std::string::npos) continue;
                ++start;
                while (start <= line.size()) {
                    const std::size_t comma = std::min(line.find(',', start), line.size());
                    out.insert(gazetteer::fold(std::string_view(line).substr(start, comma - start)));
                    start = comma + 1;
                }
            }
        return out;
    }();
    return words;
}

struct DocCase {
    bool mostly_upper = false;
    bool no_capitals = false;
};

DocCase doc_case(const nlp::Document& doc) {
    std::size_t upper = 0, lower = 0, capital = 0;
    for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
        const std::string_view w = doc.token_text(i);
        const bool up = has_upper(w);
        bool low = false;
        for (char c : w) low = low || (c >= 'a' && c <= 'z');
        if (up && !low && w.size() > 1) ++upper;
        if (low) ++lower;
        if (up) ++capital;
    }
    return {upper > 8 && upper > 2 * lower, lower > 30 && capital * 200 < lower};
}

// Sets type and gazetteer facts of a name from its words; false when it is not a name.
bool classify(const Text& text, const Gazetteer& gaz, ner::EntityType tagged, NameMention& m) {
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
        (gaz.kinds(phrase) & gazetteer::kOrganisation) && !(gaz.kinds(phrase) & place))
        tagged = ner::EntityType::Org;
    if (tagged == ner::EntityType::Loc && m.end - m.first >= 2 && capitalised(text.tok(m.first)) &&
        (gaz.kinds(text.tok(m.first)) & gazetteer::kOrganisation) && !(gaz.kinds(text.tok(m.first)) & place) &&
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
                                 std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
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
bool known_organisation(const Text& text, const Gazetteer& gaz, const nlp::Sentence& s, std::size_t first, std::size_t end,
                        bool case_blind) {
    if (case_blind || !(gaz.kinds(text.phrase(first, end)) & gazetteer::kOrganisation)) return false;
    for (std::size_t k = first; k < end; ++k)
        if (!capitalised(text.tok(k)) && !connector(text.tok(k))) return false;
    if (end - first >= 2) return true;
    const auto name_word = [&](std::size_t k) {
        return k >= s.first_token && k < s.end_token && capitalised(text.tok(k)) && !text.doc.tokens[k].newline_before;
    };
    return first > s.first_token && !name_word(first - 1) && !name_word(end) && !text.doc.tokens[first].newline_before;
}

}  // namespace

MentionSet find_mentions(const nlp::Document& doc) {
    MentionSet out;
    const Text text{doc};
    const Gazetteer& gaz = Gazetteer::instance();
    const DocCase dc = doc_case(doc);
    const bool case_blind = dc.mostly_upper || dc.no_capitals;

    // 1. Tagger spans, trimmed and typed.
    std::size_t claimed = 0;  // a name reached over the next tagger span ("O' Leary") ends here
    for (const ner::EntityMention& e : ner::tag_entities(doc)) {
        if (e.first_token < claimed) continue;
        NameMention m{e.first_token, e.end_token, ActorType::Other, {}, {}, {}};
        ner::EntityType type = e.type;
        while (m.end - m.first > 1 && is_determiner(text.tok(m.first))) ++m.first;
        while (m.end > m.first && !has_letter(text.tok(m.end - 1)) && text.tok(m.end - 1).find_first_of("0123456789") == std::string_view::npos) --m.end;
        while (m.end > m.first && !has_letter(text.tok(m.first)) && text.tok(m.first).find_first_of("0123456789") == std::string_view::npos) ++m.first;
        // Names end in a capitalised word: "Apple trademark" tagged as one name is "Apple".
        while (!case_blind && m.end - m.first > 1 && !has_upper(text.tok(m.end - 1)) && has_letter(text.tok(m.end - 1))) {
            --m.end;
            m.weak = true;
        }
        if (type == ner::EntityType::Per) {
            // "Michael O' Leary", "O ' Brien": an elided Irish or Italian prefix written apart
            // (tokenised corpora, some pastes) is part of the surname the tagger cut off.
            const std::size_t o = m.end > m.first && elided_prefix(text.tok(m.end - 1)) ? m.end - 1 : m.end;
            if (o + 2 < doc.tokens.size() && elided_prefix(text.tok(o)) &&
                (text.tok(o + 1) == "'" || text.tok(o + 1) == "’") && capitalised(text.tok(o + 2)) &&
                !doc.tokens[o + 1].newline_before && !doc.tokens[o + 2].newline_before) {
                m.end = o + 3;
                claimed = m.end;
            }
            // "Airbus President" tagged as a person: a title closes no person's name; the words
            // before it are an organisation or place of their own.
            if (m.end - m.first >= 2 && (gaz.kinds(text.tok(m.end - 1)) & gazetteer::kTitle) &&
                !(gaz.kinds(text.tok(m.end - 1)) & (gazetteer::kFirstName | gazetteer::kLastName))) {
                std::size_t pre_end = m.end - 1;
                while (pre_end > m.first && (gaz.kinds(text.tok(pre_end - 1)) & gazetteer::kTitle)) --pre_end;
                if (pre_end == m.first) continue;
                m.end = pre_end;
                type = ner::EntityType::Org;
            }
        }
        if (type == ner::EntityType::Per) {
            // "FBI Director Christopher Wray" tagged as one person: the words before the
            // last title are an organisation or place of their own, the title goes to step 5.
            for (std::size_t k = m.end - 1; k-- > m.first;) {
                if (!(gaz.kinds(text.tok(k)) & gazetteer::kTitle)) continue;
                std::size_t pre_end = k;
                while (pre_end > m.first && (gaz.kinds(text.tok(pre_end - 1)) & gazetteer::kTitle)) --pre_end;
                if (pre_end > m.first) {
                    NameMention pre{m.first, pre_end, ActorType::Org, {}, {}, {}};
                    if (has_upper(text.phrase(pre.first, pre.end)) && classify(text, gaz, ner::EntityType::Org, pre))
                        out.names.push_back(std::move(pre));
                }
                m.first = k + 1;
                break;
            }
            while (m.end - m.first > 1 && (gaz.kinds(text.tok(m.first)) & gazetteer::kTitle)) ++m.first;
        }
        if (m.end <= m.first) continue;
        // "Moscow and Washington" tagged as one place: two places.
        if (type == ner::EntityType::Loc) {
            std::size_t split = 0;
            for (std::size_t k = m.first + 1; k + 1 < m.end; ++k)
                if (text.tok(k) == "and" || text.tok(k) == "&" || text.tok(k) == ",") split = k;
            const std::uint32_t place = gazetteer::kCountry | gazetteer::kCapital | gazetteer::kRegion;
            if (split && (gaz.kinds(text.phrase(m.first, split)) & place) && (gaz.kinds(text.phrase(split + 1, m.end)) & place)) {
                NameMention left{m.first, split, ActorType::Other, {}, {}, {}};
                if (classify(text, gaz, type, left)) out.names.push_back(std::move(left));
                m.first = split + 1;
            }
        }
        const std::string phrase = text.phrase(m.first, m.end);
        if (!has_letter(phrase)) continue;
        if (!case_blind && !has_upper(phrase)) continue;  // cruft such as "chevron" or "icon"
        if (!classify(text, gaz, type, m)) continue;
        out.names.push_back(std::move(m));
    }

    // 1b. Capitalised runs ending in an organisation word: "House Homeland Security Committee".
    {
        std::vector<int> owner(doc.tokens.size(), -1);  // tagger name covering each token
        for (std::size_t k = 0; k < out.names.size(); ++k)
            for (std::size_t t = out.names[k].first; t < out.names[k].end; ++t) owner[t] = static_cast<int>(k);
        std::vector<bool> replaced(out.names.size(), false);
        std::vector<NameMention> added;
        for (const auto& sent : doc.sentences) {
            std::size_t i = sent.first_token;
            while (i < sent.end_token) {
                if (!capitalised(text.tok(i)) || case_blind) { ++i; continue; }
                std::size_t j = i + 1;
                // "Shanghai Airlines and Xiamen Airlines": "and" after an organisation word ends the run.
                const auto joins = [&](std::size_t k) {
                    if (!connector(text.tok(k)) || k + 1 >= sent.end_token || !capitalised(text.tok(k + 1))) return false;
                    return !((text.tok(k) == "and" || text.tok(k) == "&") && (gaz.kinds(text.tok(k - 1)) & gazetteer::kOrgSuffix));
                };
                while (j < sent.end_token && (capitalised(text.tok(j)) || joins(j))) ++j;
                std::size_t end = j;
                while (end > i && !(gaz.kinds(text.tok(end - 1)) & gazetteer::kOrgSuffix)) --end;
                std::size_t first = i;
                while (first < end && is_determiner(text.tok(first))) ++first;
                // Leading countries, codes and demonyms (not titles: "General Motors") are not part
                // of the name, unless only the organisation word would be left ("Qatar Airways").
                const std::size_t with_place = first;
                while (first < end && (gaz.kinds(text.tok(first)) & (gazetteer::kCountry | gazetteer::kDemonym))) ++first;
                while (first < end && connector(text.tok(first))) ++first;
                if (end < first + 2 && end >= with_place + 2) first = with_place;
                // "Chairman and Chief Operating Officer of AirTran Airways": a role opening the
                // run and ending at "of" is a title, not part of the organisation's name (but
                // "General Motors of Canada Limited" is one name: "Motors" names a company).
                if (gaz.kinds(text.tok(first)) & gazetteer::kTitle)
                    for (std::size_t k = first + 1; k + 2 < end && !(gaz.kinds(text.tok(k)) & gazetteer::kOrgSuffix); ++k)
                        if (text.tok(k) == "of") {
                            first = k + 1;
                            break;
                        }
                if (end >= first + 2) {
                    // Replace tagger names inside the run; leave it alone if one crosses its edge.
                    bool crosses = false;
                    for (std::size_t t = first; t < end; ++t) {
                        const int o = owner[t];
                        if (o >= 0 && (out.names[static_cast<std::size_t>(o)].first < first || out.names[static_cast<std::size_t>(o)].end > end)) crosses = true;
                    }
                    if (!crosses) {
                        for (std::size_t t = first; t < end; ++t)
                            if (owner[t] >= 0) replaced[static_cast<std::size_t>(owner[t])] = true;
                        NameMention m{first, end, ActorType::Org, {}, {}, {}};
                        classify(text, gaz, ner::EntityType::Org, m);
                        added.push_back(std::move(m));
                    }
                }
                i = j;
            }
        }
        std::vector<NameMention> kept;
        for (std::size_t k = 0; k < out.names.size(); ++k)
            if (!replaced[k]) kept.push_back(std::move(out.names[k]));
        for (auto& m : added) kept.push_back(std::move(m));
        out.names = std::move(kept);
    }

    // 2. Countries, capitals and demonyms the tagger missed.
    std::vector<bool> covered(doc.tokens.size(), false);
    for (const auto& m : out.names)
        for (std::size_t i = m.first; i < m.end; ++i) covered[i] = true;
    // 2a. ... and places named by a capitalised run ending in a landform or facility word
    // ("Changi International Airport", "Red Square"): a LOC.
    std::vector<int> tagged_ending_at(doc.tokens.size() + 1, -1);
    for (std::size_t k = 0; k < out.names.size(); ++k) tagged_ending_at[out.names[k].end] = static_cast<int>(k);
    if (!case_blind)
        for (const auto& s : doc.sentences)
            for (std::size_t i = s.first_token; i < s.end_token; ++i) {
                if (covered[i] || !capitalised(text.tok(i)) || is_determiner(text.tok(i))) continue;
                std::size_t j = i + 1, end = i;
                while (j < s.end_token && j < i + 6 && !covered[j] && capitalised(text.tok(j)) && !doc.tokens[j].newline_before) {
                    if (gaz.kinds(text.tok(j)) & gazetteer::kLandform) end = j + 1;
                    ++j;
                }
                // A name the tagger ended right before joins it ("Zorbik" + "International Airport").
                NameMention* before = nullptr;
                if (i > s.first_token && tagged_ending_at[i] >= 0 && !doc.tokens[i].newline_before) {
                    NameMention& m = out.names[static_cast<std::size_t>(tagged_ending_at[i])];
                    if (m.type != ActorType::Person && m.type != ActorType::Norp) before = &m;
                }
                if (end < i + 2 && !(before && end > i)) { i = j - 1; continue; }
                for (std::size_t k = i; k < end; ++k) covered[k] = true;
                if (before) {
                    before->end = end;
                    before->type = ActorType::Loc;
                    before->country.clear();
                    before->capital_of.clear();
                    before->demonym_of.clear();
                } else {
                    out.names.push_back({i, end, ActorType::Loc, {}, {}, {}});
                }
                i = end - 1;
            }
    const std::size_t longest = std::min<std::size_t>(gaz.max_tokens(), 6);
    for (const auto& s : doc.sentences) {
        for (std::size_t i = s.first_token; i < s.end_token; ++i) {
            if (covered[i] || !has_letter(text.tok(i)) || (!case_blind && !capitalised(text.tok(i)))) continue;
            for (std::size_t len = std::min(longest, s.end_token - i); len >= 1; --len) {
                bool free = true;
                for (std::size_t k = i; k < i + len; ++k) free = free && !covered[k];
                if (!free) continue;
                const std::string phrase = text.phrase(i, i + len);
                NameMention m{i, i + len, ActorType::Gpe, {}, {}, {}};
                if (const auto* c = gaz.country_named(phrase)) m.country = c->id;
                else if (const auto* c2 = gaz.country_of_capital(phrase)) m.capital_of = c2->id;
                else if (const auto* c3 = gaz.country_of_demonym(phrase)) { m.type = ActorType::Norp; m.demonym_of = c3->id; }
                else if (known_organisation(text, gaz, s, i, i + len, case_blind)) m.type = ActorType::Org;
                else continue;
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                out.names.push_back(std::move(m));
                i += len - 1;
                break;
            }
        }
    }
    std::sort(out.names.begin(), out.names.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; });

    // 2b. Text without letter case: "US" in capitals is as often the pronoun ("TOLD US"),
    // so only "THE US" is the country; a lone organisation noun ("THE MINISTRY") is no name.
    out.upper_case = dc.mostly_upper;
    out.lower_case = dc.no_capitals;
    if (case_blind) {
        std::vector<NameMention> kept;
        for (auto& m : out.names) {
            const std::string_view w = text.tok(m.first);
            const bool code = m.end - m.first == 1 && !m.country.empty() && w.size() == 2;
            if (code && dc.mostly_upper && !(m.first > 0 && is_determiner(text.tok(m.first - 1)))) continue;
            if (m.end - m.first == 1 && m.type == ActorType::Org && (gaz.kinds(w) & gazetteer::kOrgNoun)) continue;
            kept.push_back(std::move(m));
        }
        out.names = std::move(kept);
    }

    // 2c. Context that overrules the tagger's person guess ("Northrop Grumman CEO Ron Sugar").
    retype_by_context(doc, out.names);

    // 3. One type per surface form (tagger-typed names only; gazetteer facts stand). A
    // form that starts a longer organisation name, or is part of a longer person name,
    // leans to that type ("Apple" / "Apple Inc.", "Jobs" / "Steve Jobs").
    const auto from_gazetteer = [](const NameMention& m) {
        return !m.country.empty() || !m.capital_of.empty() || m.type == ActorType::Norp;
    };
    std::vector<std::vector<std::string>> long_orgs, long_people;
    std::unordered_map<std::string, std::vector<std::size_t>> orgs_by_first, people_by_word;
    for (const auto& m : out.names) {
        if (m.end - m.first < 2 || from_gazetteer(m) || m.product) continue;
        if (m.type == ActorType::Org) {
            long_orgs.push_back(folded_words(text, m.first, m.end));
            orgs_by_first[long_orgs.back().front()].push_back(long_orgs.size() - 1);
        }
        if (m.type == ActorType::Person) {
            long_people.push_back(folded_words(text, m.first, m.end));
            for (const auto& w : long_people.back()) people_by_word[w].push_back(long_people.size() - 1);
        }
    }
    std::unordered_map<std::string, std::map<int, int>> votes;
    for (const auto& m : out.names)
        if (!from_gazetteer(m) && !m.weak && !m.product) ++votes[gazetteer::fold(text.phrase(m.first, m.end))][static_cast<int>(m.type)];
    for (auto& [form, v] : votes) {
        std::vector<std::string> words;
        std::size_t start = 0;
        while (start <= form.size()) {
            const std::size_t sp = std::min(form.find(' ', start), form.size());
            words.push_back(form.substr(start, sp - start));
            start = sp + 1;
        }
        // Bounded look-ups (a list of 10,000 names must stay linear).
        bool org_prefix = false;
        if (const auto it = orgs_by_first.find(words.front()); it != orgs_by_first.end())
            for (std::size_t k = 0; k < it->second.size() && k < 64; ++k) {
                const auto& o = long_orgs[it->second[k]];
                if (o.size() > words.size() && std::equal(words.begin(), words.end(), o.begin())) {
                    v[static_cast<int>(ActorType::Org)] += 2;
                    org_prefix = true;
                    break;
                }
            }
        if (const auto it = people_by_word.find(words.front()); it != people_by_word.end())
            for (std::size_t k = 0; k < it->second.size() && k < 64; ++k) {
                const auto& p = long_people[it->second[k]];
                if (p.size() > words.size() &&
                    std::all_of(words.begin(), words.end(), [&](const std::string& w) { return std::find(p.begin(), p.end(), w) != p.end(); })) {
                    // News names a person in full, then by surname: "Doug Ford ... Ford said" is
                    // the person, whatever the tagger's guess, unless an organisation's name
                    // starts with the word too ("Ford Motor Company").
                    int others = 0;
                    for (const auto& [type, n] : v)
                        if (type != static_cast<int>(ActorType::Person)) others = std::max(others, n);
                    v[static_cast<int>(ActorType::Person)] += org_prefix ? 2 : others + 2;
                    break;
                }
            }
    }
    const auto voted_type = [&](const std::string& form, ActorType current) {
        const auto it = votes.find(form);
        if (it == votes.end()) return current;
        int best = static_cast<int>(current), count = it->second.count(best) ? it->second.at(best) : 0;
        for (const auto& [type, n] : it->second)
            if (n > count) { best = type; count = n; }
        return static_cast<ActorType>(best);
    };
    for (auto& m : out.names)
        if (!from_gazetteer(m)) m.type = voted_type(gazetteer::fold(text.phrase(m.first, m.end)), m.type);
    // "Ford Taurus", "Toyota Camry": a "person" whose first word is an organisation of the
    // document (alone, or starting its longer name) is that maker's product, no actor.
    for (auto& m : out.names) {
        if (m.type != ActorType::Person || m.end - m.first < 2 || m.weak) continue;
        const std::string first = gazetteer::fold(text.tok(m.first));
        const bool maker = orgs_by_first.count(first) || voted_type(first, ActorType::Person) == ActorType::Org;
        if (maker) {
            m.type = ActorType::Org;
            m.product = true;
        }
    }
    // A one-word place the document also calls an organisation is the organisation
    // ("Ryanair" after "Ryanair said"); real places are countries, capitals and regions
    // in the gazetteer, or get more place votes.
    for (auto& m : out.names) {
        if (from_gazetteer(m) || m.end - m.first != 1 || (m.type != ActorType::Gpe && m.type != ActorType::Loc)) continue;
        if (gaz.kinds(text.tok(m.first)) & (gazetteer::kRegion | gazetteer::kFormerCountry)) continue;
        const auto it = votes.find(gazetteer::fold(text.tok(m.first)));
        if (it != votes.end() && it->second.count(static_cast<int>(ActorType::Org))) m.type = ActorType::Org;
    }
    // News introduces people by full name: a one-word "person" never part of a longer
    // person name, never after a title, is an organisation written alone ("Boeing said").
    std::unordered_map<std::string, bool> person_ok;
    for (const auto& m : out.names) {
        if (m.type != ActorType::Person || m.end - m.first != 1) continue;
        const std::string form = gazetteer::fold(text.tok(m.first));
        bool ok = m.first > 0 && (gaz.kinds(text.tok(m.first - 1)) & gazetteer::kTitle);
        ok = ok || people_by_word.count(form);
        person_ok[form] = person_ok[form] || ok;
    }
    // Only in whole articles: a snippet of one or two sentences often names people by surname.
    const bool article = doc.sentences.size() >= 6;
    for (auto& m : out.names)
        if (article && m.type == ActorType::Person && m.end - m.first == 1 && !person_ok[gazetteer::fold(text.tok(m.first))])
            m.type = ActorType::Org;

    // 3b. Names found once are found again where the tagger missed them.
    std::unordered_map<std::string, ActorType> known;
    std::size_t known_longest = 1;
    for (const auto& m : out.names) {
        if (from_gazetteer(m) || m.product) continue;
        known.emplace(gazetteer::fold(text.phrase(m.first, m.end)), m.type);
        known_longest = std::max(known_longest, m.end - m.first);
    }
    // ... and so is the short form of an organisation named by its first word ("Apple" for
    // "Apple Computer"), when that word is a name of its own: never written in lower case,
    // no title, place or first name ("General Motors", "United Auto Workers" give none).
    std::unordered_set<std::string> lower_seen;
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
        if (has_letter(text.tok(i)) && !has_upper(text.tok(i))) lower_seen.insert(gazetteer::fold(text.tok(i)));
    if (!case_blind)
        for (const auto& m : out.names) {
            if (m.type != ActorType::Org || m.end - m.first < 2 || from_gazetteer(m) || m.weak || m.product) continue;
            const std::string_view w = text.tok(m.first);
            const std::uint32_t not_short = gazetteer::kTitle | gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital |
                                            gazetteer::kRegion | gazetteer::kCity | gazetteer::kFirstName | gazetteer::kOrgNoun;
            if (w.size() < 3 || !capitalised(w) || connector(text.tok(m.first + 1)) || lower_seen.count(gazetteer::fold(w)) ||
                (gaz.kinds(w) & not_short) || calendar_words().count(gazetteer::fold(w)) || is_determiner(w))
                continue;
            known.emplace(gazetteer::fold(w), ActorType::Org);
        }
    // ... and so is a person's surname alone ("Mulally says" after "Alan Mulally"), news's
    // way to name someone again, when it is a name of its own as above (an organisation
    // short form already taken, "Ford" of "Ford Motor Company", stays the organisation).
    if (!case_blind)
        for (const auto& m : out.names) {
            if (m.type != ActorType::Person || m.end - m.first < 2 || m.weak || m.product) continue;
            const std::string_view w = text.tok(m.end - 1);
            const std::uint32_t not_surname = gazetteer::kTitle | gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital |
                                              gazetteer::kRegion | gazetteer::kCity | gazetteer::kOrgNoun;
            if (w.size() < 3 || !capitalised(w) || !has_lower(w) || lower_seen.count(gazetteer::fold(w)) || (gaz.kinds(w) & not_surname) ||
                calendar_words().count(gazetteer::fold(w)))
                continue;
            known.emplace(gazetteer::fold(w), ActorType::Person);
        }
    std::fill(covered.begin(), covered.end(), false);
    for (const auto& m : out.names)
        for (std::size_t i = m.first; i < m.end; ++i) covered[i] = true;
    known_longest = std::min<std::size_t>(known_longest, 6);
    const std::size_t before = out.names.size();
    for (const auto& sent : doc.sentences) {
        for (std::size_t i = sent.first_token; i < sent.end_token; ++i) {
            if (covered[i] || (!case_blind && !capitalised(text.tok(i)))) continue;
            for (std::size_t len = std::min(known_longest, sent.end_token - i); len >= 1; --len) {
                bool free = true;
                for (std::size_t k = i; k < i + len; ++k) free = free && !covered[k];
                // Not part of a longer capitalised name (a word on the next line is not: a headline).
                if (!free || (i + len < sent.end_token && capitalised(text.tok(i + len)) && !doc.tokens[i + len].newline_before &&
                              !case_blind))
                    continue;
                const auto it = known.find(gazetteer::fold(text.phrase(i, i + len)));
                if (it == known.end()) continue;
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                out.names.push_back({i, i + len, it->second, {}, {}, {}});
                i += len - 1;
                break;
            }
        }
    }
    // 3c. Capitalised words the tagger never took, written capitalised inside sentences at
    // least twice and never in lower case, are names too ("Boeing said ... from Boeing"):
    // organisations, or people when they start with a known first name. Whole articles only.
    if (!case_blind && article) {
        const auto plain = [&](std::size_t i) {
            const std::string_view w = text.tok(i);
            if (covered[i] || !capitalised(w) || w.size() < 2 || lower_seen.count(gazetteer::fold(w)) || calendar_words().count(gazetteer::fold(w)))
                return false;
            if (w.find_first_of("0123456789") != std::string_view::npos) return false;  // "A380": a product
            return !(gaz.kinds(w) & (gazetteer::kTitle | gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital));
        };
        std::unordered_map<std::string, int> inside_count;
        std::vector<std::pair<std::size_t, std::size_t>> runs;
        for (const auto& sent : doc.sentences) {
            for (std::size_t i = sent.first_token; i < sent.end_token;) {
                if (!plain(i)) { ++i; continue; }
                std::size_t j = i + 1;
                while (j < sent.end_token && j < i + 3 && plain(j)) ++j;
                // Part of a longer capitalised sequence ("General Motors" with "general"
                // seen in lower case, "Boeing 787"): not a name of its own.
                const bool glued = (i > sent.first_token && capitalised(text.tok(i - 1))) ||
                                   (j < sent.end_token && (capitalised(text.tok(j)) ||
                                                           text.tok(j).find_first_of("0123456789") != std::string_view::npos));
                if (glued) { i = j; continue; }
                runs.push_back({i, j});
                if (i > sent.first_token) ++inside_count[gazetteer::fold(text.phrase(i, j))];
                i = j;
            }
        }
        for (const auto& [i, j] : runs) {
            if (inside_count[gazetteer::fold(text.phrase(i, j))] < 2) continue;
            const bool person = j - i >= 2 && (gaz.kinds(text.tok(i)) & gazetteer::kFirstName);
            out.names.push_back({i, j, person ? ActorType::Person : ActorType::Org, {}, {}, {}});
            for (std::size_t k = i; k < j; ++k) covered[k] = true;
        }
    }
    if (out.names.size() != before)
        std::sort(out.names.begin(), out.names.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; });

    // 4. A demonym right before an organisation is part of its name.
    std::vector<NameMention> merged;
    for (std::size_t k = 0; k < out.names.size(); ++k) {
        NameMention m = out.names[k];
        if (m.type == ActorType::Norp && k + 1 < out.names.size() && out.names[k + 1].type == ActorType::Org &&
            out.names[k + 1].first == m.end) {
            NameMention org = out.names[k + 1];
            org.demonym_of = m.demonym_of;
            org.first = m.first;
            merged.push_back(std::move(org));
            ++k;
            continue;
        }
        merged.push_back(std::move(m));
    }
    out.names = std::move(merged);

    // 5. Titles before people: "FBI Director Christopher Wray", "the ministry’s spokesperson Maria Zakharova".
    std::vector<std::size_t> sentence_first(doc.tokens.size() + 1, 0);
    for (const auto& sent : doc.sentences)
        for (std::size_t t = sent.first_token; t < sent.end_token && t < doc.tokens.size(); ++t) sentence_first[t] = sent.first_token;
    std::vector<int> name_ending_at(doc.tokens.size() + 1, -1);
    for (std::size_t k = 0; k < out.names.size(); ++k) name_ending_at[out.names[k].end] = static_cast<int>(k);
    for (std::size_t k = 0; k < out.names.size(); ++k) {
        if (out.names[k].type != ActorType::Person) continue;
        std::size_t j = out.names[k].first;
        const std::size_t sentence_start = sentence_first[j];
        // Title words, possibly shortening an organisation tagged over them ("FBI Director").
        int shrunk = -1;
        while (j > sentence_start) {
            std::size_t len = 0;
            if (j >= sentence_start + 2 && (gaz.kinds(text.phrase(j - 2, j)) & gazetteer::kTitle)) len = 2;
            else if (gaz.kinds(text.tok(j - 1)) & gazetteer::kTitle) len = 1;
            if (!len) break;
            j -= len;
        }
        if (j == out.names[k].first) continue;
        // Title words inside a preceding name: cut them off it.
        for (std::size_t e = out.names[k].first; e > j; --e) {
            const int q = name_ending_at[e];
            if (q < 0 || static_cast<std::size_t>(q) == k) continue;
            NameMention& n = out.names[static_cast<std::size_t>(q)];
            if (n.first >= j) { j = n.end; break; }   // the name is all title words: keep the name
            name_ending_at[n.end] = -1;
            n.end = j;
            name_ending_at[j] = q;
            shrunk = q;
            break;
        }
        if (j >= out.names[k].first) continue;
        TitleMention t;
        t.first = j;
        t.end = out.names[k].first;
        t.title = capitalise_first(text.phrase(t.first, t.end));
        t.person = static_cast<int>(k);
        if (shrunk >= 0) {
            t.of_name = shrunk;
        } else if (j > 0 && name_ending_at[j] >= 0) {
            t.of_name = name_ending_at[j];
        } else if (j >= 2 && is_possessive(text.tok(j - 1))) {
            if (name_ending_at[j - 1] >= 0) {
                t.of_name = name_ending_at[j - 1];
            } else if (j >= 3 && (gaz.kinds(text.tok(j - 2)) & gazetteer::kOrgNoun)) {
                NominalMention nm;
                nm.first = j >= 3 && is_determiner(text.tok(j - 3)) ? j - 3 : j - 2;
                nm.end = j - 1;
                nm.head = gazetteer::fold(text.tok(j - 2));
                t.of_nominal = static_cast<int>(out.nominals.size());
                out.nominals.push_back(std::move(nm));
            }
        }
        if (t.of_name >= 0) {
            const NameMention& of = out.names[static_cast<std::size_t>(t.of_name)];
            if (of.type == ActorType::Norp) t.of_demonym = of.demonym_of;
        }
        out.titles.push_back(std::move(t));
    }

    // 6. How far each mention reaches: "the", descriptors, ", France", modifiers.
    mark_extents(doc, out);
    return out;
}

}  // namespace lede::actors
