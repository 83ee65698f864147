// actor_mentions_test.cpp — typed mentions, titles and nominals (actor_mentions.h).
#include <catch2/catch.hpp>

#include "mention_fixture.h"

using lede::ActorType;

namespace {
using lede::test::Found;
std::unique_ptr<Found> run(const std::string& text) { return lede::test::find_mentions_in(text); }
}  // namespace

TEST_CASE("a title before a person is its own mention, tied to the organisation", "[actor_mentions]") {
    const auto owner = run("FBI Director Christopher Wray testified before the committee on Thursday.");
    const Found& f = *owner;
    const int wray = f.find("Christopher Wray"), fbi = f.find("FBI");
    REQUIRE(wray >= 0);
    REQUIRE(fbi >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(wray)].type == ActorType::Person);
    REQUIRE(f.set.titles.size() == 1);
    CHECK(f.set.titles[0].title == "Director");
    CHECK(f.set.titles[0].person == wray);
    CHECK(f.set.titles[0].of_name == fbi);
}

TEST_CASE("a demonym joins the organisation after it; alone it is NORP", "[actor_mentions]") {
    const auto owner = run("The Russian Foreign Ministry rebuffed the claims, and Russian officials agreed.");
    const Found& f = *owner;
    const int ministry = f.find("The Russian Foreign Ministry");
    REQUIRE(ministry >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(ministry)].type == ActorType::Org);
    CHECK(f.set.names[static_cast<std::size_t>(ministry)].lead == 1);
    CHECK(f.set.names[static_cast<std::size_t>(ministry)].demonym_of == "RU");
    const int russian = f.find("Russian");
    REQUIRE(russian >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(russian)].type == ActorType::Norp);
}

TEST_CASE("a possessive title gives a nominal organisation mention", "[actor_mentions]") {
    const auto owner = run("The Russian Foreign Ministry denied it. \"We did not,\" the ministry’s spokesperson Maria Zakharova said.");
    const Found& f = *owner;
    REQUIRE(f.set.nominals.size() == 1);
    CHECK(f.set.nominals[0].head == "ministry");
    REQUIRE(f.set.titles.size() == 1);
    CHECK(f.set.titles[0].of_nominal == 0);
    CHECK(f.set.titles[0].title == "Spokesperson");
}

TEST_CASE("countries and capitals come from the gazetteer even when the tagger misses them", "[actor_mentions]") {
    const auto owner = run("Officials in Moscow and Washington spoke about the US and the U.S. economy.");
    const Found& f = *owner;
    const int moscow = f.find("Moscow");
    REQUIRE(moscow >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(moscow)].capital_of == "RU");
    const int us = f.find("the US");   // with its determiner, as news corpora mark it
    REQUIRE(us >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(us)].country == "US");
}

TEST_CASE("page cruft in lower case makes no mention", "[actor_mentions]") {
    const auto owner = run("icon bookmark-bicon chevron downicon chevron lefticon closeicon. Putin spoke in Moscow on Friday.");
    const Found& f = *owner;
    for (std::size_t k = 0; k < f.set.names.size(); ++k) {
        CHECK(f.name(k).find("icon") == std::string::npos);
        CHECK(f.name(k).find("chevron") == std::string::npos);
    }
}

TEST_CASE("a capitalised run ending in an organisation word is an organisation", "[actor_mentions]") {
    const auto owner = run("Wray testified before the US House Homeland Security Committee earlier this month.");
    const Found& f = *owner;
    int committee = -1;                           // with or without the "US" before it
    for (std::size_t k = 0; k < f.set.names.size(); ++k)
        if (f.name(k).find("House Homeland Security Committee") != std::string::npos) committee = static_cast<int>(k);
    REQUIRE(committee >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(committee)].type == ActorType::Org);
}
