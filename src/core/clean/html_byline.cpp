// html_byline.cpp — see html_byline.h. Each clue is cleaned to a name, then names are
// weighed: the sum of their sources' weights, the first given winning a tie.
#include "html_byline.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "../base/ascii.h"
#include "html_document.h"
#include "published_date.h"
#include "text_lexicon.h"

namespace lede::html {
namespace {

// How much each source is trusted: metadata written for machines and byline markup over
// links and printed text, which also name people who are not the author; a photo's alt
// text least.
constexpr double kJsonLdWeight = 4.0, kMetaWeight = 3.0, kMarkupWeight = 3.0, kLinkWeight = 2.0,
                 kPrintedWeight = 2.0, kAvatarWeight = 1.0;
// A name that is the site's own name, or a JSON-LD organisation, keeps this share of its weight.
constexpr double kSiteShare = 0.1;
constexpr std::size_t kMaxNameBytes = 80;
// Words in one name ("Mary Marlowe Leverette", "Jan van der Berg Jr"), or in a list of
// names before its first comma.
constexpr std::size_t kMaxNameWords = 6;
// A role word this far into a name without a comma ends a role of several words that began
// after the first two (given and family name).
constexpr std::size_t kRoleReach = 4;

bool has_letter(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return base::is_ascii_alpha(c) || static_cast<unsigned char>(c) >= 0x80; });
}

// Separators and spaces at either end of a byline piece: "Ann Lee -", "· Ann Lee".
std::string trim_separators(std::string_view s) {
    static const char* const kSeparators[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xA0",
                                              " ", "-", "|", ",", ":", ";", "/", "\t", "\"", "\xE2\x86\x92", "\xE2\x80\x9C", "\xE2\x80\x9D"};
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        for (const char* sep : kSeparators) {
            const std::string_view v(sep);
            if (s.size() >= v.size() && s.compare(0, v.size(), v) == 0) { s.remove_prefix(v.size()); changed = true; }
            if (s.size() >= v.size() && s.compare(s.size() - v.size(), v.size(), v) == 0) { s.remove_suffix(v.size()); changed = true; }
        }
    }
    return std::string(s);
}

std::vector<std::string> words(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t j = std::min(s.find(' ', i), s.size());
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

std::string join(const std::vector<std::string>& ws, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n && i < ws.size(); ++i) out += (i ? " " : "") + ws[i];
    return out;
}

// A job title glued to the name: "Ann Lee Senior Writer", "Ann LeeFounder at X" -> "Ann Lee".
std::string drop_role(const std::string& name, const TextLexicon& lex) {
    std::vector<std::string> ws = words(name);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        std::string w = trim_separators(ws[i]);
        if (i >= 2 && lex.byline_roles.count(base::lower_ascii(w))) {
            // "Ann Lee, Associate Content Writer": the role starts at the comma.
            std::size_t cut = i;
            for (std::size_t j = 1; j < i; ++j)
                if (ws[j].back() == ',') { cut = j + 1; break; }
            // "Ann Lee Content Marketing Coordinator": words of the role before its last word.
            if (cut == i && i >= kRoleReach) cut = 2;
            return trim_separators(join(ws, cut));
        }
        // A role glued to the last name without a space ("HabernyFounder").
        for (std::size_t k = 1; i >= 1 && k < w.size(); ++k) {
            if (!base::is_ascii_upper(w[k]) || !base::is_ascii_lower(w[k - 1])) continue;
            std::string rest = base::lower_ascii(w.substr(k));
            if (lex.byline_roles.count(rest)) {
                ws[i] = w.substr(0, k);
                return trim_separators(join(ws, i + 1));
            }
        }
    }
    return name;
}

// Whether a cleaned text is a label, an address or a handle rather than a name.
bool names_no_one(const std::string& name, const TextLexicon& lex) {
    if (name.empty() || name.size() > kMaxNameBytes || !has_letter(name)) return true;
    const std::string l = base::lower_ascii(name);
    if (l.find("http") != std::string::npos || l.find('@') != std::string::npos || l.find("://") != std::string::npos) return true;
    if (lex.byline_labels.count(l)) return true;
    for (const std::string& label : lex.byline_labels)
        if (label.find(' ') != std::string::npos && l.find(label) != std::string::npos) return true;   // "5 min read"
    // A cue whose name is elsewhere ("Jun 2 Written By").
    if (l.size() > 3 && l.compare(l.size() - 3, 3, " by") == 0) return true;
    // A headline or a sentence: more words before the first comma than a name has.
    {
        std::size_t n = 0;
        for (const std::string& w : words(l.substr(0, l.find(',')))) n += w != "and" && w != "&";
        if (n > kMaxNameWords) return true;
    }
    // A form field or a sentence, not a name.
    if (l.find_first_of("*?!") != std::string::npos) return true;
    return false;
}

