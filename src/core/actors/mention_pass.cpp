// mention_pass.cpp — the steps of find_mentions; see mention_pass.h (what each step does)
// and actor_mentions.h (the rules as a whole).
//
// Why the gazetteer may overrule the tagger: the tagger is trained on web text and
// Wikipedia, where "Russia" is sometimes an ORG (a team, a government) — in news an actor
// named like a country is the country, and readers expect the country.
#include "mention_pass.h"

#include <algorithm>

#include "../assets.h"
#include "actor_context_type.h"
#include "actor_extent.h"
#include "name_words.h"

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

bool from_gazetteer(const NameMention& m) { return !m.country.empty() || !m.capital_of.empty() || m.type == ActorType::Norp; }

bool has_digit(std::string_view w) { return w.find_first_of("0123456789") != std::string_view::npos; }

bool no_letter_no_digit(std::string_view w) {
    return !has_letter(w) && w.find_first_of("0123456789") == std::string_view::npos;
}

}  // namespace

bool classify_name(const nlp::Document& doc, const Gazetteer& gaz, ner::EntityType tagged, NameMention& m) {
    return classify(Text{doc}, gaz, tagged, m);
}

MentionPass::MentionPass(const nlp::Document& doc, const Gazetteer& gaz) : doc_(doc), gaz_(gaz) {
    const DocCase dc = doc_case(doc);
    case_blind_ = dc.mostly_upper || dc.no_capitals;
    article_ = doc.sentences.size() >= 6;
    out_.upper_case = dc.mostly_upper;
    out_.lower_case = dc.no_capitals;
    for (std::size_t i = 0; i < doc.tokens.size(); ++i)
        if (has_letter(tok(i)) && !has_upper(tok(i))) lower_seen_.insert(gazetteer::fold(tok(i)));
    caps_line_.assign(doc.tokens.size(), false);
    for (std::size_t i = 0; i < doc.tokens.size();) {
        std::size_t j = i + 1;
        while (j < doc.tokens.size() && !doc.tokens[j].newline_before) ++j;
        bool caps = false, lower = false;
        for (std::size_t k = i; k < j; ++k) {
            lower = lower || has_lower(tok(k));
            caps = caps || (has_upper(tok(k)) && tok(k).size() >= 2);
        }
        if (caps && !lower) std::fill(caps_line_.begin() + static_cast<std::ptrdiff_t>(i), caps_line_.begin() + static_cast<std::ptrdiff_t>(j), true);
        i = j;
    }
}

std::string MentionPass::phrase(std::size_t first, std::size_t end) const { return Text{doc_}.phrase(first, end); }

std::vector<bool> MentionPass::covered() const {
    std::vector<bool> out(doc_.tokens.size(), false);
    for (const auto& m : out_.names)
        for (std::size_t i = m.first; i < m.end; ++i) out[i] = true;
    return out;
}

// "Don't", "Won't", "Can't": the tokenizer splits the clitic off, and the capitalised stem
// (at the start of a sentence, in a login box's "Don't have an account?") looks like a name.
bool MentionPass::contraction_stem(std::size_t i) const {
    if (i + 1 >= doc_.tokens.size() || doc_.tokens[i + 1].space_before) return false;
    const std::string_view next = tok(i + 1);
    return next == "'t" || next == "’t" || next == "'T" || next == "’T";
}

void MentionPass::sort_names() {
    std::sort(out_.names.begin(), out_.names.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; });
    unsorted_ = false;
}

// ---- 1. Tagger spans ----

void MentionPass::take_tagger_spans(const std::vector<ner::EntityMention>& spans) {
    std::size_t claimed = 0;  // a name reached over the next tagger span ("O' Leary") ends here
    for (const ner::EntityMention& e : spans)
        if (e.first_token >= claimed) take_span(e, claimed);
}

void MentionPass::take_span(const ner::EntityMention& e, std::size_t& claimed) {
    NameMention m{e.first_token, e.end_token, ActorType::Other, {}, {}, {}};
    ner::EntityType type = e.type;
    while (m.end - m.first > 1 && is_determiner(tok(m.first))) ++m.first;
    while (m.end > m.first && no_letter_no_digit(tok(m.end - 1))) --m.end;
    while (m.end > m.first && no_letter_no_digit(tok(m.first))) ++m.first;
    while (m.end > m.first && contraction_stem(m.end - 1)) --m.end;
    if (m.end <= m.first) return;
    // Names end in a capitalised word: "Apple trademark" tagged as one name is "Apple".
    while (!case_blind_ && m.end - m.first > 1 && !has_upper(tok(m.end - 1)) && has_letter(tok(m.end - 1))) {
        --m.end;
        m.weak = true;
    }
    if (type == ner::EntityType::Per && !split_person_at_titles(m, type, claimed)) return;
    if (m.end <= m.first) return;
    if (type == ner::EntityType::Loc) split_two_places(m, type);
    const std::string words = phrase(m.first, m.end);
    if (!has_letter(words)) return;
    if (!case_blind_ && !has_upper(words)) return;  // cruft such as "chevron" or "icon"
    if (!classify_name(doc_, gaz_, type, m)) return;
    out_.names.push_back(std::move(m));
}

