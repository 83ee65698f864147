// mention_pass.cpp — the steps of find_mentions that find and type names (1 to 2c); see
// mention_pass.h for what each step does and actor_mentions.h for the rules as a whole.
// The document-level steps (3 to 6) are in mention_pass_document.cpp.
#include "mention_pass.h"

#include <algorithm>

#include "base/ascii.h"
#include "actor_context_type.h"
#include "mention_words.h"
#include "name_words.h"

namespace lede::actors {

using namespace mention_words;
using gazetteer::Gazetteer;

bool classify_name(const nlp::Document& doc, const Gazetteer& gaz, ner::EntityType tagged, NameMention& m) {
    return classify(Text{doc}, gaz, tagged, m);
}

MentionPass::MentionPass(const nlp::Document& doc, const ActorResources& resources, const syntax::PosTagger& tagger)
    : doc_(doc), res_(resources), gaz_(resources.gazetteer), tagger_(tagger) {
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
    replace_names(replaced, added);
}

// The names not marked replaced, then the added ones (the passes that rebuild spans).
void MentionPass::replace_names(const std::vector<bool>& replaced, std::vector<NameMention>& added) {
    std::vector<NameMention> kept;
    for (std::size_t n = 0; n < out_.names.size(); ++n)
        if (!replaced[n]) kept.push_back(std::move(out_.names[n]));
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
        // "University of Michigan and Harvard University": "and" between a run that holds an
        // organisation word and a capitalised run ending in one is two organisations
        // ("Department of Health and Human Services", "Procter and Gamble Company" are one).
        bool org_word = gaz_.kinds(tok(i)) & gazetteer::kOrgSuffix;
        const auto second_org = [&](std::size_t k) {
            std::size_t t = k + 1;
            while (t < sent.end_token && capitalised(tok(t))) ++t;
            return org_word && (gaz_.kinds(tok(t - 1)) & gazetteer::kOrgSuffix);
        };
        const auto joins = [&](std::size_t k) {
            if (!connector(tok(k)) || k + 1 >= sent.end_token || !capitalised(tok(k + 1))) return false;
            const bool two = (tok(k) == "and" || tok(k) == "&") && (gaz_.kinds(tok(k - 1)) & gazetteer::kOrgSuffix);
            return !two && !((tok(k) == "and" || tok(k) == "&") && second_org(k));
        };
        while (j < sent.end_token && (capitalised(tok(j)) || joins(j))) {
            org_word = org_word || (capitalised(tok(j)) && (gaz_.kinds(tok(j)) & gazetteer::kOrgSuffix));
            ++j;
        }
        std::size_t end = j;
        while (end > i && !(gaz_.kinds(tok(end - 1)) & gazetteer::kOrgSuffix)) --end;
        std::size_t first = i;
        while (first < end && is_determiner(tok(first))) ++first;
        // "Shares of Deutsche Bank", "Analysts at ...": a sentence's first word before "of" is
        // capitalised for its place, not as a name, unless it is the organisation word itself
        // ("Bank of America Merrill Lynch").
        if (first == sent.first_token && first + 2 < end && connector(tok(first + 1)) &&
            !(gaz_.kinds(tok(first)) & (gazetteer::kOrgSuffix | gazetteer::kAnyOrganisation)))
            first += 2;
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
    replace_names(replaced, added);
}

// ---- 1d. Long forms spelled by an acronym ----

void MentionPass::join_spelled_acronyms() {
    if (case_blind_) return;
    const auto acronym = [&](std::string_view w) {
        return w.size() >= 2 && w.size() <= 8 && std::all_of(w.begin(), w.end(), base::is_ascii_upper);
    };
    const auto small = [&](std::string_view w) { return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "&"; };
    std::vector<NameMention> added;
    std::vector<bool> replaced(out_.names.size(), false);
    for (const auto& sent : doc_.sentences)
        for (std::size_t k = sent.first_token + 1; k + 2 < sent.end_token; ++k) {
            if (tok(k) != "(" || tok(k + 2) != ")" || !acronym(tok(k + 1))) continue;
            const std::string_view acr = tok(k + 1);
            // The run: up to 10 capitalised or small words before the bracket.
            std::size_t start = k;
            while (start > sent.first_token && k - start < 10 && (capitalised(tok(start - 1)) || small(tok(start - 1)))) --start;
            // The nearest first word from which the run spells the acronym: every capitalised
            // word gives its initial, a small word ("of" in "ECOWAS") may or may not.
            std::size_t first = k;
            for (std::size_t f = k; f-- > start;) {
                if (!capitalised(tok(f)) || is_determiner(tok(f))) continue;
                // spell[j][a]: words f+j.. spell the acronym from letter a (both to their ends).
                const std::size_t n = k - f, len = acr.size();
                std::vector<std::vector<char>> spell(n + 1, std::vector<char>(len + 1, 0));
                spell[n][len] = 1;
                for (std::size_t j = n; j-- > 0;)
                    for (std::size_t a = len + 1; a-- > 0;) {
                        const std::string_view w = tok(f + j);
                        const bool fits = a < len && base::upper_ascii(w[0]) == acr[a] && spell[j + 1][a + 1];
                        spell[j][a] = fits || (small(w) && spell[j + 1][a]);
                    }
                if (spell[0][0]) { first = f; break; }
            }
            if (first == k || k - first < 2) continue;
            // Things, events and laws are spelled out too ("Software Development Kit (SDK)").
            if (res_.thing_heads.count(gazetteer::fold(tok(k - 1)))) continue;
            // A place's name and code ("United States (US)") are no organisation.
            if (gaz_.kinds(phrase(first, k)) & (gazetteer::kCountry | gazetteer::kRegion | gazetteer::kCity | gazetteer::kCapital)) continue;
            bool crosses = false;
            for (std::size_t n = 0; n < out_.names.size(); ++n) {
                const auto& m = out_.names[n];
                if (m.end <= first || m.first >= k) continue;
                if (m.first < first || m.end > k) crosses = true;
            }
            if (crosses) continue;
            for (std::size_t n = 0; n < out_.names.size(); ++n) {
                auto& m = out_.names[n];
                if (m.first >= first && m.end <= k) replaced[n] = true;
                if (m.first == k + 1 && m.end == k + 2) replaced[n] = true;
            }
            added.push_back({first, k, ActorType::Org, {}, {}, {}});
            added.push_back({k + 1, k + 2, ActorType::Org, {}, {}, {}});
        }
    if (added.empty()) return;
    replace_names(replaced, added);
}

// ---- 2a, 2a', 2, 2b, 2c. What the gazetteer and the context know ----

void MentionPass::find_titled_appositions() {
    if (case_blind_) return;
    const std::vector<bool> covered = this->covered();
    for (const auto& s : doc_.sentences)
        for (std::size_t i = s.first_token; i < s.end_token; ++i) {
            if (covered[i] || !capitalised(tok(i)) || is_determiner(tok(i))) continue;
            if (i > s.first_token && !doc_.tokens[i].newline_before && capitalised(tok(i - 1))) continue;
            std::size_t j = i;
            bool plain = true;                    // mixed-case words, none a title or a place
            while (j < s.end_token && j < i + 5 && !covered[j] && capitalised(tok(j)) && (j == i || !doc_.tokens[j].newline_before)) {
                plain = plain && has_lower(tok(j)) && !(gaz_.kinds(tok(j)) & (gazetteer::kTitle | gazetteer::kLandform)) &&
                        !gaz_.country_named(tok(j));
                ++j;
            }
            if (!plain || j - i < 2 || j - i > 4 || j + 1 >= s.end_token || tok(j) != ",") {
                i = j > i ? j - 1 : i;
                continue;
            }
            std::size_t t = j + 1;
            if (t + 1 < s.end_token && (is_determiner(tok(t)) || tok(t) == "a" || tok(t) == "an")) ++t;
            // The title is the person's, not the next name's ("Acme, chief executive Jo Roe said").
            std::size_t after = t;
            while (after < s.end_token && !capitalised(tok(after)) && (gaz_.kinds(tok(after)) & gazetteer::kTitle)) ++after;
            if (after == t || (after < s.end_token && capitalised(tok(after)))) {
                i = j - 1;
                continue;
            }
            out_.names.push_back({i, j, ActorType::Person, {}, {}, {}});
            i = j - 1;
        }
}

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
bool all_caps_word(std::string_view w) { return w.size() >= 2 && has_upper(w) && !has_lower(w) && !base::has_ascii_digit(w); }
}  // namespace

