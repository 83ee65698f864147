// clean_text_test.cpp — the text/plain cleaner: the sample, a synthetic page, metadata,
// origin runs, and bad input (empty, no article, no paragraphs, NUL bytes, a big paste).
#include <catch2/catch.hpp>

#include "clean/clean_text.h"
#include "test_files.h"
#include "test_resources.h"

using lede::clean_text;
using lede::CleanResult;

namespace {

using lede::test::read_file;

std::string sample() { return read_file(std::string(LEDE_SOURCE_DIR) + "/assets/samples/rt-2020-09-25-putin-guarantees.txt"); }
std::string fixture(const std::string& name) { return read_file(std::string(LEDE_TEST_DATA) + "/clean/" + name); }

std::string paragraph_text(const CleanResult& r, std::size_t i) {
    const auto& s = r.article.paragraphs.at(i).span;
    return r.article.text.substr(s.start, s.size());
}

bool has_reason(const CleanResult& r, const std::string& reason) {
    for (const auto& x : r.removed)
        if (x.reason == reason) return true;
    return false;
}

bool has_warning(const CleanResult& r, const std::string& code) {
    for (const auto& w : r.warnings)
        if (w.code == code) return true;
    return false;
}

// Every origin run copies its input bytes exactly; every paragraph byte is covered by a run;
// removed spans lie inside the input.
void check_origin(const CleanResult& r, const std::string& input) {
    std::size_t covered = 0;
    for (const auto& run : r.article.origin) {
        REQUIRE(run.span.end <= r.article.text.size());
        REQUIRE(run.input_start + run.span.size() <= input.size());
        CHECK(r.article.text.compare(run.span.start, run.span.size(), input, run.input_start, run.span.size()) == 0);
        covered += run.span.size();
    }
    std::size_t paragraph_bytes = 0;
    for (const auto& p : r.article.paragraphs) paragraph_bytes += p.span.size();
    CHECK(covered == paragraph_bytes);
    for (const auto& x : r.removed) CHECK(x.span.end <= input.size());
}

}  // namespace

TEST_CASE("the sample: eight paragraphs, the title once, the dateline, no cruft", "[clean_text]") {
    const std::string input = sample();
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    REQUIRE(r.article.paragraphs.size() == 8);
    CHECK(paragraph_text(r, 0).rfind("Russian President Vladimir Putin proposed on Friday", 0) == 0);
    CHECK(paragraph_text(r, 7).find("Maria Zakharova said.") != std::string::npos);
    REQUIRE(r.article.title);
    CHECK(r.article.title->rfind("Putin offers US exchange of", 0) == 0);
    CHECK(r.article.text.find("Putin offers US exchange") == std::string::npos);
    REQUIRE(r.article.published);
    CHECK(*r.article.published == "2020-09-25T11:36");
    REQUIRE(r.article.published_source);
    CHECK(input.substr(r.article.published_source->start, r.article.published_source->size()) == "25 Sep, 2020 11:36");
    for (const char* junk : {"icon", "chevron", "Share this story", "Podcasts", "0:00", "23:13", "25:0"})
        CHECK(r.article.text.find(junk) == std::string::npos);
    CHECK(has_reason(r, "ui-label"));
    CHECK(has_reason(r, "share-prompt"));
    CHECK(has_reason(r, "media-player"));
    CHECK(has_reason(r, "repeated-title"));
    CHECK(has_reason(r, "dateline"));
    CHECK(r.warnings.empty());
    CHECK(r.article.language == "en");
    check_origin(r, input);
}

