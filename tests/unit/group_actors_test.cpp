// group_actors_test.cpp — people named by a common noun (group_actors.h): which phrases are
// groups, and how extract_relations reports them (as sources, as targets that yield to names).
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/extract_relations.h"
#include "relations/group_actors.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;
using lede::test::find;

namespace {

// The group phrases of the fixture's first sentence, as text.
std::vector<std::string> groups(const Fixture& f) {
    const ActorMentionIndex index(f.doc, f.actors);
    const SentenceView v = make_sentence_view(f.doc, f.doc.sentences.front(), index, test::syntax_models());
    std::vector<std::string> out;
    for (const GroupPhrase& p : find_group_phrases(v, test_resources().relations.function_words))
        out.push_back(f.text.substr(f.doc.tokens[p.first].span.start,
                                    f.doc.tokens[p.end - 1].span.end - f.doc.tokens[p.first].span.start));
    return out;
}

const Actor* actor_with_id(const std::vector<Actor>& actors, const std::optional<std::string>& id) {
    for (const Actor& a : actors)
        if (id && a.id == *id) return &a;
    return nullptr;
}

}  // namespace

TEST_CASE("a noun phrase headed by a group noun is a group, with its modifiers and determiner", "[group_actors]") {
    CHECK(groups(Fixture("A human rights group protested here on Wednesday.")) == std::vector<std::string>{"A human rights group"});
    CHECK(groups(Fixture("Vietnamese-led forces launched rocket fire at the camps.")) ==
          std::vector<std::string>{"Vietnamese-led forces"});
    // "a group of X": the whole phrase
    CHECK(groups(Fixture("A group of Chechen refugees are continuing a hunger strike.")) ==
          std::vector<std::string>{"A group of Chechen refugees"});
}

TEST_CASE("a group noun is no group where an actor or another noun stands for it", "[group_actors]") {
    Fixture named("Palestinian police fired on Hamas's leaders.");
    named.actor("a1", ActorType::Norp, {"Palestinian"}).actor("a2", ActorType::Org, {"Hamas"});
    CHECK(groups(named).empty());                                              // the NORP, and a possessor's people
    CHECK(groups(Fixture("He died in police custody on Monday.")).empty());    // a modifier, not the head
    CHECK(groups(Fixture("The group said on Monday it would appeal.")).empty());  // "the company said" reading
    CHECK(groups(Fixture("The minister thanked their supporters.")).empty());
    Fixture owned("North Korea expelled inspectors of the IAEA last year.");
    owned.actor("a1", ActorType::Gpe, {"North Korea"}).actor("a2", ActorType::Org, {"IAEA"});
    CHECK(groups(owned).empty());                                              // the IAEA stands for them
}

TEST_CASE("a group that takes part in a relation is reported as an actor after the named ones", "[group_actors]") {
    Fixture f("Islamic fundamentalists demanded the resignation of President Ahmed Ben Bella, but officials were silent.");
    f.actor("a1", ActorType::Person, {"Ahmed Ben Bella"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(layer.relations, "DEMAND");
    REQUIRE(r);
    REQUIRE(r->source);
    CHECK(*r->source == "a2");
    REQUIRE(layer.group_actors.size() == 1);      // "officials" takes part in nothing
    const Actor& g = layer.group_actors.front();
    CHECK(g.id == "a2");
    CHECK(g.name == "Islamic fundamentalists");
    CHECK(g.type == ActorType::Other);
    REQUIRE(g.mentions.size() == 1);
    CHECK(g.mentions.front().kind == MentionKind::Nominal);
    CHECK(is_group_actor(g));
    // the baseline reads named actors only
    CHECK(extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", true).group_actors.empty());
}

TEST_CASE("a group right of the trigger yields the target to a name further on", "[group_actors]") {
    Fixture f("France is ready to contribute up to 4,000 troops to an international force in Liberia.");
    f.actor("a1", ActorType::Gpe, {"France"}).actor("a2", ActorType::Gpe, {"Liberia"});
    const RelationLayer layer = extract_relation_layer(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* r = find(layer.relations, "AGREE");
    REQUIRE(r);
    CHECK(r->target == std::optional<std::string>("a2"));
    Fixture alone("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday.");
    alone.actor("a1", ActorType::Norp, {"Egyptian"});
    const RelationLayer l2 = extract_relation_layer(test::relation_resources(), test::syntax_models(), alone.doc, alone.actors, {}, "", false);
    bool group_target = false;
    for (const Relation& rel : l2.relations)
        if (const Actor* a = actor_with_id(l2.group_actors, rel.target)) group_target |= a->name == "Moslem fundamentalist demonstrators";
    CHECK(group_target);
}
