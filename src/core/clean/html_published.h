// html_published.h — which of the dates a page carries is its publication date.
//
// A page states dates in several places that often disagree: JSON-LD datePublished and
// date meta tags (what the site declares), a date in its URL (/2020/09/25/), <time
// datetime> elements, and the dateline a reader sees under the headline ("Updated on Sep
// 25, 2020"), which may be the first publication or the last edit. Elsewhere on the page
// are other articles' dates (tickers, teasers, comments) and dates inside the story
// itself, which are not its publication date.
//
// The choice, in order:
//  1. A date in the page's URL path (/yyyy/mm/dd/): fixed when the page was first published.
//  2. The declared publication date, unless the first dateline near the headline shows
//     another day: an earlier day is the first publication. "Another day" is one the
//     declared moment falls on nowhere when it has a UTC offset ("2025-12-19T22:02Z" is the
//     19th or 20th everywhere), else more than a day apart (time zones); the declared value
//     is kept as written, never shifted to the local day. An all-numeric dateline whose
//     other reading is the declared day ("09.10.2024" beside 2024-09-10) confirms it. A later one is the date the page shows as its own when schema.org
//     (JSON-LD or microdata) alone declares the date, which such pages regenerate with
//     every edit; a date in a head <meta> tag (article:published_time and the like) is
//     kept when the page prints a later update.
//  3. The nearest dateline to the headline (the 12 text nodes before it, the 40 after;
//     one above counts twice as far), and of a pair ("Dec 22, 2022 · Updated: Jan 2,
//     2026") the one that is not printed as the update.
//  4. <time datetime> values (itemprop=datePublished / pubdate first), then a dateline
//     anywhere on the page: a published cue, an updated one, a bare one.
//  5. The declared modification date: a page that states nothing else was last edited then.
// A dateline is a date with little else: a text node of the date and a short label, or a
// short block of byline furniture; a sentence of the story that mentions a date is
// neither. Its cue comes from the words before the date (assets/clean/<lang>/
// date_cues.txt) or from its element's class words (assets/clean/html/date_class_hints.txt).
//
// Contract: never fails; linear in the number of text nodes (each dateline test reads a
// bounded number of bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "published_date.h"

#include "../analysis.h"
#include "html_document.h"
#include "clean_resources.h"
#include "text_lexicon.h"

namespace lede::html {

struct TimeClue {
    std::string value;            // the datetime attribute
    std::size_t text_index = 0;   // visible text nodes before the element
    DateCue cue = DateCue::None;  // from itemprop / pubdate / class words
};

struct DateClues {
    std::vector<std::string> declared;          // datePublished, date meta tags; best first
    bool declared_in_meta = false;              // a <meta> tag states it, not only JSON-LD
    std::vector<std::string> modified;          // dateModified, modified meta tags; best first
    std::string url;                            // canonical link or og:url
    std::vector<const xmlNode*> texts;          // non-blank text nodes, document order
    std::optional<std::size_t> headline;        // index into texts just after the headline
    std::vector<TimeClue> times;                // document order
    NumericOrder order = NumericOrder::Unknown; // how the page's locale writes 03/10/2023
};

struct PublishedDate {
    std::string iso;                            // as published_date.h writes it
    std::optional<Span> source;                 // where it sits in the page, when known
};

std::optional<PublishedDate> choose_published(const HtmlDocument& doc, const DateClues& clues,
                                              const clean::CleanResources& resources);

// The date in a URL path: "/2020/09/25/" or a path ending "/2020/09/25" (year, month and
// day segments of a real calendar day); nothing for other forms.
std::optional<std::string> url_date(std::string_view url, const DateLexicon& dates);

// Which date class words name ("entry-date published", "date_updated"): from
// assets/clean/html/date_class_hints.txt.
DateCue class_cue(const xmlNode* element, const DateClassHints& hints);

}  // namespace lede::html
