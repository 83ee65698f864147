// actor_mentions_test.cpp — typed mentions, titles and nominals (actor_mentions.h).
#include <catch2/catch.hpp>

#include "actors/gazetteer.h"
#include "mention_fixture.h"
#include "test_resources.h"

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

TEST_CASE("a known organisation is one where the context reads like a place or the tagger saw none", "[actor_mentions]") {
    // assets/gazetteer/organisations.txt (airlines, brands): "Ryanair", "Lufthansa", "United Nations".
    const auto owner = run("Investors bought a stake in Ryanair. The United Nations said on Monday that Lufthansa would fly.");
    const Found& f = *owner;
    for (const char* name : {"Ryanair", "Lufthansa", "United Nations"}) {
        const auto* m = f.named(name);
        REQUIRE(m != nullptr);
        CHECK(m->type == ActorType::Org);
    }
}

TEST_CASE("the people of a region are NORP with no country", "[actor_mentions]") {
    CHECK((lede::test_resources().actors.gazetteer.kinds("North American") & lede::gazetteer::kDemonym));
    const auto owner = run("Airlines should not buy aircraft from European manufacturers, the minister said.");
    const Found& f = *owner;
    if (const auto* m = f.named("European")) {
        CHECK(m->type == ActorType::Norp);
        CHECK(m->demonym_of.empty());
    }
}

TEST_CASE("an organisation's first word is its short form when it is a name of its own", "[actor_mentions]") {
    const auto owner = run("Apple Computer today introduced a new laptop. Analysts said Apple would sell it in June. "
                           "The laptop costs more than the old one. Shops expect long queues. Apple declined to comment. "
                           "Prices were not given.");
    const Found& f = *owner;
    const auto shorts = f.all_named("Apple");
    for (const auto* m : shorts) CHECK(m->type == ActorType::Org);
    CHECK(shorts.size() == 2);
}

TEST_CASE("a capitalised run ending in a facility or landform word is a place", "[actor_mentions]") {
    const auto owner = run("Guests gathered at the new terminal of Zorbik International Airport on Monday.");
    const Found& f = *owner;
    const auto* airport = f.named("Zorbik International Airport");
    REQUIRE(airport != nullptr);
    CHECK(airport->type == ActorType::Loc);
}

TEST_CASE("a surname of a person named in full is that person, even when it is also a brand", "[actor_mentions]") {
    const auto owner = run("Ontario Premier Doug Ford said on Monday that the province would act. Ford added that talks "
                           "with Ottawa would continue. The premier spoke in Toronto. Critics disagreed. Ford did not "
                           "answer questions. Officials declined to comment.");
    const Found& f = *owner;
    const auto fords = f.all_named("Ford");
    for (const auto* m : fords) CHECK(m->type == ActorType::Person);
    CHECK(fords.size() == 2);
}

TEST_CASE("common English country names and person nouns the generated list lacks are known", "[actor_mentions]") {
    // assets/gazetteer/country_names_extra.tsv: "Turkey" beside "Türkiye", "Serb"/"Serbs" beside "Serbian".
    const auto& g = lede::test_resources().actors.gazetteer;
    REQUIRE(g.country_named("Turkey") != nullptr);
    CHECK(g.country_named("Turkey")->id == "TR");
    REQUIRE(g.country_of_demonym("Serbs") != nullptr);
    CHECK(g.country_of_demonym("Serbs")->id == "RS");
    const auto owner = run("Turkey will allow refugees to return home. Serb forces shelled the town.");
    const Found& f = *owner;
    const auto* turkey = f.named("Turkey");
    REQUIRE(turkey != nullptr);
    CHECK(turkey->country == "TR");
    const auto* serb = f.named("Serb");
    REQUIRE(serb != nullptr);
    CHECK(serb->type == ActorType::Norp);
    CHECK(serb->demonym_of == "RS");
}

TEST_CASE("an international organisation opening a sentence is an organisation", "[actor_mentions]") {
    // assets/gazetteer/international_organisations.txt: "European Community", "African Union".
    const auto owner = run("European Community foreign ministers agreed on Saturday. The African Union sent observers.");
    const Found& f = *owner;
    for (const char* name : {"European Community", "African Union"}) {
        const auto* m = f.named(name);
        REQUIRE(m != nullptr);
        CHECK(m->type == ActorType::Org);
    }
}

TEST_CASE("a person's surname alone is found again where the tagger missed it", "[actor_mentions]") {
    const auto owner = run("Ford Motor Company CEO Alan Mulally has reported that sales rose.\n"
                           "Mulally says that the decision was a poor one.\n"
                           "As a result , Mulally plans on reviving many models.");
    const Found& f = *owner;
    int surnames = 0;
    for (const auto& m : f.set.names)
        if (f.range(m.first, m.end) == "Mulally") {
            ++surnames;
            CHECK(m.type == ActorType::Person);
        }
    CHECK(surnames == 2);
}

TEST_CASE("a 'person' whose first word is an organisation of the text is its product", "[actor_mentions]") {
    const auto owner = run("Ford Taurus to be revived\n"
                           "Ford Motor Company has said that Ford will rename the Five Hundred. "
                           "The Ford Taurus was first sold in 1986.");
    const Found& f = *owner;
    const auto models = f.all_named("Ford Taurus");
    for (const auto* m : models) {
        CHECK(m->product);
        CHECK(m->type != ActorType::Person);
    }
    CHECK(models.size() >= 1);
}

TEST_CASE("a role and 'of' before an organisation are no part of its name", "[actor_mentions]") {
    const auto owner = run("\"We will survive,\" said Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways.");
    const Found& f = *owner;
    CHECK(f.find("AirTran Airways") >= 0);
    for (std::size_t k = 0; k < f.set.names.size(); ++k) CHECK(f.name(k).find("Chairman") == std::string::npos);
}

TEST_CASE("an elided surname prefix written apart stays in the name", "[actor_mentions]") {
    const auto owner = run("The airline's chief executive Michael O' Leary said on Monday that fares would rise.");
    const Found& f = *owner;
    const int leary = f.find("Michael O' Leary");
    REQUIRE(leary >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(leary)].type == ActorType::Person);
    CHECK(f.find("Leary") < 0);
}

TEST_CASE("a person span that ends in a title is the organisation before the title", "[actor_mentions]") {
    const auto owner = run("\"We are proud,\" said Zentrix President and Chief Executive Officer, Tom Enders.");
    const Found& f = *owner;
    for (const auto& m : f.set.names) CHECK(f.doc.token_text(m.end - 1) != "President");
    const int enders = f.find("Tom Enders");
    REQUIRE(enders >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(enders)].type == ActorType::Person);
}

TEST_CASE("a capitalised run ending in a maker's word is an organisation", "[actor_mentions]") {
    const auto owner = run("The plant was the original home of Douglas Aircraft before the merger.");
    const Found& f = *owner;
    const int maker = f.find("Douglas Aircraft");
    REQUIRE(maker >= 0);
    CHECK(f.set.names[static_cast<std::size_t>(maker)].type == ActorType::Org);
}

TEST_CASE("a run before a comma and a lower-case role title is a person", "[actor_mentions]") {
    const auto owner = run("Jusman Syafii Djamal, minister of transport for Indonesia, said airlines should wait.");
    const auto* m = owner->named("Jusman Syafii Djamal");
    REQUIRE(m != nullptr);
    CHECK(m->type == ActorType::Person);
}