std::string clean(const std::string& raw, const SiteNames& site, const clean::CleanResources& res) {
    const TextLexicon& lex = res.text;
    std::string name = byline_name(raw, res);
    // "Recipe by Ann Lee", "Text by Ann Lee": one word and "by" before the name.
    {
        const std::string l = base::lower_ascii(name);
        const auto by = l.find(" by ");
        if (by != std::string::npos && l.find(' ') == by) name = trim_separators(name.substr(by + 4));
    }
    // "Author Ann Lee": a label word before the name.
    {
        const std::vector<std::string> ws = words(name);
        if (ws.size() >= 2 && lex.byline_labels.count(base::lower_ascii(trim_separators(ws[0]))))
            name = trim_separators(name.substr(ws[0].size()));
    }
    // "Ann Lee on behalf of the team", "Ann Lee on 04-08-2021", a dangling "on".
    for (const char* cut : {" on behalf of ", " on "}) {
        const auto at = name.find(cut);
        if (at == std::string::npos) continue;
        const std::string rest = name.substr(at + std::char_traits<char>::length(cut));
        if (std::string(cut) != " on " || rest.empty() || base::is_ascii_digit(rest[0]) ||
            find_date_time(rest, res.dates))
            name = trim_separators(name.substr(0, at));
    }
    for (const char* tail : {" on", " at", " in", " and"}) {
        const std::size_t n = std::char_traits<char>::length(tail);
        if (name.size() > n && name.compare(name.size() - n, n, tail) == 0) name = trim_separators(name.substr(0, name.size() - n));
    }
    // An author's photo: "Picture of Ann Lee", "Ann Lee's avatar.".
    if (name.size() > 1 && name.back() == '.' && base::lower_ascii(name).find("avatar.") != std::string::npos) name.pop_back();
    for (const std::string& cue : lex.photo_cues) {
        const std::string l = base::lower_ascii(name);
        if (cue.rfind("'s ", 0) == 0 || cue.rfind("\xE2\x80\x99s ", 0) == 0) {
            if (l.size() > cue.size() && l.compare(l.size() - cue.size(), cue.size(), cue) == 0)
                name = trim_separators(name.substr(0, name.size() - cue.size()));
        } else if (l.size() > cue.size() + 1 && l.compare(0, cue.size() + 1, cue + " ") == 0) {
            name = trim_separators(name.substr(cue.size() + 1));
        }
    }
    name = drop_role(name, lex);
    // The outlet glued after the name: "Ann Lee USA TODAY".
    {
        const std::vector<std::string> ws = words(name);
        for (std::size_t i = 2; i < ws.size(); ++i) {
            std::string rest;
            for (std::size_t k = i; k < ws.size(); ++k) rest += (k > i ? " " : "") + ws[k];
            const std::string prev = base::lower_ascii(ws[i - 1]);
            if (prev == "of" || prev == "at" || prev == "for") break;   // "CEO of Acme" is a role
            if (is_site_name(rest, site)) { name = trim_separators(join(ws, i)); break; }
        }
    }
    // The outlet after a comma: "Ann Lee, USA TODAY".
    const auto comma = name.rfind(", ");
    if (comma != std::string::npos && is_site_name(name.substr(comma + 2), site)) name = trim_separators(name.substr(0, comma));
    name = collapse_spaces(name);
    return names_no_one(name, lex) ? std::string() : name;
}

struct Candidate {
    std::string name, key;
    double weight = 0;
    std::size_t order = 0;
};

}  // namespace

std::string byline_name(const std::string& raw, const clean::CleanResources& res) {
    const TextLexicon& lex = res.text;
    std::string text = collapse_spaces(raw);
    // A date: the name is before it, or after it when nothing but a cue is before it.
    if (const auto d = find_date_time(text, res.dates)) {
        const std::string before = text.substr(0, d->span.start), after = text.substr(d->span.end);
        const std::string lower_before = base::lower_ascii(before);
        const bool cue_only = date_cue_before(lower_before, lower_before.size(), lex) != DateCue::None &&
                              lower_before.find(' ', lower_before.find_first_not_of(' ')) == std::string::npos;
        text = has_letter(before) && !cue_only ? before : after;
    }
    // A date cue after the name ends it ("Ann Lee Last Updated:").
    {
        const std::string l = base::lower_ascii(text);
        std::size_t cut = std::string::npos;
        for (const auto* cues : {&lex.published_cues, &lex.updated_cues})
            for (const std::string& cue : *cues)
                for (std::size_t at = l.find(cue, 1); at != std::string::npos && at < cut; at = l.find(cue, at + 1))
                    if (find_word_before(l, cue, at + cue.size()) == at) { cut = at; break; }
        if (cut != std::string::npos) text.resize(cut);
    }
    text = trim_separators(text);
    // A cue after a partial date ("May 28 Written By Ann Lee"): the name follows it.
    {
        const std::string l = base::lower_ascii(text);
        for (const std::string& cue : lex.byline_cues) {
            const auto at = l.find(" " + cue + " ");
            if (at == std::string::npos || cue.size() < 3) continue;
            const std::string before = l.substr(0, at);
            if (before.find_first_of("0123456789") != std::string::npos) { text = trim_separators(text.substr(at + cue.size() + 2)); break; }
        }
    }
    // A cue opening it ("By", "Written by:").
    const std::string l = base::lower_ascii(text);
    for (const std::string& cue : lex.byline_cues) {
        if (l.compare(0, cue.size(), cue) != 0) continue;
        const char next = cue.size() < l.size() ? l[cue.size()] : ' ';
        if (cue.back() != ':' && next != ' ' && next != ':') continue;
        text = text.substr(cue.size());
        break;
    }
    return trim_separators(text);
}

