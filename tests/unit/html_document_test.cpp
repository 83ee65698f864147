// html_document_test.cpp — parsing with libxml2, the map from text nodes back to the
// source, entity decoding and the tree helpers.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_document.h"

using namespace lede::html;

namespace {
const xmlNode* first_text(const xmlNode* root, std::string_view starts_with) {
    for (const xmlNode* n = root; n; n = next_in_order(n, root))
        if (is_text(n) && content(n).substr(0, starts_with.size()) == starts_with) return n;
    return nullptr;
}
}  // namespace

TEST_CASE("text nodes are located in the source", "[html_document]") {
    const std::string page = "<html><body><p class=\"a\">Hello there, world.</p><p>Fish &amp; chips today</p></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    REQUIRE(doc.root());
    const xmlNode* hello = first_text(doc.root(), "Hello");
    REQUIRE(hello);
    const std::string_view text = content(hello);
    const auto at = doc.locate(hello, text, 6, 5, 0);   // "there"
    REQUIRE(at);
    CHECK(page.substr(*at, 5) == "there");

    const xmlNode* fish = first_text(doc.root(), "Fish");
    REQUIRE(fish);
    const std::string_view fish_text = content(fish);
    CHECK(fish_text == "Fish & chips today");
    const auto chips = doc.locate(fish, fish_text, 7, 5, 0);
    REQUIRE(chips);
    CHECK(page.substr(*chips, 5) == "chips");
    // "Fish & chips" is not in the source as such (it says &amp;).
    CHECK_FALSE(doc.locate(fish, fish_text, 0, 12, 0).has_value());
}

TEST_CASE("attributes and tags are read without allocation", "[html_document]") {
    const HtmlDocument doc = HtmlDocument::parse("<DIV Class=\"x y\" data-a='1'><P>t</P></DIV>");
    const xmlNode* div = nullptr;
    for (const xmlNode* n = doc.root(); n; n = next_in_order(n, doc.root()))
        if (has_tag(n, "div")) div = n;
    REQUIRE(div);
    CHECK(attribute(div, "class").value_or("") == "x y");
    CHECK(attribute(div, "data-a").value_or("") == "1");
    CHECK_FALSE(attribute(div, "id"));
    CHECK(collapsed_text(div) == "t");
}

TEST_CASE("character references are decoded", "[html_document]") {
    CHECK(decode_entities("Maria &amp; Kat") == "Maria & Kat");
    CHECK(decode_entities("It&#8217;s &#x2019; &eacute;") == "It\xE2\x80\x99s \xE2\x80\x99 \xC3\xA9");
    CHECK(decode_entities("AT&T & co; &bogus; &#0; &") == "AT&T & co; &bogus; &#0; &");
}

TEST_CASE("empty and huge-nesting input parse without failure", "[html_document]") {
    CHECK_FALSE(HtmlDocument::parse("").root());
    std::string deep;
    for (int i = 0; i < 50000; ++i) deep += "<span>";
    deep += "x";
    const HtmlDocument doc = HtmlDocument::parse(deep);
    REQUIRE(doc.root());
    CHECK(collapsed_text(doc.root()) == "x");
}