// A person span: an elided prefix joins it, titles are cut off it (the words before a
// title become a name of their own). False when nothing of a person is left.
bool MentionPass::split_person_at_titles(NameMention& m, ner::EntityType& type, std::size_t& claimed) {
    // "Michael O' Leary", "O ' Brien": an elided Irish or Italian prefix written apart
    // (tokenised corpora, some pastes) is part of the surname the tagger cut off.
    const std::size_t o = m.end > m.first && elided_prefix(tok(m.end - 1)) ? m.end - 1 : m.end;
    if (o + 2 < doc_.tokens.size() && elided_prefix(tok(o)) && (tok(o + 1) == "'" || tok(o + 1) == "’") &&
        capitalised(tok(o + 2)) && !doc_.tokens[o + 1].newline_before && !doc_.tokens[o + 2].newline_before) {
        m.end = o + 3;
        claimed = m.end;
    }
    const auto title = [&](std::size_t k) { return (gaz_.kinds(tok(k)) & gazetteer::kTitle) != 0; };
    // "Airbus President" tagged as a person: a title closes no person's name; the words
    // before it are an organisation or place of their own.
    if (m.end - m.first >= 2 && title(m.end - 1) && !(gaz_.kinds(tok(m.end - 1)) & (gazetteer::kFirstName | gazetteer::kLastName))) {
        std::size_t pre_end = m.end - 1;
        while (pre_end > m.first && title(pre_end - 1)) --pre_end;
        if (pre_end == m.first) return false;
        m.end = pre_end;
        type = ner::EntityType::Org;
        return true;
    }
    // "FBI Director Christopher Wray" tagged as one person: the words before the
    // last title are an organisation or place of their own, the title goes to step 5.
    for (std::size_t k = m.end - 1; k-- > m.first;) {
        if (!title(k)) continue;
        std::size_t pre_end = k;
        while (pre_end > m.first && title(pre_end - 1)) --pre_end;
        if (pre_end > m.first) {
            NameMention pre{m.first, pre_end, ActorType::Org, {}, {}, {}};
            if (has_upper(phrase(pre.first, pre.end)) && classify_name(doc_, gaz_, ner::EntityType::Org, pre))
                out_.names.push_back(std::move(pre));
        }
        m.first = k + 1;
        break;
    }
    while (m.end - m.first > 1 && title(m.first)) ++m.first;
    return true;
}

// "Moscow and Washington" tagged as one place: two places.
void MentionPass::split_two_places(NameMention& m, ner::EntityType type) {
    std::size_t split = 0;
    for (std::size_t k = m.first + 1; k + 1 < m.end; ++k)
        if (tok(k) == "and" || tok(k) == "&" || tok(k) == ",") split = k;
    const std::uint32_t place = gazetteer::kCountry | gazetteer::kCapital | gazetteer::kRegion;
    if (split && (gaz_.kinds(phrase(m.first, split)) & place) && (gaz_.kinds(phrase(split + 1, m.end)) & place)) {
        NameMention left{m.first, split, ActorType::Other, {}, {}, {}};
        if (classify_name(doc_, gaz_, type, left)) out_.names.push_back(std::move(left));
        m.first = split + 1;
    }
}

// ---- 1b. Organisation-word runs ----

void MentionPass::find_org_word_runs() {
    std::vector<int> owner(doc_.tokens.size(), -1);  // tagger name covering each token
    for (std::size_t k = 0; k < out_.names.size(); ++k)
        for (std::size_t t = out_.names[k].first; t < out_.names[k].end; ++t) owner[t] = static_cast<int>(k);
    std::vector<bool> replaced(out_.names.size(), false);
    std::vector<NameMention> added;
    for (const auto& sent : doc_.sentences) run_org_words(sent, owner, replaced, added);
    std::vector<NameMention> kept;
    for (std::size_t k = 0; k < out_.names.size(); ++k)
        if (!replaced[k]) kept.push_back(std::move(out_.names[k]));
    for (auto& m : added) kept.push_back(std::move(m));
    out_.names = std::move(kept);
}

