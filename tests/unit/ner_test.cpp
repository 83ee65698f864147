// ner_test.cpp — the NER tagger (ner.h), its features (ner_features.h) and the gazetteer
// it reads (gazetteer.h).
#include <catch2/catch.hpp>

#include "actors/gazetteer.h"
#include "actors/ner.h"
#include "actors/ner_features.h"
#include "actors/ner_recase.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace {
std::vector<std::pair<std::string, lede::ner::EntityType>> entities(const std::string& text) {
    const auto doc = lede::nlp::tokenize(text, lede::test_resources().nlp);
    std::vector<std::pair<std::string, lede::ner::EntityType>> out;
    for (const auto& e : lede::ner::tag_entities(doc, lede::test_resources().actors.ner_model, lede::test_resources().actors.gazetteer))
        out.emplace_back(std::string(doc.span_text({doc.tokens[e.first_token].span.start, doc.tokens[e.end_token - 1].span.end})), e.type);
    return out;
}
bool has(const std::vector<std::pair<std::string, lede::ner::EntityType>>& v, const std::string& s, lede::ner::EntityType t) {
    return std::find(v.begin(), v.end(), std::make_pair(s, t)) != v.end();
}
}  // namespace

TEST_CASE("the shipped model loads and tags people and places", "[ner]") {
    REQUIRE_FALSE(lede::test_resources().actors.ner_model.empty());
    const auto e = entities("Russian President Vladimir Putin met Joe Biden in Geneva on Wednesday.");
    CHECK(has(e, "Vladimir Putin", lede::ner::EntityType::Per));
    CHECK(has(e, "Joe Biden", lede::ner::EntityType::Per));
    CHECK(has(e, "Geneva", lede::ner::EntityType::Loc));
}

TEST_CASE("labels are BILOU over four types", "[ner]") {
    const auto& l = lede::ner::ner_labels();
    REQUIRE(l.size() == 17);
    CHECK(l[0] == "O");
    CHECK(std::find(l.begin(), l.end(), "U-MISC") != l.end());
}

TEST_CASE("word shapes collapse runs of one class", "[ner]") {
    CHECK(lede::ner::word_shape("Putin") == "Xx");
    CHECK(lede::ner::word_shape("U.S.") == "X.X.");
    CHECK(lede::ner::word_shape("2020") == "d");
    CHECK(lede::ner::word_shape("McDonald") == "XxXx");
    CHECK(lede::ner::word_shape("Élysée") == "Xx");
}

TEST_CASE("a training domain adds a marked copy of every feature and changes nothing else", "[ner]") {
    const auto& gaz = lede::test_resources().actors.gazetteer;
    const std::vector<std::string_view> words = {"Boeing", "said", "in", "Paris"};
    const auto ev = lede::ner::document_evidence({words});
    lede::nlp::FeatureSequence plain, again, tweets;
    lede::ner::sentence_features(words, ev, gaz, plain);
    lede::ner::sentence_features(words, ev, gaz, again, "");
    lede::ner::sentence_features(words, ev, gaz, tweets, "tw");
    REQUIRE(plain.size() == 4);
    REQUIRE(tweets.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const std::vector<std::uint32_t> p(plain.begin(i), plain.end(i)), a(again.begin(i), again.end(i)),
            t(tweets.begin(i), tweets.end(i));
        CHECK(p == a);
        // The bias, then each plain feature followed by its copy.
        REQUIRE(t.size() == 2 * p.size() - 1);
        for (std::size_t k = 1; k < p.size(); ++k) {
            CHECK(t[2 * k - 1] == p[k]);
            CHECK(t[2 * k] != p[k]);
        }
    }
}

TEST_CASE("document evidence notices shouting and missing capitals", "[ner]") {
    std::vector<std::string_view> upper = {"THE", "PRESIDENT", "SAID", "ON", "FRIDAY", "THAT", "TALKS", "WITH", "MOSCOW", "FAILED"};
    CHECK(lede::ner::document_evidence({upper}).mostly_uppercase);
    std::vector<std::string_view> lower;
    for (int i = 0; i < 40; ++i) lower.push_back("word");
    const auto ev = lede::ner::document_evidence({lower});
    CHECK(ev.no_capitals);
    CHECK(ev.lower_seen.count("word") == 1);
}

TEST_CASE("the gazetteer knows countries, codes in capitals only, demonyms and capitals", "[ner]") {
    const auto& g = lede::test_resources().actors.gazetteer;
    REQUIRE(g.country_named("United States"));
    CHECK(g.country_named("U.S.")->id == "US");
    CHECK(g.country_named("US")->id == "US");
    CHECK(g.country_named("us") == nullptr);   // the pronoun
    CHECK(g.country_of_demonym("Russian")->name == "Russia");
    CHECK(g.country_of_demonym("Russians")->name == "Russia");
    CHECK(g.country_of_capital("Moscow")->name == "Russia");
    CHECK(g.country_of_capital("Washington")->id == "US");
    CHECK((g.kinds("spokesperson") & lede::gazetteer::kTitle));
    CHECK(g.kinds("zzzz") == 0);
}

TEST_CASE("an empty document has no entities", "[ner]") {
    CHECK(entities("").empty());
    CHECK(entities("   \n\n  ").empty());
}

TEST_CASE("a line in capitals is read in the case the document writes its words", "[ner]") {
    std::vector<std::vector<std::string_view>> segs = {
        {"DOMINION", "TERMINAL", "SAYS", "US", "DEAL", "IS", "OFF"},
        {"Dominion", "Terminal", "says", "the", "deal", "is", "off", "in", "the", "US", "."},
        {"A", "B"}};
    const auto ev = lede::ner::document_evidence(segs);
    std::deque<std::string> store;
    lede::ner::recase_capital_lines(segs, ev, lede::test_resources().actors.gazetteer, store);
    const std::vector<std::string_view> want = {"Dominion", "Terminal", "says", "US", "deal", "is", "off"};
    CHECK(segs[0] == want);
    CHECK(segs[1][0] == "Dominion");   // mixed-case lines stay as written
    CHECK(segs[2][0] == "A");          // too short to say it is a line in capitals
}

TEST_CASE("a document in capitals is not recased", "[ner]") {
    std::vector<std::vector<std::string_view>> segs = {
        {"THE", "PRESIDENT", "SAID", "ON", "FRIDAY", "THAT", "TALKS", "WITH", "MOSCOW", "FAILED"}};
    const auto ev = lede::ner::document_evidence(segs);
    std::deque<std::string> store;
    lede::ner::recase_capital_lines(segs, ev, lede::test_resources().actors.gazetteer, store);
    CHECK(segs[0][0] == "THE");
}
