// extract_relations_test.cpp — relations on sentences of the sample article, with actors
// placed by hand (the actor extractor is tested on its own).
#include <catch2/catch.hpp>

#include <algorithm>

#include "relation_fixtures.h"
#include "relations/extract_relations.h"

using namespace lede;
using lede::test::Fixture;
using lede::test::find;

TEST_CASE("an accusation: source, target, class") {
    Fixture f("Numerous US officials have long accused Russia of using hackers.");
    f.actor("a1", ActorType::Gpe, {"US"}).actor("a2", ActorType::Gpe, {"Russia"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2020-09-25", false);
    const Relation* r = find(rs, "DISAPPROVE");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK(r->target == std::optional<std::string>("a2"));
    CHECK(f.span(r->trigger) == "accused");
}

TEST_CASE("a denial: REJECT with the allegations as theme, time from the publication date") {
    Fixture f("Moscow has vehemently denied these allegations, arguing that they are baseless.");
    f.actor("a1", ActorType::Gpe, {"Moscow"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2020-09-25", false);
    const Relation* r = find(rs, "REJECT");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK_FALSE(r->target);
    REQUIRE(r->theme);
    CHECK(f.span(*r->theme) == "these allegations");
    REQUIRE(r->time);
    CHECK(r->time->basis == "published");
    CHECK(r->time->value == "2020-09-25");
    CHECK_FALSE(r->time->index);
    // "arguing" shares Moscow as its subject
    const Relation* say = find(rs, "SAY");
    REQUIRE(say);
    CHECK(say->source == std::optional<std::string>("a1"));
}

TEST_CASE("a passive: the agent after 'by' is the source") {
    Fixture f("Aristide has been accused of misusing funds by the Haitian government.");
    f.actor("a1", ActorType::Person, {"Aristide"}).actor("a2", ActorType::Org, {"Haitian government"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "DISAPPROVE");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a2"));
    CHECK(r->target == std::optional<std::string>("a1"));
}

TEST_CASE("a proposal to an actor, timed by the sentence's date") {
    Fixture f("Putin on Friday offered Washington the chance to start a dialogue.");
    f.actor("a1", ActorType::Person, {"Putin"}).actor("a2", ActorType::Gpe, {"Washington"});
    TimeExpr friday;
    friday.span = f.span_of("Friday");
    friday.text = "Friday";
    friday.value = "2020-09-25";
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {friday}, "2020-09-26", false);
    const Relation* r = find(rs, "AGREE");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK(r->target == std::optional<std::string>("a2"));
    CHECK(r->modality == Modality::Proposed);
    REQUIRE(r->time);
    CHECK(r->time->basis == "text");
    CHECK(r->time->index == std::optional<std::size_t>(0));
    CHECK(r->time->value == "2020-09-25");
}

TEST_CASE("negated future interference keeps its class and says so") {
    Fixture f("Russia and the US will sign a pact that they won\xE2\x80\x99t interfere in each other\xE2\x80\x99s affairs.");
    f.actor("a1", ActorType::Gpe, {"Russia"}).actor("a2", ActorType::Gpe, {"US"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    auto it = std::find_if(rs.begin(), rs.end(), [&](const Relation& r) { return f.span(r.trigger) == "interfere"; });
    REQUIRE(it != rs.end());
    CHECK(it->negated);
    CHECK(it->modality == Modality::Future);
}

TEST_CASE("a reported obligation is the speaker's demand on the subject") {
    Fixture f("The Bush administration declared Tuesday that China must drop barriers to exports.");
    f.actor("a1", ActorType::Org, {"Bush administration"}).actor("a2", ActorType::Gpe, {"China"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "DEMAND");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK(r->target == std::optional<std::string>("a2"));
    CHECK(r->modality == Modality::Required);
}

TEST_CASE("military violence is FIGHT") {
    Fixture f("Serb forces killed three ethnic Albanians in a gunbattle.");
    f.actor("a1", ActorType::Norp, {"Serb"}).actor("a2", ActorType::Norp, {"Albanians"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "FIGHT");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK(r->target == std::optional<std::string>("a2"));
}

TEST_CASE("the baseline links the nearest actors and applies no rule") {
    Fixture f("Aristide has been accused of misusing funds by the Haitian government.");
    f.actor("a1", ActorType::Person, {"Aristide"}).actor("a2", ActorType::Org, {"Haitian government"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", true);
    const Relation* r = find(rs, "DISAPPROVE");
    REQUIRE(r);
    CHECK(r->source == std::optional<std::string>("a1"));
    CHECK(r->target == std::optional<std::string>("a2"));
}

TEST_CASE("no actors, no text: nothing breaks") {
    Fixture empty("");
    CHECK(extract_relations(test::relation_resources(), test::syntax_models(), empty.doc, {}, {}, "", false).empty());
    Fixture f("The talks were long.");
    CHECK(extract_relations(test::relation_resources(), test::syntax_models(), f.doc, {}, {}, "2020-01-01", false).empty());   // a noun event with no actor
}
