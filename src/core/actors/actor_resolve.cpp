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

// One resolution: the clusters so far and the indexes that find them. The passes run in
// the order resolve_actors calls them; each reads what the earlier ones left.
class Resolver {
public:
    Resolver(const nlp::Document& doc, const MentionSet& ms, const gazetteer::Gazetteer& gaz)
        : doc_(doc), ms_(ms), gaz_(gaz), cluster_of_name_(ms.names.size(), -1) {}

    void cluster_names();
    void attach_nominals();
    void attach_titles();
    void link_places();
    void attach_pronouns();
    std::vector<Actor> write_actors();

private:
    Span span_of(std::size_t first, std::size_t end) const {
        return Span{doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end};
    }
    std::vector<int> candidates(const NameMention& m, const std::vector<std::string>& words, const std::string& key,
                                const std::string& surface) const;
    bool same_actor(const Cluster& cl, const NameMention& m, const std::vector<std::string>& words, const std::string& key,
                    const std::string& surface) const;
    void add_name(std::size_t n, const std::vector<std::string>& words, const std::string& key, const std::string& surface);
    int country_cluster(const std::string& id) const;
    std::string canonical_name(const Cluster& cl) const;
    Actor actor_of(std::size_t c, const std::vector<std::string>& id_of) const;

    const nlp::Document& doc_;
    const MentionSet& ms_;
    const gazetteer::Gazetteer& gaz_;
    std::vector<Cluster> clusters_;
    std::vector<int> cluster_of_name_;
    std::vector<int> cluster_of_nominal_;
    std::unordered_map<std::string, int> by_key_, by_initials_;
    std::unordered_map<std::string, std::vector<int>> by_word_;
};

// Names -> clusters, in text order: each name joins the most recent compatible cluster.
void Resolver::cluster_names() {
    for (std::size_t n = 0; n < ms_.names.size(); ++n) {
        const NameMention& m = ms_.names[n];
        const std::size_t name_first = m.name_first(), name_end = m.name_end();
        if (name_end <= name_first || m.product) continue;
        const std::string surface(doc_.span_text(span_of(name_first, name_end)));
        const std::vector<std::string> words = words_of(doc_, name_first, name_end);
        if (words.empty()) continue;
        std::string key;
        if (!m.country.empty()) key = "country:" + m.country;
        else if (m.type == ActorType::Norp && !m.demonym_of.empty()) key = "people:" + m.demonym_of;
        add_name(n, words, key, surface);
    }
}

