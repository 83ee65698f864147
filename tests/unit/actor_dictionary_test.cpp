// actor_dictionary_test.cpp — links to the PETRARCH2 actor dictionaries (actor_dictionary.h):
// dated roles, aliases, titles skipped, kinds kept apart, and the JSON extension field.
#include <catch2/catch.hpp>

#include "test_resources.h"
#include "actors/actor_dictionary.h"
#include "analysis_from_json.h"
#include "analysis_json.h"
#include "analyze.h"

using lede::actors::role_on;

TEST_CASE("a dated role holds only on a date its dates include", "[actor_dictionary]") {
    const std::string roles = "RUSELI@1970-01-01/1999-08-09 RUSGOV@1999-12-31/2008-05-07 RUSGOV@2008-05-08/ RUSELI";
    const auto now = role_on(roles, "2020-09-25T11:36");
    REQUIRE(now);
    CHECK(now->code == "RUSGOV");
    CHECK(now->from == "2008-05-08");
    CHECK(now->to.empty());
    const auto before = role_on(roles, "1985-03-01");
    REQUIRE(before);
    CHECK(before->code == "RUSELI");
    CHECK(before->to == "1999-08-09");
    // Between two dated roles, and without a date: the undated default.
    CHECK(role_on(roles, "2008-05-07")->code == "RUSGOV");
    CHECK(role_on(roles, "")->code == "RUSELI");
    CHECK(role_on(roles, "")->from.empty());
    // Dated roles only, none at that date: no role holds.
    CHECK_FALSE(role_on("USAGOV@2009-01-20/2017-01-20", "2020-01-01"));
    CHECK_FALSE(role_on("USAGOV@2009-01-20/2017-01-20", ""));
    // The role that began last wins where two overlap.
    CHECK(role_on("AAAGOV@1999-01-01/2001-01-01 BBBGOV@2000-01-01/", "2000-06-01")->code == "BBBGOV");
}

TEST_CASE("the dictionary names aliases, organisations and people apart", "[actor_dictionary]") {
    const auto putin = lede::actors::dictionary_entry(lede::test_resources().actors.dictionary, "Putin");
    REQUIRE(putin);
    CHECK(putin->kind == 'P');
    CHECK(putin->name == "Vladimir Putin");
    const auto un = lede::actors::dictionary_entry(lede::test_resources().actors.dictionary, "United Nations");
    REQUIRE(un);
    CHECK(un->kind == 'O');
    CHECK(std::string(un->roles).rfind("IGO", 0) == 0);
    CHECK_FALSE(lede::actors::dictionary_entry(lede::test_resources().actors.dictionary, "Jane Roe-Nobody"));
}

TEST_CASE("actors are linked by name or alias, titles skipped, kinds kept apart", "[actor_dictionary]") {
    std::vector<lede::Actor> actors(4);
    actors[0].name = "Putin";
    actors[0].type = lede::ActorType::Person;
    actors[1].name = "Vladimir";                  // no entry by its name ...
    actors[1].aliases = {"President Putin"};      // ... but by an alias, its title skipped
    actors[1].type = lede::ActorType::Person;
    actors[2].name = "United Nations";
    actors[2].type = lede::ActorType::Org;
    actors[3].name = "Putin";                     // a person's entry never links a place
    actors[3].type = lede::ActorType::Gpe;
    lede::actors::link_dictionary_actors(actors, "2020-09-25", lede::test_resources().actors);
    REQUIRE(actors[0].dictionary);
    CHECK(actors[0].dictionary->name == "Vladimir Putin");
    CHECK(actors[0].dictionary->matched == "Putin");
    CHECK(actors[0].dictionary->code == "RUSGOV");
    CHECK(actors[0].dictionary->on == "2020-09-25");
    REQUIRE(actors[1].dictionary);
    CHECK(actors[1].dictionary->matched == "Putin");
    REQUIRE(actors[2].dictionary);
    CHECK(actors[2].dictionary->source == "petrarch2");
    CHECK_FALSE(actors[3].dictionary);
}

TEST_CASE("the link is in the JSON and read back", "[actor_dictionary]") {
    lede::AnalyzeOptions opt;
    opt.raw = true;
    opt.dateline = "2020-09-25";
    const auto a = lede::analyze(lede::test_resources(), {"Russian President Vladimir Putin met the head of the United Nations in Moscow.", {}}, opt);
    const lede::Actor* putin = nullptr;
    for (const auto& x : a.actors)
        if (x.name == "Vladimir Putin") putin = &x;
    REQUIRE(putin);
    REQUIRE(putin->dictionary);
    CHECK(putin->dictionary->code == "RUSGOV");
    const std::string json = lede::to_json_string(a);
    CHECK(json.find("\"dictionary\":{\"source\":\"petrarch2\",\"name\":\"Vladimir Putin\",\"matched\":\"Vladimir Putin\","
                    "\"code\":\"RUSGOV\",\"from\":\"2008-05-08\",\"to\":null,\"on\":\"2020-09-25\"}") != std::string::npos);
    const auto back = lede::analysis_from_json(json);
    REQUIRE(back.analysis);
    bool found = false;
    for (const auto& x : back.analysis->actors)
        if (x.dictionary && x.dictionary->name == "Vladimir Putin" && x.dictionary->code == "RUSGOV") found = true;
    CHECK(found);
}

TEST_CASE("a short organisation name links only written in capitals", "[actor_dictionary]") {
    std::vector<lede::Actor> actors(2);
    actors[0].name = "FBI";
    actors[0].type = lede::ActorType::Org;
    actors[1].name = "Fbi";
    actors[1].type = lede::ActorType::Org;
    lede::actors::link_dictionary_actors(actors, "", lede::test_resources().actors);
    REQUIRE(actors[0].dictionary);
    CHECK(actors[0].dictionary->name == "Federal Bureau of Investigation");
    CHECK_FALSE(actors[0].dictionary->on);
    CHECK_FALSE(actors[1].dictionary);
}
