// time_context.h — what the words around a time expression say about it.
//
// - tense_near: the tense of the verbs nearest the expression in its sentence
//   (lexicon class `tense`: will/'ll/should... future, was/said/ago... past, is/are
//   present; an unlisted word ending in -ed is a past verb unless a word of the class
//   `auxiliary` before it makes it a participle; a plan in the past perfect, "had been due
//   to", is past). Left of the expression first (the governing clause usually opens the
//   sentence), then right; a clause opener (as, when, while...) ends a direction. A
//   phrase of the lexicon class `tense_prefix` right before the expression ("as early
//   as Tuesday") decides before any verb.
// - is_year_context: whether a bare number is used as a year ("in 1990", "the 1972
//   pact") rather than a count, price, phone or version number ("$2020", "2020 people",
//   "555-2020", "v2.2020"). The word lists are the lexicon classes not_year_before and
//   not_year_after; weak_year_before lists the words that let an old year (before 1800) count.
#pragma once

#include <cstddef>
#include <vector>

#include "time_lexicon.h"
#include "time_normalize.h"
#include "time_tokens.h"

namespace lede::time {

// `perfect`, when given, says whether a past reading came from has/have/been (the present
// perfect: "has until Friday" is a deadline ahead).
Tense tense_near(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end, const TimeLexicon& lexicon,
                 bool* perfect = nullptr);

// The tokens [first, end) hold one bare number.
bool is_year_context(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end, const TimeLexicon& lexicon);

// True when the text near token `at` (80 tokens either side) speaks of quarters: then "a
// year ago" is the quarter a year before the one just reported (earnings-report usage).
bool mentions_quarter_near(const std::vector<TimeToken>& tokens, std::size_t at);

// True when tokens[first, end) are glued by - / . : to digits on either side ("555-1212",
// "1.2.2019", "0:00"): part of a larger number, not a time of its own.
bool glued_to_digits(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end);

}  // namespace lede::time