void MentionPass::run_org_words(const nlp::Sentence& sent, const std::vector<int>& owner, std::vector<bool>& replaced,
                                std::vector<NameMention>& added) const {
    std::size_t i = sent.first_token;
    while (i < sent.end_token) {
        if (!capitalised(tok(i)) || case_blind_) { ++i; continue; }
        std::size_t j = i + 1;
        // "Shanghai Airlines and Xiamen Airlines": "and" after an organisation word ends the run.
        const auto joins = [&](std::size_t k) {
            if (!connector(tok(k)) || k + 1 >= sent.end_token || !capitalised(tok(k + 1))) return false;
            return !((tok(k) == "and" || tok(k) == "&") && (gaz_.kinds(tok(k - 1)) & gazetteer::kOrgSuffix));
        };
        while (j < sent.end_token && (capitalised(tok(j)) || joins(j))) ++j;
        std::size_t end = j;
        while (end > i && !(gaz_.kinds(tok(end - 1)) & gazetteer::kOrgSuffix)) --end;
        std::size_t first = i;
        while (first < end && is_determiner(tok(first))) ++first;
        // Leading countries, codes and demonyms (not titles: "General Motors") are not part
        // of the name, unless only the organisation word would be left ("Qatar Airways").
        const std::size_t with_place = first;
        while (first < end && (gaz_.kinds(tok(first)) & (gazetteer::kCountry | gazetteer::kDemonym))) ++first;
        while (first < end && connector(tok(first))) ++first;
        if (end < first + 2 && end >= with_place + 2) first = with_place;
        // "Chairman and Chief Operating Officer of AirTran Airways": a role opening the
        // run and ending at "of" is a title, not part of the organisation's name (but
        // "General Motors of Canada Limited" is one name: "Motors" names a company).
        if (gaz_.kinds(tok(first)) & gazetteer::kTitle)
            for (std::size_t k = first + 1; k + 2 < end && !(gaz_.kinds(tok(k)) & gazetteer::kOrgSuffix); ++k)
                if (tok(k) == "of") {
                    first = k + 1;
                    break;
                }
        if (end >= first + 2) {
            // Replace tagger names inside the run; leave it alone if one crosses its edge.
            bool crosses = false;
            for (std::size_t t = first; t < end; ++t) {
                const int o = owner[t];
                if (o >= 0 && (out_.names[static_cast<std::size_t>(o)].first < first || out_.names[static_cast<std::size_t>(o)].end > end))
                    crosses = true;
            }
            if (!crosses) {
                for (std::size_t t = first; t < end; ++t)
                    if (owner[t] >= 0) replaced[static_cast<std::size_t>(owner[t])] = true;
                NameMention m{first, end, ActorType::Org, {}, {}, {}};
                classify_name(doc_, gaz_, ner::EntityType::Org, m);
                added.push_back(std::move(m));
            }
        }
        i = j;
    }
}

// ---- 1c. "X of Y" organisations ----

// The end of "<organisation word> of [the] <Capitalised> [of <Capitalised>]…" whose
// organisation word is token k, or k when there is no such name.
std::size_t MentionPass::of_name_end(const nlp::Sentence& sent, std::size_t k) const {
    const auto word = [&](std::size_t t) { return t < sent.end_token && capitalised(tok(t)) && !doc_.tokens[t].newline_before; };
    if (!capitalised(tok(k)) || !(gaz_.kinds(tok(k)) & gazetteer::kOrgSuffix) || k + 2 >= sent.end_token || tok(k + 1) != "of")
        return k;
    std::size_t end = k + 2;
    if (is_determiner(tok(end)) && word(end + 1)) ++end;
    if (!word(end) || is_determiner(tok(end))) return k;
    while (true) {
        while (word(end)) ++end;
        // "Board of Governors of the Federal Reserve System": "of" goes on; "and" ends the name.
        std::size_t next = end;
        if (next < sent.end_token && tok(next) == "of") ++next;
        else break;
        if (next < sent.end_token && is_determiner(tok(next))) ++next;
        if (!word(next) || is_determiner(tok(next))) break;
        end = next;
    }
    return end;
}

void MentionPass::join_of_names() {
    if (case_blind_) return;
    std::vector<int> owner(doc_.tokens.size(), -1);
    for (std::size_t n = 0; n < out_.names.size(); ++n)
        for (std::size_t t = out_.names[n].first; t < out_.names[n].end; ++t) owner[t] = static_cast<int>(n);
    std::vector<bool> replaced(out_.names.size(), false);
    std::vector<NameMention> added;
    for (const auto& sent : doc_.sentences)
        for (std::size_t k = sent.first_token; k < sent.end_token; ++k) {
            const std::size_t end = of_name_end(sent, k);
            if (end == k) continue;
            // The capitalised words before the organisation word belong to it ("Federal Reserve
            // Bank of New York"), but not a title or a "the".
            std::size_t first = k;
            while (first > sent.first_token && capitalised(tok(first - 1)) && !doc_.tokens[first].newline_before &&
                   !is_determiner(tok(first - 1)) && !(gaz_.kinds(tok(first - 1)) & gazetteer::kTitle))
                --first;
            if (gaz_.country_named(phrase(first, end))) { k = end - 1; continue; }   // "Republic of Korea"
            bool crosses = false;
            for (std::size_t t = first; t < end; ++t) {
                const int o = owner[t];
                if (o >= 0 && (out_.names[static_cast<std::size_t>(o)].first < first || out_.names[static_cast<std::size_t>(o)].end > end))
                    crosses = true;
            }
            if (crosses) { k = end - 1; continue; }
            for (std::size_t t = first; t < end; ++t)
                if (owner[t] >= 0) replaced[static_cast<std::size_t>(owner[t])] = true;
            NameMention m{first, end, ActorType::Org, {}, {}, {}};
            classify_name(doc_, gaz_, ner::EntityType::Org, m);
            added.push_back(std::move(m));
            k = end - 1;
        }
    if (added.empty()) return;
    std::vector<NameMention> kept;
    for (std::size_t n = 0; n < out_.names.size(); ++n)
        if (!replaced[n]) kept.push_back(std::move(out_.names[n]));
    for (auto& m : added) kept.push_back(std::move(m));
    out_.names = std::move(kept);
}

