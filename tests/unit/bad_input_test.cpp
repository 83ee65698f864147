// bad_input_test.cpp — what people really paste: empty, binary, broken UTF-8, NULs,
// absurdly deep HTML, other scripts, huge inputs, forged share links. Nothing may crash,
// every limit that is hit must say so in a warning, and the user's text must be kept.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "test_resources.h"
#include "../fuzz/analysis_invariants.h"
#include "analysis_json.h"
#include "analyze.h"
#include "input_limits.h"
#include "share/share_link.h"
#include "base/utf8.h"

namespace {

bool has_warning(const lede::Analysis& a, const std::string& code) {
    for (const auto& w : a.warnings)
        if (w.code == code) return !w.message.empty();
    return false;
}

lede::AnalyzeOptions dated(bool raw = false) {
    lede::AnalyzeOptions o;
    o.raw = raw;
    o.dateline = "2020-09-25";
    return o;
}

// Analyses `bytes` as text/plain and checks every invariant of the result.
lede::Analysis analyse_text(const std::string& bytes, bool raw = false) {
    lede::Analysis a = lede::analyze(lede::test_resources(), {bytes, {}}, dated(raw));
    CHECK(lede::fuzz::check_analysis(a, lede::utf8::repair(bytes).text) == "");
    return a;
}

lede::Analysis analyse_html(const std::string& bytes) {
    lede::Analysis a = lede::analyze(lede::test_resources(), {{}, bytes}, dated());
    CHECK(lede::fuzz::check_analysis(a, lede::utf8::repair(bytes).text) == "");
    return a;
}

}  // namespace

TEST_CASE("empty and blank pastes give an analysis that says so", "[bad-input]") {
    CHECK(has_warning(analyse_text(""), "empty-input"));
    CHECK(has_warning(analyse_html(""), "empty-input"));
    CHECK(has_warning(analyse_text(" \n\t\r\n "), "no-article"));
}

TEST_CASE("binary bytes are repaired, reported as binary and not mined for actors", "[bad-input]") {
    std::mt19937 rng(8);
    std::string bytes(64 * 1024, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    const auto text = analyse_text(bytes);
    CHECK(has_warning(text, "invalid-utf8"));
    CHECK(has_warning(text, "binary-input"));
    CHECK(text.actors.empty());
    CHECK_FALSE(text.article.text.empty());       // what could be kept is kept
    const auto html = analyse_html(bytes);
    CHECK(has_warning(html, "invalid-utf8"));
    CHECK(html.actors.empty());
}

TEST_CASE("the share of non-text characters tells binary data from text in any script", "[bad-input]") {
    CHECK(lede::utf8::non_text_share("") == 0.0);
    CHECK(lede::utf8::non_text_share("Путин сказал\tв пятницу.\r\n普京说。🙂") == 0.0);
    CHECK(lede::utf8::non_text_share(std::string("ab\0\x01", 4)) == 0.5);
    CHECK(lede::utf8::non_text_share("a\xEF\xBF\xBD") == 0.5);   // U+FFFD
    // A few NULs in an article are not binary: it is still analysed.
    std::string article = "Vladimir Putin spoke in Moscow on Friday about the election. ";
    for (int i = 0; i < 4; ++i) article += article;
    article[10] = '\0';
    const auto a = analyse_text(article);
    CHECK_FALSE(has_warning(a, "binary-input"));
    CHECK_FALSE(a.actors.empty());
}

TEST_CASE("NUL bytes are kept in the article and survive the JSON", "[bad-input]") {
    const std::string bytes("Putin\0 spoke\0\0 on Friday.", 25);
    const auto a = analyse_text(bytes, /*raw=*/true);
    CHECK(a.article.text == bytes);
    const auto parsed = nlohmann::json::parse(lede::to_json_string(a));
    CHECK(parsed["article"]["text"].get<std::string>() == bytes);
    analyse_text(bytes);
    analyse_html("<p>" + bytes + "</p>");
}

TEST_CASE("invalid UTF-8 is counted in the warning", "[bad-input]") {
    // FF, C0, AF and a cut E2 82 are four maximal invalid subparts.
    const auto a = analyse_text("a \xFF b \xC0\xAF c \xE2\x82", /*raw=*/true);
    REQUIRE(has_warning(a, "invalid-utf8"));
    CHECK(a.warnings[0].message.rfind("4 ", 0) == 0);
}

TEST_CASE("HTML nested 100000 deep neither overflows the stack nor loses the text", "[bad-input]") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "<p>The minister resigned on Monday in Stockholm.</p>";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    analyse_html(html);
    std::string spans;
    for (int i = 0; i < 100000; ++i) spans += "<span><b>";
    spans += "Deep words";
    analyse_html(spans);
}

