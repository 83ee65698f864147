// worker_fields_test.cpp — a decoded share link handed to the analysis worker comes out whole.
#include <catch2/catch.hpp>

#include "share/worker_fields.h"

using lede::ParagraphKind;
using lede::share::pack_for_worker;
using lede::share::SharedArticle;
using lede::share::unpack_for_worker;

namespace {
SharedArticle article() {
    SharedArticle a;
    a.title = "Putin: \xE2\x80\x9C" "a guarantee\xE2\x80\x9D";
    a.published = "2020-09-25";
    a.published_given = true;
    a.language = "ru";
    a.text = "Heading\n\nFirst: 12:30, \xC3\xA9t\xC3\xA9 - 3:4.\n";
    a.paragraphs = {{{0, 7}, ParagraphKind::Heading}, {{9, a.text.size() - 1}, ParagraphKind::Quote}};
    return a;
}
}  // namespace

TEST_CASE("every field survives, absent ones stay absent", "[worker_fields]") {
    const SharedArticle a = article();
    const auto back = unpack_for_worker(pack_for_worker(a));
    REQUIRE(back);
    CHECK(back->title == a.title);
    CHECK_FALSE(back->byline);
    CHECK(back->published == a.published);
    CHECK(back->published_given);
    CHECK(back->language == "ru");
    CHECK(back->text == a.text);
    REQUIRE(back->paragraphs.size() == 2);
    CHECK(back->paragraphs[1].span.end == a.text.size() - 1);
    CHECK(back->paragraphs[0].kind == ParagraphKind::Heading);
    CHECK(back->paragraphs[1].kind == ParagraphKind::Quote);

    SharedArticle empty;
    const auto none = unpack_for_worker(pack_for_worker(empty));
    REQUIRE(none);
    CHECK_FALSE(none->title);
    CHECK_FALSE(none->published_given);
    CHECK(none->text.empty());
    CHECK(none->paragraphs.empty());
}

TEST_CASE("anything else is refused, not half read", "[worker_fields]") {
    const std::string packed = pack_for_worker(article());
    for (std::size_t cut : {std::size_t(0), std::size_t(1), std::size_t(5), packed.size() / 2, packed.size() - 1})
        CHECK_FALSE(unpack_for_worker(packed.substr(0, cut)));
    CHECK_FALSE(unpack_for_worker(packed + "x"));
    CHECK_FALSE(unpack_for_worker("https://example.org/#a=1"));
    SharedArticle outside = article();
    outside.paragraphs.push_back({{0, outside.text.size() + 1}, ParagraphKind::Paragraph});
    CHECK_FALSE(unpack_for_worker(pack_for_worker(outside)));
}
