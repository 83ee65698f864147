// word_scan.h — the scan both tokenizers share (nlp/tokenize.cpp, time/time_tokens.cpp):
// white space skipped, with a note of whether it held a line break, and each token's
// extent left to the caller, which alone knows what joins characters into one token.
//
// Header-only (templates): the callers' character tests are small lambdas the compiler
// inlines, as it did when each tokenizer had its own copy of this loop. Linear in the text
// as long as the caller's token_end is.
#pragma once

#include <cstddef>
#include <string_view>

#include "utf8.h"

namespace lede::base {

// What separated a token from the one before it.
struct TokenGap {
    bool space = false;     // white space (any `is_space` character)
    bool newline = false;   // a '\n' among it
};

// The end of the run of characters `in_run` accepts, starting at byte `from`.
template <class InRun>
std::size_t run_end(std::string_view text, std::size_t from, InRun in_run) {
    while (from < text.size()) {
        std::size_t next = from;
        if (!in_run(utf8::decode(text, next))) break;
        from = next;
    }
    return from;
}

// Splits `text` into tokens. At each character that is not `is_space(c)`, calls
// token_end(start, after, c, gap) for the end of the token starting there (`c`, the first
// character, ends at `after`; the result must be >= after), then emit(start, end, gap).
template <class IsSpace, class TokenEnd, class Emit>
void scan_tokens(std::string_view text, IsSpace is_space, TokenEnd token_end, Emit emit) {
    std::size_t i = 0;
    TokenGap gap;
    while (i < text.size()) {
        std::size_t after = i;
        const char32_t c = utf8::decode(text, after);
        if (is_space(c)) {
            gap.space = true;
            if (c == '\n') gap.newline = true;
            i = after;
            continue;
        }
        const std::size_t end = token_end(i, after, c, gap);
        emit(i, end, gap);
        gap = {};
        i = end;
    }
}

}  // namespace lede::base
