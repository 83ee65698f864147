// utf8_test.cpp — UTF-8 repair (maximal subparts), decoding and boundaries.
#include <catch2/catch.hpp>

#include "base/utf8.h"

using lede::utf8::repair;

TEST_CASE("valid UTF-8 passes through unchanged", "[utf8]") {
    const std::string s = "Zakharova’s «тест» 😀";
    const auto r = repair(s);
    CHECK(r.text == s);
    CHECK(r.replaced == 0);
    CHECK(lede::utf8::is_valid(s));
}

TEST_CASE("each maximal invalid subsequence becomes one U+FFFD", "[utf8]") {
    // Unicode's recommended-practice example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
    const std::string in = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    const auto r = repair(in);
    CHECK(r.text == "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d");
    CHECK(r.replaced == 6);
    CHECK(lede::utf8::is_valid(r.text));
}

TEST_CASE("surrogates, overlongs and truncated tails are replaced", "[utf8]") {
    CHECK(repair("\xED\xA0\x80").replaced == 3);       // surrogate D800: ED is a maximal subpart alone
    CHECK(repair("\xC0\xAF").replaced == 2);           // overlong '/'
    CHECK(repair("ab\xE2\x82").text == "ab\xEF\xBF\xBD");
    CHECK(repair(std::string("a\0b", 3)).text == std::string("a\0b", 3));  // NUL is valid UTF-8
}

TEST_CASE("decode and floor_boundary agree with the encoding", "[utf8]") {
    const std::string s = "a’b";
    std::size_t pos = 0;
    CHECK(lede::utf8::decode(s, pos) == U'a');
    CHECK(lede::utf8::decode(s, pos) == U'’');
    CHECK(pos == 4);
    CHECK(lede::utf8::floor_boundary(s, 2) == 1);
    std::string out;
    lede::utf8::append(out, U'😀');
    CHECK(out == "😀");
}