TEST_CASE("a page with menus, byline, related stories and footer", "[clean_text]") {
    const std::string input = fixture("synthetic-page.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    REQUIRE(r.article.title);
    CHECK(*r.article.title == "City council approves new harbour bridge after decade of debate");
    REQUIRE(r.article.byline);
    CHECK(*r.article.byline == "Jane Doe, John Roe");
    REQUIRE(r.article.published);
    CHECK(*r.article.published == "2020-09-25T15:45");
    CHECK(r.article.text.rfind("The city council voted on Thursday", 0) == 0);
    CHECK(r.article.text.find("public consultation is expected") != std::string::npos);
    CHECK(r.article.text.find("What happens next") != std::string::npos);
    for (const char* junk : {"Advertisement", "newsletter", "Related stories", "Residents protest", "Privacy Policy",
                             "All rights reserved", "Subscribe", "Tweet", "Skip to main content", "By Jane Doe"})
        CHECK(r.article.text.find(junk) == std::string::npos);
    bool heading = false;
    for (const auto& p : r.article.paragraphs)
        heading |= p.kind == lede::ParagraphKind::Heading &&
                   r.article.text.compare(p.span.start, p.span.size(), "What happens next") == 0;
    CHECK(heading);
    CHECK(has_reason(r, "byline"));
    CHECK(has_reason(r, "newsletter"));
    CHECK(has_reason(r, "footer"));
    CHECK(r.warnings.empty());
    check_origin(r, input);
}

TEST_CASE("origin runs map the article back to the paste byte for byte", "[clean_text]") {
    // CRLF line ends, no-break spaces at line ends, multi-byte text.
    const std::string input =
        "Menu\r\nHome\r\n\r\nThe minister said on Tuesday that the talks in Zürich had been \xE2\x80\x9C"
        "constructive\xE2\x80\x9D and would continue next week.\xC2\xA0\r\n\r\nBoth delegations agreed to "
        "meet again, according to a statement released by the ministry late in the evening.\r\n";
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    REQUIRE(r.article.paragraphs.size() == 2);
    CHECK(paragraph_text(r, 0).back() == '.');          // the no-break space is trimmed
    check_origin(r, input);
}

TEST_CASE("empty and blank input give an empty article", "[clean_text]") {
    CHECK(clean_text(lede::test_resources().clean, "").article.text.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, " \n\n \t \r\n");
    CHECK(r.article.text.empty());
    CHECK(r.article.paragraphs.empty());
}

TEST_CASE("a page with no article says so and keeps what it can", "[clean_text]") {
    const std::string input = fixture("login-page.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(has_warning(r, "no-article"));
    CHECK_FALSE(r.article.text.empty());
    check_origin(r, input);
}

TEST_CASE("a text without paragraph breaks is kept whole", "[clean_text]") {
    std::string input;
    for (int i = 0; i < 30; ++i)
        input += "The committee met again on Monday and the chairman said that the report would be published soon. ";
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    REQUIRE(r.article.paragraphs.size() == 1);
    CHECK(r.article.text.size() + 1 == input.size());    // only the final space is trimmed
    CHECK_FALSE(has_warning(r, "no-article"));
    // Only headings and labels: no article, but the text is not lost.
    const CleanResult h = clean_text(lede::test_resources().clean, "Breaking News\nWorld\nMarkets Today\n");
    CHECK(has_warning(h, "no-article"));
    CHECK_FALSE(h.article.text.empty());
}

TEST_CASE("NUL bytes break lines and never reach the article", "[clean_text]") {
    std::string input = sample();
    for (std::size_t at = 100; at < input.size(); at += 700) input.insert(at, 1, '\0');
    input += std::string(5, '\0');
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.find('\0') == std::string::npos);
    CHECK_FALSE(r.article.paragraphs.empty());
    check_origin(r, input);
    const CleanResult only_nul = clean_text(lede::test_resources().clean, std::string(64, '\0'));
    CHECK(only_nul.article.text.empty());
}

TEST_CASE("a big synthetic paste is cleaned whole", "[clean_text]") {
    // ~6 MB: menus, the sample repeated, player readings; also one huge line without breaks.
    std::string input;
    const std::string page = sample();
    while (input.size() < (6u << 20)) {
        input += "Home\nNews\nSport\n";
        input += page;
        input += "\n";
    }
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.paragraphs.size() >= 8);
    CHECK(r.article.text.find("icon") == std::string::npos);
    check_origin(r, input);
    const CleanResult one_line = clean_text(lede::test_resources().clean, std::string(2u << 20, 'a'));
    CHECK(one_line.article.text.size() == (2u << 20));
}

