// html_byline.h — who wrote the article, from every place a page names its author, ranked
// by evidence.
//
// A page names its author in JSON-LD (author.name, arrays, @graph references), in meta tags
// (assets/clean/html/author_meta_names.txt; twitter:data1 when twitter:label1 says "Written
// by"), in byline markup (rel=author, itemprop=author, classes with "byline"/"author"), in
// links to an author page (assets/clean/html/author_link_paths.txt), in printed text ("By
// Ann Lee", or a "Written by" label with the name in the next element) and in the alt text
// of an author's photo. Each source is a vote weighted by how reliable it is; the same name
// from two sources adds up. A name that is the site's own name (site_name.h), or an
// organisation in JSON-LD, weighs little: it is taken only when no person is named.
//
// Names are cleaned: cues ("By", "Posted by", "Recipe by"), dates, job titles glued to the
// name ("Ann Lee Senior Writer", assets/clean/<lang>/byline_roles.txt), "on behalf of …" and
// the outlet after a comma go; texts that name no one ("Updated", "5 min read",
// assets/clean/<lang>/byline_labels.txt), addresses and user handles are refused.
// Several JSON-LD authors are printed as the page prints them when a byline holds them all,
// else joined by ", ".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clean_resources.h"
#include "site_name.h"

namespace lede::html {

struct BylineClues {
    std::vector<std::string> jsonld;          // JSON-LD author names, in order
    bool jsonld_organization = false;         // the JSON-LD author is an Organization
    std::vector<std::string> meta;            // meta tag values, best key first
    std::vector<std::string> markup;          // texts of byline elements
    std::vector<std::string> links;           // texts of links to an author page
    std::vector<std::string> printed;         // "By Ann Lee" texts; names after a "Written by" label
    std::vector<std::string> printed_far;     // "Written by Ann Lee" far from the headline (an author bio)
    std::vector<std::string> avatars;         // alt texts of author photos
};

std::optional<std::string> choose_byline(const BylineClues& clues, const SiteNames& site,
                                         const clean::CleanResources& resources);

// The name in one byline text: its date, date cues, opening cue and glued job title gone
// ("Written By: Ann Lee Last Updated: August 1, 2025" -> "Ann Lee"); "" when it names no one.
std::string byline_name(const std::string& raw, const clean::CleanResources& resources);

}  // namespace lede::html
