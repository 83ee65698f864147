// text_chars_test.cpp — the one non-ASCII punctuation/space class of the text cleaner.
//
// Its two former copies differed: text_lexicon.cpp's counted U+00A0 (no-break space) and the
// BOM as punctuation, text_lines.cpp's did not. These tests pin the class the single copy
// keeps, and show that both callers read U+00A0 the same way with it (as a space between
// words), as they did before.
#include <catch2/catch.hpp>

#include "clean/text_chars.h"
#include "clean/text_lexicon.h"
#include "clean/text_lines.h"
#include "test_resources.h"

using lede::unicode_punct_length;

TEST_CASE("non-ASCII punctuation and spaces, by their UTF-8 length", "[text_chars]") {
    CHECK(unicode_punct_length("\xC2\xA0", 0) == 2);            // U+00A0 no-break space (the old line copy said 0)
    CHECK(unicode_punct_length("\xC2\xBB", 0) == 2);            // » 
    CHECK(unicode_punct_length("\xE2\x80\xA2", 0) == 3);        // • bullet
    CHECK(unicode_punct_length("\xE2\x86\x92", 0) == 3);        // → arrow
    CHECK(unicode_punct_length("\xEF\xBB\xBF", 0) == 3);        // BOM (the old line copy said 0)
    CHECK(unicode_punct_length("\xC3\xA9", 0) == 0);            // é is a letter
    CHECK(unicode_punct_length("\xE4\xB8\xAD", 0) == 0);        // 中 is a letter
    CHECK(unicode_punct_length("a", 0) == 0);
    CHECK(unicode_punct_length("\xC2", 0) == 0);                // a cut sequence is not read past the end
}

TEST_CASE("a no-break space separates words in the line measure and the lexicon key alike", "[text_chars]") {
    const auto& lex = lede::test_resources().clean.text;
    const std::string line = "Read\xC2\xA0more\xC2\xA0\xE2\x86\x92";
    const auto lines = lede::split_lines(line, lex);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].words == 2);
    CHECK(lines[0].norm == "read more");
    CHECK(lede::normalize_line("\xEF\xBB\xBF\xC2\xA0" "Comments\xC2\xA0(12)") == "comments");
}
