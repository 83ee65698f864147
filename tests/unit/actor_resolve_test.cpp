// actor_resolve_test.cpp — mentions merged into actors (actor_resolve.h), through
// extract_actors, and the bad inputs of issue 4.
#include <catch2/catch.hpp>

#include "actors/extract_actors.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace {
std::vector<lede::Actor> actors_of(const std::string& text) {
    return lede::extract_actors(lede::nlp::tokenize(text, lede::test_resources().nlp), lede::test_resources().actors,
                                lede::test_resources().syntax.tagger);
}
const lede::Actor* named(const std::vector<lede::Actor>& actors, const std::string& name) {
    for (const auto& a : actors)
        if (a.name == name) return &a;
    return nullptr;
}
bool has_alias(const lede::Actor& a, const std::string& alias) {
    return std::find(a.aliases.begin(), a.aliases.end(), alias) != a.aliases.end();
}
}  // namespace

const char* const kStory =
    "Russian President Vladimir Putin proposed on Friday that Russia and the US sign a pact. "
    "Putin said that Moscow and Washington must avoid confrontation.\n\n"
    "FBI Director Christopher Wray testified before the U.S. House Homeland Security Committee that Russia "
    "was trying to denigrate Donald Trump’s rival Joe Biden. The United States has long accused Russia, "
    "and the U.S. said so again.\n\n"
    "The Russian Foreign Ministry rebuffed these accusations. \"We have not interfered,\" the ministry’s "
    "spokesperson Maria Zakharova said.";

TEST_CASE("short names, codes and aliases merge into one actor with the fullest name", "[actor_resolve]") {
    const auto actors = actors_of(kStory);
    const auto* putin = named(actors, "Vladimir Putin");
    REQUIRE(putin);
    CHECK(putin->type == lede::ActorType::Person);
    CHECK(has_alias(*putin, "Putin"));
    const auto* us = named(actors, "United States");
    REQUIRE(us);
    CHECK(has_alias(*us, "US"));
    CHECK(has_alias(*us, "U.S."));
    int us_actors = 0;
    for (const auto& a : actors) us_actors += a.name == "US" || a.name == "U.S.";
    CHECK(us_actors == 0);
}

TEST_CASE("ids follow first mention, and every actor has a name mention", "[actor_resolve]") {
    const auto actors = actors_of(kStory);
    REQUIRE(!actors.empty());
    for (std::size_t k = 0; k < actors.size(); ++k) {
        CHECK(actors[k].id == "a" + std::to_string(k + 1));
        CHECK(std::any_of(actors[k].mentions.begin(), actors[k].mentions.end(),
                          [](const lede::Mention& m) { return m.kind == lede::MentionKind::Name; }));
    }
}

TEST_CASE("a name used as a modifier is a name mention (CONTRACT.md)", "[actor_resolve]") {
    // "the US economy", "US stocks": a proper name is a name wherever it stands.
    const auto actors = actors_of("Ford said on Tuesday that the US economy was weak and that US stocks fell.");
    const auto* us = named(actors, "United States");
    REQUIRE(us);
    REQUIRE(us->mentions.size() == 2);
    for (const auto& m : us->mentions) CHECK(m.kind == lede::MentionKind::Name);
}

TEST_CASE("a country code glued to a currency sign is no name mention", "[actor_resolve]") {
    const auto actors = actors_of("Ford said on Tuesday that the US government would pay US$5 billion.");
    const auto* us = named(actors, "United States");
    REQUIRE(us);
    int names = 0, nominals = 0;
    for (const auto& m : us->mentions) {
        names += m.kind == lede::MentionKind::Name;
        nominals += m.kind == lede::MentionKind::Nominal;
    }
    CHECK(names == 1);
    CHECK(nominals == 1);
}

TEST_CASE("a company shortened to its first words or its initials is one actor", "[actor_resolve]") {
    const auto actors = actors_of(
        "Apple Computer reported results on Monday. Analysts said that Apple had done well, while "
        "General Motors Corporation said that GM lost money again.");
    const auto* apple = named(actors, "Apple Computer");
    const auto* gm = named(actors, "General Motors Corporation");
    REQUIRE(apple);
    REQUIRE(gm);
    CHECK(has_alias(*apple, "Apple"));
    CHECK(has_alias(*gm, "GM"));
}

