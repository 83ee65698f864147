// actor_extent_test.cpp — how far name mentions reach (actor_extent.h): "the", descriptors,
// "City, Region", and names that only modify a noun.
#include <catch2/catch.hpp>

#include "mention_fixture.h"

namespace {
using lede::test::Found;
std::unique_ptr<Found> run(const std::string& text) { return lede::test::find_mentions_in(text); }
}  // namespace

TEST_CASE("a name before a noun modifies it and is no mention of its own", "[actor_extent]") {
    const auto f = run("Officials in Moscow said the US government would respond, and US officials agreed.");
    const auto* us = f->named("US");
    REQUIRE(us != nullptr);
    CHECK(us->modifier);
    const auto* moscow = f->named("Moscow");
    REQUIRE(moscow != nullptr);
    CHECK_FALSE(moscow->modifier);
}

TEST_CASE("a name opening a headline is the subject of the -s word after it", "[actor_extent]") {
    const auto f = run("Russia rejects US proposal\n\nMoscow on Friday rejected the plan.");
    const auto* russia = f->named("Russia");
    REQUIRE(russia != nullptr);
    CHECK_FALSE(russia->modifier);
}

TEST_CASE("a descriptor before an organisation belongs to its mention", "[actor_extent]") {
    const auto f = run("The US car manufacturer General Motors said on Tuesday that sales fell.");
    const auto* gm = f->named("General Motors");
    REQUIRE(gm != nullptr);
    CHECK(f->range(gm->first, gm->end) == "The US car manufacturer General Motors");
    CHECK(gm->descriptor);
    const auto* us = f->named("US");
    if (us) CHECK(us->modifier);   // inside the descriptor
}

TEST_CASE("a place reaches over its region or country after a comma", "[actor_extent]") {
    const auto f = run("The plant in Toulouse, France, will close, officials in Moscow, Washington and Beijing said.");
    const auto* toulouse = f->named("Toulouse");
    REQUIRE(toulouse != nullptr);
    CHECK(f->range(toulouse->first, toulouse->end) == "Toulouse, France");
    CHECK(f->named("France") != nullptr);   // its own mention, inside
    const auto* moscow = f->named("Moscow");
    REQUIRE(moscow != nullptr);
    CHECK(moscow->tail == 0);                // a list, not a city and its region
}

TEST_CASE("the before a place belongs to the mention, but not before a possessor", "[actor_extent]") {
    const auto f = run("Talks with the United States stalled, and the United Kingdom's navy left.");
    int with_the = 0, without = 0;
    for (const auto& m : f->set.names) {
        if (f->range(m.name_first(), m.name_end()) == "United States") with_the += m.lead == 1;
        if (f->range(m.name_first(), m.name_end()) == "United Kingdom") without += m.lead == 0;
    }
    CHECK(with_the == 1);
    CHECK(without == 1);
}

TEST_CASE("a name written after a number is a product or unit everywhere", "[actor_extent]") {
    const auto f = run("Boeing delivered the first 787 Dreamliner on Tuesday. The Dreamliner carries 250 people at 2 GHz.");
    for (const auto& m : f->set.names) {
        const std::string name = f->range(m.name_first(), m.name_end());
        if (name == "Dreamliner" || name == "GHz") CHECK(m.product);
        if (name == "Boeing") CHECK_FALSE(m.product);
    }
}

TEST_CASE("a possessed organisation reaches over its possessor, which keeps its own mention", "[actor_extent]") {
    const auto f = run("The deal lifted Japan's Nippon Steel Corporation, analysts in Tokyo said.");
    const auto* nippon = f->named("Nippon Steel Corporation");
    REQUIRE(nippon != nullptr);
    CHECK(f->range(nippon->first, nippon->end) == "Japan's Nippon Steel Corporation");
    CHECK(nippon->descriptor);
    CHECK(f->named("Japan") != nullptr);
}

TEST_CASE("a descriptor reaches over nouns the tagger calls proper, and over a line-opening capital", "[actor_extent]") {
    const auto f = run("The United States auto manufacturer Chrysler, which has been badly hit, said it would cut jobs.");
    const auto* chrysler = f->named("Chrysler");
    REQUIRE(chrysler != nullptr);
    CHECK(f->range(chrysler->first, chrysler->end) == "The United States auto manufacturer Chrysler");
    const auto* us = f->named("United States");
    if (us) {
        CHECK(us->modifier);
        CHECK(us->lead == 0);   // "The" belongs to the organisation's mention
    }
    const auto g = run("Aircraft manufacturer Boeing said on Tuesday that it would build a new plane.");
    const auto* boeing = g->named("Boeing");
    REQUIRE(boeing != nullptr);
    CHECK(g->range(boeing->first, boeing->end) == "Aircraft manufacturer Boeing");
}

TEST_CASE("a name after a descriptor opening a headline is the subject of the -s word", "[actor_extent]") {
    const auto f = run("U.S. automaker GM plans to close 1,100 dealerships\n\nGeneral Motors (GM) said on Friday that GM would "
                       "close them to cut costs.");
    const auto* gm = f->named("GM");
    REQUIRE(gm != nullptr);
    CHECK_FALSE(gm->modifier);
    CHECK(f->range(gm->first, gm->end) == "U.S. automaker GM");
}

TEST_CASE("a person after a title opening a headline is the subject of the -s word after it", "[actor_extent]") {
    const auto f = run("Apple executive Steve Jobs resigns\n\nSteve Jobs, founder of Apple Inc., resigned on Wednesday.");
    const auto* jobs = f->named("Steve Jobs");
    REQUIRE(jobs != nullptr);
    CHECK(jobs->first == 2);          // the headline's, the first of the two
    CHECK_FALSE(jobs->modifier);
}
