// quotes_test.cpp — direct quotations and their speakers.
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/extract_relations.h"
#include "relations/quotes.h"
#include "relations/trigger_lexicon.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;

namespace {
std::vector<Quote> quotes_of(const Fixture& f) {
    std::vector<TriggerMatch> say;
    for (const auto& s : f.doc.sentences)
        for (auto& t : test_resources().relations.triggers.match(f.doc, s.first_token, s.end_token))
            if (t.classes.front() == EventClass::Say && t.kind == TriggerKind::Verb) say.push_back(t);
    const ActorMentionIndex index(f.doc, f.actors);
    return find_quotes(f.doc, index, f.actors, say, test_resources().relations.function_words);
}
}  // namespace

TEST_CASE("“…,” the ministry’s spokesperson Maria Zakharova said") {
    Fixture f("The ministry rebuffed the accusations. \xE2\x80\x9CWe have repeatedly stated that we had not interfered,\xE2\x80\x9D "
              "the ministry\xE2\x80\x99s spokesperson Maria Zakharova said.");
    f.actor("a1", ActorType::Org, {"ministry"}).actor("a2", ActorType::Person, {"Maria Zakharova"});
    const auto qs = quotes_of(f);
    REQUIRE(qs.size() == 1);
    CHECK(f.span(qs[0].quote) == "We have repeatedly stated that we had not interfered");
    CHECK(qs[0].speaker == std::optional<std::size_t>(1));
    REQUIRE(qs[0].verb);
    CHECK(f.doc.token_text(qs[0].verb->head) == "said");

    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2020-09-25", false);
    bool found = false;
    for (const auto& r : rs)
        if (r.event_class == "SAY" && r.quote) {
            found = true;
            CHECK(r.source == std::optional<std::string>("a2"));
            CHECK(f.span(r.trigger) == "said");
        }
    CHECK(found);
}

TEST_CASE("“…,” said Putin, and Putin said: “…”") {
    Fixture f("\xE2\x80\x9CWe are ready for dialogue,\xE2\x80\x9D said Putin. Peskov said: \"The offer stands.\"");
    f.actor("a1", ActorType::Person, {"Putin"}).actor("a2", ActorType::Person, {"Peskov"});
    const auto qs = quotes_of(f);
    REQUIRE(qs.size() == 2);
    CHECK(qs[0].speaker == std::optional<std::size_t>(0));
    CHECK(qs[1].speaker == std::optional<std::size_t>(1));
    CHECK(f.span(qs[1].quote) == "The offer stands.");
}

TEST_CASE("a pronoun speaker is the last person named") {
    Fixture f("Putin spoke on Friday. \xE2\x80\x9CThis would help both nations,\xE2\x80\x9D he said.");
    f.actor("a1", ActorType::Person, {"Putin"});
    const auto qs = quotes_of(f);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == std::optional<std::size_t>(0));
}

TEST_CASE("scare quotes and participles attribute nothing") {
    Fixture f("The ministry rebuffed the accusations as \xE2\x80\x9C" "absolutely evidence-free,\xE2\x80\x9D arguing that the US "
              "maligns Russia. Putin offered \xE2\x80\x9Cguarantees\xE2\x80\x9D to Washington.");
    f.actor("a1", ActorType::Org, {"ministry"}).actor("a2", ActorType::Gpe, {"US"});
    CHECK(quotes_of(f).empty());
}

TEST_CASE("typewriter marks `` '' pair up, and a quote runs across lines but not paragraphs") {
    Fixture f("`` The market is starting to show signs of life .\nIt needs care , '' said Jim Press .\n\n"
              "`` Unclosed here .\n\nNew paragraph '' said Ford .");
    f.actor("a1", ActorType::Person, {"Jim Press"}).actor("a2", ActorType::Org, {"Ford"});
    const auto qs = quotes_of(f);
    REQUIRE(qs.size() == 1);
    CHECK(f.span(qs[0].quote) == "The market is starting to show signs of life .\nIt needs care");
    CHECK(qs[0].speaker == std::optional<std::size_t>(0));
}

TEST_CASE("a speech verb right after a quote takes its speaker after the verb, not from the quote") {
    Fixture f("He spoke. \xE2\x80\x9C" "America will recover.\xE2\x80\x9D said Barack Obama, the president.");
    f.actor("a1", ActorType::Gpe, {"America"}).actor("a2", ActorType::Person, {"Barack Obama"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    for (const auto& r : rs)
        if (r.event_class == "SAY") CHECK(r.source == std::optional<std::string>("a2"));
}

TEST_CASE("a speaker after the verb may come as a title, a comma and the name") {
    Fixture f("Ford gained. \xE2\x80\x9CWe made progress,\xE2\x80\x9D said the firm's chief executive officer, Alan Mulally.");
    f.actor("a1", ActorType::Org, {"Ford"}).actor("a2", ActorType::Person, {"Alan Mulally"});
    const auto qs = quotes_of(f);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].speaker == std::optional<std::size_t>(1));
}

TEST_CASE("a stray opening mark does not pair with a closing one far away") {
    std::string text = "\xE2\x80\x9C" "A stray mark. ";
    for (int i = 0; i < 60; ++i) text += "The talks went on for days and days. ";
    text += "Done,\xE2\x80\x9D said Putin.";
    Fixture f(text);
    f.actor("a1", ActorType::Person, {"Putin"});
    CHECK(quotes_of(f).empty());
}