// ---- 2a, 2, 2b, 2c. What the gazetteer and the context know ----

void MentionPass::find_landform_places() {
    if (case_blind_) return;
    std::vector<bool> covered = this->covered();
    std::vector<int> tagged_ending_at(doc_.tokens.size() + 1, -1);
    for (std::size_t k = 0; k < out_.names.size(); ++k) tagged_ending_at[out_.names[k].end] = static_cast<int>(k);
    for (const auto& s : doc_.sentences)
        for (std::size_t i = s.first_token; i < s.end_token; ++i) {
            if (covered[i] || !capitalised(tok(i)) || is_determiner(tok(i))) continue;
            std::size_t j = i + 1, end = i;
            while (j < s.end_token && j < i + 6 && !covered[j] && capitalised(tok(j)) && !doc_.tokens[j].newline_before) {
                if (gaz_.kinds(tok(j)) & gazetteer::kLandform) end = j + 1;
                ++j;
            }
            // A name the tagger ended right before joins it ("Zorbik" + "International Airport").
            NameMention* before = nullptr;
            if (i > s.first_token && tagged_ending_at[i] >= 0 && !doc_.tokens[i].newline_before) {
                NameMention& m = out_.names[static_cast<std::size_t>(tagged_ending_at[i])];
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
                out_.names.push_back({i, end, ActorType::Loc, {}, {}, {}});
            }
            i = end - 1;
        }
}

void MentionPass::find_gazetteer_names() {
    std::vector<bool> covered = this->covered();
    const Text text{doc_};
    const std::size_t longest = std::min<std::size_t>(gaz_.max_tokens(), 6);
    for (const auto& s : doc_.sentences) {
        for (std::size_t i = s.first_token; i < s.end_token; ++i) {
            if (covered[i] || !has_letter(tok(i)) || (!case_blind_ && !capitalised(tok(i)))) continue;
            for (std::size_t len = std::min(longest, s.end_token - i); len >= 1; --len) {
                if (contraction_stem(i + len - 1)) continue;
                bool free = true;
                for (std::size_t k = i; k < i + len; ++k) free = free && !covered[k];
                if (!free) continue;
                const std::string words = phrase(i, i + len);
                NameMention m{i, i + len, ActorType::Gpe, {}, {}, {}};
                if (const auto* c = gaz_.country_named(words)) m.country = c->id;
                else if (const auto* c2 = gaz_.country_of_capital(words)) m.capital_of = c2->id;
                else if (const auto* c3 = gaz_.country_of_demonym(words)) { m.type = ActorType::Norp; m.demonym_of = c3->id; }
                else if (known_organisation(text, gaz_, s, i, i + len, case_blind_)) m.type = ActorType::Org;
                else continue;
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                out_.names.push_back(std::move(m));
                i += len - 1;
                break;
            }
        }
    }
    sort_names();
}

namespace {
bool all_caps_word(std::string_view w) { return w.size() >= 2 && has_upper(w) && !has_lower(w) && !has_digit(w); }
}  // namespace

// What follows the place in a dateline: a date written with digits and a separator
// ("1997-02-08", "12/6/96"), a month ("Sept 25"), or an agency in brackets and a dash
// ("(Reuters) -"). Not a bare number: "SECTION 5", "ARTICLE 7" head legal text.
bool MentionPass::dateline_tail(std::size_t k) const {
    const std::string_view w = tok(k);
    if (w[0] >= '0' && w[0] <= '9') return w.find_first_of("-/") != std::string_view::npos && has_digit(w.substr(w.find_first_of("-/")));
    if (calendar_words().count(gazetteer::fold(w))) return k + 1 < doc_.tokens.size() && has_digit(tok(k + 1)) && !doc_.tokens[k + 1].newline_before;
    if (w != "(" || k + 3 >= doc_.tokens.size() || !capitalised(tok(k + 1)) || tok(k + 2) != ")") return false;
    const std::string_view dash = tok(k + 3);
    return dash == "-" || dash == "–" || dash == "—" || dash == "--";
}

void MentionPass::find_datelines() {
    const std::size_t n = doc_.tokens.size();
    std::vector<bool> covered = this->covered();
    bool added = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && !doc_.tokens[i].newline_before) continue;
        std::size_t j = i;
        while (j < n && j < i + 4 && all_caps_word(tok(j)) && (j == i || !doc_.tokens[j].newline_before)) ++j;
        if (j == i || j >= n || doc_.tokens[j].newline_before) continue;
        // ", United Arab Emirates", ", Calif.": the region the place is in.
        std::size_t k = j;
        if (tok(k) == ",") {
            ++k;
            while (k < n && k < j + 5 && capitalised(tok(k)) && !calendar_words().count(gazetteer::fold(tok(k))) &&
                   !doc_.tokens[k].newline_before)
                ++k;
        }
        if (k >= n || doc_.tokens[k].newline_before) continue;
        if (!dateline_tail(k)) continue;
        bool free = true;
        for (std::size_t t = i; t < j; ++t) free = free && !covered[t];
        if (!free) continue;
        NameMention m{i, j, ActorType::Gpe, {}, {}, {}};
        if (const auto* c = gaz_.country_named(phrase(i, j))) m.country = c->id;
        else if (const auto* c2 = gaz_.country_of_capital(phrase(i, j))) m.capital_of = c2->id;
        for (std::size_t t = i; t < j; ++t) covered[t] = true;
        out_.names.push_back(std::move(m));
        added = true;
    }
    if (added) sort_names();
}