// What follows the place in a dateline: a date written with digits and a separator
// ("1997-02-08", "12/6/96"), a month ("Sept 25"), or an agency in brackets and a dash
// ("(Reuters) -"). Not a bare number: "SECTION 5", "ARTICLE 7" head legal text.
bool MentionPass::dateline_tail(std::size_t k) const {
    const std::string_view w = tok(k);
    if (base::is_ascii_digit(w[0])) return w.find_first_of("-/") != std::string_view::npos && base::has_ascii_digit(w.substr(w.find_first_of("-/")));
    if (res_.calendar_words.count(gazetteer::fold(w))) return k + 1 < doc_.tokens.size() && base::has_ascii_digit(tok(k + 1)) && !doc_.tokens[k + 1].newline_before;
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
            while (k < n && k < j + 5 && capitalised(tok(k)) && !res_.calendar_words.count(gazetteer::fold(tok(k))) &&
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

// News spells out few organisations it names often: an acronym in capitals, where the
// rest of the line is mixed case, is far more often an organisation than anything else.
void MentionPass::find_acronyms() {
    if (case_blind_) return;
    // Acronyms that name no organisation, and ordinary short words (lower case) written in
    // capitals for emphasis ("NEW", "LOL").
    const std::unordered_set<std::string>& common = res_.common_capitals;
    const std::vector<bool> covered = this->covered();
    bool added = false;
    for (std::size_t i = 0; i < doc_.tokens.size(); ++i) {
        const std::string_view w = tok(i);
        if (covered[i] || caps_line_[i] || w.size() < 3 || w.size() > 5) continue;
        if (!std::all_of(w.begin(), w.end(), [](char c) { return base::is_ascii_upper(c) || c == '&'; })) continue;
        if (w.front() == '&' || w.back() == '&' || common.count(std::string(w)) || gaz_.kinds(w)) continue;
        const std::string folded = gazetteer::fold(w);
        if (lower_seen_.count(folded) || common.count(folded)) continue;
        // Two words in capitals side by side are shouting or a heading, not an acronym.
        const auto caps_word = [&](std::size_t k) {
            const std::string_view v = tok(k);
            return v.size() >= 2 && has_upper(v) && !has_lower(v) && !doc_.tokens[k].newline_before;
        };
        if ((i > 0 && caps_word(i - 1) && !doc_.tokens[i].newline_before) || (i + 1 < doc_.tokens.size() && caps_word(i + 1))) continue;
        out_.names.push_back({i, i + 1, ActorType::Org, {}, {}, {}});
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

void MentionPass::retype_by_context() { actors::retype_by_context(doc_, out_.names, gaz_); }

}  // namespace lede::actors
