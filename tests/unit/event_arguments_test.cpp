// event_arguments_test.cpp — subject, object, passive agent and theme of one trigger.
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/event_arguments.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;

namespace {
// Arguments of the first trigger whose text is `trigger` in the fixture's first sentence.
Arguments arguments_of(const Fixture& f, const std::string& trigger, bool baseline = false) {
    const ActorMentionIndex index(f.doc, f.actors);
    SentenceView v = make_sentence_view(f.doc, f.doc.sentences.at(0), index, test::syntax_models());
    v.triggers = test_resources().relations.triggers.match(f.doc, v.first, v.end, v.tagged() ? &v.tags : nullptr);
    for (const auto& t : v.triggers) {
        if (f.doc.token_text(t.first) != trigger) continue;
        if (baseline) return nearest_arguments(v, t);
        const ArgumentContext ctx{v, index, f.actors, test_resources().relations.function_words};
        return find_arguments(ctx, t);
    }
    FAIL("no trigger " << trigger);
    return {};
}
}  // namespace

TEST_CASE("the object of a preposition is not the subject") {
    Fixture f("Syria has again offered its troops to Lebanon's new President Elias Hrawi to help him.");
    f.actor("a1", ActorType::Gpe, {"Syria"}).actor("a2", ActorType::Gpe, {"Lebanon"}).actor("a3", ActorType::Person, {"Elias Hrawi"});
    const Arguments a = arguments_of(f, "offered");
    CHECK(a.source == std::optional<std::size_t>(0));
    CHECK(a.target == std::optional<std::size_t>(2));   // the head after the possessive
}

TEST_CASE("coordinated subjects: the first is source, the second target") {
    Fixture f("Jordan and Britain have agreed to undertake exercises.");
    f.actor("a1", ActorType::Gpe, {"Jordan"}).actor("a2", ActorType::Gpe, {"Britain"});
    const Arguments a = arguments_of(f, "agreed");
    CHECK(a.source == std::optional<std::size_t>(0));
    CHECK(a.target == std::optional<std::size_t>(1));
}

TEST_CASE("the target stops before an attribution tail") {
    Fixture f("Israeli troops demolished homes, Palestinian officials said.");
    f.actor("a1", ActorType::Norp, {"Israeli"}).actor("a2", ActorType::Norp, {"Palestinian"});
    const Arguments a = arguments_of(f, "demolished");
    CHECK(a.source == std::optional<std::size_t>(0));
    CHECK_FALSE(a.target);
    REQUIRE(a.theme);
    CHECK(f.span(*a.theme) == "homes");
}

TEST_CASE("passive with an agent") {
    Fixture f("Three US servicemen were killed by Taliban fighters near Basra.");
    f.actor("a1", ActorType::Gpe, {"US"}).actor("a2", ActorType::Org, {"Taliban"});
    const Arguments a = arguments_of(f, "killed");
    CHECK(a.passive);
    CHECK(a.source == std::optional<std::size_t>(1));
    CHECK(a.target == std::optional<std::size_t>(0));
}

TEST_CASE("'against X' wins over a place after 'in'") {
    Fixture f("Serb forces engaged in attacks in Montenegro against the Albanian population.");
    f.actor("a1", ActorType::Norp, {"Serb"}).actor("a2", ActorType::Gpe, {"Montenegro"}).actor("a3", ActorType::Norp, {"Albanian"});
    const Arguments a = arguments_of(f, "attacks");
    CHECK(a.target == std::optional<std::size_t>(2));
}

TEST_CASE("speech: the speaker after the verb, the addressee right after it") {
    Fixture f("Wray testified before the House Homeland Security Committee that Russia was active.");
    f.actor("a1", ActorType::Person, {"Wray"}).actor("a2", ActorType::Org, {"House Homeland Security Committee"})
        .actor("a3", ActorType::Gpe, {"Russia"});
    const Arguments a = arguments_of(f, "testified");
    CHECK(a.source == std::optional<std::size_t>(0));
    CHECK(a.target == std::optional<std::size_t>(1));
}

TEST_CASE("the baseline takes the nearest mentions") {
    Fixture f("Syria has again offered its troops to Lebanon's new President Elias Hrawi.");
    f.actor("a1", ActorType::Gpe, {"Syria"}).actor("a2", ActorType::Gpe, {"Lebanon"}).actor("a3", ActorType::Person, {"Elias Hrawi"});
    const Arguments a = arguments_of(f, "offered", true);
    CHECK(a.source == std::optional<std::size_t>(0));
    CHECK(a.target == std::optional<std::size_t>(1));
}