// "US" in capitals is as often the pronoun ("TOLD US"), so only "THE US" is the country;
// a lone organisation noun ("THE MINISTRY") is no name.
void MentionPass::drop_case_blind_cruft() {
    if (!case_blind_) return;
    std::vector<NameMention> kept;
    for (auto& m : out_.names) {
        const std::string_view w = tok(m.first);
        const bool code = m.end - m.first == 1 && !m.country.empty() && w.size() == 2;
        if (code && out_.upper_case && !(m.first > 0 && is_determiner(tok(m.first - 1)))) continue;
        if (m.end - m.first == 1 && m.type == ActorType::Org && (gaz_.kinds(w) & gazetteer::kOrgNoun)) continue;
        kept.push_back(std::move(m));
    }
    out_.names = std::move(kept);
}

void MentionPass::retype_by_context() { actors::retype_by_context(doc_, out_.names); }

// ---- 3. One type per surface form ----

ActorType MentionPass::Votes::voted(const std::string& form, ActorType current) const {
    const auto it = count.find(form);
    if (it == count.end()) return current;
    int best = static_cast<int>(current), n_best = it->second.count(best) ? it->second.at(best) : 0;
    for (const auto& [type, n] : it->second)
        if (n > n_best) { best = type; n_best = n; }
    return static_cast<ActorType>(best);
}

// Tagger-typed names only; gazetteer facts stand. A form that starts a longer
// organisation name, or is part of a longer person name, leans to that type ("Apple" /
// "Apple Inc.", "Jobs" / "Steve Jobs").
void MentionPass::vote_types() {
    const Text text{doc_};
    Votes& v = votes_;
    v = Votes{};
    for (const auto& m : out_.names) {
        if (m.end - m.first < 2 || from_gazetteer(m) || m.product) continue;
        if (m.type == ActorType::Org) {
            v.long_orgs.push_back(folded_words(text, m.first, m.end));
            v.orgs_by_first[v.long_orgs.back().front()].push_back(v.long_orgs.size() - 1);
        }
        if (m.type == ActorType::Person) {
            v.long_people.push_back(folded_words(text, m.first, m.end));
            for (const auto& w : v.long_people.back()) v.people_by_word[w].push_back(v.long_people.size() - 1);
        }
    }
    for (const auto& m : out_.names)
        if (!from_gazetteer(m) && !m.weak && !m.product) ++v.count[gazetteer::fold(phrase(m.first, m.end))][static_cast<int>(m.type)];
    for (auto& [form, counts] : v.count) {
        std::vector<std::string> words;
        std::size_t start = 0;
        while (start <= form.size()) {
            const std::size_t sp = std::min(form.find(' ', start), form.size());
            words.push_back(form.substr(start, sp - start));
            start = sp + 1;
        }
        // Bounded look-ups (a list of 10,000 names must stay linear).
        bool org_prefix = false;
        if (const auto it = v.orgs_by_first.find(words.front()); it != v.orgs_by_first.end())
            for (std::size_t k = 0; k < it->second.size() && k < 64; ++k) {
                const auto& o = v.long_orgs[it->second[k]];
                if (o.size() > words.size() && std::equal(words.begin(), words.end(), o.begin())) {
                    counts[static_cast<int>(ActorType::Org)] += 2;
                    org_prefix = true;
                    break;
                }
            }
        if (const auto it = v.people_by_word.find(words.front()); it != v.people_by_word.end())
            for (std::size_t k = 0; k < it->second.size() && k < 64; ++k) {
                const auto& p = v.long_people[it->second[k]];
                if (p.size() > words.size() &&
                    std::all_of(words.begin(), words.end(), [&](const std::string& w) { return std::find(p.begin(), p.end(), w) != p.end(); })) {
                    // News names a person in full, then by surname: "Doug Ford ... Ford said" is
                    // the person, whatever the tagger's guess, unless an organisation's name
                    // starts with the word too ("Ford Motor Company").
                    int others = 0;
                    for (const auto& [type, n] : counts)
                        if (type != static_cast<int>(ActorType::Person)) others = std::max(others, n);
                    counts[static_cast<int>(ActorType::Person)] += org_prefix ? 2 : others + 2;
                    break;
                }
            }
    }
    for (auto& m : out_.names)
        if (!from_gazetteer(m)) m.type = v.voted(gazetteer::fold(phrase(m.first, m.end)), m.type);
}

// "Ford Taurus", "Toyota Camry": a "person" whose first word is an organisation of the
// document (alone, or starting its longer name) is that maker's product, no actor.
void MentionPass::mark_maker_products() {
    for (auto& m : out_.names) {
        if (m.type != ActorType::Person || m.end - m.first < 2 || m.weak) continue;
        const std::string first = gazetteer::fold(tok(m.first));
        if (votes_.orgs_by_first.count(first) || votes_.voted(first, ActorType::Person) == ActorType::Org) {
            m.type = ActorType::Org;
            m.product = true;
        }
    }
}

