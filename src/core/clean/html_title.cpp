// html_title.cpp — see html_title.h. Metadata titles are cut into the parts a site joins
// with separators; headings are compared with those parts in a comparable form.
#include "html_title.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "html_document.h"
#include "published_date.h"

namespace lede::html {
namespace {

// A heading that shares less than this share of its words with the metadata title is
// another text (a logo, a section label, a teaser), not the headline worded differently.
constexpr double kMinSharedWords = 0.3;
// Parts of a metadata title shorter than this are labels, not headlines.
constexpr std::size_t kMinPartBytes = 4;
// A label after a separator has at most this many words; the headline before it at least
// kMinHeadWords.
constexpr std::size_t kMaxLabelWords = 3;
constexpr std::size_t kMinHeadWords = 3;
// A heading longer than this is not a site's name (the test is skipped).
constexpr std::size_t kMaxSiteNameBytes = 80;

// How many separators (assets/clean/html/title_separators.txt, spaced) a title holds.
std::size_t separator_count(const std::string& title, const std::vector<std::string>& separators) {
    std::size_t n = 0;
    for (const std::string& sep_word : separators) {
        const std::string sep = " " + sep_word + " ";
        for (auto at = title.find(sep); at != std::string::npos; at = title.find(sep, at + sep.size())) ++n;
    }
    return n;
}

// A title ending in a bracketed name of at most kMaxLabelWords capitalised words, without it;
// "" for any other title.
std::string without_bracketed_name(const std::string& title) {
    if (title.size() < 3 || title.back() != ')') return {};
    const auto open = title.rfind(" (");
    if (open == std::string::npos || open == 0) return {};
    const std::string inside = title.substr(open + 2, title.size() - open - 3);
    if (inside.empty()) return {};
    std::size_t words = 0;
    for (std::size_t i = 0; i < inside.size();) {
        const std::size_t j = std::min(inside.find(' ', i), inside.size());
        if (j > i) {
            const unsigned char c = static_cast<unsigned char>(inside[i]);
            if (!std::isupper(c) && c < 0x80) return {};   // "(with video)", "(2025)" are part of it
            ++words;
        }
        i = j + 1;
    }
    if (words == 0 || words > kMaxLabelWords) return {};
    return trim(title.substr(0, open));
}

// A metadata title's parts: itself, without the site's name, and each side of every
// separator in it ("A | B | C" -> "A", "C", "A | B", "B | C").
struct Part {
    std::string text, key;   // as printed, comparable
};

std::vector<Part> parts_of(const std::vector<std::string>& titles, const std::string& outlet, const SiteNames& site,
                           const clean::CleanResources& res) {
    std::vector<Part> parts;
    std::unordered_set<std::string> seen;
    auto add = [&](const std::string& text) {
        std::string t = trim(text);
        std::string key = comparable(t);
        if (key.size() < kMinPartBytes || !seen.insert(key).second) return;
        parts.push_back({std::move(t), std::move(key)});
    };
    for (const std::string& title : titles) {
        add(title);
        add(drop_site_name(title, outlet, site, res));
        // "The Fold-and-Cut Problem (Erik Demaine)": a short name in brackets after the
        // headline (the site's or the author's) is not printed in the heading.
        if (const std::string bare = without_bracketed_name(title); !bare.empty()) add(bare);
        for (const std::string& sep_word : res.html.title_separators) {
            const std::string sep = " " + sep_word + " ";
            const auto first = title.find(sep), last = title.rfind(sep);
            if (first == std::string::npos) continue;
            add(title.substr(0, first));
            add(title.substr(last + sep.size()));
            add(title.substr(0, last));
            add(title.substr(first + sep.size()));
        }
    }
    return parts;
}

std::vector<std::string> words_of(std::string_view key) {
    std::vector<std::string> words;
    std::string w;
    for (char c : key) {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            w.push_back(c);
        } else if (!w.empty()) {
            words.push_back(std::move(w));
            w.clear();
        }
    }
    if (!w.empty()) words.push_back(std::move(w));
    return words;
}

// The share of `a`'s words that are in `b`.
double shared_words(std::string_view a, std::string_view b) {
    const std::vector<std::string> wa = words_of(a), wb = words_of(b);
    if (wa.empty()) return 0.0;
    const std::unordered_set<std::string> in_b(wb.begin(), wb.end());
    std::size_t shared = 0;
    for (const std::string& w : wa) shared += in_b.count(w);
    return double(shared) / double(wa.size());
}

// What a heading holds besides a headline: its dateline ("Dec 18 2025", "Posted on July 1,
// 2024 by Ann") or a one-word label ("Blog:").
bool furniture(std::string_view rest, const DateLexicon& dates) {
    const std::string r = trim(rest);
    if (r.empty()) return false;
    if (find_date_time(r, dates)) return true;
    if (r.back() != ':') return false;
    return std::all_of(r.begin(), r.end() - 1, [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
}

// "Headline | Opinion", "Headline – Strength Training": a label of at most kMaxLabelWords
// capitalised words after the first separator is a section, a site or a tagline, not part
// of the headline. A longer or lower-case tail ("— and 5 trends to expect") or one that
// exclaims or asks is a subtitle and stays.
std::string drop_label_tail(const std::string& title) {
    for (const char* sep : {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
        const auto at = title.find(sep);
        if (at == std::string::npos) continue;
        const std::string head = trim(title.substr(0, at)), tail = trim(title.substr(at + std::strlen(sep)));
        if (tail.empty() || head.empty()) return title;
        const std::size_t head_words = words_of(comparable(head)).size();
        // Words, not spaces: "Python, SQL & AI" is a label of three.
        const std::size_t tail_words = words_of(comparable(tail)).size();
        const unsigned char first = static_cast<unsigned char>(tail[0]);
        const bool capital = std::isupper(first) || std::isdigit(first) || first >= 0x80;
        if (head_words >= kMinHeadWords && tail_words <= kMaxLabelWords && capital &&
            tail.find_first_of("?!") == std::string::npos)
            return head;
        return title;
    }
    return title;
}

}  // namespace

std::string plain_apostrophes(std::string text) {
    for (const char* curly : {"\xE2\x80\x99", "\xE2\x80\x98"}) {
        for (std::size_t at = text.find(curly); at != std::string::npos; at = text.find(curly, at + 1))
            text.replace(at, 3, "'");
    }
    return text;
}

std::string comparable(std::string_view raw) {
    std::string out = plain_apostrophes(collapse_spaces(raw));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string drop_site_name(const std::string& title, const std::string& site, const clean::CleanResources& res) {
    const std::string site_c = comparable(site);
    for (const std::string& sep_word : res.html.title_separators) {
        const std::string sep = " " + sep_word + " ";
        // Site name last ("Headline | Site") or first ("Site | Headline").
        const auto last = title.rfind(sep);
        if (last != std::string::npos) {
            const std::string head = trim(title.substr(0, last)), tail = trim(title.substr(last + sep.size()));
            const std::string tail_c = comparable(tail);
            if (!site_c.empty() && !tail_c.empty() &&
                (tail_c == site_c || site_c.find(tail_c) != std::string::npos || tail_c.find(site_c) != std::string::npos))
                return drop_site_name(head, site, res);
            const auto first = title.find(sep);
            const std::string lead_c = comparable(title.substr(0, first));
            if (!site_c.empty() && (lead_c == site_c || site_c.find(lead_c) != std::string::npos))
                return trim(title.substr(first + sep.size()));
            // Without a known site name: a short last part after a long headline.
            if (site_c.empty() && (sep_word == "|" || sep_word == "-" || sep_word == "–" || sep_word == "—") &&
                tail.size() <= 30 && head.size() >= 2 * tail.size() &&
                std::count(tail.begin(), tail.end(), ' ') <= 3)
                return head;
        }
    }
    return title;
}

std::string drop_site_name(const std::string& title, const std::string& outlet, const SiteNames& site,
                           const clean::CleanResources& res) {
    std::string t = drop_site_name(title, outlet, res);
    // With no name learned, an address alone still names the site ("GAME CHANGER | Newegg.com").
    for (const std::string& sep_word : res.html.title_separators) {
        const std::string sep = " " + sep_word + " ";
        const auto last = t.rfind(sep);
        if (last != std::string::npos &&
            (is_site_name(t.substr(last + sep.size()), site) || names_site_at_length(t.substr(last + sep.size()), site)))
            return drop_site_name(trim(t.substr(0, last)), outlet, site, res);
        const auto first = t.find(sep);
        if (first != std::string::npos && is_site_name(t.substr(0, first), site))
            return drop_site_name(trim(t.substr(first + sep.size())), outlet, site, res);
    }
    // The address glued to the headline without a separator ("davidbau.com Vibe Coding").
    if (!site.host.empty() && site.host.find('.') != std::string::npos) {
        const std::string c = comparable(t);
        if (c.size() > site.host.size() + 1 && c.compare(0, site.host.size() + 1, site.host + " ") == 0)
            return trim(t.substr(site.host.size() + 1));
    }
    return t;
}

std::string repair_mojibake(const std::string& text) {
    // Only text whose code points all fit in one byte, some above 0x7F, can be this.
    std::string bytes;
    bool high = false;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) { bytes.push_back(char(c)); ++i; continue; }
        if ((c == 0xC2 || c == 0xC3) && i + 1 < text.size()) {
            const unsigned char d = static_cast<unsigned char>(text[i + 1]);
            if ((d & 0xC0) != 0x80) return text;
            bytes.push_back(char(((c & 0x03) << 6) | (d & 0x3F)));
            high = true;
            i += 2;
            continue;
        }
        return text;
    }
    if (!high) return text;
    // The bytes must be well-formed UTF-8 with at least one multi-byte sequence.
    bool multi = false;
    for (std::size_t i = 0; i < bytes.size();) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > bytes.size()) return text;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return text;
        multi |= n > 1;
        i += n;
    }
    return multi ? bytes : text;
}

