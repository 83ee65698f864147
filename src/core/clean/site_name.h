// site_name.h — the names a page goes by, learned from the page itself, so that they can be
// told apart from a headline or an author.
//
// A site names itself in og:site_name, in its JSON-LD publisher, in its address
// ("artlyst.com", "davidbau.com") and in the suffix its titles repeat ("… | Splunk" in both
// <title> and og:title). `is_site_name` answers whether a piece of text is one of those
// names (compared case-folded, spaces collapsed; "Newegg.com", "newegg" and "NEWEGG" all
// match the address newegg.com).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede::html {

struct SiteNames {
    std::vector<std::string> names;   // comparable forms: lower case, spaces collapsed
    std::string host;                 // "newegg.com" (no "www."), when the address is known
    std::string brand;                // the host's distinctive label: "newegg"

    bool empty() const { return names.empty() && host.empty(); }
};

// `declared`: og:site_name, publisher and application names (any may be empty); `url`: the
// page's canonical address or og:url; `titles`: the metadata titles (<title>, og:title, …),
// whose shared last part after a separator is a site name when they have different heads
// or when it matches the address. `separators`: the title separators
// (assets/clean/html/title_separators.txt, HtmlHints::title_separators).
SiteNames learn_site_names(const std::vector<std::string>& declared, std::string_view url,
                           const std::vector<std::string>& titles, const std::vector<std::string>& separators);

// Whether `text` is one of the site's names, or an address on its own ("Newegg.com",
// "example.co.uk"): a page prints a domain name for a site, never for a headline or a person.
bool is_site_name(std::string_view text, const SiteNames& site);

// A short last part of a title that begins with the address's distinctive label ("UC Davis
// Children's Hospital" on health.ucdavis.edu, "Newegg Business" on newegg.com): the site
// under a longer name. At most five words; a brand of four letters or more.
bool names_site_at_length(std::string_view part, const SiteNames& site);

// One token of dot-separated labels ending in a label of 2-6 letters ("newegg.com",
// "Move.org"); not a version ("v1.2"), an abbreviation ("U.S.") or a file name we could tell
// apart ("index.html" has a 4-letter suffix too: such text is not printed as a headline part).
bool looks_like_domain(std::string_view text);

// The host of an address, lower case, without "www." ("" when there is none).
std::string host_of(std::string_view url);

}  // namespace lede::html
