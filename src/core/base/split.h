// split.h — a list written in one field ("last|next", "a,b"): its parts, empty ones left out.
// Several stages read such fields from their data (time/time_grammar.cpp's alternatives;
// relations/trigger_lexicon.cpp and clean/text_lexicon.cpp have the same loop).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede::base {

// The parts of `text` between `separator`s, in order, without the empty ones ("|a||b|" ->
// a, b). Linear in the text.
std::vector<std::string> split_nonempty(std::string_view text, char separator);

}  // namespace lede::base
