// name_words.h — letter-case and small word tests that the actor rules share
// (actor_mentions.cpp, actor_extent.cpp). Code points, not bytes: "Élysée" is
// capitalised, "’s" is a possessive.
#pragma once

#include <string_view>

namespace lede::actors {

bool capitalised(std::string_view w);             // first code point is an upper-case letter
bool has_letter(std::string_view w);
bool has_upper(std::string_view w);
bool has_lower(std::string_view w);               // any lower-case letter (ASCII, Latin-1, Greek, Cyrillic)
bool is_possessive(std::string_view w);           // "’s", "'s", "’", "'"
bool is_determiner(std::string_view w);           // "the" in any case

}  // namespace lede::actors