std::optional<std::string> choose_byline(const BylineClues& clues, const SiteNames& site,
                                         const clean::CleanResources& res) {
    std::vector<Candidate> candidates;
    std::size_t order = 0;
    std::vector<std::string> ld;          // the JSON-LD names, cleaned
    std::string ld_key;                   // their joint candidate
    std::vector<std::string> voted;       // keys this source has voted for already
    auto vote = [&](const std::string& name, double weight) {
        if (name.empty()) return;
        std::string k = base::lower_ascii(name);
        // One of several JSON-LD authors confirms them all.
        if (ld.size() >= 2 && !ld_key.empty() &&
            std::any_of(ld.begin(), ld.end(), [&](const std::string& n) { return base::lower_ascii(n) == k; }))
            k = ld_key;
        // A source repeating a name (a byline at the top and the foot) votes once.
        if (std::find(voted.begin(), voted.end(), k) != voted.end()) return;
        voted.push_back(k);
        for (Candidate& c : candidates)
            if (c.key == k) { c.weight += is_site_name(c.name, site) ? weight * kSiteShare : weight; return; }
        if (is_site_name(name, site)) weight *= kSiteShare;
        candidates.push_back({name, k, weight, order++});
    };
    // JSON-LD: one vote for all its names together, printed as a byline prints them.
    for (const std::string& raw : clues.jsonld) {
        const std::string n = clean(raw, site, res);
        if (!n.empty() && std::find(ld.begin(), ld.end(), n) == ld.end()) ld.push_back(n);
    }
    if (!ld.empty()) {
        std::string all;
        for (const std::string& n : ld) all += (all.empty() ? "" : ", ") + n;
        if (ld.size() >= 2) {
            for (const auto* texts : {&clues.markup, &clues.printed}) {
                for (const std::string& t : *texts) {
                    const std::string c = collapse_spaces(byline_name(t, res));
                    const auto first = c.find(ld.front()), last = c.rfind(ld.back());
                    if (first == std::string::npos || last == std::string::npos || last < first) continue;
                    if (!std::all_of(ld.begin(), ld.end(), [&](const std::string& n) { return c.find(n) != std::string::npos; })) continue;
                    all = c.substr(first, last + ld.back().size() - first);
                    break;
                }
            }
        }
        vote(all, clues.jsonld_organization ? kJsonLdWeight * kSiteShare : kJsonLdWeight);
        ld_key = base::lower_ascii(all);
    }
    const std::pair<const std::vector<std::string>*, double> sources[] = {
        {&clues.meta, kMetaWeight}, {&clues.markup, kMarkupWeight}, {&clues.links, kLinkWeight},
        {&clues.printed, kPrintedWeight}, {&clues.printed_far, kAvatarWeight}, {&clues.avatars, kAvatarWeight}};
    for (const auto& [texts, weight] : sources) {
        voted.clear();
        for (const std::string& v : *texts) vote(clean(v, site, res), weight);
    }
    // A list of names ("Ann Lee and Bo Roe") gathers the votes for each of its names.
    for (Candidate& list : candidates) {
        std::vector<std::string> members;
        std::string rest = list.key;
        for (const char* sep : {", and ", " and ", " & ", ", "}) {
            std::string out;
            for (std::size_t at; (at = rest.find(sep)) != std::string::npos;) rest.replace(at, std::strlen(sep), "\n");
        }
        for (std::size_t i = 0; i <= rest.size();) {
            const std::size_t j = std::min(rest.find('\n', i), rest.size());
            if (j > i) members.push_back(rest.substr(i, j - i));
            i = j + 1;
        }
        if (members.size() < 2) continue;
        for (Candidate& one : candidates)
            if (&one != &list && std::find(members.begin(), members.end(), one.key) != members.end()) {
                list.weight += one.weight;
                one.weight = 0;
            }
    }
    if (candidates.empty()) return std::nullopt;
    const auto best = std::max_element(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.weight < b.weight || (a.weight == b.weight && a.order > b.order);
    });
    return best->name;
}

}  // namespace lede::html
