// actor_context_type_test.cpp — context that overrules the tagger's person guess (actor_context_type.h).
#include <catch2/catch.hpp>

#include "mention_fixture.h"

using lede::ActorType;

namespace {
using lede::test::Found;
std::unique_ptr<Found> run(const std::string& text) { return lede::test::find_mentions_in(text); }

// The type of every name mention whose words are `s` (all must agree), Other when none.
ActorType type_of(const Found& f, const std::string& s) {
    ActorType type = ActorType::Other;
    for (std::size_t k = 0; k < f.set.names.size(); ++k)
        if (f.name(k) == s) {
            if (type != ActorType::Other && type != f.set.names[k].type) return ActorType::Other;
            type = f.set.names[k].type;
        }
    return type;
}
}  // namespace

TEST_CASE("a name before a company role and a person is an organisation, everywhere", "[actor_context_type]") {
    const auto owner = run(
        "Brantley Quinlan won the contract.\nBrantley Quinlan CEO Ron Sugar said the firm had no rival.\n"
        "Analysts said Brantley Quinlan would hire 2,000 workers.");
    const Found& f = *owner;
    CHECK(type_of(f, "Brantley Quinlan") == ActorType::Org);
    CHECK(type_of(f, "Ron Sugar") == ActorType::Person);
}

TEST_CASE("a person's spokesman leaves the person a person", "[actor_context_type]") {
    const auto owner = run("Barack Obama spokesman Robert Gibbs said the plan was ready.");
    const Found& f = *owner;
    CHECK(type_of(f, "Barack Obama") == ActorType::Person);
}

TEST_CASE("a name of no known first name joined to an organisation is one", "[actor_context_type]") {
    const auto owner = run("The contract was fought for between Boeing and Vantrell Morrow, and Airbus stayed out.");
    const Found& f = *owner;
    CHECK(type_of(f, "Vantrell Morrow") != ActorType::Person);
}

TEST_CASE("a name followed by a title and 'of' is a person", "[actor_context_type]") {
    const auto owner = run("Jusman Syafii Djamal, minister of transport for Indonesia, said airlines should wait.");
    const Found& f = *owner;
    const auto* m = f.named("Jusman Syafii Djamal");
    REQUIRE(m != nullptr);
    CHECK(m->type == ActorType::Person);
}

TEST_CASE("a name a title stands before stays a person beside an organisation", "[actor_context_type]") {
    const auto owner = run("President Xi Jinping met investors on Monday.\nXi Jinping and Microsoft signed the deal in Beijing.");
    const Found& f = *owner;
    CHECK(type_of(f, "Xi Jinping") == ActorType::Person);
}
