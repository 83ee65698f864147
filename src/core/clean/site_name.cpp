// site_name.cpp — see site_name.h.
#include "site_name.h"

#include <algorithm>
#include <cctype>

#include "html_document.h"

namespace lede::html {
namespace {

std::string fold(std::string_view s) {
    std::string out = collapse_spaces(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Letters and digits only: "Move.org" and "move org" -> "moveorg".
std::string squeeze(std::string_view s) {
    std::string out;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

// The last part of a title after one of the separators (assets/clean/html/title_separators.txt).
std::string last_part(const std::string& title, const std::vector<std::string>& seps) {
    std::size_t best = std::string::npos, len = 0;
    for (const std::string& s : seps) {
        const std::string sep = " " + s + " ";
        const auto at = title.rfind(sep);
        if (at != std::string::npos && (best == std::string::npos || at > best)) best = at, len = sep.size();
    }
    return best == std::string::npos ? std::string() : trim(title.substr(best + len));
}

// What comes before `tail` and the separator in front of it ("A – B", "B" -> "A").
std::string head_before(const std::string& title, const std::string& tail) {
    std::string head = trim(title.substr(0, title.rfind(tail)));
    const auto space = head.rfind(' ');
    return space == std::string::npos ? std::string() : head.substr(0, space);
}

}  // namespace

std::string host_of(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos) return {};
    url.remove_prefix(scheme + 3);
    const auto end = url.find_first_of("/?#:");
    std::string host = fold(url.substr(0, end));
    if (host.rfind("www.", 0) == 0) host.erase(0, 4);
    return host;
}

SiteNames learn_site_names(const std::vector<std::string>& declared, std::string_view url,
                           const std::vector<std::string>& titles, const std::vector<std::string>& separators) {
    SiteNames site;
    auto add = [&](const std::string& name) {
        std::string f = fold(name);
        if (f.size() >= 2 && std::find(site.names.begin(), site.names.end(), f) == site.names.end())
            site.names.push_back(std::move(f));
    };
    for (const std::string& d : declared) add(d);
    site.host = host_of(url);
    if (!site.host.empty()) {
        // The distinctive label: the one before the public suffix ("news.bbc.co.uk" -> "bbc"
        // is beyond a bare rule; the longest label not a common suffix does well enough).
        std::vector<std::string> labels;
        std::size_t i = 0;
        while (i <= site.host.size()) {
            std::size_t j = site.host.find('.', i);
            if (j == std::string::npos) j = site.host.size();
            labels.push_back(site.host.substr(i, j - i));
            i = j + 1;
        }
        if (labels.size() >= 2) {
            std::size_t k = labels.size() - 2;
            // "example.co.uk", "example.com.au": a two-letter country label after a short one.
            if (k > 0 && labels.back().size() == 2 && labels[k].size() <= 3) --k;
            site.brand = labels[k];
        }
    }
    // A last part two titles share while their heads differ is the site's name; so is one
    // that spells the address ("GAME CHANGER | Newegg.com").
    for (std::size_t a = 0; a < titles.size(); ++a) {
        const std::string tail = last_part(titles[a], separators);
        if (tail.empty()) continue;
        const std::string sq = squeeze(tail);
        if (!site.brand.empty() && (sq == site.brand || sq == squeeze(site.host))) add(tail);
        for (std::size_t b = a + 1; b < titles.size(); ++b) {
            const std::string other = last_part(titles[b], separators);
            if (fold(other) != fold(tail)) continue;
            // The heads must differ as words, not only in their separators ("A - B" and "A – B"
            // are one title written twice; its last part is its subtitle, not a site's name).
            if (squeeze(head_before(titles[a], tail)) != squeeze(head_before(titles[b], other)))
                add(tail);
        }
    }
    return site;
}

bool names_site_at_length(std::string_view part, const SiteNames& site) {
    constexpr std::size_t kMaxWords = 5, kMinBrand = 4;
    if (site.brand.size() < kMinBrand) return false;
    const std::string f = fold(part);
    if (f.empty() || static_cast<std::size_t>(std::count(f.begin(), f.end(), ' ')) + 1 > kMaxWords) return false;
    const std::string sq = squeeze(f);
    return sq.size() > site.brand.size() && sq.compare(0, site.brand.size(), site.brand) == 0;
}

bool looks_like_domain(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const auto dot = text.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || text.size() > 64) return false;
    const std::string_view tld = text.substr(dot + 1);
    if (tld.size() < 2 || tld.size() > 6) return false;
    for (char c : tld)
        if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    // Every label: letters, digits or hyphens, the first two letters long at least (so that
    // "U.S." and "p.m." are not addresses).
    std::size_t start = 0, labels = 0;
    while (start <= dot) {
        const std::size_t end = text.find('.', start);
        const std::string_view label = text.substr(start, end - start);
        if (label.empty()) return false;
        for (char c : label)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
        if (labels == 0 && label.size() < 2) return false;
        ++labels;
        start = end + 1;
    }
    // "Node.js", "Vue.js": a product written like an address; its suffix is not a domain's.
    return tld.size() >= 2 && !(tld.size() == 2 && (tld == "js" || tld == "JS"));
}

bool is_site_name(std::string_view text, const SiteNames& site) {
    const std::string f = fold(text);
    if (f.empty()) return false;
    if (looks_like_domain(f)) return true;
    for (const std::string& n : site.names)
        if (f == n) return true;
    if (site.host.empty()) return false;
    const std::string sq = squeeze(f);
    return f == site.host || (!site.brand.empty() && site.brand.size() >= 3 && (sq == site.brand || sq == squeeze(site.host)));
}

}  // namespace lede::html
