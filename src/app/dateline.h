// dateline.h — honest dates: what a relative date ("Friday", "last month") was counted from,
// said in words, and the publication date a reader types when the article shows none.
//
// The core resolves relative dates against the article's publication date. When it finds
// none it still needs an anchor, and takes the first full date written in the text, else
// today, with a `no-dateline` warning (CONTRACT.md). The page must not show that stand-in
// as if it were the publication date: `date_anchor` reads which of these happened (the
// warning, or a date the reader or a link's sender gave), and `anchor_sentence` says it.
// Cleaning may also take a date written inside the article's own text (a date in its third
// paragraph) as the publication date, with no warning: `published_source` then lies inside
// what `article.origin` copied from the input, and that is said too.
//
// No ImGui here: the unit tests check it natively (tests/unit/dateline_test.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "analysis.h"

namespace lede::app {

// A typed date, checked as the core checks --dateline: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM".
// Also accepted, and written in that form: surrounding spaces, "/" or "." between the
// parts, and a space instead of "T". `value` when it is a real date, else `error` says why
// in words a reader understands.
struct DatelineParse {
    std::optional<std::string> value;
    std::string error;
};
DatelineParse parse_dateline(std::string_view typed);

// Who gave the publication date the analysis used, when the article itself did not.
enum class DateGiver { None, Reader, Link };

enum class AnchorSource {
    Article,          // the article's own publication date (cleaning found it outside the text)
    FromBody,         // cleaning took the publication date from inside the article's text
    GivenByReader,    // typed on this page
    GivenByLink,      // carried by the share link this article came from
    FirstDateInText,  // none found: the first full date written in the article stands in
    Today,            // none found and no date in the text: today stands in
    Unknown,          // no article, or nothing to say
};

struct DateAnchor {
    AnchorSource source = AnchorSource::Unknown;
    std::string date;                                 // ISO "2020-10-21" (maybe with a time); may be empty
    int paragraph = -1;                               // FromBody: the paragraph it was read in (0-based)
    // The reader should be offered the date field: no publication date was found, or one
    // was given by someone (which they may want to change).
    bool offer_field() const {
        return source == AnchorSource::FirstDateInText || source == AnchorSource::Today || source == AnchorSource::FromBody ||
               source == AnchorSource::GivenByReader || source == AnchorSource::GivenByLink;
    }
};

DateAnchor date_anchor(const Analysis& analysis, DateGiver given);

// "21 October 2020" (and ", 09:30" when there is a time); the input as is when it does not parse.
std::string human_date(std::string_view iso);

// One or two sentences for the notice above the panes; empty for Article and Unknown.
std::string anchor_sentence(const DateAnchor& anchor);

// What the date relative dates were counted from is called beside it on screen (the Article
// pane's meta line, the timeline's marker and its tooltips): "published" only for the
// article's own date or one someone gave; "date from the text" when cleaning read it inside
// the article's text; "first date in the text" / "today" for the stand-ins.
const char* anchor_marker(AnchorSource source);
// The same as the thing items are before or after: "publication", "the date from the text"...
const char* anchor_reference(AnchorSource source);

// Short form for the state and the page: "article", "body", "reader", "link", "text", "today", "".
const char* to_string(AnchorSource source);

}  // namespace lede::app