TEST_CASE("roles are tied to their organisation, with membership links", "[actor_resolve]") {
    const auto actors = actors_of(kStory);
    const auto* wray = named(actors, "Christopher Wray");
    const auto* fbi = named(actors, "FBI");
    REQUIRE(wray);
    REQUIRE(fbi);
    REQUIRE(wray->roles.size() == 1);
    CHECK(wray->roles[0].title == "Director");
    CHECK(wray->roles[0].of == fbi->id);
    const auto* zakharova = named(actors, "Maria Zakharova");
    const auto* ministry = named(actors, "Russian Foreign Ministry");
    REQUIRE(zakharova);
    REQUIRE(ministry);
    REQUIRE(zakharova->links.size() == 1);
    CHECK(zakharova->links[0].kind == "member-of");
    CHECK(zakharova->links[0].actor == ministry->id);
    CHECK(std::any_of(ministry->mentions.begin(), ministry->mentions.end(),
                      [](const lede::Mention& m) { return m.kind == lede::MentionKind::Nominal; }));
}

TEST_CASE("capitals link to their countries, national bodies to the nation", "[actor_resolve]") {
    const auto actors = actors_of(kStory);
    const auto* moscow = named(actors, "Moscow");
    const auto* washington = named(actors, "Washington");
    const auto* russia = named(actors, "Russia");
    const auto* us = named(actors, "United States");
    REQUIRE(moscow);
    REQUIRE(washington);
    REQUIRE(russia);
    REQUIRE(us);
    REQUIRE(!moscow->links.empty());
    CHECK(moscow->links[0].kind == "capital-of");
    CHECK(moscow->links[0].actor == russia->id);
    CHECK(moscow->links[0].name == "Russia");
    REQUIRE(!washington->links.empty());
    CHECK(washington->links[0].actor == us->id);
    const auto* ministry = named(actors, "Russian Foreign Ministry");
    REQUIRE(ministry);
    REQUIRE(!ministry->links.empty());
    CHECK(ministry->links[0].kind == "part-of");
    CHECK(ministry->links[0].actor == russia->id);
}

TEST_CASE("bad input: shouting, no capitals, long name lists, other scripts", "[actor_resolve]") {
    std::string shouting = kStory;
    for (auto& c : shouting) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto loud = actors_of(shouting);
    CHECK(std::any_of(loud.begin(), loud.end(), [](const lede::Actor& a) { return a.type == lede::ActorType::Gpe; }));

    std::string quiet = kStory;
    for (auto& c : quiet) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& a : actors_of(quiet)) CHECK(!a.name.empty());

    std::string list;
    for (int i = 0; i < 10000; ++i) list += (i % 2 ? "Maria Zakharova, " : "John Smith\n");
    const auto many = actors_of(list);
    CHECK(many.size() < 50);   // the same two names, merged

    const auto cyrillic = actors_of("Владимир Путин заявил в пятницу, что Москва готова. 北京 东京 Δημοκρατία");
    for (const auto& a : cyrillic) CHECK(!a.mentions.empty());
}

TEST_CASE("text without letter case gets readable names, and capital US is not the pronoun", "[actor_resolve]") {
    std::string shouting = std::string(kStory) + " \"LET US KNOW,\" SHE TOLD US.";
    for (auto& c : shouting) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto loud = actors_of(shouting);
    CHECK(named(loud, "Vladimir Putin"));
    CHECK(named(loud, "Moscow"));
    const auto* us = named(loud, "United States");
    REQUIRE(us);
    const std::string text = shouting;
    for (const auto& m : us->mentions)  // only "THE US" (the mention is the name, without "THE")
        if (text.substr(m.span.start, m.span.size()) == "US") CHECK((m.span.start >= 4 && text.substr(m.span.start - 4, 4) == "THE "));

    std::string quiet = kStory;
    for (auto& c : quiet) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto low = actors_of(quiet);
    CHECK(named(low, "Vladimir Putin"));
    CHECK(named(low, "Russia"));
    for (const auto& a : low) CHECK(a.name != "ministry");
}

TEST_CASE("no text, no actors", "[actor_resolve]") {
    CHECK(actors_of("").empty());
    CHECK(actors_of("....!!! ,,,").empty());
}

TEST_CASE("a name mention leaves out the 'the' before it", "[actor_resolve]") {
    const std::string text = "Officials said the United States and the European Union would act.";
    const auto actors = actors_of(text);
    const auto* us = named(actors, "United States");
    REQUIRE(us);
    REQUIRE(!us->mentions.empty());
    CHECK(text.substr(us->mentions[0].span.start, us->mentions[0].span.size()) == "United States");
}