// Clusters sharing a word with the name (or its key, or its initials), most recent first —
// an index keeps long lists of names linear.
std::vector<int> Resolver::candidates(const NameMention& m, const std::vector<std::string>& words, const std::string& key,
                                      const std::string& surface) const {
    std::vector<int> out;
    if (!key.empty()) {
        if (const auto it = by_key_.find(key); it != by_key_.end()) out.push_back(it->second);
    } else {
        for (const auto& w : words)
            if (const auto it = by_word_.find(w); it != by_word_.end())
                for (std::size_t k = it->second.size(); k-- > 0 && it->second.size() - k <= 16;) out.push_back(it->second[k]);
        if (words.size() == 1 && all_caps(surface))
            if (const auto it = by_initials_.find(words[0]); it != by_initials_.end()) out.push_back(it->second);
        if (m.type == ActorType::Org && words.size() > 1)
            for (const bool drop_form : {false, true})
                if (const auto it = by_word_.find(initials_of(gaz_, words, drop_form)); it != by_word_.end() && !it->second.empty())
                    out.push_back(it->second.back());
    }
    std::sort(out.begin(), out.end(), std::greater<int>());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool Resolver::same_actor(const Cluster& cl, const NameMention& m, const std::vector<std::string>& words, const std::string& key,
                          const std::string& surface) const {
    if (!key.empty() || !cl.key.empty()) return key == cl.key;
    if (cl.type != m.type) return false;
    switch (m.type) {
        case ActorType::Person: return subset(words, cl.words) || subset(cl.words, words);
        case ActorType::Org:
            // "Apple" / "Apple Computer", "Lockheed" / "Lockheed Martin": news shortens a
            // company to its first word(s) too.
            return words == cl.words || suffix_of(words, cl.words) || suffix_of(cl.words, words) || prefix_of(words, cl.words) ||
                   prefix_of(cl.words, words) || (words.size() == 1 && all_caps(surface) && acronym_of(gaz_, surface, cl.words)) ||
                   (cl.words.size() == 1 && all_caps(cl.surfaces.front()) && acronym_of(gaz_, cl.surfaces.front(), words));
        default: return words == cl.words;
    }
}

// Name n into the cluster it belongs to (a new one when none), and into the indexes.
void Resolver::add_name(std::size_t n, const std::vector<std::string>& words, const std::string& key, const std::string& surface) {
    const NameMention& m = ms_.names[n];
    int found = -1;
    for (const int c : candidates(m, words, key, surface))
        if (same_actor(clusters_[static_cast<std::size_t>(c)], m, words, key, surface)) {
            found = c;
            break;
        }
    if (found < 0) {
        Cluster cl;
        cl.type = m.type;
        cl.key = key;
        cl.country = m.country;
        clusters_.push_back(std::move(cl));
        found = static_cast<int>(clusters_.size()) - 1;
    }
    Cluster& cl = clusters_[static_cast<std::size_t>(found)];
    if (words.size() > cl.words.size()) cl.words = words;
    if (!key.empty()) by_key_[key] = found;
    for (const auto& w : words) {
        auto& list = by_word_[w];
        if (list.empty() || list.back() != found) list.push_back(found);
    }
    if (m.type == ActorType::Org && words.size() > 1)
        for (const bool drop_form : {false, true}) by_initials_[initials_of(gaz_, words, drop_form)] = found;
    if (cl.capital_of.empty()) cl.capital_of = m.capital_of;
    if (cl.demonym_of.empty()) cl.demonym_of = m.demonym_of;
    if (std::find(cl.surfaces.begin(), cl.surfaces.end(), surface) == cl.surfaces.end()) cl.surfaces.push_back(surface);
    // A leading "the" is no part of a name: "the United States" is marked "United States",
    // as CoNLL, OntoNotes and UNER mark names (MEANTIME alone includes it).
    const std::size_t from = m.lead > 0 && is_determiner(doc_.token_text(m.first)) ? m.first + 1 : m.first;
    const Span span = span_of(from, m.end);
    (m.modifier ? cl.modifier_mentions : cl.mentions).push_back({span, MentionKind::Name});
    if (m.descriptor && !m.modifier) cl.mentions.push_back({span_of(m.name_first(), m.name_end()), MentionKind::Name});
    cl.last_token = m.end;
    cluster_of_name_[n] = found;
}

int Resolver::country_cluster(const std::string& id) const {
    if (id.empty()) return -1;
    const auto it = by_key_.find("country:" + id);
    return it == by_key_.end() ? -1 : it->second;
}

// Nominals ("the ministry"): the latest organisation before it with that head word.
void Resolver::attach_nominals() {
    cluster_of_nominal_.assign(ms_.nominals.size(), -1);
    for (std::size_t k = 0; k < ms_.nominals.size(); ++k) {
        const NominalMention& nm = ms_.nominals[k];
        int best = -1;
        // The latest such organisation: look back from the nominal (bounded, names are sorted).
        std::size_t n = static_cast<std::size_t>(std::lower_bound(ms_.names.begin(), ms_.names.end(), nm.first,
                                                                  [](const NameMention& x, std::size_t pos) { return x.end <= pos; }) -
                                                 ms_.names.begin());
        for (std::size_t looked = 0; n-- > 0 && looked < 200 && best < 0; ++looked) {
            const int c = cluster_of_name_[n];
            if (c < 0 || ms_.names[n].end > nm.first || clusters_[static_cast<std::size_t>(c)].type != ActorType::Org) continue;
            const auto& w = clusters_[static_cast<std::size_t>(c)].words;
            if (std::find(w.begin(), w.end(), nm.head) != w.end()) best = c;
        }
        if (best < 0) continue;
        cluster_of_nominal_[k] = best;
        clusters_[static_cast<std::size_t>(best)].mentions.push_back({span_of(nm.first, nm.end), MentionKind::Nominal});
    }
}

// Titles -> roles (and membership in the organisation).
void Resolver::attach_titles() {
    for (const TitleMention& t : ms_.titles) {
        if (t.person < 0 || cluster_of_name_[static_cast<std::size_t>(t.person)] < 0) continue;
        Cluster& person = clusters_[static_cast<std::size_t>(cluster_of_name_[static_cast<std::size_t>(t.person)])];
        person.mentions.push_back({span_of(t.first, t.end), MentionKind::Title});
        int of = -1;
        if (!t.of_demonym.empty()) of = country_cluster(t.of_demonym);
        else if (t.of_name >= 0) of = cluster_of_name_[static_cast<std::size_t>(t.of_name)];
        else if (t.of_nominal >= 0) of = cluster_of_nominal_[static_cast<std::size_t>(t.of_nominal)];
        const bool known = std::any_of(person.roles.begin(), person.roles.end(), [&](const Role& r) { return r.title == t.title; });
        Role role{t.title, std::nullopt};
        if (of >= 0) role.of = std::to_string(of);  // cluster index for now; ids in write_actors
        if (!known) person.roles.push_back(role);
        if (of >= 0 && clusters_[static_cast<std::size_t>(of)].type == ActorType::Org) person.links.push_back({"member-of", of});
    }
}

// Capitals and national organisations.
void Resolver::link_places() {
    for (Cluster& cl : clusters_) {
        if (!cl.capital_of.empty() && cl.type == ActorType::Gpe) {
            const int country = country_cluster(cl.capital_of);
            if (country >= 0) cl.links.push_back({"capital-of", country});
        }
        if (cl.type == ActorType::Org && !cl.demonym_of.empty()) {
            const int country = country_cluster(cl.demonym_of);
            if (country >= 0) cl.links.push_back({"part-of", country});
        }
    }
}

// Pronouns: the latest person named in this or the previous sentence.
void Resolver::attach_pronouns() {
    const auto sentence = sentence_of_tokens(doc_);
    std::vector<std::pair<std::size_t, int>> person_ends;  // (end token, cluster) in text order
    for (std::size_t n = 0; n < ms_.names.size(); ++n) {
        const int c = cluster_of_name_[n];
        if (c >= 0 && clusters_[static_cast<std::size_t>(c)].type == ActorType::Person) person_ends.push_back({ms_.names[n].end, c});
    }
    std::size_t next = 0;
    int latest = -1;
    std::size_t latest_sentence = 0;
    for (std::size_t t = 0; t < doc_.tokens.size(); ++t) {
        while (next < person_ends.size() && person_ends[next].first <= t) {
            latest = person_ends[next].second;
            latest_sentence = sentence[person_ends[next].first - 1];
            ++next;
        }
        const std::string w = gazetteer::fold(doc_.token_text(t));
        if (w != "he" && w != "she" && w != "him" && w != "his" && w != "her") continue;
        if (latest < 0 || sentence[t] > latest_sentence + 1) continue;
        clusters_[static_cast<std::size_t>(latest)].mentions.push_back({doc_.tokens[t].span, MentionKind::Pronoun});
    }
}

// Canonical: the fullest surface form; a country named only by a code takes its common name.
std::string Resolver::canonical_name(const Cluster& cl) const {
    std::string name = cl.surfaces.front();
    for (const auto& s : cl.surfaces)
        if (word_count(s) > word_count(name) || (word_count(s) == word_count(name) && s.size() > name.size()) ||
            // The same words as a headline in capitals wrote them: the text's own case is better.
            (word_count(s) == word_count(name) && s.size() == name.size() && all_caps(name) && !all_caps(s)))
            name = s;
    if (!cl.country.empty() && (all_caps(name) || ms_.lower_case)) {
        for (const auto& country : gaz_.countries())
            if (country.id == cl.country) name = country.name;
    } else if (ms_.upper_case || ms_.lower_case) {
        name = title_cased(name, cl.type == ActorType::Org && ms_.upper_case);
    }
    return name;
}

// Cluster c as an actor (its mentions already in text order), with roles and links by id.
Actor Resolver::actor_of(std::size_t c, const std::vector<std::string>& id_of) const {
    const Cluster& cl = clusters_[c];
    Actor a;
    a.id = id_of[c];
    a.type = cl.type;
    a.name = canonical_name(cl);
    for (const auto& s : cl.surfaces)
        if (s != a.name) a.aliases.push_back(s);
    for (const Role& r : cl.roles) {
        Role out{ms_.upper_case || ms_.lower_case ? title_cased(r.title, false) : r.title, std::nullopt};
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
    return a;
}

// Order by first mention, give ids "a1", "a2", …, write actors.
std::vector<Actor> Resolver::write_actors() {
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < clusters_.size(); ++c) {
        auto& m = clusters_[c].mentions;
        // A name used as a modifier ("Hamas militants", "the US economy", "MOSCOW 1996-12-06",
        // "Japan 2") is still a name (CONTRACT.md: a proper name is a name wherever it stands),
        // though one development corpus leaves such premodifiers unmarked. Only a currency
        // prefix ("US$") is a unit's part, not a mention of the country: a nominal.
        for (Mention x : clusters_[c].modifier_mentions) {
            if (currency_prefix(doc_, x.span)) x.kind = MentionKind::Nominal;
            m.push_back(x);
        }
        std::sort(m.begin(), m.end(), [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
        if (!m.empty()) order.push_back(c);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return clusters_[a].mentions.front().span.start < clusters_[b].mentions.front().span.start;
    });
    std::vector<std::string> id_of(clusters_.size());
    for (std::size_t k = 0; k < order.size(); ++k) id_of[order[k]] = "a" + std::to_string(k + 1);

    std::vector<Actor> actors;
    for (const std::size_t c : order) actors.push_back(actor_of(c, id_of));
    // Link names for readers of the JSON.
    std::unordered_map<std::string, std::string> name_of;
    for (const auto& a : actors) name_of[a.id] = a.name;
    for (auto& a : actors)
        for (auto& l : a.links) l.name = name_of[l.actor];
    return actors;
}

}  // namespace

std::vector<Actor> resolve_actors(const nlp::Document& doc, const MentionSet& ms, const gazetteer::Gazetteer& gaz) {
    Resolver r(doc, ms, gaz);
    r.cluster_names();
    r.attach_nominals();
    r.attach_titles();
    r.link_places();
    r.attach_pronouns();
    return r.write_actors();
}

}  // namespace lede::actors
