// events_test.cpp — the generic event layer (Analysis::events): every verb and event noun with
// its agent and patient, linked to the relation of the same trigger; lemmas; the JSON form.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis_json.h"
#include "relation_fixtures.h"
#include "relations/event_predicates.h"
#include "relations/extract_relations.h"
#include "relations/lemmas.h"

using namespace lede;
using lede::test::Fixture;

namespace {
const Event* event_at(const Fixture& f, const std::vector<Event>& es, const std::string& word) {
    auto it = std::find_if(es.begin(), es.end(), [&](const Event& e) { return f.span(e.trigger) == word; });
    return it == es.end() ? nullptr : &*it;
}
const std::optional<std::string> id(const char* s) { return std::optional<std::string>(s); }
}  // namespace

TEST_CASE("lemmas undo regular and irregular inflection") {
    const auto lemmas = relations::Lemmas::from_text("# comment\nsell sold\nmake made makes\n");
    CHECK(lemmas.verb("unveiled") == "unveil");
    CHECK(lemmas.verb("announced") == "announce");
    CHECK(lemmas.verb("planned") == "plan");
    CHECK(lemmas.verb("called") == "call");
    CHECK(lemmas.verb("agreed") == "agree");
    CHECK(lemmas.verb("carried") == "carry");
    CHECK(lemmas.verb("negotiating") == "negotiate");
    CHECK(lemmas.verb("defeated") == "defeat");
    CHECK(lemmas.verb("accused") == "accuse");
    CHECK(lemmas.verb("filed") == "file");
    CHECK(lemmas.verb("failed") == "fail");
    CHECK(lemmas.verb("visited") == "visit");
    CHECK(lemmas.verb("pushes") == "push");
    CHECK(lemmas.verb("sold") == "sell");
    CHECK(lemmas.verb("makes") == "make");
    CHECK(lemmas.noun("sales") == "sale");
    CHECK(lemmas.noun("purchases") == "purchase");
    CHECK(lemmas.noun("business") == "business");
}

TEST_CASE("event nouns match their plural") {
    const auto nouns = relations::EventNouns::from_text("# business\npurchase\ndelivery\n");
    CHECK(nouns.is("purchase"));
    CHECK(nouns.is("purchases"));
    CHECK(nouns.is("deliveries"));
    CHECK_FALSE(nouns.is("aircraft"));
}

TEST_CASE("every verb is an event with its agent and patient; relations stay PLOVER-only") {
    Fixture f("Boeing sold twenty jets to Ryanair and the airline plans to take delivery in 2009.");
    f.actor("a1", ActorType::Org, {"Boeing"}).actor("a2", ActorType::Org, {"Ryanair"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2009-01-01", false);
    CHECK(layer.relations.empty());
    const Event* sold = event_at(f, layer.events, "sold");
    REQUIRE(sold);
    CHECK(sold->agent == id("a1"));
    CHECK(sold->patient == id("a2"));
    CHECK(sold->lemma == "sell");
    CHECK_FALSE(sold->negated);
    CHECK_FALSE(sold->relation);
    CHECK(f.span(sold->sentence) == f.text);
    const Event* plans = event_at(f, layer.events, "plans");
    REQUIRE(plans);
    CHECK(plans->lemma == "plan");
    // an event noun
    const Event* delivery = event_at(f, layer.events, "delivery");
    REQUIRE(delivery);
    CHECK(delivery->lemma == "delivery");
    // in text order
    CHECK(std::is_sorted(layer.events.begin(), layer.events.end(),
                         [](const Event& a, const Event& b) { return a.trigger.start < b.trigger.start; }));
}

TEST_CASE("an event whose trigger gave a relation points to it, with the same arguments") {
    Fixture f("Numerous US officials have long accused Russia of using hackers.");
    f.actor("a1", ActorType::Gpe, {"US"}).actor("a2", ActorType::Gpe, {"Russia"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2020-09-25", false);
    // the layer's relations are what extract_relations reports
    const auto alone = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "2020-09-25", false);
    REQUIRE(alone.size() == layer.relations.size());
    const Event* accused = event_at(f, layer.events, "accused");
    REQUIRE(accused);
    REQUIRE(accused->relation);
    const Relation& r = layer.relations.at(*accused->relation);
    CHECK(r.trigger == accused->trigger);
    CHECK(r.event_class == "DISAPPROVE");
    CHECK(accused->agent == r.source);
    CHECK(accused->patient == r.target);
    CHECK(accused->lemma == "accuse");
    const Event* using_ = event_at(f, layer.events, "using");
    REQUIRE(using_);
    CHECK_FALSE(using_->relation);
}

TEST_CASE("events: possessors of event nouns, negation, headline verbs") {
    Fixture f("Ford posts unexpected profits. Ryanair's purchase of the jets was approved. Apple did not sell the unit.");
    f.actor("a1", ActorType::Org, {"Ford"}).actor("a2", ActorType::Org, {"Ryanair"}).actor("a3", ActorType::Org, {"Apple"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Event* posts = event_at(f, layer.events, "posts");
    REQUIRE(posts);
    CHECK(posts->agent == id("a1"));
    CHECK(posts->lemma == "post");
    const Event* purchase = event_at(f, layer.events, "purchase");
    REQUIRE(purchase);
    CHECK(purchase->agent == id("a2"));
    const Event* sell = event_at(f, layer.events, "sell");
    REQUIRE(sell);
    CHECK(sell->agent == id("a3"));
    CHECK(sell->negated);
    // auxiliaries are no events
    CHECK_FALSE(event_at(f, layer.events, "did"));
    CHECK_FALSE(event_at(f, layer.events, "was"));
}

TEST_CASE("the baseline links events to the nearest actors too") {
    Fixture f("Boeing sold twenty jets to Ryanair.");
    f.actor("a1", ActorType::Org, {"Boeing"}).actor("a2", ActorType::Org, {"Ryanair"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", true);
    const Event* sold = event_at(f, layer.events, "sold");
    REQUIRE(sold);
    CHECK(sold->agent == id("a1"));
    CHECK(sold->patient == id("a2"));
}

TEST_CASE("events are written after relations in the JSON") {
    Analysis a;
    a.article.text = "Boeing sold jets.";
    Event e;
    e.trigger = {7, 11};
    e.lemma = "sell";
    e.agent = "a1";
    e.sentence = {0, 17};
    e.relation = 0;
    a.events.push_back(e);
    const std::string json = to_json_string(a);
    const auto rel = json.find("\"relations\":");
    const auto ev = json.find("\"events\":");
    const auto warn = json.find("\"warnings\":");
    REQUIRE(ev != std::string::npos);
    CHECK(rel < ev);
    CHECK(ev < warn);
    CHECK(json.find("{\"trigger\":{\"start\":7,\"end\":11},\"lemma\":\"sell\",\"agent\":\"a1\",\"patient\":null,"
                    "\"sentence\":{\"start\":0,\"end\":17},\"negated\":false,\"relation\":0}") != std::string::npos);
}

TEST_CASE("a relative clause's verb takes the noun before the pronoun as its agent") {
    Fixture f("Ryanair praised Boeing, which builds the jets, and bought five which can carry 290 passengers.");
    f.actor("a1", ActorType::Org, {"Ryanair"}).actor("a2", ActorType::Org, {"Boeing"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Event* builds = event_at(f, layer.events, "builds");
    REQUIRE(builds);
    CHECK(builds->agent == id("a2"));
    // "five which can carry": the antecedent is no actor, so nobody
    const Event* carry = event_at(f, layer.events, "carry");
    REQUIRE(carry);
    CHECK_FALSE(carry->agent);
}
