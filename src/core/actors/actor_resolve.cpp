// actor_resolve.cpp — see actor_resolve.h. Greedy, in text order: each mention joins the
// most recent compatible actor, so two people sharing a surname split by recency.
#include "actor_resolve.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "base/ascii.h"
#include "gazetteer.h"
#include "name_words.h"

namespace lede::actors {
namespace {

struct Cluster {
    ActorType type = ActorType::Other;
    std::vector<std::string> words;               // folded words of the fullest name
    std::string key;                              // country id etc. when merging is by key
    std::string country;                          // gazetteer id when a country
    std::string capital_of, demonym_of;
    std::vector<std::string> surfaces;            // distinct surface forms, first-seen order
    std::vector<Mention> mentions;
    std::vector<Mention> modifier_mentions;       // "US" in "US government": nominals, or names when nothing else is
    std::vector<Role> roles;
    std::vector<std::pair<std::string, int>> links;  // kind, cluster index
    std::size_t last_token = 0;
};

bool is_word(std::string_view w) {
    for (const char c : w)
        if (base::is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80) return !(w == "’s" || w == "'s");
    return false;
}

std::vector<std::string> words_of(const nlp::Document& doc, std::size_t first, std::size_t end) {
    std::vector<std::string> out;
    for (std::size_t i = first; i < end; ++i)
        if (is_word(doc.token_text(i))) out.push_back(gazetteer::fold(doc.token_text(i)));
    return out;
}

bool subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    if (small.empty() || small.size() > big.size()) return false;
    for (const auto& w : small)
        if (std::find(big.begin(), big.end(), w) == big.end()) return false;
    return true;
}

bool suffix_of(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    return !small.empty() && small.size() <= big.size() && std::equal(small.rbegin(), small.rend(), big.rbegin());
}

bool prefix_of(const std::vector<std::string>& small, const std::vector<std::string>& big) {
    return !small.empty() && small.size() <= big.size() && std::equal(small.begin(), small.end(), big.begin());
}

// Initials of an organisation's words, the small words left out ("federal bureau of
// investigation" -> "fbi"); with `drop_form`, a closing legal form too: "General Motors
// Corporation" is "GM" as often as "GMC".
std::string initials_of(const gazetteer::Gazetteer& gaz, const std::vector<std::string>& words, bool drop_form) {
    std::size_t end = words.size();
    if (drop_form && end > 2 && (gaz.kinds(words.back()) & gazetteer::kOrgSuffix)) --end;
    std::string initials;
    for (std::size_t k = 0; k < end; ++k) {
        const auto& w = words[k];
        if (w != "of" && w != "the" && w != "and" && w != "for" && !w.empty()) initials.push_back(w[0]);
    }
    return initials;
}

// "FBI" against "federal bureau of investigation", "GM" against "general motors corporation"
// (folded words).
bool acronym_of(const gazetteer::Gazetteer& gaz, std::string_view acronym, const std::vector<std::string>& words) {
    for (const bool drop_form : {false, true}) {
        const std::string initials = initials_of(gaz, words, drop_form);
        if (initials.size() < 2 || initials.size() != acronym.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < acronym.size(); ++i)
            same = same && base::lower_ascii(acronym[i]) == initials[i];
        if (same) return true;
    }
    return false;
}

bool all_caps(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        if (base::is_ascii_lower(c)) return false;
        letter = letter || base::is_ascii_upper(c);
    }
    return letter;
}

// "VLADIMIR PUTIN", "vladimir putin" -> "Vladimir Putin", for text written without letter
// case; with `keep_acronyms`, words of up to three letters stay as they are ("FBI").
std::string title_cased(std::string s, bool keep_acronyms) {
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        if (!(keep_acronyms && end - start <= 3))
            for (std::size_t i = start; i < end; ++i) {
                const bool first = i == start || s[i - 1] == '-';
                s[i] = first ? base::upper_ascii(s[i]) : base::lower_ascii(s[i]);
            }
        start = end + 1;
    }
    return s;
}

std::size_t word_count(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

// The sentence index of every token.
std::vector<std::size_t> sentence_of_tokens(const nlp::Document& doc) {
    std::vector<std::size_t> out(doc.tokens.size(), 0);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s)
        for (std::size_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token && t < out.size(); ++t) out[t] = s;
    return out;
}

