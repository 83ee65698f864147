// text_chars.h — the non-ASCII punctuation and space characters the text cleaner reads
// between words, byte by byte in UTF-8 (no decoding): one copy for text_lines.cpp (which
// measures a line) and text_lexicon.cpp (which normalises one for the lexicon lookup).
//
// Before there were two copies, and they differed on U+00A0 (no-break space) and the BOM:
// the line measure's copy left them out, but only ever saw them after its own space test had
// taken them, so both callers read them the same way; the one copy keeps them.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede {

// The byte length of a non-ASCII punctuation or space character at byte `i` of `s`
// (U+00A0-U+00BF, U+2000-U+207F, U+2180-U+2BFF: general punctuation, arrows, symbols,
// bullets; and the BOM U+FEFF), else 0.
std::size_t unicode_punct_length(std::string_view s, std::size_t i);

}  // namespace lede
