// article_builder_test.cpp — article text with origin runs back into the input.
#include <catch2/catch.hpp>

#include "article_builder.h"

TEST_CASE("paragraphs are joined by a blank line and map back to the input", "[article_builder]") {
    const std::string input = "junk\nFirst para.\nmore junk\nSecond para.";
    lede::Article art;
    lede::ArticleBuilder b(art);
    b.paragraph(input, {5, 16});
    b.paragraph(input, {27, 39});
    CHECK(art.text == "First para.\n\nSecond para.");
    REQUIRE(art.paragraphs.size() == 2);
    CHECK(art.paragraphs[1].span.start == 13);
    REQUIRE(art.origin.size() == 2);
    CHECK(*lede::to_input_offset(art, 0) == 5);
    CHECK(*lede::to_input_offset(art, 13) == 27);
    CHECK_FALSE(lede::to_input_offset(art, 11).has_value());  // the written "\n\n"
}

TEST_CASE("adjacent copies merge into one origin run; empty paragraphs vanish", "[article_builder]") {
    const std::string input = "abcdef";
    lede::Article art;
    lede::ArticleBuilder b(art);
    b.begin_paragraph();
    b.copy(input, 0, 3);
    b.copy(input, 3, 3);
    b.end_paragraph();
    b.begin_paragraph();
    b.end_paragraph();
    CHECK(art.text == "abcdef");
    CHECK(art.origin.size() == 1);
    CHECK(art.paragraphs.size() == 1);
}
