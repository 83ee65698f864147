// actor_extent.cpp — see actor_extent.h.
#include "actor_extent.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/ascii.h"
#include "../syntax/pos_tagger.h"
#include "gazetteer.h"
#include "name_words.h"

namespace lede::actors {
namespace {

using gazetteer::Gazetteer;

// POS tags of the lines of sentences that hold a name ("" elsewhere, or without the model).
// Lines are tagged apart, as the NER tagger does: a headline, a dateline and the first
// sentence often share one sentence.
std::vector<std::string> tags_near_names(const nlp::Document& doc, const MentionSet& ms, const syntax::PosTagger& tagger) {
    std::vector<std::string> tags(doc.tokens.size());
    if (!tagger.ready() || ms.names.empty()) return tags;
    std::size_t k = 0;
    std::vector<std::string_view> words;
    const auto tag_line = [&](std::size_t first, std::size_t end) {
        words.clear();
        for (std::size_t t = first; t < end; ++t) words.push_back(doc.token_text(t));
        std::vector<std::string> out = tagger.tag(words);
        for (std::size_t i = 0; i < out.size() && first + i < end; ++i) tags[first + i] = std::move(out[i]);
    };
    for (const auto& s : doc.sentences) {
        while (k < ms.names.size() && ms.names[k].first < s.first_token) ++k;
        if (k == ms.names.size()) break;
        if (ms.names[k].first >= s.end_token) continue;
        std::size_t line = s.first_token;
        for (std::size_t t = s.first_token + 1; t < s.end_token; ++t)
            if (doc.tokens[t].newline_before) {
                tag_line(line, t);
                line = t;
            }
        tag_line(line, s.end_token);
    }
    return tags;
}

struct Context {
    const nlp::Document& doc;
    const Gazetteer& gaz;
    const ActorResources& res;
    std::vector<std::string> tags;
    std::vector<std::size_t> sentence_first;      // first token of each token's sentence

