// actor_resources_test.cpp — the actors stage's resources (actor_resources.h): what loading
// reports missing or malformed, that the stage runs without them, and that a moved part
// still answers (Resources::load moves each part once).
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "actors/actor_dictionary.h"
#include "actors/actor_resources.h"
#include "actors/extract_actors.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace {

bool holds(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::vector<std::string> names(const std::vector<lede::Actor>& actors) {
    std::vector<std::string> out;
    for (const auto& a : actors) out.push_back(a.name);
    return out;
}

const char* const kText = "Russian President Vladimir Putin met Joe Biden in Geneva on Wednesday. Putin said little.";

}  // namespace

TEST_CASE("the actors stage names the files it misses and runs without them", "[actor_resources]") {
    lede::assets::LoadReport report;
    const auto r = lede::actors::ActorResources::load(lede::assets::Source::folder("/nonexistent/lede-assets"), report);
    for (const char* path : {"gazetteer/countries.tsv", "gazetteer/country_names_extra.tsv", "gazetteer/phrases.tsv",
                             "models/ner.bin", "lexicon/en/months.txt", "lexicon/en/thing_heads.txt",
                             "lexicon/en/common_acronyms.txt", "lexicon/en/adverbial_words.txt", "clean/en/stopwords.txt"})
        CHECK(holds(report.missing, path));
    // The dictionary is native-only: its absence is no error.
    CHECK(holds(report.optional_missing, "gazetteer/petrarch_actors.txt"));
    CHECK_FALSE(holds(report.missing, "gazetteer/petrarch_actors.txt"));
    CHECK(r.ner_model.empty());
    const std::string text = kText;
    const auto doc = lede::nlp::tokenize(text, lede::test_resources().nlp);
    auto actors = lede::extract_actors(doc, r, lede::test_resources().syntax.tagger);
    lede::actors::link_dictionary_actors(actors, "2020-01-01", r);
    for (const auto& a : actors) CHECK_FALSE(a.dictionary);
}

TEST_CASE("a NER model of other bytes is reported malformed", "[actor_resources]") {
    // A name of its own: the native and the wasm suites may run this at once.
    const auto dir = std::filesystem::temp_directory_path() /
                     ("lede-actor-resources-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(dir / "models");
    std::ofstream(dir / "models" / "ner.bin", std::ios::binary) << "not a model";
    lede::assets::LoadReport report;
    const auto r = lede::actors::ActorResources::load(lede::assets::Source::folder(dir.string()), report);
    CHECK(holds(report.malformed, "models/ner.bin"));
    CHECK_FALSE(holds(report.missing, "models/ner.bin"));
    CHECK(r.ner_model.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("moved actor resources answer as loaded ones", "[actor_resources]") {
    lede::assets::LoadReport report;
    auto loaded = lede::actors::ActorResources::load(lede::assets::Source::folder(LEDE_SOURCE_DIR "/assets"), report);
    CHECK(report.ok());
    const lede::actors::ActorResources moved = std::move(loaded);
    CHECK(moved.gazetteer.country_named("Russia") != nullptr);
    CHECK((moved.gazetteer.kinds("President") & lede::gazetteer::kTitle));
    const auto putin = lede::actors::dictionary_entry(moved.dictionary, "Putin");
    REQUIRE(putin);
    CHECK(putin->name == "Vladimir Putin");
    const std::string text = kText;
    const auto doc = lede::nlp::tokenize(text, lede::test_resources().nlp);
    const auto& tagger = lede::test_resources().syntax.tagger;
    const auto got = names(lede::extract_actors(doc, moved, tagger));
    CHECK(got == names(lede::extract_actors(doc, lede::test_resources().actors, tagger)));
    CHECK(holds(got, "Vladimir Putin"));
}
