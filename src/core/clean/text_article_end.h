// text_article_end.h — where the article's own prose stops in a plain-text paste.
//
// The densest run of prose (clean_text.cpp) often carries on past the article: a list of
// other stories' headlines, teasers with their dates, comments with their time stamps, an
// author's bio, all of which are prose or near it. What marks the end is the page's shape,
// not its words, so it holds in any language:
//   - a section marker line ("Related stories", "Comments": whole lines from the lexicons)
//     once most of the prose has been read;
//   - a run of headline-shaped lines (several short lines in a row, none ending a sentence,
//     none a list item) once half of the prose has been read, not announced by a line ending
//     in a colon, when what follows it is thin: at most a third of the prose read so far,
//     and no line half as long as the article's longest — a list inside the article is
//     announced or followed by paragraphs, a list of other stories by teasers at most; a
//     run of five or more title-case headlines (the style of headlines, not of list items)
//     needs only that no more prose follows it than came before (comments may follow it);
//   - time stamps: two or more lines that are only a date, each followed by prose, in the
//     later part — what comes with a stamp each is a list of posts or comments;
//   - teasers: two or more headline lines each with a paragraph cut short ("...", "…") under
//     it — an article is not printed truncated, a card of another story is;
//   - a form (a comment or contact form): two or more required-field labels ("Name *")
//     close together once half of the prose has been read; the short lines and notices just
//     above the first label (the form's heading, its rules) go with it;
//   - a live ticker: three or more lines opening with a clock time ("14:44 …") within ten
//     lines, once half of the prose has been read;
//   - an author bio: a name line whose words open the paragraph under it ("Jane Doe" /
//     "Jane Doe is a reporter who…"), late in the run, the first such pair, with little prose
//     after it.
// Cheap: one pass over the region's lines.
#pragma once

#include <cstddef>
#include <vector>

namespace lede {

struct LineRole {
    double prose = 0.0;           // reading weight of a prose line (0 for any other line)
    bool headline = false;        // short, several words, no sentence end, no list bullet
    bool stamp = false;           // only a date or time
    bool section_marker = false;  // a whole-line related/comments marker
    bool lead_in = false;         // ends with a colon: announces what follows
    bool title_case = false;      // a headline with most words capitalised (Latin-script headline style)
    bool unended = false;         // prose-like, but a headline's shape: no closing sentence mark
    bool form_field = false;      // a form's field label marked required ("Name *", "Correo (*):")
    bool timed = false;           // starts with a clock time and goes on ("14:44 Minister resigns")
    bool teaser = false;          // prose cut short ("...", "…") just under a headline line
    bool bio_name = false;        // a short name line whose words open the prose line under it
};

// The last line of the article within [first, last] (first <= result <= last). Roles past
// `last` (when given) only let a run of headlines that starts inside be counted whole.
std::size_t article_end(const std::vector<LineRole>& roles, std::size_t first, std::size_t last);

}  // namespace lede
