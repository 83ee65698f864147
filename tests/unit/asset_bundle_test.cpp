// asset_bundle_test.cpp — the web worker's packed assets (asset_bundle.h): the reader takes
// what tools/pack_assets.py writes, refuses what is not a bundle, and the core's files read
// the same from a bundle as from the folder.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include "asset_bundle.h"
#include "asset_source.h"
#include "resources.h"
#include "test_files.h"

using lede::assets::AssetBundle;
using lede::test::read_file;

TEST_CASE("a bundle gives each file's bytes by its path", "[assets]") {
    const std::string bytes = std::string("LEDE-ASSETS 1\na/b.txt\t3\nc.bin\t4\nempty\t0\n\n") + "xyz" +
                              std::string("\0\n\t\xFF", 4);
    const auto bundle = AssetBundle::parse(bytes);
    REQUIRE(bundle);
    CHECK(bundle->size() == 3);
    CHECK(bundle->find("a/b.txt") == std::optional<std::string_view>("xyz"));
    CHECK(bundle->find("c.bin") == std::optional<std::string_view>(std::string_view("\0\n\t\xFF", 4)));
    CHECK(bundle->find("empty") == std::optional<std::string_view>(""));
    CHECK_FALSE(bundle->find("a"));
    CHECK_FALSE(bundle->find("a/b.tx"));
    CHECK_FALSE(bundle->find(""));
}

TEST_CASE("what is not a bundle is refused with a reason", "[assets]") {
    const char* bad[] = {
        "",                                             // nothing
        "LEDE-ASSETS 2\n\n",                            // another version
        "LEDE-ASSETS 1\na\t1\n",                        // index with no end
        "LEDE-ASSETS 1\na 1\n\nx",                      // no tab
        "LEDE-ASSETS 1\n\t1\n\nx",                      // no path
        "LEDE-ASSETS 1\na\t\n\n",                       // no size
        "LEDE-ASSETS 1\na\t1x\n\nx",                    // not a number
        "LEDE-ASSETS 1\na\t-1\n\nx",                    // negative
        "LEDE-ASSETS 1\na\t99999999999999999999999\n\nx",   // overflows
        "LEDE-ASSETS 1\na\t2\n\nx",                     // more than it holds
        "LEDE-ASSETS 1\na\t1\n\nxy",                    // bytes left over
    };
    for (const char* b : bad) {
        std::string why;
        CHECK_FALSE(AssetBundle::parse(b, &why));
        CHECK_FALSE(why.empty());
    }
    CHECK(AssetBundle::parse("LEDE-ASSETS 1\n\n"));   // an empty bundle is still one
}

TEST_CASE("a source reads a bundle's files, or a folder's, and reports what it lacks", "[assets]") {
    std::string why;
    CHECK_FALSE(lede::assets::Source::bundle("not a bundle", &why));
    CHECK_FALSE(why.empty());
    const auto bundle = lede::assets::Source::bundle("LEDE-ASSETS 1\nlist.txt\t20\n\n# comment\n one\n\ntwo\n");
    REQUIRE(bundle);
    lede::assets::LoadReport report;
    CHECK(bundle->require_lines("list.txt", report) == std::vector<std::string>{"one", "two"});
    CHECK(report.ok());
    CHECK(bundle->require("models/ner.bin", report).empty());   // the stages' files are not in it
    CHECK_FALSE(bundle->optional("gazetteer/petrarch_actors.txt", report));
    CHECK(report.missing == std::vector<std::string>{"models/ner.bin"});
    CHECK(report.optional_missing == std::vector<std::string>{"gazetteer/petrarch_actors.txt"});
    CHECK(report.describe() == "missing: models/ner.bin");
    const auto folder = lede::assets::Source::folder(LEDE_SOURCE_DIR "/assets");
    CHECK(folder.read("models/ner.bin"));
    CHECK_FALSE(folder.read("list.txt"));
    CHECK(folder.describe() == "folder '" LEDE_SOURCE_DIR "/assets'");
    CHECK(bundle->describe() == "bundle of 1 files");
}

#ifndef __EMSCRIPTEN__
// What the build packs for the page (cmake/web_app.cmake uses the same excludes).
TEST_CASE("tools/pack_assets.py packs every asset file, byte for byte, as the reader reads it", "[assets]") {
    const std::string folder = LEDE_SOURCE_DIR "/assets";
    const std::string out = "asset_bundle_test.data";
    const std::string command = "python3 \"" LEDE_SOURCE_DIR "/tools/pack_assets.py\" " + out + " --root \"" + folder +
                                "\" --exclude '*.md' --exclude '*/gazetteer/*.txt'";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string bytes = read_file(out);
    std::remove(out.c_str());
    std::string why;
    const auto bundle = AssetBundle::parse(bytes, &why);
    INFO(why);
    REQUIRE(bundle);
    CHECK(bundle->size() > 40);
    for (const char* path : {"models/ner.bin", "models/pos.bin", "gazetteer/phrases.tsv", "time/en/patterns.txt",
                             "clean/en/lines.txt", "events/triggers.tsv", "samples/rt-2020-09-25-putin-guarantees.txt"}) {
        INFO(path);
        const auto packed = bundle->find(path);
        REQUIRE(packed);
        CHECK(*packed == read_file(folder + "/" + path));
    }
    CHECK_FALSE(bundle->find("gazetteer/cities.txt"));   // excluded
    CHECK_FALSE(bundle->find("models/ATTRIBUTION.md"));

    // Everything the stages need loads from the packed files, as in the web worker.
    const auto source = lede::assets::Source::bundle(bytes);
    REQUIRE(source);
    const auto resources = lede::Resources::load(*source);
    INFO(resources->report.describe());
    CHECK(resources->report.ok());
    CHECK(source->read("models/pos.bin") == read_file(folder + "/models/pos.bin"));
}
#endif
