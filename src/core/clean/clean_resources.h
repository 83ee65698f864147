// clean_resources.h — the cleaning stage's data (line lexicons, HTML hints, date words), loaded once from the asset source
// and passed to the stage (no stage reads a data file after loading).
#pragma once

#include "asset_source.h"
#include "html_hints.h"
#include "published_date.h"
#include "text_lexicon.h"

namespace lede::clean {

struct CleanResources {
    TextLexicon text;          // furniture lines and phrases, stop words, byline and date cues
    DateLexicon dates;         // month, weekday and time words, zones, locale orders
    html::HtmlHints html;      // class words, meta keys, title separators, JSON-LD types

    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    //
    // libxml2 is initialised by HtmlDocument::parse (a function-local static, thread-safe),
    // not here: parsing is usable without resources (the document tests, the fuzz target),
    // and the static holds no data.
    static CleanResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::clean
