// html_repeats.h — paragraphs a page prints twice that a reader sees once.
//
// Pages often carry the same block twice, one copy for each screen size (a desktop and a
// mobile layout, one hidden by a style sheet that is never read here), or a tabbed widget
// that holds the article once per tab. The cleaner keeps both copies; this finds the
// second one:
//  - a paragraph equal to the one just before it (the two layouts interleaved), when it is
//    long enough to be more than a repeated label ("Yes", "Learn more");
//  - a run of consecutive paragraphs that repeats an earlier run in the same order, when it
//    is long (kMinRunParagraphs paragraphs and kMinRunBytes of text): a story may repeat a
//    line, not a whole passage.
// Paragraphs are compared as given (the caller collapses their spaces).
//
// Contract: never fails; returns one flag per paragraph (true: a repeat to leave out).
// Linear in the paragraphs: a run is followed from its first copy, and one that is not
// dropped is short (under kMinRunParagraphs paragraphs or kMinRunBytes of text).
#pragma once

#include <string>
#include <vector>

namespace lede::html {

std::vector<bool> repeated_paragraphs(const std::vector<std::string>& paragraphs);

}  // namespace lede::html