    std::string_view tok(std::size_t i) const { return doc.token_text(i); }
    // Token i continues the line of token i - 1 (a name never reaches over a line break).
    bool joined(std::size_t i) const { return i > 0 && i < doc.tokens.size() && !doc.tokens[i].newline_before && sentence_first[i] < i; }
    bool lower_word(std::size_t i) const { return has_letter(tok(i)) && !capitalised(tok(i)) && has_lower(tok(i)); }
    bool noun(std::size_t i) const { return tags[i] == "NOUN" && lower_word(i); }
    // A common word, also when capitalised only because it opens a line or sentence
    // ("Aircraft manufacturer Boeing", "Automaker GM" in a headline).
    bool common_word(std::size_t i) const {
        if (lower_word(i)) return true;
        const bool opens = i == sentence_first[i] || doc.tokens[i].newline_before;
        const std::string_view w = tok(i);
        return opens && capitalised(w) && w.size() > 1 && !has_upper(w.substr(1)) && has_lower(w) &&
               (tags[i] == "NOUN" || tags[i] == "ADJ");
    }
};

// "US government", "Apple mobile devices", "Boeing 787", "US$": the name modifies what follows.
bool modifies_next(const Context& c, const NameMention& m, std::size_t phrase_first) {
    const std::size_t next = m.end;
    if (!c.joined(next)) return false;
    const std::string_view w = c.tok(next);
    if (!c.doc.tokens[next].space_before) return w == "$";
    // "today", "last" (as in "last week"): lexicon/en/adverbial_words.txt.
    if (c.res.adverbial_words.count(gazetteer::fold(w))) return false;
    if (base::has_ascii_digit(w) && !is_possessive(w)) return base::is_ascii_digit(w[0]) || capitalised(w);
    // "its United Kingdom iTunes store": a product name with a lower-case first letter.
    if (!capitalised(w) && has_upper(w) && (c.tags[next] == "NOUN" || c.tags[next] == "PROPN")) return true;
    if (c.noun(next)) {
        // "GM posts first loss", "Boeing unveils 787": a name opening a line or sentence is
        // its subject, and an -s word after it is more often the verb than a plural noun.
        // The name's phrase may start with a descriptor: "U.S. automaker GM plans to".
        const bool opens = !c.joined(phrase_first) || phrase_first == c.sentence_first[phrase_first];
        return !(opens && w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's');
    }
    return c.tags[next] == "ADJ" && c.lower_word(next) && c.joined(next + 1) && c.noun(next + 1);
}

// Start of a descriptor before the organisation whose mention starts at `first` ("U.S.
// automaker", "computer and electronics maker"), or `first` when there is none. The
// descriptor ends in an organisation noun; a name right before it joins it and is returned
// in `absorbed` ("U.S."), and the descriptor then starts where that name's mention does.
std::size_t descriptor_start(const Context& c, std::size_t first, const std::vector<NameMention>& names,
                             const std::vector<int>& name_ending_at, int& absorbed) {
    absorbed = -1;
    // The head: an organisation noun, whatever its tag ("manufacturer" is sometimes an adverb
    // to the tagger), unless it is read as a verb.
    if (!c.joined(first) || !c.common_word(first - 1) || !(c.gaz.kinds(c.tok(first - 1)) & gazetteer::kOrgNoun) ||
        syntax::is_verb_tag(c.tags[first - 1]))
        return first;
    std::size_t k = first - 1;                    // the descriptor so far is [k, first)
    while (c.joined(k)) {
        const std::size_t p = k - 1;
        const std::string& tag = c.tags[p];
        // The tagger often calls the nouns of "United States auto manufacturer" proper nouns,
        // or worse: a lower-case content word that is no verb counts too.
        // Function words (clean/en/stopwords.txt) are never part of a descriptor's noun phrase.
        const bool content = c.lower_word(p) && !syntax::is_verb_tag(tag) && tag != "PUNCT" &&
                             !c.res.function_words.count(gazetteer::fold(c.tok(p)));
        const bool word = c.common_word(p) && (tag == "NOUN" || tag == "ADJ" || tag == "VBN" || tag == "VBG" || content);
        const bool conjunction = c.tok(p) == "and" && c.joined(p) && c.lower_word(p - 1);
        const bool compound = tag == "ADJ" && c.tok(p).find('-') != std::string_view::npos;  // "New York City-based"
        if (word || conjunction || compound) {
            k = p;
            continue;
        }
        if (name_ending_at[k] >= 0) {
            absorbed = name_ending_at[k];
            return names[static_cast<std::size_t>(absorbed)].first;
        }
        break;
    }
    return k;
}

// A number that is no year: "787", "2", "16:00" (a year before a name is a date: "In 2008 Boeing").
bool model_number(std::string_view w) {
    if (w.empty() || !base::is_ascii_digit(w[0])) return false;
    for (char ch : w)
        if (!(base::is_ascii_digit(ch) || ch == '.' || ch == ':' || ch == ',')) return false;
    const bool year = w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
    return !year;
}

bool is_quote(std::string_view w) { return w == "\"" || w == "``" || w == "“" || w == "'" || w == "‘"; }

// Names written after a number ("787 Dreamliner", the 787 "Dreamliner"): products and
// units; their folded forms. Not when a number follows too: a table row or a score line.
std::unordered_set<std::string> product_forms(const Context& c, const std::vector<NameMention>& names) {
    std::unordered_set<std::string> out;
    for (const auto& m : names) {
        if (m.type != ActorType::Org && m.type != ActorType::Person) continue;
        std::size_t p = m.first;
        if (c.joined(p) && is_quote(c.tok(p - 1))) --p;
        if (!c.joined(p) || !model_number(c.tok(p - 1))) continue;
        // Between two numbers it is a table cell or a score line ("Hamburg 2 Bayern Munich 1",
        // "3. Ajax 12 9"): a team or a company, not a model.
        if (c.joined(m.end) && base::has_ascii_digit(c.tok(m.end))) continue;
        out.insert(gazetteer::fold(c.doc.span_text({c.doc.tokens[m.first].span.start, c.doc.tokens[m.end - 1].span.end})));
    }
    return out;
}

}  // namespace

void mark_extents(const nlp::Document& doc, MentionSet& ms, const ActorResources& resources, const syntax::PosTagger& tagger) {
    Context c{doc, resources.gazetteer, resources, tags_near_names(doc, ms, tagger), std::vector<std::size_t>(doc.tokens.size(), 0)};
    for (const auto& s : doc.sentences)
        for (std::size_t t = s.first_token; t < s.end_token && t < doc.tokens.size(); ++t) c.sentence_first[t] = s.first_token;
    auto& names = ms.names;
    std::vector<int> name_ending_at(doc.tokens.size() + 1, -1), name_starting_at(doc.tokens.size() + 1, -1);
    for (std::size_t k = 0; k < names.size(); ++k) {
        name_ending_at[names[k].end] = static_cast<int>(k);
        if (name_starting_at[names[k].first] < 0) name_starting_at[names[k].first] = static_cast<int>(k);
    }

    // Products, in every place they are written.
    std::unordered_set<std::string> products = product_forms(c, names);
    for (const auto& m : names)  // products found from their words ("Mac OS X"): all of their mentions
        if (m.product) products.insert(gazetteer::fold(doc.span_text({doc.tokens[m.first].span.start, doc.tokens[m.end - 1].span.end})));
    if (!products.empty())
        for (auto& m : names)
            if (m.type == ActorType::Org || m.type == ActorType::Person)
                m.product = m.product || products.count(gazetteer::fold(
                    doc.span_text({doc.tokens[m.first].span.start, doc.tokens[m.end - 1].span.end}))) > 0;

    // A person's phrase starts at the title before the name, and at the organisation before
    // that title: "Apple executive Steve Jobs resigns" opens its line as much as "Jobs resigns".
    std::vector<std::size_t> person_phrase_first(names.size());
    for (std::size_t k = 0; k < names.size(); ++k) person_phrase_first[k] = names[k].first;
    for (const TitleMention& t : ms.titles) {
        if (t.person < 0) continue;
        std::size_t first = t.first;
        if (t.of_name >= 0 && names[static_cast<std::size_t>(t.of_name)].end == t.first)
            first = names[static_cast<std::size_t>(t.of_name)].first;
        auto& phrase_first = person_phrase_first[static_cast<std::size_t>(t.person)];
        phrase_first = std::min(phrase_first, first);
    }

    // Modifiers first: a modifier takes no descriptor and no "the".
    for (std::size_t k = 0; k < names.size(); ++k) {
        NameMention& m = names[k];
        if (m.type == ActorType::Norp) continue;
        int absorbed = -1;
        const std::size_t phrase_first = m.type == ActorType::Org    ? descriptor_start(c, m.first, names, name_ending_at, absorbed)
                                         : m.type == ActorType::Person ? person_phrase_first[k]
                                                                       : m.first;
        if (modifies_next(c, m, phrase_first)) m.modifier = true;
    }

    for (std::size_t k = 0; k < names.size(); ++k) {
        NameMention& m = names[k];
        if (m.modifier) continue;
        // Descriptors: "U.S. automaker GM", "Los Angeles based Northrop Grumman".
        if (m.type == ActorType::Org) {
            int absorbed = -1;
            const std::size_t start = descriptor_start(c, m.first, names, name_ending_at, absorbed);
            if (absorbed >= 0) {
                // The absorbed name is a bare modifier now: "the" goes to the organisation.
                NameMention& a = names[static_cast<std::size_t>(absorbed)];
                a.modifier = true;
                a.first = a.name_first();
                a.lead = 0;
            }
            if (start < m.first) {
                m.lead = m.first - start;
                m.first = start;
                m.descriptor = true;
            }
        }
        // "Singapore's Changi International Airport": an organisation or place reaches over a
        // name that possesses it (which keeps its own mention).
        if ((m.type == ActorType::Org || m.type == ActorType::Loc || m.type == ActorType::Gpe) && !m.descriptor &&
            c.joined(m.first) && is_possessive(c.tok(m.first - 1)) && c.joined(m.first - 1)) {
            const int owner = name_ending_at[m.first - 1];
            if (owner >= 0 && names[static_cast<std::size_t>(owner)].type != ActorType::Person &&
                !names[static_cast<std::size_t>(owner)].product) {
                const std::size_t start = names[static_cast<std::size_t>(owner)].first;
                m.lead += m.first - start;
                m.first = start;
                m.descriptor = true;
            }
        }
        // "Toulouse , France": the place reaches over its region or country.
        if ((m.type == ActorType::Gpe || m.type == ActorType::Loc) && m.country.empty() && m.tail == 0 &&
            c.joined(m.end) && c.tok(m.end) == "," && c.joined(m.end + 1)) {
            const int n = name_starting_at[m.end + 1];
            if (n >= 0) {
                const NameMention& region = names[static_cast<std::size_t>(n)];
                const bool place = region.type == ActorType::Gpe && !region.modifier &&
                                   (!region.country.empty() || (c.gaz.kinds(c.tok(region.first)) & gazetteer::kRegion) ||
                                    (c.gaz.kinds(std::string(doc.span_text({doc.tokens[region.first].span.start,
                                                                            doc.tokens[region.end - 1].span.end}))) &
                                     gazetteer::kRegion));
                // "Moscow, Washington and Beijing" is a list, not a place and its region.
                const bool list = c.joined(region.end) && (c.tok(region.end) == "and" || c.tok(region.end) == "or" ||
                                                           (c.tok(region.end) == "," && c.joined(region.end + 1) &&
                                                            capitalised(c.tok(region.end + 1))));
                if (place && !list) {
                    m.tail = region.end - m.end;
                    m.end = region.end;
                }
            }
        }
        // "the" before an organisation or place belongs to the mention (not to the name),
        // unless the name is a possessor: "the Air Force's interests".
        const bool possessor = c.joined(m.end) && is_possessive(c.tok(m.end));
        if ((m.type == ActorType::Org || m.type == ActorType::Gpe || m.type == ActorType::Loc) && c.joined(m.first) &&
            is_determiner(c.tok(m.first - 1)) && !possessor) {
            --m.first;
            ++m.lead;
        }
    }
}

}  // namespace lede::actors
