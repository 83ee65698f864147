// split_test.cpp — a field's list of parts (base/split.h).
#include <catch2/catch.hpp>

#include "base/split.h"

using lede::base::split_nonempty;
using Parts = std::vector<std::string>;

TEST_CASE("parts between separators, empty ones left out", "[split]") {
    CHECK(split_nonempty("last|next", '|') == Parts{"last", "next"});
    CHECK(split_nonempty("|a||b|", '|') == Parts{"a", "b"});
    CHECK(split_nonempty("word", '|') == Parts{"word"});
    CHECK(split_nonempty("", '|').empty());
    CHECK(split_nonempty("||", '|').empty());
    CHECK(split_nonempty("a,b", '|') == Parts{"a,b"});
}