// "Ryanair" after "Ryanair said"; real places are countries, capitals and regions in the
// gazetteer, or get more place votes.
void MentionPass::retype_org_places() {
    for (auto& m : out_.names) {
        if (from_gazetteer(m) || m.end - m.first != 1 || (m.type != ActorType::Gpe && m.type != ActorType::Loc)) continue;
        if (gaz_.kinds(tok(m.first)) & (gazetteer::kRegion | gazetteer::kFormerCountry)) continue;
        const auto it = votes_.count.find(gazetteer::fold(tok(m.first)));
        if (it != votes_.count.end() && it->second.count(static_cast<int>(ActorType::Org))) m.type = ActorType::Org;
    }
}

// News introduces people by full name: a one-word "person" never part of a longer person
// name, never after a title, is an organisation written alone ("Boeing said"). Only in
// whole articles: a snippet of one or two sentences often names people by surname.
void MentionPass::retype_lone_people() {
    std::unordered_map<std::string, bool> person_ok;
    for (const auto& m : out_.names) {
        if (m.type != ActorType::Person || m.end - m.first != 1) continue;
        const std::string form = gazetteer::fold(tok(m.first));
        bool ok = m.first > 0 && (gaz_.kinds(tok(m.first - 1)) & gazetteer::kTitle);
        ok = ok || votes_.people_by_word.count(form);
        person_ok[form] = person_ok[form] || ok;
    }
    for (auto& m : out_.names)
        if (article_ && m.type == ActorType::Person && m.end - m.first == 1 && !person_ok[gazetteer::fold(tok(m.first))])
            m.type = ActorType::Org;
}

// ---- 3b, 3c. Names found again ----

// The forms to look for, with their types: every tagger-typed name; the short form of an
// organisation named by its first word ("Apple" for "Apple Computer") and a person's
// surname alone ("Mulally says" after "Alan Mulally"), each when that word is a name of
// its own: never written in lower case, no title, place or first name ("General Motors",
// "United Auto Workers" give none). An organisation short form already taken, "Ford" of
// "Ford Motor Company", stays the organisation.
std::unordered_map<std::string, ActorType> MentionPass::known_forms(std::size_t& longest) const {
    std::unordered_map<std::string, ActorType> known;
    longest = 1;
    for (const auto& m : out_.names) {
        if (from_gazetteer(m) || m.product) continue;
        known.emplace(gazetteer::fold(phrase(m.first, m.end)), m.type);
        longest = std::max(longest, m.end - m.first);
    }
    if (case_blind_) return known;
    const auto word_of_its_own = [&](std::string_view w, std::uint32_t not_kinds) {
        return w.size() >= 3 && capitalised(w) && !lower_seen_.count(gazetteer::fold(w)) && !(gaz_.kinds(w) & not_kinds) &&
               !calendar_words().count(gazetteer::fold(w));
    };
    const std::uint32_t places = gazetteer::kTitle | gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital |
                                 gazetteer::kRegion | gazetteer::kCity | gazetteer::kOrgNoun;
    for (const auto& m : out_.names) {
        if (m.type != ActorType::Org || m.end - m.first < 2 || from_gazetteer(m) || m.weak || m.product) continue;
        const std::string_view w = tok(m.first);
        if (connector(tok(m.first + 1)) || is_determiner(w) || !word_of_its_own(w, places | gazetteer::kFirstName)) continue;
        known.emplace(gazetteer::fold(w), ActorType::Org);
    }
    for (const auto& m : out_.names) {
        if (m.type != ActorType::Person || m.end - m.first < 2 || m.weak || m.product) continue;
        const std::string_view w = tok(m.end - 1);
        if (!has_lower(w) || !word_of_its_own(w, places)) continue;
        known.emplace(gazetteer::fold(w), ActorType::Person);
    }
    return known;
}

void MentionPass::refind_names() {
    std::size_t longest = 1;
    const auto known = known_forms(longest);
    std::vector<bool> covered = this->covered();
    longest = std::min<std::size_t>(longest, 6);
    for (const auto& sent : doc_.sentences) {
        for (std::size_t i = sent.first_token; i < sent.end_token; ++i) {
            if (covered[i] || (!case_blind_ && !capitalised(tok(i)))) continue;
            for (std::size_t len = std::min(longest, sent.end_token - i); len >= 1; --len) {
                if (contraction_stem(i + len - 1)) continue;
                bool free = true;
                for (std::size_t k = i; k < i + len; ++k) free = free && !covered[k];
                // Not part of a longer capitalised name (a word on the next line is not: a headline).
                // In a headline in capitals every word is "capitalised": that says nothing.
                if (!free || (i + len < sent.end_token && capitalised(tok(i + len)) && !doc_.tokens[i + len].newline_before &&
                              !case_blind_ && !caps_line_[i + len]))
                    continue;
                const auto it = known.find(gazetteer::fold(phrase(i, i + len)));
                if (it == known.end()) continue;
                for (std::size_t k = i; k < i + len; ++k) covered[k] = true;
                out_.names.push_back({i, i + len, it->second, {}, {}, {}});
                unsorted_ = true;
                i += len - 1;
                break;
            }
        }
    }
}