TEST_CASE("the article ends where a list of other stories' headlines starts", "[clean_text]") {
    const std::string input = fixture("related-after-article.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("The new harbour bridge opened", 0) == 0);
    CHECK(r.article.text.find("transition fund.") != std::string::npos);
    for (const char* other : {"tram line to the airport", "Museum reopens", "will be loud. The council disagrees", "cycling race"})
        CHECK(r.article.text.find(other) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("a list announced by a colon inside the article survives", "[clean_text]") {
    const std::string input = fixture("list-article.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    for (const char* kept : {"A valid driving licence", "The booking reference and voucher", "Check the fuel policy first",
                             "until the deposit is back"})
        CHECK(r.article.text.find(kept) != std::string::npos);
    CHECK(r.article.text.find("Share this article") == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("an inline 'Read more:' link is dropped without cutting the article", "[clean_text]") {
    const std::string input = fixture("inline-read-more.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("Farmers across the southern plains", 0) == 0);
    CHECK(r.article.text.find("at a third of their usual level.") != std::string::npos);
    CHECK(r.article.text.find("Read more") == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("a Chinese page: prose found by its punctuation, menus and related headlines left out", "[clean_text]") {
    const std::string input = fixture("chinese-page.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK_FALSE(has_warning(r, "no-article"));
    CHECK(r.article.text.find("经过十年的规划和建设") != std::string::npos);
    CHECK(r.article.text.find("应当征求公众意见") != std::string::npos);
    for (const char* junk : {"首页", "登录", "机场轻轨线获批", "老城区停车费"}) CHECK(r.article.text.find(junk) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("comments stamped with a repeated numbered shape are cut, in any language", "[clean_text]") {
    const std::string input = fixture("comments-es.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("El pleno del ayuntamiento", 0) == 0);
    CHECK(r.article.text.find("frente al edificio del ayuntamiento.") != std::string::npos);
    for (const char* comment : {"Ya era hora", "Quinientos millones es demasiado", "Hace 12 minutos", "tardó el doble"})
        CHECK(r.article.text.find(comment) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("other stories' cards with teasers cut short end the article, in any language", "[clean_text]") {
    const std::string input = fixture("teasers-after-article-de.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("Die neue Hafenbrücke", 0) == 0);
    CHECK(r.article.text.find("Übergangsfonds beantragt.") != std::string::npos);
    for (const char* other : {"Straßenbahnlinie", "Stadtmuseum", "Parkgebühren", "Anwohner"})
        CHECK(r.article.text.find(other) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("the author's bio under the article is left out", "[clean_text]") {
    const std::string input = fixture("author-bio.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("A sourdough starter", 0) == 0);
    CHECK(r.article.text.find("before you begin a new one.") != std::string::npos);
    for (const char* bio : {"Reviewed by", "Maria Keller", "food writer"}) CHECK(r.article.text.find(bio) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("other stories' headlines with commas and full stops inside are cut after the article", "[clean_text]") {
    const std::string input = fixture("headlines-with-commas-cs.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("Nový most přes přístav byl", 0) == 0);
    CHECK(r.article.text.find("požádali o přechodný fond.") != std::string::npos);
    for (const char* other : {"tramvaj na letiště", "Muzeum se po dvou", "Parkování ve starém", "Cyklistický závod", "Nemocnice"})
        CHECK(r.article.text.find(other) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("a comment form after the article is cut with its heading and rules, in any language", "[clean_text]") {
    const std::string input = fixture("comment-form-pt.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("A nova ponte do porto", 0) == 0);
    CHECK(r.article.text.find("pediram um fundo de transição.") != std::string::npos);
    for (const char* form : {"Comentar", "responsabilidade dos seus autores", "Nome", "Enviar"})
        CHECK(r.article.text.find(form) == std::string::npos);
    check_origin(r, input);
}

TEST_CASE("a live ticker of timed headlines after the article is cut, in any language", "[clean_text]") {
    const std::string input = fixture("live-ticker-fr.txt");
    REQUIRE_FALSE(input.empty());
    const CleanResult r = clean_text(lede::test_resources().clean, input);
    CHECK(r.article.text.rfind("Le nouveau pont du port a été", 0) == 0);
    CHECK(r.article.text.find("un fonds de transition.") != std::string::npos);
    for (const char* other : {"Direct", "14:44", "tramway", "course cycliste"}) CHECK(r.article.text.find(other) == std::string::npos);
    check_origin(r, input);
}
