// mention_pass_document.cpp — the document-level steps of find_mentions (3 to 6): one type
// per surface form, names found again, defined terms, demonyms, titles, extents. See
// mention_pass.h for what each step does.
#include <algorithm>

#include "actor_extent.h"
#include "base/ascii.h"
#include "mention_pass.h"
#include "mention_words.h"
#include "name_words.h"

namespace lede::actors {

using namespace mention_words;

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
               !res_.calendar_words.count(gazetteer::fold(w));
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
        if (covered[i] || contraction_stem(i) || !capitalised(w) || w.size() < 2 || lower_seen_.count(gazetteer::fold(w)) || res_.calendar_words.count(gazetteer::fold(w)))
            return false;
        if (base::has_ascii_digit(w)) return false;  // "A380": a product
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
                               (j < sent.end_token && (capitalised(tok(j)) || base::has_ascii_digit(tok(j))));
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

// ---- 3e. Common words written capitalised ----

void MentionPass::drop_common_words() {
    if (case_blind_) return;
    constexpr std::uint32_t known = gazetteer::kAnyOrganisation | gazetteer::kFirstName | gazetteer::kLastName;
    std::vector<NameMention> kept;
    for (auto& m : out_.names) {
        const bool common = m.end - m.first == 1 && (m.type == ActorType::Org || m.type == ActorType::Person) && !from_gazetteer(m) &&
                            !m.product && lower_seen_.count(gazetteer::fold(tok(m.first))) && !(gaz_.kinds(tok(m.first)) & known);
        if (!common) kept.push_back(std::move(m));
    }
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
    // "The European Central Bank", "Arab League": a people's name the tagger left out of
    // the organisation right after it (a region's people have no country, so step 2 took none).
    const std::vector<bool> covered = this->covered();
    for (auto& m : names)
        if (m.type == ActorType::Org && m.first > 0 && !covered[m.first - 1] && !doc_.tokens[m.first].newline_before &&
            capitalised(tok(m.first - 1)) && (gaz_.kinds(tok(m.first - 1)) & gazetteer::kDemonym))
            m.first -= 1;
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

void MentionPass::mark_extents() { actors::mark_extents(doc_, out_, res_, tagger_); }

}  // namespace lede::actors