// Capitalised words the tagger never took, written capitalised inside sentences at least
// twice and never in lower case, are names too ("Boeing said ... from Boeing"):
// organisations, or people when they start with a known first name. Whole articles only.
void MentionPass::find_repeated_capitals() {
    if (case_blind_ || !article_) return;
    std::vector<bool> covered = this->covered();
    const auto plain = [&](std::size_t i) {
        const std::string_view w = tok(i);
        if (covered[i] || contraction_stem(i) || !capitalised(w) || w.size() < 2 || lower_seen_.count(gazetteer::fold(w)) || calendar_words().count(gazetteer::fold(w)))
            return false;
        if (w.find_first_of("0123456789") != std::string_view::npos) return false;  // "A380": a product
        return !(gaz_.kinds(w) & (gazetteer::kTitle | gazetteer::kCountry | gazetteer::kDemonym | gazetteer::kCapital));
    };
    std::unordered_map<std::string, int> inside_count;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (const auto& sent : doc_.sentences) {
        for (std::size_t i = sent.first_token; i < sent.end_token;) {
            if (!plain(i)) { ++i; continue; }
            std::size_t j = i + 1;
            while (j < sent.end_token && j < i + 3 && plain(j)) ++j;
            // Part of a longer capitalised sequence ("General Motors" with "general"
            // seen in lower case, "Boeing 787"): not a name of its own.
            const bool glued = (i > sent.first_token && capitalised(tok(i - 1))) ||
                               (j < sent.end_token && (capitalised(tok(j)) || tok(j).find_first_of("0123456789") != std::string_view::npos));
            if (glued) { i = j; continue; }
            runs.push_back({i, j});
            if (i > sent.first_token) ++inside_count[gazetteer::fold(phrase(i, j))];
            i = j;
        }
    }
    for (const auto& [i, j] : runs) {
        if (inside_count[gazetteer::fold(phrase(i, j))] < 2) continue;
        const bool person = j - i >= 2 && (gaz_.kinds(tok(i)) & gazetteer::kFirstName);
        out_.names.push_back({i, j, person ? ActorType::Person : ActorType::Org, {}, {}, {}});
        unsorted_ = true;
        for (std::size_t k = i; k < j; ++k) covered[k] = true;
    }
}

// ---- 3d. Defined terms ----

namespace {
bool quote_mark(std::string_view w) {
    return w == "\"" || w == "“" || w == "”" || w == "``" || w == "''" || w == "„";
}
}  // namespace

// The quoted words between tokens `open` and `close` (the quote marks) are defined here:
// "(the \"Borrower\")", "referred to as the \"Borrower\"", "\"Person\" means" / "shall mean" /
// "has the meaning".
bool MentionPass::defines(std::size_t open, std::size_t close) const {
    const std::size_t n = doc_.tokens.size();
    const std::string_view a = close + 1 < n ? tok(close + 1) : std::string_view();
    const std::string_view b = close + 2 < n ? tok(close + 2) : std::string_view();
    const std::string_view c = close + 3 < n ? tok(close + 3) : std::string_view();
    if (a == "means" || (a == "shall" && b == "mean") || ((a == "has" || a == "have") && b == "the" && c == "meaning")) return true;
    // A definitions list: "\"Person\" is any individual …" opening a line or sentence.
    const bool opens = open == 0 || doc_.tokens[open].newline_before || tok(open - 1) == "." || tok(open - 1) == ":";
    if (opens && (a == "is" || a == "are" || a == "includes")) return true;
    // "referred to as the \"Borrower\"".
    std::size_t p = open;
    if (p > 0 && is_determiner(tok(p - 1))) --p;
    if (p >= 3 && tok(p - 1) == "as" && tok(p - 2) == "to" && tok(p - 3) == "referred") return true;
    // Inside brackets: "(the \"Borrower\")", "(collectively, the \"Lenders\")", "(each a \"Lender\" and …)".
    std::size_t bracket = open;
    for (std::size_t k = open; k > 0 && k + 7 > open; --k) {
        if (tok(k - 1) == ")") break;
        if (tok(k - 1) == "(") { bracket = k - 1; break; }
    }
    if (bracket == open || !(a == ")" || a == "," || a == ";" || a == "and" || a == "or")) return false;
    // "Silicon Valley Bank (\"Bank\")": a short form of the name before, a name itself.
    std::unordered_set<std::string> before;
    for (std::size_t k = bracket; k > 0 && k + 12 > bracket && !doc_.tokens[k].newline_before; --k) before.insert(gazetteer::fold(tok(k - 1)));
    for (std::size_t k = open + 1; k < close; ++k)
        if (before.count(gazetteer::fold(tok(k)))) return false;
    return true;
}

