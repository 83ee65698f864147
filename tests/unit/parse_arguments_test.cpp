// parse_arguments_test.cpp — the arguments pass read from the dependency parse
// (relations/parse_arguments.h): subjects, objects, passive agents, participant obliques,
// control, appositions and places, on short news sentences with actors placed by hand.
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/mention_index.h"
#include "relations/parse_arguments.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;

namespace {

// The pass's reading of the trigger whose head word is `head_word`, as a verb (or a noun).
struct Reading {
    std::optional<std::string> source, target;
    bool passive = false;
};

Reading read(Fixture& f, const std::string& head_word, TriggerKind kind = TriggerKind::Verb,
             EventClass event_class = EventClass::NoEvent) {
    const ActorMentionIndex index(f.doc, f.actors);
    SentenceView v = make_sentence_view(f.doc, f.doc.sentences.front(), index, test::syntax_models());
    REQUIRE(v.parsed());
    TriggerMatch t;
    for (std::size_t i = v.first; i < v.end; ++i)
        if (f.doc.token_text(i) == head_word) t.first = t.head = i, t.end = i + 1;
    REQUIRE(t.end > 0);
    t.kind = kind;
    t.classes = {event_class};
    const ArgumentContext ctx{v, index, f.actors, test_resources().relations.function_words};
    const ParsedArguments p = parse_arguments(ctx, t);
    Reading r;
    if (p.source) r.source = f.actors[*p.source].id;
    if (p.target) r.target = f.actors[*p.target].id;
    r.passive = p.passive;
    return r;
}

const std::optional<std::string> id(const char* s) { return std::optional<std::string>(s); }

}  // namespace

TEST_CASE("subject and object of a verb") {
    Fixture f("Russia accused Ukraine of shelling the plant.");
    f.actor("a1", ActorType::Gpe, {"Russia"}).actor("a2", ActorType::Gpe, {"Ukraine"});
    const Reading r = read(f, "accused");
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
}

TEST_CASE("a passive takes its agent as source and its subject as target") {
    Fixture f("The convoy was attacked by the Taliban near the border.");
    f.actor("a1", ActorType::Org, {"Taliban"}).actor("a2", ActorType::Other, {"convoy"});
    const Reading r = read(f, "attacked");
    CHECK(r.passive);
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
}

TEST_CASE("an apposition is resolved to its head") {
    Fixture f("Egypt, a key ally of the United States, refused the request.");
    f.actor("a1", ActorType::Gpe, {"Egypt"}).actor("a2", ActorType::Gpe, {"United States"});
    CHECK(read(f, "refused").source == id("a1"));
}

TEST_CASE("a controlled verb takes the subject of its controller") {
    Fixture f("Germany agreed to meet France in Paris next week.");
    f.actor("a1", ActorType::Gpe, {"Germany"}).actor("a2", ActorType::Gpe, {"France"}).actor("a3", ActorType::Gpe, {"Paris"});
    const Reading r = read(f, "meet");
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
}

TEST_CASE("an object controls the verb of its xcomp") {
    Fixture f("The council urged Iran to halt its enrichment programme.");
    f.actor("a1", ActorType::Org, {"council"}).actor("a2", ActorType::Gpe, {"Iran"});
    CHECK(read(f, "halt").source == id("a2"));
}

TEST_CASE("a participant after against is preferred to a place") {
    Fixture f("Israel launched strikes in Gaza against Hamas on Monday.");
    f.actor("a1", ActorType::Gpe, {"Israel"}).actor("a2", ActorType::Loc, {"Gaza"}).actor("a3", ActorType::Org, {"Hamas"});
    const Reading r = read(f, "launched");
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a3"));
}

TEST_CASE("an oblique hanging from the object names the target") {
    Fixture f("Washington imposed sanctions on Iran.");
    f.actor("a1", ActorType::Gpe, {"Washington"}).actor("a2", ActorType::Gpe, {"Iran"});
    const Reading r = read(f, "imposed");
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
}

TEST_CASE("a run of names is headed by its last name") {
    Fixture f("FBI Director Christopher Wray testified before the committee.");
    f.actor("a1", ActorType::Org, {"FBI"}).actor("a2", ActorType::Person, {"Christopher Wray"});
    CHECK(read(f, "testified").source == id("a2"));
}

TEST_CASE("an event noun takes its possessor as source and against-X as target") {
    Fixture f("Iran's complaint against Israel was rejected.");
    f.actor("a1", ActorType::Gpe, {"Iran"}).actor("a2", ActorType::Gpe, {"Israel"});
    const Reading r = read(f, "complaint", TriggerKind::Noun);
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
}

TEST_CASE("a demand is made of the subject of the clause it states, verb or noun") {
    Fixture f("Russia demanded that Ukraine withdraw its troops.");
    f.actor("a1", ActorType::Gpe, {"Russia"}).actor("a2", ActorType::Gpe, {"Ukraine"});
    const Reading r = read(f, "demanded", TriggerKind::Verb, EventClass::Demand);
    CHECK(r.source == id("a1"));
    CHECK(r.target == id("a2"));
    CHECK_FALSE(read(f, "demanded").target);   // the rule is a demand's only
    Fixture n("Moscow repeated its demand that Kyiv withdraw its troops.");
    n.actor("a1", ActorType::Gpe, {"Moscow"}).actor("a2", ActorType::Gpe, {"Kyiv"});
    const Reading d = read(n, "demand", TriggerKind::Noun, EventClass::Demand);
    CHECK(d.target == id("a2"));
    Fixture w("Russia asked whether Ukraine would withdraw.");
    w.actor("a1", ActorType::Gpe, {"Russia"}).actor("a2", ActorType::Gpe, {"Ukraine"});
    CHECK_FALSE(read(w, "asked", TriggerKind::Verb, EventClass::Demand).target);   // a question states no demand
}
