// time_resources_test.cpp — the time part loaded from a fixture folder: what is missing or
// malformed in it is named in the load report.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "time/time_resources.h"

using namespace lede;

namespace {
// A folder holding `files` (path -> text), removed when the fixture goes; its name is random
// so that test runs side by side do not share it.
struct FixtureFolder {
    std::filesystem::path dir;
    explicit FixtureFolder(const std::vector<std::pair<std::string, std::string>>& files)
        : dir(std::filesystem::temp_directory_path() / ("lede-time-resources-" + std::to_string(std::random_device()()))) {
        for (const auto& [path, text] : files) {
            std::filesystem::create_directories((dir / path).parent_path());
            std::ofstream(dir / path) << text;
        }
    }
    ~FixtureFolder() { std::filesystem::remove_all(dir); }
};
}  // namespace

TEST_CASE("an unknown action in the patterns is reported as malformed", "[time_resources]") {
    const FixtureFolder folder({{"time/en/lexicon.txt", "month\ttime/en/months.txt\n"},
                                {"time/en/months.txt", "9\tseptember,sept\n"},
                                {"time/en/patterns.txt", "DATE m $1 := <month>\nDATE mm $1 := <month>\n"}});
    assets::LoadReport report;
    const time::TimeResources r = time::TimeResources::load(assets::Source::folder(folder.dir.string()), report);
    REQUIRE(r.grammar);
    CHECK(r.grammar->rules().size() == 1);
    CHECK(report.missing.empty());
    // The fixture's lexicon lacks the classes the code reads ("number", ...): named too.
    CHECK(report.malformed.back() == "time/en/patterns.txt (line 2: unknown action mm)");
    CHECK(report.malformed.front() == "time/en/lexicon.txt (no class number)");
}

TEST_CASE("missing time files are named, and the part is empty but usable", "[time_resources]") {
    const FixtureFolder folder(std::vector<std::pair<std::string, std::string>>{{"time/en/lexicon.txt", "month\ttime/en/months.txt\n"}});
    assets::LoadReport report;
    const time::TimeResources r = time::TimeResources::load(assets::Source::folder(folder.dir.string()), report);
    CHECK(report.missing == std::vector<std::string>{"time/en/months.txt", "time/en/patterns.txt"});
    REQUIRE(r.grammar);
    CHECK(r.grammar->rules().empty());
    CHECK(r.lexicon->class_id("month") == 0);
}
