// time_context_test.cpp — tense near an expression, year-like contexts, glued digits.
#include <catch2/catch.hpp>

#include "nlp/tokenize.h"
#include "time/time_context.h"
#include "test_resources.h"

using namespace lede;

namespace {
struct Fixture {
    std::string text;
    nlp::Document doc;
    std::vector<time::TimeToken> tokens;
    explicit Fixture(std::string t) : text(std::move(t)), doc(nlp::tokenize(text, lede::test_resources().nlp)), tokens(time::tokenize_for_time(doc)) {}
    std::size_t find(const std::string& norm) const {
        for (std::size_t i = 0; i < tokens.size(); ++i)
            if (tokens[i].norm == norm) return i;
        return tokens.size();
    }
};
}  // namespace

TEST_CASE("the nearest verb gives the tense", "[time_context]") {
    const auto& lex = *lede::test_resources().time.lexicon;
    Fixture past("The minister said on Friday that talks failed.");
    std::size_t i = past.find("friday");
    CHECK(time::tense_near(past.tokens, i, i + 1, lex) == time::Tense::Past);
    Fixture future("The minister will speak on Friday.");
    i = future.find("friday");
    CHECK(time::tense_near(future.tokens, i, i + 1, lex) == time::Tense::Future);
    Fixture clause("Washington stepped up attacks as the race nears election day on November 3.");
    i = clause.find("november");
    CHECK(time::tense_near(clause.tokens, i, i + 2, lex) == time::Tense::None);
}

TEST_CASE("phrases before the date and plans decide the tense", "[time_context]") {
    const auto& lex = *lede::test_resources().time.lexicon;
    const auto tense = [&](const std::string& text, const std::string& word) {
        Fixture f(text);
        const std::size_t i = f.find(word);
        return time::tense_near(f.tokens, i, i + 1, lex);
    };
    // "as" opens a clause, but "as early as" points forward
    CHECK(tense("The father could come as early as Tuesday.", "tuesday") == time::Tense::Future);
    CHECK(tense("They said he may arrive as soon as Monday.", "monday") == time::Tense::Future);
    // words of intent are future only before to/for
    CHECK(tense("Trading is to resume in Paris on Tuesday.", "tuesday") == time::Tense::Future);
    CHECK(tense("The agency set Friday as the deadline.", "friday") == time::Tense::None);
    CHECK(tense("The talks are expected to resume on Friday.", "friday") == time::Tense::Future);
    CHECK(tense("Shares fell after lower-than-expected earnings on Wednesday.", "wednesday") == time::Tense::Past);
    // a plan in the past perfect was overtaken: told in the past
    CHECK(tense("The offer had been due to expire Friday evening.", "friday") == time::Tense::Past);
    CHECK(tense("The offer is due to expire Friday evening.", "friday") == time::Tense::Future);
    // "next" points forward, "next to" does not
    CHECK(tense("People were killed in blasts next to the embassies on Friday.", "friday") == time::Tense::Past);
    CHECK(tense("The next round of talks opens on Friday.", "friday") == time::Tense::Future);
}

TEST_CASE("a bare number is a year only in a year-like context", "[time_context]") {
    const auto& lex = *lede::test_resources().time.lexicon;
    const auto year = [&](const std::string& text, const std::string& number) {
        Fixture f(text);
        const std::size_t i = f.find(number);
        return time::is_year_context(f.tokens, i, i + 1, lex);
    };
    CHECK(year("the 1972 US-Soviet pact", "1972"));
    CHECK(year("in 1990 the", "1990"));
    CHECK_FALSE(year("it cost $2020 in all", "2020"));
    CHECK_FALSE(year("about 2000 people came", "2000"));
    CHECK_FALSE(year("call 555-2019 now", "2019"));
    CHECK_FALSE(year("version 2019 ships", "2019"));
    CHECK_FALSE(year("a 1500 metre race", "1500"));
    CHECK(year("in 1066 the", "1066"));
    CHECK(year("from 2019-2021 the", "2019"));
}