void MentionPass::drop_defined_terms() {
    const std::size_t n = doc_.tokens.size();
    std::unordered_set<std::string> terms;
    for (std::size_t k = 0; k + 2 < n; ++k) {
        if (!quote_mark(tok(k))) continue;
        std::size_t e = k + 1;
        while (e < n && e < k + 6 && capitalised(tok(e)) && !quote_mark(tok(e))) ++e;
        if (e == k + 1 || e >= n || !quote_mark(tok(e))) continue;
        const bool acronym = e == k + 2 && !has_lower(tok(k + 1));
        if (!acronym && defines(k, e)) {
            const std::string term = gazetteer::fold(phrase(k + 1, e));
            terms.insert(term);
            terms.insert(term + "s");   // "Lender" defines "Lenders" too
        }
        k = e;
    }
    if (terms.empty()) return;
    std::vector<NameMention> kept;
    for (auto& m : out_.names)
        if (!terms.count(gazetteer::fold(phrase(m.first, m.end)))) kept.push_back(std::move(m));
    out_.names = std::move(kept);
}

// ---- 4, 5, 6. Joined names, titles, extents ----

void MentionPass::join_demonyms() {
    if (unsorted_) sort_names();
    std::vector<NameMention> merged;
    auto& names = out_.names;
    for (std::size_t k = 0; k < names.size(); ++k) {
        NameMention m = names[k];
        if (m.type == ActorType::Norp && k + 1 < names.size() && names[k + 1].type == ActorType::Org && names[k + 1].first == m.end) {
            NameMention org = names[k + 1];
            org.demonym_of = m.demonym_of;
            org.first = m.first;
            merged.push_back(std::move(org));
            ++k;
            continue;
        }
        merged.push_back(std::move(m));
    }
    names = std::move(merged);
}

// "FBI Director Christopher Wray", "the ministry’s spokesperson Maria Zakharova".
void MentionPass::attach_titles() {
    auto& names = out_.names;
    std::vector<std::size_t> sentence_first(doc_.tokens.size() + 1, 0);
    for (const auto& sent : doc_.sentences)
        for (std::size_t t = sent.first_token; t < sent.end_token && t < doc_.tokens.size(); ++t) sentence_first[t] = sent.first_token;
    std::vector<int> name_ending_at(doc_.tokens.size() + 1, -1);
    for (std::size_t k = 0; k < names.size(); ++k) name_ending_at[names[k].end] = static_cast<int>(k);
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (names[k].type != ActorType::Person) continue;
        std::size_t j = names[k].first;
        const std::size_t sentence_start = sentence_first[j];
        // Title words, possibly shortening an organisation tagged over them ("FBI Director").
        int shrunk = -1;
        while (j > sentence_start) {
            std::size_t len = 0;
            if (j >= sentence_start + 2 && (gaz_.kinds(phrase(j - 2, j)) & gazetteer::kTitle)) len = 2;
            else if (gaz_.kinds(tok(j - 1)) & gazetteer::kTitle) len = 1;
            if (!len) break;
            j -= len;
        }
        if (j == names[k].first) continue;
        // Title words inside a preceding name: cut them off it.
        for (std::size_t e = names[k].first; e > j; --e) {
            const int q = name_ending_at[e];
            if (q < 0 || static_cast<std::size_t>(q) == k) continue;
            NameMention& n = names[static_cast<std::size_t>(q)];
            if (n.first >= j) { j = n.end; break; }   // the name is all title words: keep the name
            name_ending_at[n.end] = -1;
            n.end = j;
            name_ending_at[j] = q;
            shrunk = q;
            break;
        }
        if (j >= names[k].first) continue;
        TitleMention t;
        t.first = j;
        t.end = names[k].first;
        t.title = capitalise_first(phrase(t.first, t.end));
        t.person = static_cast<int>(k);
        tie_title(t, j, shrunk, name_ending_at);
        out_.titles.push_back(std::move(t));
    }
}

// Whose title it is: the name it was cut from, a name right before it, or a possessive
// name or organisation noun before it ("the ministry’s spokesperson" -> a nominal).
void MentionPass::tie_title(TitleMention& t, std::size_t j, int shrunk, const std::vector<int>& name_ending_at) {
    if (shrunk >= 0) {
        t.of_name = shrunk;
    } else if (j > 0 && name_ending_at[j] >= 0) {
        t.of_name = name_ending_at[j];
    } else if (j >= 2 && is_possessive(tok(j - 1))) {
        if (name_ending_at[j - 1] >= 0) {
            t.of_name = name_ending_at[j - 1];
        } else if (j >= 3 && (gaz_.kinds(tok(j - 2)) & gazetteer::kOrgNoun)) {
            NominalMention nm;
            nm.first = j >= 3 && is_determiner(tok(j - 3)) ? j - 3 : j - 2;
            nm.end = j - 1;
            nm.head = gazetteer::fold(tok(j - 2));
            t.of_nominal = static_cast<int>(out_.nominals.size());
            out_.nominals.push_back(std::move(nm));
        }
    }
    if (t.of_name >= 0) {
        const NameMention& of = out_.names[static_cast<std::size_t>(t.of_name)];
        if (of.type == ActorType::Norp) t.of_demonym = of.demonym_of;
    }
}

void MentionPass::mark_extents() { actors::mark_extents(doc_, out_); }

}  // namespace lede::actors
