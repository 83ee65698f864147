// time_lexicon_test.cpp — the word classes read from assets/time/en.
#include <catch2/catch.hpp>

#include "nlp/tokenize.h"
#include "time/time_lexicon.h"
#include "test_resources.h"

using namespace lede;

namespace {
std::vector<std::string> classes_at(const std::string& text, std::size_t pos) {
    const nlp::Document doc = nlp::tokenize(text, lede::test_resources().nlp);
    const auto tokens = time::tokenize_for_time(doc);
    std::vector<time::LexiconHit> hits;
    const auto& lex = *lede::test_resources().time.lexicon;
    lex.lookup(tokens, pos, hits);
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(lex.class_name(h.cls) + "=" + std::string(h.value) + "/" + std::to_string(h.length));
    return out;
}
bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }
}  // namespace

TEST_CASE("the English lexicon loads its classes", "[time_lexicon]") {
    const auto& lex = *lede::test_resources().time.lexicon;
    for (const char* c : {"month", "weekday", "number", "unit", "season", "holiday", "reference", "tense", "modifier"})
        CHECK(lex.class_id(c) >= 0);
    CHECK(lex.class_id("no-such-class") == -1);
    CHECK(lex.class_id(time::CodeClass::PluralUnit) == lex.class_id("plural_unit"));
    CHECK(lex.class_id(time::CodeClass::PluralUnit) >= 0);
}

TEST_CASE("capitalised classes ignore the lower-case verb", "[time_lexicon]") {
    CHECK(has(classes_at("May 5", 0), "month=5/1"));
    CHECK_FALSE(has(classes_at("you may go", 1), "month=5/1"));
}

TEST_CASE("abbreviations need a period or a number after them", "[time_lexicon]") {
    CHECK(has(classes_at("Jan. 14", 0), "month=1/2"));
    CHECK(has(classes_at("Jan 14", 0), "month=1/1"));
    CHECK_FALSE(has(classes_at("Jan Smith", 0), "month=1/1"));
    CHECK_FALSE(has(classes_at("the Baltimore Sun reported", 2), "weekday=7/1"));
}

TEST_CASE("phrases match several tokens", "[time_lexicon]") {
    CHECK(has(classes_at("New Year's Day", 0), "holiday=01-01/5"));
    CHECK(has(classes_at("at 5 p.m. today", 2), "ampm=pm/4"));
}

TEST_CASE("phrases are found through words that are no form of their own", "[time_lexicon]") {
    // "once upon" and "once upon a" are no forms, only the way to the four-word one
    CHECK(has(classes_at("once upon a time", 0), "reference=PAST_REF/4"));
    // a one-word form and a longer one from the same token: both
    const auto now = classes_at("right now", 0);
    CHECK(has(now, "reference=PRESENT_REF/2"));
    CHECK(classes_at("right away", 0).empty());
    CHECK(has(classes_at("the end of May", 0), "modifier=END/3"));
}