TEST_CASE("right-to-left, CJK and emoji text keeps every span on a code point boundary", "[bad-input]") {
    analyse_text("أعلن الرئيس محمد علي يوم الاثنين 5 أكتوبر 2020 أن الحكومة سترفض الاتفاق.\n\n"
                 "وقال وزير الخارجية إن المحادثات ستستمر.\n");
    analyse_text("東京 — 日本の岸田文雄首相は2021年10月4日、新内閣を発足させた。\n\n中国外務省は「歓迎する」と述べた。\n");
    analyse_text("Breaking 🔥 Elon Musk 👨‍🚀 says SpaceX will launch on Friday 🚀🇺🇸\n\n"
                 "\"We are go,\" Musk said on 25 September 2020. 😀🏳️‍🌈\n");
    analyse_html("<p dir=\"rtl\">قال الرئيس</p><p>東京 2021年10月4日 🚀</p>");
}

TEST_CASE("a list of 10000 names is analysed completely", "[bad-input]") {
    static const char* const first[] = {"Anna", "Boris", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiro"};
    static const char* const last[] = {"Berg", "Ivanov", "Wang", "Petrov", "Smith", "Haddad", "Lee", "Tanaka", "Roe"};
    std::string list;
    for (int i = 0; i < 10000; ++i) list += std::string(first[i % 8]) + " " + last[(i / 8) % 9] + " " + std::to_string(i) + "\n";
    analyse_text(list);
}

TEST_CASE("input over kMaxInputBytes is cut at a code point boundary, with a warning", "[bad-input]") {
    // U+20AC is three bytes and the limit is not a multiple of three: the cut must back off.
    std::string big;
    big.reserve(lede::limits::kMaxInputBytes + 64);
    while (big.size() <= lede::limits::kMaxInputBytes) big += "\xE2\x82\xAC";
    const auto a = lede::analyze(lede::test_resources(), {big, {}}, dated(/*raw=*/true));
    CHECK(has_warning(a, "input-too-large"));
    CHECK(has_warning(a, "text-too-large"));
    CHECK(a.article.text.size() == lede::limits::kMaxInputBytes / 3 * 3);
    CHECK(lede::utf8::is_valid(a.article.text));
    CHECK(a.actors.empty());
}

TEST_CASE("an article over kMaxExtractBytes is kept whole but not extracted", "[bad-input]") {
    std::string text;
    while (text.size() <= lede::limits::kMaxExtractBytes) text += "Putin spoke in Moscow on Friday. ";
    const auto a = lede::analyze(lede::test_resources(), {text, {}}, dated(/*raw=*/true));
    CHECK(has_warning(a, "text-too-large"));
    CHECK(a.article.text == text);
    CHECK(a.actors.empty());
    CHECK(a.times.empty());
}

TEST_CASE("a share link that inflates past kMaxShareBytes is refused, not unpacked", "[bad-input]") {
    lede::share::SharedArticle article;
    article.text.assign(lede::limits::kMaxShareBytes - 64, 'a');
    const auto small = lede::share::encode(article);
    REQUIRE(small.ok());
    CHECK(lede::share::decode(small.fragment).ok());

    article.text.assign(lede::limits::kMaxShareBytes + 1, 'a');
    CHECK(lede::share::encode(article).error == lede::share::ShareError::TooLarge);

    // A hostile link: 6.8 KB that would inflate to 5 MB.
    std::ifstream in(LEDE_SOURCE_DIR "/tests/fuzz/seeds/share_link/bomb.txt", std::ios::binary);
    const std::string bomb((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(bomb.size() > 1000);
    const auto d = lede::share::decode(bomb);
    CHECK(d.error == lede::share::ShareError::TooLarge);
    CHECK_FALSE(d.message.empty());
}

TEST_CASE("forged and truncated share links are refused with a message", "[bad-input]") {
    lede::share::SharedArticle article;
    article.title = "Putin offers US exchange of guarantees";
    article.text = "Russian President Vladimir Putin proposed on Friday that Russia and the US prepare a formal agreement.";
    const auto link = lede::share::encode(article);
    REQUIRE(link.ok());
    const std::string& f = link.fragment;
    for (const std::string& forged : {f.substr(0, f.size() / 2), f.substr(0, f.size() - 1), "2" + f.substr(1),
                                      f.substr(0, 10) + "!!" + f.substr(12), f + "AAAA", std::string("1."), std::string("#a=")}) {
        INFO(forged);
        const auto d = lede::share::decode(forged);
        CHECK_FALSE(d.ok());
        CHECK_FALSE(d.message.empty());
    }
}