// "US$", "HK$": a country code glued to a currency sign.
bool currency_prefix(const nlp::Document& doc, const Span& span) {
    return span.end < doc.text.size() && doc.text[span.end] == '$';
}

}  // namespace

std::vector<Actor> resolve_actors(const nlp::Document& doc, const MentionSet& ms, const gazetteer::Gazetteer& gaz) {
    std::vector<Cluster> clusters;
    std::vector<int> cluster_of_name(ms.names.size(), -1);
    const auto span_of = [&](std::size_t first, std::size_t end) {
        return Span{doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
    };

    std::unordered_map<std::string, int> by_key, by_initials;
    std::unordered_map<std::string, std::vector<int>> by_word;
    for (std::size_t n = 0; n < ms.names.size(); ++n) {
        const NameMention& m = ms.names[n];
        const std::size_t name_first = m.name_first(), name_end = m.name_end();
        if (name_end <= name_first || m.product) continue;
        // A leading "the" is no part of a name: "the United States" is marked "United States",
        // as CoNLL, OntoNotes and UNER mark names (MEANTIME alone includes it).
        const std::size_t from = m.lead > 0 && is_determiner(doc.token_text(m.first)) ? m.first + 1 : m.first;
        const Span span = span_of(from, m.end);
        const std::string surface(doc.span_text(span_of(name_first, name_end)));
        const std::vector<std::string> words = words_of(doc, name_first, name_end);
        if (words.empty()) continue;
        std::string key;
        if (!m.country.empty()) key = "country:" + m.country;
        else if (m.type == ActorType::Norp && !m.demonym_of.empty()) key = "people:" + m.demonym_of;

        // Candidates: clusters sharing a word (or the key, or the initials), most recent
        // first — an index keeps long lists of names linear.
        std::vector<int> candidates;
        if (!key.empty()) {
            if (const auto it = by_key.find(key); it != by_key.end()) candidates.push_back(it->second);
        } else {
            for (const auto& w : words)
                if (const auto it = by_word.find(w); it != by_word.end())
                    for (std::size_t k = it->second.size(); k-- > 0 && it->second.size() - k <= 16;) candidates.push_back(it->second[k]);
            if (words.size() == 1 && all_caps(surface))
                if (const auto it = by_initials.find(words[0]); it != by_initials.end()) candidates.push_back(it->second);
            if (m.type == ActorType::Org && words.size() > 1)
                for (const bool drop_form : {false, true})
                    if (const auto it = by_word.find(initials_of(gaz, words, drop_form)); it != by_word.end() && !it->second.empty())
                        candidates.push_back(it->second.back());
        }
        std::sort(candidates.begin(), candidates.end(), std::greater<int>());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        int found = -1;
        for (const int c : candidates) {
            if (found >= 0) break;
            const Cluster& cl = clusters[static_cast<std::size_t>(c)];
            if (!key.empty() || !cl.key.empty()) {
                if (key == cl.key) found = c;
                continue;
            }
            if (cl.type != m.type) continue;
            switch (m.type) {
                case ActorType::Person:
                    if (subset(words, cl.words) || subset(cl.words, words)) found = c;
                    break;
                case ActorType::Org:
                    // "Apple" / "Apple Computer", "Lockheed" / "Lockheed Martin": news shortens a
                    // company to its first word(s) too.
                    if (words == cl.words || suffix_of(words, cl.words) || suffix_of(cl.words, words) ||
                        prefix_of(words, cl.words) || prefix_of(cl.words, words) ||
                        (words.size() == 1 && all_caps(surface) && acronym_of(gaz, surface, cl.words)) ||
                        (cl.words.size() == 1 && all_caps(cl.surfaces.front()) && acronym_of(gaz, cl.surfaces.front(), words)))
                        found = c;
                    break;
                default:
                    if (words == cl.words) found = c;
            }
        }
        if (found < 0) {
            Cluster cl;
            cl.type = m.type;
            cl.key = key;
            cl.country = m.country;
            clusters.push_back(std::move(cl));
            found = static_cast<int>(clusters.size()) - 1;
        }
        Cluster& cl = clusters[static_cast<std::size_t>(found)];
        if (words.size() > cl.words.size()) cl.words = words;
        if (!key.empty()) by_key[key] = found;
        for (const auto& w : words) {
            auto& list = by_word[w];
            if (list.empty() || list.back() != found) list.push_back(found);
        }
        if (m.type == ActorType::Org && words.size() > 1)
            for (const bool drop_form : {false, true}) by_initials[initials_of(gaz, words, drop_form)] = found;
        if (cl.capital_of.empty()) cl.capital_of = m.capital_of;
        if (cl.demonym_of.empty()) cl.demonym_of = m.demonym_of;
        if (std::find(cl.surfaces.begin(), cl.surfaces.end(), surface) == cl.surfaces.end()) cl.surfaces.push_back(surface);
        (m.modifier ? cl.modifier_mentions : cl.mentions).push_back({span, MentionKind::Name});
        if (m.descriptor && !m.modifier) cl.mentions.push_back({span_of(name_first, name_end), MentionKind::Name});
        cl.last_token = m.end;
        cluster_of_name[n] = found;
    }

    const auto country_cluster = [&](const std::string& id) -> int {
        if (id.empty()) return -1;
        const auto it = by_key.find("country:" + id);
        return it == by_key.end() ? -1 : it->second;
    };

    // Nominals ("the ministry"): the latest organisation before it with that head word.
    std::vector<int> cluster_of_nominal(ms.nominals.size(), -1);
    for (std::size_t k = 0; k < ms.nominals.size(); ++k) {
        const NominalMention& nm = ms.nominals[k];
        int best = -1;
        std::size_t best_pos = 0;
        (void)best_pos;
        // The latest such organisation: look back from the nominal (bounded, names are sorted).
        std::size_t n = static_cast<std::size_t>(std::lower_bound(ms.names.begin(), ms.names.end(), nm.first,
                                                                  [](const NameMention& x, std::size_t pos) { return x.end <= pos; }) -
                                                 ms.names.begin());
        for (std::size_t looked = 0; n-- > 0 && looked < 200 && best < 0; ++looked) {
            const int c = cluster_of_name[n];
            if (c < 0 || ms.names[n].end > nm.first || clusters[static_cast<std::size_t>(c)].type != ActorType::Org) continue;
            const auto& w = clusters[static_cast<std::size_t>(c)].words;
            if (std::find(w.begin(), w.end(), nm.head) != w.end()) best = c;
        }
        if (best < 0) continue;
        cluster_of_nominal[k] = best;
        clusters[static_cast<std::size_t>(best)].mentions.push_back({span_of(nm.first, nm.end), MentionKind::Nominal});
    }

    // Titles -> roles (and membership in the organisation).
    for (const TitleMention& t : ms.titles) {
        if (t.person < 0 || cluster_of_name[static_cast<std::size_t>(t.person)] < 0) continue;
        Cluster& person = clusters[static_cast<std::size_t>(cluster_of_name[static_cast<std::size_t>(t.person)])];
        person.mentions.push_back({span_of(t.first, t.end), MentionKind::Title});
        int of = -1;
        if (!t.of_demonym.empty()) of = country_cluster(t.of_demonym);
        else if (t.of_name >= 0) of = cluster_of_name[static_cast<std::size_t>(t.of_name)];
        else if (t.of_nominal >= 0) of = cluster_of_nominal[static_cast<std::size_t>(t.of_nominal)];
        const bool known = std::any_of(person.roles.begin(), person.roles.end(), [&](const Role& r) { return r.title == t.title; });
        Role role{t.title, std::nullopt};
        if (of >= 0) role.of = std::to_string(of);  // cluster index for now; ids below
        if (!known) person.roles.push_back(role);
        if (of >= 0 && clusters[static_cast<std::size_t>(of)].type == ActorType::Org) person.links.push_back({"member-of", of});
    }

    // Capitals and national organisations.
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        Cluster& cl = clusters[c];
        if (!cl.capital_of.empty() && cl.type == ActorType::Gpe) {
            const int country = country_cluster(cl.capital_of);
            if (country >= 0) cl.links.push_back({"capital-of", country});
        }
        if (cl.type == ActorType::Org && !cl.demonym_of.empty()) {
            const int country = country_cluster(cl.demonym_of);
            if (country >= 0) cl.links.push_back({"part-of", country});
        }
    }

    // Pronouns: the latest person named in this or the previous sentence.
    const auto sentence = sentence_of_tokens(doc);
    {
        std::vector<std::pair<std::size_t, int>> person_ends;  // (end token, cluster) in text order
        for (std::size_t n = 0; n < ms.names.size(); ++n) {
            const int c = cluster_of_name[n];
            if (c >= 0 && clusters[static_cast<std::size_t>(c)].type == ActorType::Person) person_ends.push_back({ms.names[n].end, c});
        }
        std::size_t next = 0;
        int latest = -1;
        std::size_t latest_sentence = 0;
        for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
            while (next < person_ends.size() && person_ends[next].first <= t) {
                latest = person_ends[next].second;
                latest_sentence = sentence[person_ends[next].first - 1];
                ++next;
            }
            const std::string w = gazetteer::fold(doc.token_text(t));
            if (w != "he" && w != "she" && w != "him" && w != "his" && w != "her") continue;
            if (latest < 0 || sentence[t] > latest_sentence + 1) continue;
            clusters[static_cast<std::size_t>(latest)].mentions.push_back({doc.tokens[t].span, MentionKind::Pronoun});
        }
    }

    // Order by first mention, give ids, write actors.
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        auto& m = clusters[c].mentions;
        // A name used as a modifier ("Hamas militants", "the US economy", "MOSCOW 1996-12-06",
        // "Japan 2") is still a name (CONTRACT.md: a proper name is a name wherever it stands),
        // though one development corpus leaves such premodifiers unmarked. Only a currency
        // prefix ("US$") is a unit's part, not a mention of the country: a nominal.
        for (Mention x : clusters[c].modifier_mentions) {
            if (currency_prefix(doc, x.span)) x.kind = MentionKind::Nominal;
            m.push_back(x);
        }
        std::sort(m.begin(), m.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
        if (!m.empty()) order.push_back(c);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return clusters[a].mentions.front().span.start < clusters[b].mentions.front().span.start;
    });
    std::vector<std::string> id_of(clusters.size());
    for (std::size_t k = 0; k < order.size(); ++k) id_of[order[k]] = "a" + std::to_string(k + 1);

    std::vector<Actor> actors;
    for (const std::size_t c : order) {
        const Cluster& cl = clusters[c];
        Actor a;
        a.id = id_of[c];
        a.type = cl.type;
        // Canonical: the fullest surface form; a country named only by a code takes its common name.
        std::string name = cl.surfaces.front();
        for (const auto& s : cl.surfaces)
            if (word_count(s) > word_count(name) || (word_count(s) == word_count(name) && s.size() > name.size()) ||
                // The same words as a headline in capitals wrote them: the text's own case is better.
                (word_count(s) == word_count(name) && s.size() == name.size() && all_caps(name) && !all_caps(s)))
                name = s;
        if (!cl.country.empty() && (all_caps(name) || ms.lower_case)) {
            for (const auto& country : gaz.countries())
                if (country.id == cl.country) name = country.name;
        } else if (ms.upper_case || ms.lower_case) {
            name = title_cased(name, cl.type == ActorType::Org && ms.upper_case);
        }
        a.name = name;
        for (const auto& s : cl.surfaces)
            if (s != name) a.aliases.push_back(s);
        for (const Role& r : cl.roles) {
            Role out{ms.upper_case || ms.lower_case ? title_cased(r.title, false) : r.title, std::nullopt};
            if (r.of) {
                const std::size_t of = std::stoul(*r.of);
                if (!id_of[of].empty()) out.of = id_of[of];
            }
            a.roles.push_back(std::move(out));
        }
        for (const auto& [kind, target] : cl.links) {
            const auto t = static_cast<std::size_t>(target);
            if (id_of[t].empty() || t == c) continue;
            ActorLink link{kind, id_of[t], ""};
            const bool dup = std::any_of(a.links.begin(), a.links.end(), [&](const ActorLink& l) { return l.kind == link.kind && l.actor == link.actor; });
            if (dup) continue;
            a.links.push_back(std::move(link));
        }
        a.mentions = cl.mentions;
        actors.push_back(std::move(a));
    }
    // Link names for readers of the JSON.
    std::unordered_map<std::string, std::string> name_of;
    for (const auto& a : actors) name_of[a.id] = a.name;
    for (auto& a : actors)
        for (auto& l : a.links) l.name = name_of[l.actor];
    return actors;
}

}  // namespace lede::actors
