// ascii.h — ASCII letter case and character classes, the one copy every stage uses.
//
// Only ASCII: bytes of multi-byte UTF-8 sequences (>= 0x80) are never letters, digits or
// spaces here, so a view of UTF-8 text can be scanned byte by byte without decoding. For
// Unicode letter classes decode first (base/utf8.h).
#pragma once

#include <string>
#include <string_view>

namespace lede::base {

constexpr bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alnum(char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
// HTML's and C's white space: space, tab, line feed, carriage return, form feed (no U+00A0).
constexpr bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

constexpr char lower_ascii(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr char upper_ascii(char c) { return is_ascii_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// A copy with A-Z lowered; every other byte (UTF-8 included) unchanged.
std::string lower_ascii(std::string_view s);

// True when `a` and `b` are equal ignoring ASCII case.
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

// True when the view holds at least one ASCII digit.
bool has_ascii_digit(std::string_view s);

}  // namespace lede::base
