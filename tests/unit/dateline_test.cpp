// dateline_test.cpp — honest dates (src/app/dateline.h): a typed date is checked as the
// core checks --dateline (same answers on the same inputs, plus the separators people
// type), and the anchor of relative dates is named for what it is: the article's date, a
// date someone gave, the first date in the text, or today — never a stand-in passed off
// as the publication date.
#include <catch2/catch.hpp>

#include "analyze.h"
#include "app/dateline.h"

using namespace lede;
using namespace lede::app;

TEST_CASE("typed dates: the core's form, people's separators, real calendar days", "[dateline]") {
    CHECK(parse_dateline("2020-10-21").value == std::optional<std::string>("2020-10-21"));
    CHECK(parse_dateline("  2020/10/21 ").value == std::optional<std::string>("2020-10-21"));
    CHECK(parse_dateline("2020.10.21").value == std::optional<std::string>("2020-10-21"));
    CHECK(parse_dateline("2020-10-21 09:30").value == std::optional<std::string>("2020-10-21T09:30"));
    CHECK(parse_dateline("2020-10-21T23:59").value == std::optional<std::string>("2020-10-21T23:59"));
    CHECK(parse_dateline("2020-02-29").value);                   // leap year
    CHECK_FALSE(parse_dateline("2021-02-29").value);
    CHECK(parse_dateline("2021-02-29").error.find("no day 29") != std::string::npos);
    CHECK_FALSE(parse_dateline("1900-02-29").value);             // century, not leap
    CHECK(parse_dateline("2000-02-29").value);
    CHECK_FALSE(parse_dateline("2020-13-01").value);
    CHECK(parse_dateline("2020-13-01").error.find("no month 13") != std::string::npos);
    CHECK_FALSE(parse_dateline("2020-10-21T24:00").value);
    CHECK_FALSE(parse_dateline("").value);
    CHECK_FALSE(parse_dateline("Oct. 21").value);
    CHECK(parse_dateline("Oct. 21").error.find("2020-10-21") != std::string::npos);   // says the form
    CHECK_FALSE(parse_dateline("2020-1-2").value);
}

TEST_CASE("what the page sends as a dateline, the core accepts", "[dateline]") {
    for (const char* typed : {"2020-10-21", "1999/12/31", "2024-02-29 00:00", "2020-10-21T9:30", "2020-00-10", "2020-04-31",
                              "2020-10-21T12:60", "abcd-ef-gh", "2020-10-21 ", "2020-10-21T12:30:00"}) {
        INFO(typed);
        const DatelineParse p = parse_dateline(typed);
        if (p.value) CHECK_FALSE(check_dateline(*p.value));
        else CHECK_FALSE(p.error.empty());
        // And the canonical forms the core accepts, the page accepts.
        if (!check_dateline(typed)) CHECK(parse_dateline(typed).value == std::optional<std::string>(typed));
    }
}

TEST_CASE("the anchor is named for what it is", "[dateline]") {
    Analysis a;
    SECTION("a publication date the article shows") {
        a.article.published = "2020-09-25T11:36";
        const DateAnchor d = date_anchor(a, DateGiver::None);
        CHECK(d.source == AnchorSource::Article);
        CHECK_FALSE(d.offer_field());
        CHECK(anchor_sentence(d).empty());
    }
    SECTION("none found: the first date in the text is a stand-in, said so") {
        a.warnings.push_back({"no-dateline",
                              "no publication date found; relative dates are resolved against the first date in the text (2019-10-21)"});
        const DateAnchor d = date_anchor(a, DateGiver::None);
        CHECK(d.source == AnchorSource::FirstDateInText);
        CHECK(d.date == "2019-10-21");
        CHECK(d.offer_field());
        const std::string s = anchor_sentence(d);
        CHECK(s.find("No publication date found") != std::string::npos);
        CHECK(s.find("21 October 2019") != std::string::npos);
        CHECK(s.find("first date written in the article") != std::string::npos);
        CHECK(s.find("not necessarily when it was published") != std::string::npos);
    }
    SECTION("none found and no date in the text: today, said so") {
        a.warnings.push_back({"no-dateline", "no publication date found; relative dates are resolved against today (2026-12-08)"});
        const DateAnchor d = date_anchor(a, DateGiver::None);
        CHECK(d.source == AnchorSource::Today);
        CHECK(d.date == "2026-12-08");
        CHECK(anchor_sentence(d).find("today, 8 December 2026") != std::string::npos);
    }
    SECTION("an unfamiliar wording still takes the date from the times' anchors") {
        a.warnings.push_back({"no-dateline", "no date"});
        TimeExpr t;
        t.anchor = "2021-01-05";
        a.times.push_back(t);
        const DateAnchor d = date_anchor(a, DateGiver::None);
        CHECK(d.source == AnchorSource::FirstDateInText);
        CHECK(d.date == "2021-01-05");
    }
    SECTION("a date the reader typed, or a link carried, is credited to them") {
        a.article.published = "2020-10-21";
        DateAnchor d = date_anchor(a, DateGiver::Reader);
        CHECK(d.source == AnchorSource::GivenByReader);
        CHECK(d.offer_field());
        CHECK(anchor_sentence(d).find("given by you") != std::string::npos);
        d = date_anchor(a, DateGiver::Link);
        CHECK(d.source == AnchorSource::GivenByLink);
        CHECK(anchor_sentence(d).find("shared this link") != std::string::npos);
    }
    SECTION("no article, nothing to say") {
        const DateAnchor d = date_anchor(a, DateGiver::None);
        CHECK(d.source == AnchorSource::Unknown);
        CHECK_FALSE(d.offer_field());
    }
}

TEST_CASE("dates in words", "[dateline]") {
    CHECK(human_date("2020-09-25") == "25 September 2020");
    CHECK(human_date("2020-09-25T11:36") == "25 September 2020, 11:36");
    CHECK(human_date("2020-09") == "2020-09");
}

TEST_CASE("a publication date read inside the article's own text is said to come from there", "[dateline]") {
    // Cleaning took "July 22, 2022" from the third paragraph (input 281..294), which the
    // article copied from input 317.. as its text 278..368.
    Analysis a;
    a.article.published = "2022-07-22";
    a.article.published_source = Span{281, 294};
    a.article.origin = {{{0, 114}, 39}, {{116, 276}, 155}, {{278, 368}, 317}};
    a.article.paragraphs = {{{0, 114}, ParagraphKind::Paragraph}, {{116, 276}, ParagraphKind::Paragraph},
                            {{278, 368}, ParagraphKind::Paragraph}};
    DateAnchor d = date_anchor(a, DateGiver::None);
    CHECK(d.source == AnchorSource::FromBody);
    CHECK(d.paragraph == 1);                          // input 281 is in the run that starts at 155: paragraph 2
    CHECK(d.offer_field());
    const std::string s = anchor_sentence(d);
    CHECK(s.find("22 July 2022") != std::string::npos);
    CHECK(s.find("a date written in the article (paragraph 2)") != std::string::npos);
    CHECK(s.find("may not be when the article was published") != std::string::npos);
    // A date line outside the text (before the first copied byte) is the article's own.
    a.article.published_source = Span{5, 20};
    d = date_anchor(a, DateGiver::None);
    CHECK(d.source == AnchorSource::Article);
    CHECK_FALSE(d.offer_field());
    // Once the reader typed a date, it is theirs.
    a.article.published_source.reset();
    CHECK(date_anchor(a, DateGiver::Reader).source == AnchorSource::GivenByReader);
}
