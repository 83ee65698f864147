// html_metadata.h — what a page says about itself: title, publication time, authors,
// site name and language, from JSON-LD, OpenGraph and other meta tags, <time>, <title>,
// <h1> and byline markup.
//
// Contract: `read_metadata(doc)` walks the whole tree once (iteratively) and never fails;
// every field is empty when the page does not state it.
// - title: chosen by html_title.h among the headings (<h1>-<h3>) and the metadata titles
//   (og:title, JSON-LD headline, twitter:title, <title>), with the site's names learned
//   from the page (site_name.h).
// - published: ISO 8601 local time as printed ("2020-09-25T11:36" or "2020-09-25"), chosen
//   by html_published.h among the URL's date, JSON-LD datePublished and date meta tags
//   (assets/clean/html/date_meta_names.txt; also after a site's prefix, "w-published-date", with
//   the name fragments of date_meta_fragments.txt),
//   the dateline under the headline and <time>;
//   `published_source` is where that value sits in the source, when it is found there.
//   All-numeric dates are read in the order of the page's language (en-GB 03/10 is 3 October).
// - byline: chosen by html_byline.h among JSON-LD authors (html_jsonld.h), author meta
//   tags, byline markup, author-page links, printed bylines near the headline and author
//   photos; the site's names (site_name.h) weigh little.
// - outlet: og:site_name, else JSON-LD publisher name.
// - language: <html lang>, else Content-Language / og:locale, as BCP 47 ("en-US").
// Dates are read by published_date.h. Article types recognised in JSON-LD are listed in assets/clean/html/jsonld_article_types.txt.
#pragma once

#include <optional>
#include <string>

#include "../analysis.h"
#include "html_document.h"
#include "html_title.h"

namespace lede::html {

struct HtmlMetadata {
    std::optional<std::string> title;
    std::optional<std::string> published;
    std::optional<Span> published_source;
    std::optional<std::string> byline;
    std::optional<std::string> outlet;
    std::optional<std::string> language;
};

HtmlMetadata read_metadata(const HtmlDocument& doc, const clean::CleanResources& resources);

}  // namespace lede::html
