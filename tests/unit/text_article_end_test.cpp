// text_article_end_test.cpp — where the article's prose stops, from line roles alone.
#include <catch2/catch.hpp>

#include "clean/text_article_end.h"

using lede::article_end;
using lede::LineRole;

namespace {

LineRole prose(double w) { return LineRole{w, false, false, false, false}; }
LineRole headline() { return LineRole{0.0, true, false, false, false}; }
LineRole stamp() { return LineRole{0.0, false, true, false, false}; }
LineRole marker() { return LineRole{0.0, false, false, true, false}; }
LineRole lead_in(double w) { return LineRole{w, false, false, false, true}; }

}  // namespace

TEST_CASE("a headline run followed by thin teasers ends the article", "[text_article_end]") {
    std::vector<LineRole> r = {prose(300), prose(250), prose(280), prose(260),
                               headline(), headline(), headline(), headline(), prose(90), headline(), prose(80)};
    CHECK(article_end(r, 0, r.size() - 1) == 3);
}

TEST_CASE("a list followed by paragraphs as long as the article's is kept", "[text_article_end]") {
    std::vector<LineRole> r = {prose(300), prose(250), headline(), headline(), headline(), headline(),
                               prose(280), prose(260)};
    CHECK(article_end(r, 0, r.size() - 1) == r.size() - 1);
    // Announced by a colon, a list stays even when little follows it.
    std::vector<LineRole> s = {prose(300), lead_in(250), headline(), headline(), headline(), headline(), prose(60)};
    CHECK(article_end(s, 0, s.size() - 1) == s.size() - 1);
}

TEST_CASE("a section marker late in the run ends it; early it does not", "[text_article_end]") {
    std::vector<LineRole> late = {prose(300), prose(300), prose(300), marker(), prose(100), prose(100)};
    CHECK(article_end(late, 0, late.size() - 1) == 2);
    std::vector<LineRole> early = {prose(100), marker(), prose(300), prose(300), prose(300)};
    CHECK(article_end(early, 0, early.size() - 1) == early.size() - 1);
}

TEST_CASE("stamped posts after the article are cut with the line above the first stamp", "[text_article_end]") {
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), stamp(), prose(120), headline(), stamp(),
                               prose(100)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // One stamp is a dateline, not a list of posts.
    std::vector<LineRole> one = {prose(400), prose(400), stamp(), prose(300)};
    CHECK(article_end(one, 0, one.size() - 1) == one.size() - 1);
}

TEST_CASE("five title-case headlines end the article even when comments follow them", "[text_article_end]") {
    LineRole titled = headline();
    titled.title_case = true;
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), titled, titled, titled, titled, titled,
                               prose(350), prose(300)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // Sentence-case list items followed by as much prose stay.
    std::vector<LineRole> s = {prose(400), prose(400), prose(300), headline(), headline(), headline(), headline(),
                               headline(), prose(350), prose(300)};
    CHECK(article_end(s, 0, s.size() - 1) == s.size() - 1);
}

TEST_CASE("headlines over teasers cut short end the article", "[text_article_end]") {
    LineRole teaser = prose(90);
    teaser.teaser = true;
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), teaser, headline(), teaser, headline(), prose(80)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // One truncated paragraph is not a list of cards.
    std::vector<LineRole> one = {prose(400), prose(400), headline(), teaser, prose(300)};
    CHECK(article_end(one, 0, one.size() - 1) == one.size() - 1);
}

TEST_CASE("an author's bio late in the run ends the article; a list of people does not", "[text_article_end]") {
    LineRole name = headline();
    name.bio_name = true;
    // "Reviewed by" above the name goes with it.
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), name, prose(200), headline()};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // Name/paragraph pairs from the start are the article (profiles), the last one too.
    std::vector<LineRole> people = {name, prose(300), name, prose(300), name, prose(300), name, prose(300)};
    CHECK(article_end(people, 0, people.size() - 1) == people.size() - 1);
    // Much prose after the pair: it was a section of the article.
    std::vector<LineRole> mid = {prose(400), prose(400), prose(300), name, prose(200), prose(400), prose(400)};
    CHECK(article_end(mid, 0, mid.size() - 1) == mid.size() - 1);
}

TEST_CASE("headlines with a comma inside (prose-like, unended) still make a run of other stories", "[text_article_end]") {
    LineRole unended = prose(40);
    unended.unended = true;
    unended.headline = true;
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), unended, unended, headline(), prose(60)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // The same run announced at its top by a line ending in a colon is the article's list.
    LineRole announce = headline();
    announce.lead_in = true;
    std::vector<LineRole> s = {prose(400), prose(400), prose(300), headline(), announce, unended, unended, headline(), prose(60)};
    CHECK(article_end(s, 0, s.size() - 1) == s.size() - 1);
}

TEST_CASE("a form's required fields end the article with the form's heading and rules above them", "[text_article_end]") {
    LineRole field = headline();
    field.form_field = true;
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), prose(60), field, field, headline(), prose(80)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // One starred line is a footnote, not a form.
    std::vector<LineRole> one = {prose(400), prose(400), field, prose(300), prose(300)};
    CHECK(article_end(one, 0, one.size() - 1) == one.size() - 1);
}

TEST_CASE("a live ticker of timed lines after the article ends it", "[text_article_end]") {
    LineRole timed = headline();
    timed.timed = true;
    std::vector<LineRole> r = {prose(400), prose(400), prose(300), headline(), timed, headline(), timed, timed, prose(90)};
    CHECK(article_end(r, 0, r.size() - 1) == 2);
    // Two timed lines (a schedule in the article) are not a ticker.
    std::vector<LineRole> two = {prose(400), prose(400), timed, timed, prose(300)};
    CHECK(article_end(two, 0, two.size() - 1) == two.size() - 1);
}