std::optional<TitleChoice> choose_title(const TitleClues& clues, const clean::CleanResources& res) {
    std::vector<Part> parts = parts_of(clues.meta_titles, clues.outlet, clues.site, res);
    const std::string site = comparable(clues.outlet);
    // What dropping the site's name removed from a metadata title is a name of the site
    // ("Playful Tones" of "Headline | Playful Tones"): neither a part of the headline nor,
    // as a heading, the headline (it is the logo).
    std::unordered_set<std::string> removed;
    for (const std::string& t : clues.meta_titles) {
        const std::string kept = comparable(drop_site_name(t, clues.outlet, clues.site, res)), whole = comparable(t);
        if (kept.empty() || kept == whole) continue;
        std::string rest;
        if (whole.compare(0, kept.size(), kept) == 0) rest = whole.substr(kept.size());
        else if (whole.size() > kept.size() && whole.compare(whole.size() - kept.size(), kept.size(), kept) == 0)
            rest = whole.substr(0, whole.size() - kept.size());
        // The separator and spaces around it go.
        std::string_view r(rest);
        while (!r.empty() && !std::isalnum(static_cast<unsigned char>(r.front())) && static_cast<unsigned char>(r.front()) < 0x80) r.remove_prefix(1);
        while (!r.empty() && !std::isalnum(static_cast<unsigned char>(r.back())) && static_cast<unsigned char>(r.back()) < 0x80) r.remove_suffix(1);
        if (!r.empty()) removed.insert(std::string(r));
    }
    parts.erase(std::remove_if(parts.begin(), parts.end(), [&](const Part& p) { return removed.count(p.key) > 0; }), parts.end());
    // Headings that can be a headline: not empty, not the site's name (a logo).
    std::vector<std::pair<std::size_t, std::string>> candidates;   // index, comparable text
    // A heading whose text still holds an entity ("SQL &#x26; AI": the page encoded it twice)
    // is compared, and printed, decoded.
    std::vector<std::string> heading_text(clues.headings.size());
    for (std::size_t i = 0; i < clues.headings.size(); ++i) {
        const std::string& h = clues.headings[i].text;
        heading_text[i] = h.find('&') == std::string::npos ? h : decode_entities(h);
    }
    for (std::size_t i = 0; i < clues.headings.size(); ++i) {
        std::string key = comparable(heading_text[i]);
        if (key.size() >= kMinPartBytes && key != site && !removed.count(key) &&
            (key.size() > kMaxSiteNameBytes || !is_site_name(key, clues.site)))
            candidates.emplace_back(i, std::move(key));
    }
    auto choice = [&](std::string title, std::optional<std::size_t> heading) {
        title = repair_mojibake(collapse_spaces(title));
        title = drop_label_tail(title);
        return std::optional<TitleChoice>(TitleChoice{title, heading});
    };
    // 1. A heading a metadata title confirms, the highest level first.
    for (int level = 1; level <= 3; ++level)
        for (const auto& [index, key] : candidates)
            if (clues.headings[index].level == level)
                for (const Part& p : parts)
                    if (p.key == key) {
                        // A heading that prints the whole <title>, site name and all ("Headline |
                        // Section | Site"): the headline is the title without it. Without a name
                        // learned, only a title of three parts or more is taken to carry one.
                        const std::string& h = heading_text[index];
                        const std::string& heading_key = key;   // C++17 lambdas cannot capture a structured binding
                        const bool whole = std::any_of(clues.meta_titles.begin(), clues.meta_titles.end(),
                                                       [&](const std::string& t) { return comparable(t) == heading_key; });
                        const bool named = !clues.outlet.empty() || !clues.site.empty() || separator_count(h, res.html.title_separators) >= 2;
                        return choice(whole && named ? drop_site_name(h, clues.outlet, clues.site, res) : h, index);
                    }
    // 2. A heading that is a metadata title and its dateline or label.
    for (int level = 1; level <= 3; ++level)
        for (const auto& [index, key] : candidates) {
            if (clues.headings[index].level != level) continue;
            for (const Part& p : parts) {
                if (p.key.size() >= key.size()) continue;
                if (key.compare(0, p.key.size(), p.key) == 0 && furniture(std::string_view(key).substr(p.key.size()), res.dates))
                    return choice(p.text, index);
                if (key.compare(key.size() - p.key.size(), p.key.size(), p.key) == 0 &&
                    furniture(std::string_view(key).substr(0, key.size() - p.key.size()), res.dates))
                    return choice(p.text, index);
            }
        }
    const std::string meta = clues.meta_titles.empty() ? std::string() : drop_site_name(clues.meta_titles.front(), clues.outlet, clues.site, res);
    // 3. The first <h1>, unless the metadata names something else.
    for (const auto& [index, key] : candidates) {
        if (clues.headings[index].level != 1) continue;
        if (meta.empty() || shared_words(key, comparable(meta)) >= kMinSharedWords)
            return choice(heading_text[index], index);
        break;
    }
    // 4. The metadata title.
    if (!trim(meta).empty()) return choice(meta, std::nullopt);
    return std::nullopt;
}

}  // namespace lede::html
