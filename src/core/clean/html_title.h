// html_title.h — which text of a page is its headline.
//
// A page names its article in metadata (og:title, JSON-LD headline, twitter:title,
// <title>), usually with the site's name around it ("Headline | Site"), and prints it in a
// heading. Headings also hold the site's logo, section labels, the titles of other
// articles and the story's own subheadings; metadata titles are sometimes SEO variants.
//
// The choice, in order:
//  1. A heading (<h1>, then <h2>, then <h3>) that a metadata title confirms: equal to the
//     whole metadata title, to it without the site's name, or to one side of a separator
//     in it ("Defer, Panic, and Recover - The Go Programming Language").
//  2. A heading that is a metadata title plus its dateline or a one-word label ("Dec 18
//     2025 Preparing a transition", "Blog: Best agencies"): the metadata's words.
//  3. The first <h1> that is not the site's name, when it shares at least a third of its
//     words with the metadata title (a visible headline the metadata words differently).
//  4. The first metadata title without the site's name.
// Titles are given as printed (curly quotes kept); a short label after the first separator
// ("Headline | Opinion", "Headline | Python, SQL & AI") is dropped. Separators are
// assets/clean/html/title_separators.txt. A metadata title also confirms a heading without a
// bracketed name at its end ("The Fold-and-Cut Problem (Erik Demaine)"); a heading that
// prints a whole "Headline | Section | Site" title gives the headline alone; an address
// ("Newegg.com") is a site's name even when the page declares none (site_name.h); an entity
// left in a heading by double encoding ("&#x26;") is decoded.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean_resources.h"
#include "site_name.h"

namespace lede::html {

struct Heading {
    std::string text;             // whitespace collapsed
    int level = 1;                // 1..3
    std::size_t text_index = 0;   // visible text nodes before the dateline under it
};

struct TitleClues {
    std::vector<std::string> meta_titles;   // og:title, JSON-LD headline, twitter:title, <title>
    std::string outlet;                     // the site's name, when known
    SiteNames site;                         // every name the page goes by (site_name.h)
    std::vector<Heading> headings;          // document order
};

struct TitleChoice {
    std::string title;
    std::optional<std::size_t> heading;     // index into headings of the printed headline
};

std::optional<TitleChoice> choose_title(const TitleClues& clues, const clean::CleanResources& resources);

// "Headline | Site" -> "Headline" when `site` (or, without it, the shorter side) is a site
// name; the title unchanged when no part can be shown to be one.
std::string drop_site_name(const std::string& title, const std::string& site, const clean::CleanResources& resources);
// The same, with every name the page goes by: a last or first part that is one of them goes
// ("GAME CHANGER | Newegg.com", "davidbau.com Vibe Coding").
std::string drop_site_name(const std::string& title, const std::string& outlet, const SiteNames& site,
                           const clean::CleanResources& resources);

// Text that was UTF-8, read as Latin-1 and encoded again ("Investorâ\u0080\u0099s"), put back
// ("Investor’s"); other text unchanged.
std::string repair_mojibake(const std::string& text);

// Case-folded (ASCII), whitespace-collapsed, typewriter-apostrophe form used to compare
// titles and headings.
std::string comparable(std::string_view text);

// Curly single quotes as the typewriter apostrophe.
std::string plain_apostrophes(std::string text);

}  // namespace lede::html
