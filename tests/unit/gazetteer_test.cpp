// gazetteer_test.cpp — the gazetteer's sorted phrase index (phrase_index.h) and that every
// phrase of every list reaches the gazetteer through it (assets/gazetteer/phrases.tsv is
// built from the lists by tools/build_gazetteer_index.py; the CTest `gazetteer_index_current`
// checks the committed file is what the lists give).
#include <catch2/catch.hpp>

#include "actors/gazetteer.h"
#include "actors/phrase_index.h"
#include "test_resources.h"

using lede::gazetteer::PhraseIndex;

TEST_CASE("a phrase index finds keys in a sorted text and nothing else", "[gazetteer]") {
    const PhraseIndex index("# a comment\nab\tX\nabc\tYZ\nb\t\nc\r\nzz\tQ\n\xC3\xA9t\xC3\xA9\tE\n");
    REQUIRE(index.size() == 6);
    CHECK(index.find("ab") == std::optional<std::string_view>("X"));
    CHECK(index.find("abc") == std::optional<std::string_view>("YZ"));
    CHECK(index.find("b") == std::optional<std::string_view>(""));
    CHECK(index.find("c") == std::optional<std::string_view>(""));       // no tab, CR dropped
    CHECK(index.find("\xC3\xA9t\xC3\xA9") == std::optional<std::string_view>("E"));   // bytes above ASCII sort last
    CHECK_FALSE(index.find("a"));
    CHECK_FALSE(index.find("abcd"));
    CHECK_FALSE(index.find(""));
    CHECK_FALSE(index.find("# a comment"));
    CHECK_FALSE(index.find("zzz"));
    CHECK(index.key(1) == "abc");
    CHECK(index.max_key_spaces() == 0);
    CHECK(PhraseIndex("# not a key at all\nnew york\tC\nrio de janeiro\tC\nx y z w\n").max_key_spaces() == 3);
}

TEST_CASE("an empty or comment-only phrase index finds nothing", "[gazetteer]") {
    CHECK_FALSE(PhraseIndex("").find("a"));
    CHECK_FALSE(PhraseIndex("# only\n\n").find("a"));
    CHECK(PhraseIndex("# only\n\n").size() == 0);
}

TEST_CASE("every phrase of every gazetteer list has its list's kind", "[gazetteer]") {
    using namespace lede::gazetteer;
    const Gazetteer& gaz = lede::test_resources().actors.gazetteer;
    const auto source = lede::assets::Source::folder(LEDE_SOURCE_DIR "/assets");
    lede::assets::LoadReport report;
    struct List {
        const char* path;
        std::uint32_t kind;
    };
    const List lists[] = {
        {"gazetteer/region_demonyms.txt", kDemonym}, {"gazetteer/regions.tsv", kRegion},
        {"gazetteer/former_countries.txt", kFormerCountry}, {"gazetteer/cities.txt", kCity},
        {"gazetteer/first_names.txt", kFirstName}, {"gazetteer/last_names.txt", kLastName},
        {"gazetteer/organisations.txt", kOrganisation}, {"gazetteer/international_organisations.txt", kOrganisation},
        {"gazetteer/seats_of_government.txt", kOrganisation}, {"gazetteer/titles.txt", kTitle},
        {"gazetteer/landforms.txt", kLandform}, {"gazetteer/org_nouns.txt", kOrgNoun},
        {"gazetteer/org_suffixes.txt", kOrgSuffix}, {"gazetteer/company_titles.txt", kCompanyTitle},
    };
    std::size_t phrases = 0, missing = 0;
    for (const List& list : lists) {
        const auto lines = source.require_lines(list.path, report);
        CHECK_FALSE(lines.empty());
        for (const std::string& line : lines) {
            const std::string phrase = line.substr(0, line.find('\t'));
            if (phrase.empty()) continue;
            ++phrases;
            if (!(gaz.kinds(phrase) & list.kind)) {
                if (++missing <= 5) UNSCOPED_INFO(list.path << ": " << phrase);
            }
        }
    }
    CHECK(report.ok());
    CHECK(phrases > 40000);
    CHECK(missing == 0);
    // Case rules survive the merge: codes keep their case, names fold.
    CHECK((gaz.kinds("President") & kTitle));
    CHECK((gaz.kinds("ryanair") & kOrganisation));
    CHECK(gaz.country_named("US") != nullptr);
    CHECK(gaz.country_named("us") == nullptr);
}

namespace {
std::string id_of(const lede::gazetteer::Country* c) { return c ? c->id : "none"; }
}  // namespace

TEST_CASE("a gazetteer from fixture texts keeps codes in their case and folds the rest", "[gazetteer]") {
    using namespace lede::gazetteer;
    const Gazetteer gaz = Gazetteer::from_text("# id\tname\taliases\tdemonyms\tcapitals\n"
                                               "US\tUnited States\tUS|U.S.|USA\tAmerican\tWashington\n"
                                               "RU\tRussia\tRussian Federation\tRussian\tMoscow\n",
                                               "RU\tRossiya\tMuscovite\n",
                                               "ceo\tE\nforeign ministry\tN\npresident\tT\n");
    REQUIRE(gaz.countries().size() == 2);
    CHECK(id_of(gaz.country_named("US")) == "US");
    CHECK(gaz.country_named("us") == nullptr);                    // the pronoun
    CHECK(id_of(gaz.country_named("united states")) == "US");
    CHECK(id_of(gaz.country_named("Rossiya")) == "RU");              // the extra names file
    CHECK(id_of(gaz.country_of_demonym("Americans")) == "US");       // the plural of a person noun
    CHECK(id_of(gaz.country_of_demonym("Muscovite")) == "RU");
    CHECK(id_of(gaz.country_of_capital("Moscow")) == "RU");
    CHECK((gaz.kinds("President") & kTitle));
    CHECK((gaz.kinds("CEO") & kCompanyTitle));
    CHECK((gaz.kinds("Foreign Ministry") & kOrgNoun));
    CHECK(gaz.kinds("Paris") == 0);
    CHECK(gaz.max_tokens() == 2);
}
