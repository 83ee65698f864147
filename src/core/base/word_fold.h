// word_fold.h — the lookup form of a word for lexicons and models: ASCII letters lowered and
// the curly apostrophe (U+2019) folded to ', so "Putin’s" and "putin's" are one word.
#pragma once

#include <string>
#include <string_view>

namespace lede::base {

enum class Digits { Keep, Zero };

// `word` folded; with Digits::Zero every ASCII digit also becomes '0' (so "1999" and "2024"
// share their features in the parser). Other bytes, UTF-8 included, are kept.
std::string folded_word(std::string_view word, Digits digits = Digits::Keep);

}  // namespace lede::base
