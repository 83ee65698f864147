// time_tokens.h — the fine-grained tokens the time grammar matches over.
//
// Finer than nlp::tokenize on purpose: hyphens, slashes and periods are tokens of
// their own ("third-quarter" -> third, -, quarter; "Sept." -> sept, .), so patterns
// can say where they may appear. Digit runs keep inner ':' ',' '.' between digits
// ("10:30", "1,000", "3.5"); letters glued to digits stay in the token ("3rd",
// "1990s", "10am"). Every token carries its byte span into the text, a normalised
// form (ASCII lower case, curly apostrophes as '), and the sentence it belongs to.
// Linear in the text size.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede::time {

struct TimeToken {
    Span span;
    std::string norm;                  // lower case; ’ and ‘ become '
    bool space_before = false;         // whitespace separates it from the previous token
    bool newline_before = false;       // a line break separates it from the previous token
    bool capitalized = false;          // first character is an upper-case ASCII letter
    bool digits_only = false;          // [0-9]+
    std::size_t sentence = 0;          // index into the sentences of the nlp::Document (0 when none)
};

std::vector<TimeToken> tokenize_for_time(const nlp::Document& doc);

// Splits a lexicon phrase the same way ("new year's day" -> new, year, ', s, day) and
// returns the normalised forms.
std::vector<std::string> split_phrase(std::string_view phrase);

}  // namespace lede::time
