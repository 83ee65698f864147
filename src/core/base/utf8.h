// utf8.h — UTF-8 validation, repair and decoding.
//
// Repair follows Unicode's recommended practice (maximal subparts): each maximal
// invalid subsequence becomes one U+FFFD. Everything downstream may then assume
// valid UTF-8, which nlohmann_json's dump() requires.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace lede::utf8 {

struct Repaired {
    std::string text;
    std::size_t replaced = 0;                     // how many invalid sequences were replaced
};

Repaired repair(std::string_view bytes);

bool is_valid(std::string_view bytes);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos` past it.
// On a malformed byte returns U+FFFD and advances by one.
char32_t decode(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

// Length in bytes of the sequence that starts with `lead` (1 for continuation bytes).
std::size_t sequence_length(unsigned char lead);

// The share (0..1) of the code points of valid UTF-8 that no text has: U+FFFD and control
// characters other than tab, line feed and carriage return. Near 0 for any language's
// text; about half for random bytes read as text (a picture or an archive pasted).
double non_text_share(std::string_view text);

// The largest offset <= pos that is not inside a multi-byte sequence.
std::size_t floor_boundary(std::string_view text, std::size_t pos);

}  // namespace lede::utf8
