// word_fold_test.cpp — the lookup form of words shared by the tagger, the parser and the lexicons.
#include <catch2/catch.hpp>

#include "base/word_fold.h"

using lede::base::Digits;
using lede::base::folded_word;

TEST_CASE("ASCII letters are lowered, the curly apostrophe becomes '", "[word_fold]") {
    CHECK(folded_word("Putin\xE2\x80\x99s") == "putin's");
    CHECK(folded_word("NATO") == "nato");
    CHECK(folded_word("\xC3\x89lys\xC3\xA9" "e") == "\xC3\x89lys\xC3\xA9" "e");  // non-ASCII kept as is
    CHECK(folded_word("\xE2\x80") == "\xE2\x80");                                // a cut sequence is kept
}

TEST_CASE("digits become 0 only when asked", "[word_fold]") {
    CHECK(folded_word("G20") == "g20");
    CHECK(folded_word("G20", Digits::Zero) == "g00");
    CHECK(folded_word("1999", Digits::Zero) == "0000");
}
