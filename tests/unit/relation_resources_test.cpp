// relation_resources_test.cpp — the relations stage's data loaded from a source: the shipped
// assets load whole; a missing file and an unknown class or cue kind are named in the report.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "relations/relation_resources.h"
#include "test_resources.h"

using namespace lede;
using namespace lede::relations;

namespace {

bool has(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

TEST_CASE("the shipped relations data loads without a complaint") {
    assets::LoadReport report;
    const auto r = RelationResources::load(assets::Source::folder(LEDE_SOURCE_DIR "/assets"), report);
    CHECK(report.ok());
    CHECK(r.triggers.size() > 1000);
    CHECK(r.function_words.is(WordClass::Preposition, "against"));
    CHECK(r.event_nouns.is("purchase"));
    CHECK(r.lemmas.verb("sold") == "sell");
}

TEST_CASE("missing files and unknown names in the data are reported") {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "lede-relation-resources-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "events");
    std::ofstream(dir / "events" / "function_words.tsv") << "preposition in\ndeterminr the\n";
    std::ofstream(dir / "events" / "modality_cues.tsv") << "future will\nmaybe might\n";
    std::ofstream(dir / "events" / "triggers.tsv") << "AGREE v accept\nAGREES v agree\n";
    assets::LoadReport report;
    const auto r = RelationResources::load(assets::Source::folder(dir.string()), report);
    CHECK(has(report.malformed, "events/function_words.tsv (unknown word class 'determinr')"));
    CHECK(has(report.malformed, "events/modality_cues.tsv (unknown cue kind 'maybe')"));
    CHECK(has(report.malformed, "events/cameo_triggers.tsv or events/triggers.tsv (unknown event class 'AGREES')"));
    CHECK(has(report.missing, "events/cameo_triggers.tsv"));
    CHECK(has(report.missing, "events/event_nouns.txt"));
    CHECK(r.function_words.is(WordClass::Preposition, "in"));
    CHECK(r.triggers.size() == 1);
    std::filesystem::remove_all(dir);
}
