// relation_arguments_test.cpp — who did what to whom: the clause rules of event_arguments and
// extract_relations (subjects before verb groups, bracketed short forms, subject phrases,
// possessors, inverted speech, "the company", light verbs, passives, threats, nationalities),
// with actors placed by hand.
#include <catch2/catch.hpp>

#include <algorithm>

#include "relation_fixtures.h"
#include "relations/extract_relations.h"

using namespace lede;
using lede::test::Fixture;
using lede::test::find;

namespace {
const std::optional<std::string> id(const char* s) { return std::optional<std::string>(s); }
}  // namespace

TEST_CASE("an actor right before the verb group is its subject, even after another verb") {
    Fixture f("Officials said Turkey will allow the refugees to return home.");
    f.actor("a1", ActorType::Gpe, {"Turkey"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "AGREE");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
    // and Turkey is not the speaker of "said"
    const Relation* say = find(rs, "SAY");
    CHECK((!say || say->source != id("a1")));
}

TEST_CASE("a determined phrase after an attribution is no prepositional object") {
    Fixture f("According to reports the UK is pushing hard for the US plan.");
    f.actor("a1", ActorType::Gpe, {"UK"}).actor("a2", ActorType::Gpe, {"US"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "DEMAND");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
}

TEST_CASE("a bracketed short form gives way to the name before it") {
    Fixture f("The Asia-Pacific Economic Cooperation (APEC) forum has agreed to open a centre.");
    f.actor("a1", ActorType::Org, {"Asia-Pacific Economic Cooperation"}).actor("a2", ActorType::Org, {"APEC"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "AGREE");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
}

TEST_CASE("an actor inside a clause-opening noun phrase is the source when nothing else is") {
    Fixture f("Rebels in the Ivory Coast on Tuesday blocked transport into the city.");
    f.actor("a1", ActorType::Gpe, {"Ivory Coast"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "PROTEST");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
}

TEST_CASE("a possessor keeps the target when a preposition stands before the next name") {
    Fixture f("Albania on Friday denounced as an ugly crime Serbia's suppression of Albanian unrest.");
    f.actor("a1", ActorType::Gpe, {"Albania"}).actor("a2", ActorType::Gpe, {"Serbia"}).actor("a3", ActorType::Norp, {"Albanian"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "DISAPPROVE");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
    CHECK(r->target == id("a2"));
}

TEST_CASE("'the company' as a subject or speaker refers back to the last organisation named") {
    Fixture f("China Eastern ordered twenty jets. The company said that the planes would meet demand.");
    f.actor("a1", ActorType::Org, {"China Eastern"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* say = find(rs, "SAY");
    REQUIRE(say);
    CHECK(say->source == id("a1"));
}

TEST_CASE("an unresolved 'the firm' still blocks an earlier name from being the subject") {
    Fixture f("In Tokyo, the firm said that sales fell.");
    f.actor("a1", ActorType::Gpe, {"Tokyo"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    for (const Relation& r : rs) CHECK(r.source != id("a1"));
}

TEST_CASE("a light verb lends its arguments to the event noun it takes") {
    Fixture f("President Mitterand gave a warm welcome on Thursday to de Klerk.");
    f.actor("a1", ActorType::Person, {"Mitterand"}).actor("a2", ActorType::Person, {"de Klerk"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "CONSULT");
    REQUIRE(r);
    CHECK(f.span(r->trigger) == "welcome");
    CHECK(r->source == id("a1"));
    CHECK(r->target == id("a2"));
    CHECK_FALSE(find(rs, "AID"));     // "gave" is no aid here
}

TEST_CASE("a participle tag makes a passive of an irregular verb") {
    Fixture f("A US national has been put under investigation in Italy.");
    f.actor("a1", ActorType::Gpe, {"US"}).actor("a2", ActorType::Gpe, {"Italy"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "INVESTIGATE");
    REQUIRE(r);
    CHECK(r->target == id("a1"));
    CHECK(r->source != id("a1"));
}

TEST_CASE("a threat is aimed at whoever must meet its condition") {
    Fixture f("The villagers threatened to hold a strike unless Israel rescinded the annexation.");
    f.actor("a1", ActorType::Gpe, {"Israel"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "THREATEN");
    REQUIRE(r);
    CHECK(r->target == id("a1"));
}

TEST_CASE("a nationality can stand on both sides of an event") {
    Fixture f("Palestinian police confiscated weapons from Palestinian armed groups.");
    f.actor("a1", ActorType::Norp, {"Palestinian"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "COERCE");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
    CHECK(r->target == id("a1"));
}

TEST_CASE("an obligation reported by a speech noun is the speaker's demand") {
    Fixture f("Chirac issued a stern reminder Saturday to Iraq that it must cooperate fully.");
    f.actor("a1", ActorType::Person, {"Chirac"}).actor("a2", ActorType::Gpe, {"Iraq"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "DEMAND");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
    CHECK(r->target == id("a2"));
}

TEST_CASE("a decision is the act itself, not an intention") {
    Fixture f("The court decided to allow Ouattara to run.");
    f.actor("a1", ActorType::Person, {"Ouattara"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "CONCEDE");
    REQUIRE(r);
    CHECK(r->modality == Modality::Asserted);
}

TEST_CASE("lifting a ban concedes; lifting sanctions retreats") {
    Fixture f("The government lifted a ban on parties in Darfur. Iraq lifted the sanctions.");
    f.actor("a1", ActorType::Gpe, {"Darfur"}).actor("a2", ActorType::Gpe, {"Iraq"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    REQUIRE(find(rs, "CONCEDE"));
    const Relation* r = find(rs, "RETREAT");
    REQUIRE(r);
    CHECK(r->source == id("a2"));
}

TEST_CASE("a possessive pronoun before an event noun names its source") {
    Fixture f("The GAO upheld Boeing's protest, though not all of their claims were upheld.");
    f.actor("a1", ActorType::Org, {"GAO"}).actor("a2", ActorType::Org, {"Boeing"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    bool found = false;
    for (const Relation& r : rs)
        if (r.event_class == "SAY" && f.span(r.trigger) == "claims") {
            found = true;
            CHECK(r.source == id("a2"));
        }
    CHECK(found);
}

TEST_CASE("a participle modifying a noun takes its agent from 'by'") {
    Fixture f("The news came at a music event hosted by Apple in San Francisco.");
    f.actor("a1", ActorType::Org, {"Apple"}).actor("a2", ActorType::Gpe, {"San Francisco"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "CONSULT");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
    CHECK_FALSE(r->target);
}

TEST_CASE("'by' after an object noun is that noun's agent, not the verb's") {
    Fixture f("The US on Thursday rejected calls by Kofi Annan to adopt reforms.");
    f.actor("a1", ActorType::Gpe, {"US"}).actor("a2", ActorType::Person, {"Kofi Annan"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(rs, "REJECT");
    REQUIRE(r);
    CHECK(r->source == id("a1"));
}
