// golden_analysis_test.cpp — whole analyses of real inputs, byte for byte. Each folder of
// tests/data/analysis holds an input (input.html when its options.json says "html": true,
// else input.txt), its options.json ({"html", "raw", "dateline"}: a fixed dateline, so that
// no date depends on today) and expected.json, what `lede analyze --pretty` writes for them.
// A change meant to change an analysis regenerates them (tools/update_golden.sh) and shows as
// their diff in review; any other change must leave them as they are. The folder's README.md
// names each input's source and licence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_files.h"
#include "test_resources.h"
#include "analysis_from_json.h"
#include "analysis_json.h"
#include "analyze.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> golden_cases() {
    std::vector<fs::path> dirs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(LEDE_TEST_DATA "/analysis", ec))
        if (entry.is_directory()) dirs.push_back(entry.path());
    std::sort(dirs.begin(), dirs.end());
    return dirs;
}

struct GoldenCase {
    std::string bytes;                 // the input file
    bool html = false;
    lede::AnalyzeOptions options;
    std::string expected;

    lede::AnalyzeInput input() const { return html ? lede::AnalyzeInput{{}, bytes} : lede::AnalyzeInput{bytes, {}}; }
};

// The case's files, read as the CLI reads them with the flags its options.json names.
GoldenCase read_case(const fs::path& dir) {
    const auto options = nlohmann::json::parse(lede::test::read_file((dir / "options.json").string()), nullptr, false);
    REQUIRE(options.is_object());
    REQUIRE(options.value("dateline", "") != "");
    GoldenCase c;
    c.html = options.value("html", false);
    c.bytes = lede::test::read_file((dir / (c.html ? "input.html" : "input.txt")).string());
    REQUIRE_FALSE(c.bytes.empty());
    c.options.raw = options.value("raw", false);
    c.options.dateline = options["dateline"].get<std::string>();
    c.expected = lede::test::read_file((dir / "expected.json").string());
    REQUIRE_FALSE(c.expected.empty());
    return c;
}

// The line of `text` around byte `at`, cut to a readable width (article.text is one line).
std::string line_around(const std::string& text, std::size_t at) {
    const std::size_t newline_before = at == 0 ? std::string::npos : text.rfind('\n', at - 1);
    const std::size_t begin = newline_before == std::string::npos ? 0 : newline_before + 1;
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::size_t from = at > begin + 60 ? at - 60 : begin;
    return (from > begin ? "..." : "") + text.substr(from, std::min<std::size_t>(end - from, 140)) + (end > from + 140 ? "..." : "");
}

// Where the analysis first leaves expected.json: its line there, and both lines.
std::string difference_hint(const std::string& got, const std::string& expected) {
    std::size_t at = 0;
    while (at < got.size() && at < expected.size() && got[at] == expected[at]) ++at;
    const auto line = 1 + std::count(expected.begin(), expected.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    return "first difference at line " + std::to_string(line) + " of expected.json\n  expected: " + line_around(expected, at) +
           "\n  got:      " + line_around(got, at) +
           "\n(a change meant to change the analyses: run tools/update_golden.sh and review the diff)";
}

}  // namespace

TEST_CASE("golden analyses: each input gives its expected.json byte for byte", "[golden]") {
    const std::vector<fs::path> cases = golden_cases();
    REQUIRE(cases.size() >= 6);
    for (const fs::path& dir : cases) {
        INFO("tests/data/analysis/" << dir.filename().string());
        const GoldenCase c = read_case(dir);
        const std::string got = lede::to_json_string(lede::analyze(lede::test_resources(), c.input(), c.options), 2) + "\n";
        INFO(difference_hint(got, c.expected));
        const bool same_bytes = got == c.expected;   // (not the strings: they are long)
        CHECK(same_bytes);
    }
}

TEST_CASE("golden analyses read back to the same text", "[golden]") {
    const std::vector<fs::path> cases = golden_cases();
    REQUIRE(cases.size() >= 6);
    for (const fs::path& dir : cases) {
        INFO("tests/data/analysis/" << dir.filename().string());
        const std::string expected = lede::test::read_file((dir / "expected.json").string());
        const lede::AnalysisLoad back = lede::analysis_from_json(expected);
        REQUIRE(back.analysis);
        const std::string again = lede::to_json_string(*back.analysis, 2) + "\n";
        INFO(difference_hint(again, expected));
        const bool same_bytes = again == expected;
        CHECK(same_bytes);
    }
}
