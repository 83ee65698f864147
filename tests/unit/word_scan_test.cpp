// word_scan_test.cpp — the token scan both tokenizers share (base/word_scan.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/word_scan.h"

namespace {
bool space(char32_t c) { return c == ' ' || c == '\n'; }
bool letter(char32_t c) { return (c >= 'a' && c <= 'z') || c == U'é'; }

// "text|space|newline" per token, with letters run together and anything else alone.
std::vector<std::string> scan(std::string_view text) {
    std::vector<std::string> out;
    lede::base::scan_tokens(
        text, space,
        [&](std::size_t, std::size_t after, char32_t c, const lede::base::TokenGap&) {
            return letter(c) ? lede::base::run_end(text, after, letter) : after;
        },
        [&](std::size_t s, std::size_t e, const lede::base::TokenGap& gap) {
            out.push_back(std::string(text.substr(s, e - s)) + "|" + (gap.space ? "s" : "-") + (gap.newline ? "n" : "-"));
        });
    return out;
}
}  // namespace

TEST_CASE("tokens carry the gap before them", "[word_scan]") {
    CHECK(scan("ab,cd \n  é") == std::vector<std::string>{"ab|--", ",|--", "cd|--", "é|sn"});
    CHECK(scan("  x") == std::vector<std::string>{"x|s-"});
    CHECK(scan("").empty());
    CHECK(scan(" \n ").empty());
}

TEST_CASE("a run ends at the first character outside it", "[word_scan]") {
    CHECK(lede::base::run_end("abc1", 0, letter) == 3);
    CHECK(lede::base::run_end("abc", 3, letter) == 3);
    CHECK(lede::base::run_end("éa!", 0, letter) == 3);   // é is two bytes
}
