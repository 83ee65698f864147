// time_grammar_test.cpp — the pattern language: loading, built-in classes, longest match.
#include <catch2/catch.hpp>

#include "nlp/tokenize.h"
#include "time/time_grammar.h"
#include "test_resources.h"

using namespace lede;

namespace {
// The longest match at token `pos`, as "action args | matched text".
std::string best_at(const std::string& text, std::size_t pos) {
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    const auto tokens = time::tokenize_for_time(doc);
    const auto& lex = *lede::test_resources().time.lexicon;
    std::vector<std::vector<time::LexiconHit>> hits(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) lex.lookup(tokens, i, hits[i]);
    std::vector<time::Match> matches;
    lede::test_resources().time.grammar->matches_at(tokens, hits, pos, matches);
    if (matches.empty()) return "";
    const auto& m = matches.front();
    return std::string(time::action_name(m.rule->action)) + " | " + text.substr(tokens[m.first].span.start, tokens[m.end - 1].span.end - tokens[m.first].span.start);
}
}  // namespace

TEST_CASE("the English grammar loads without problems", "[time_grammar]") {
    const auto& g = *lede::test_resources().time.grammar;
    CHECK(g.problems().empty());
    CHECK(g.rules().size() > 50);
}

TEST_CASE("the longest pattern wins", "[time_grammar]") {
    CHECK(best_at("on Sept. 30, 1989 the", 1) == "ymd | Sept. 30, 1989");
    CHECK(best_at("on Sept. 30 the", 1) == "md | Sept. 30");
    CHECK(best_at("two days ago", 0) == "rel | two days ago");
    CHECK(best_at("two days", 0) == "dur | two days");
    CHECK(best_at("the last twenty four hours", 0) == "dur | the last twenty four hours");
    CHECK(best_at("the third-quarter results", 0) == "quarter | the third-quarter");
}

TEST_CASE("built-in classes check their numbers", "[time_grammar]") {
    CHECK(best_at("March 32", 0) == "m | March");          // 32 is no day
    CHECK(best_at("the 1990s", 0) == "decade | the 1990s");
    CHECK(best_at("at 25:99", 1).empty());                    // no such clock time
    CHECK(best_at("10:30 p.m.", 0) == "time | 10:30 p.m.");
}

TEST_CASE("a lookahead word must follow but is not matched", "[time_grammar]") {
    CHECK(best_at("for the year ended June 30", 1) == "fix | the year");
    CHECK(best_at("two days before the launch", 0) == "dur | two days");
    CHECK(best_at("two days before.", 0) == "rel | two days before");
}

TEST_CASE("years named by a word may be old or far", "[time_grammar]") {
    CHECK(best_at("in the year 9999", 1) == "y | the year 9999");
    CHECK(best_at("in the year 800", 1) == "y | the year 800");
    CHECK(best_at("in 44 BC", 1) == "era | 44 BC");
    CHECK(best_at("in AD 800", 1) == "era | AD 800");
    CHECK(best_at("in the year 10000", 1) != "y | the year 10000");
}

namespace {
// How many rules the matcher tries at each token of `text`.
std::vector<std::size_t> tried(const std::string& text) {
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    const auto tokens = time::tokenize_for_time(doc);
    const auto& lex = *lede::test_resources().time.lexicon;
    std::vector<std::vector<time::LexiconHit>> hits(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) lex.lookup(tokens, i, hits[i]);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) out.push_back(lede::test_resources().time.grammar->rules_tried_at(tokens, hits, i));
    return out;
}
}  // namespace

TEST_CASE("words with a lexicon hit that spells no number open no number rule", "[time_grammar]") {
    // "said" (a tense word) and "about" (no year after it) are in the lexicon, but no rule
    // opens on them: the rules opening on <num> or <ordinal> are not tried there.
    CHECK(tried("said about") == std::vector<std::size_t>{0, 0});
    // Number words still open them: "two" opens more rules than "said".
    const auto two = tried("two said");
    CHECK(two[0] > 10);
    CHECK(two[1] == 0);
    // Matching is unchanged for number and ordinal words.
    CHECK(best_at("about two days ago", 1) == "rel | two days ago");
    CHECK(best_at("in the third quarter", 1) == "quarter | the third quarter");
}

TEST_CASE("the time part loads the lexicon and grammar and reports nothing wrong with them", "[time_grammar]") {
    const auto& r = lede::test_resources();
    REQUIRE(r.time.lexicon);
    REQUIRE(r.time.grammar);
    for (const std::string& m : r.report.malformed) CHECK(m.rfind("time/", 0) != 0);
    for (const std::string& m : r.report.missing) CHECK(m.rfind("time/", 0) != 0);
}

TEST_CASE("a grammar from fixture text reads its rules", "[time_grammar]") {
    const time::TimeGrammar g("# a comment\nDATE m $1 := <month>\nDATE m $1 <month>\n", *lede::test_resources().time.lexicon);
    CHECK(g.rules().size() == 1);
    REQUIRE(g.problems().size() == 1);
    CHECK(g.problems()[0] == "line 3: no ':='");
}

TEST_CASE("unknown types, flags and actions are problems, and the rule is left out", "[time_grammar]") {
    const auto& lex = *lede::test_resources().time.lexicon;
    const time::TimeGrammar g("DATE ymd $1 $2 $3 := <year> <month> <day>\n"
                              "DATE ymdd $1 := <year>\n"
                              "DATE/sameyaer y $1 := <year>\n"
                              "DAY y $1 := <year>\n",
                              lex);
    REQUIRE(g.rules().size() == 1);
    CHECK(g.rules()[0].action == time::Action::YearMonthDay);
    CHECK(g.problems() == std::vector<std::string>{"line 2: unknown action ymdd", "line 3: unknown flag sameyaer",
                                                   "line 4: unknown type DAY"});
}

TEST_CASE("rule names read into enums", "[time_grammar]") {
    CHECK(time::parse_action("durhalf") == time::Action::DurationAndAHalf);
    CHECK(time::action_name(time::Action::Clock) == "time");
    CHECK(time::parse_rule_flag("qctx") == time::RuleFlag::QuarterContext);
    CHECK(time::parse_rule_type("SET") == TimeType::Set);
    CHECK_FALSE(time::parse_action("Ymd"));
    CHECK_FALSE(time::parse_rule_flag(""));
    CHECK_FALSE(time::parse_rule_type("date"));
}
