// fuzz_regressions_test.cpp — every input a fuzzer ever crashed on, replayed forever.
//
// Each file in tests/data/fuzz-regressions/ (named <target>-<what broke>) goes through
// all three fuzzed entry points — analyze() as text/plain, analyze() as text/html, and
// the share-link decoder — and every result must satisfy the invariants the fuzz
// targets assert (tests/fuzz/analysis_invariants.h). Add a file, get a test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "test_resources.h"
#include "../fuzz/analysis_invariants.h"
#include "analyze.h"
#include "input_limits.h"
#include "share/share_link.h"
#include "base/utf8.h"
#include "test_files.h"

namespace {

std::vector<std::filesystem::path> regression_inputs() {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(LEDE_TEST_DATA "/fuzz-regressions", ec))
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_bytes(const std::filesystem::path& path) { return lede::test::read_file(path.string()); }

// What the cleaner saw: the input cut to the size limit, then UTF-8 repaired.
std::string cleaner_input(std::string_view bytes) {
    if (bytes.size() > lede::limits::kMaxInputBytes)
        bytes = bytes.substr(0, lede::utf8::floor_boundary(bytes, lede::limits::kMaxInputBytes));
    return lede::utf8::repair(bytes).text;
}

}  // namespace

TEST_CASE("the fuzz regression folder is found", "[fuzz-regressions]") {
    CHECK(std::filesystem::is_directory(LEDE_TEST_DATA "/fuzz-regressions"));
    CHECK_FALSE(regression_inputs().empty());
}

TEST_CASE("every fuzz regression input analyses as text and as HTML with all invariants", "[fuzz-regressions]") {
    lede::AnalyzeOptions options;
    options.dateline = "2020-09-25";
    for (const auto& path : regression_inputs()) {
        INFO(path.filename().string());
        const std::string bytes = read_bytes(path);
        const std::string input = cleaner_input(bytes);
        CHECK(lede::fuzz::check_analysis(lede::analyze(lede::test_resources(), {bytes, {}}, options), input) == "");
        CHECK(lede::fuzz::check_analysis(lede::analyze(lede::test_resources(), {{}, bytes}, options), input) == "");
    }
}

TEST_CASE("every fuzz regression input decodes as a share link to an article or a message", "[fuzz-regressions]") {
    for (const auto& path : regression_inputs()) {
        INFO(path.filename().string());
        const auto decoded = lede::share::decode(read_bytes(path));
        if (!decoded.ok()) {
            CHECK_FALSE(decoded.message.empty());
            continue;
        }
        CHECK(lede::utf8::is_valid(decoded.article.text));
        for (const auto& p : decoded.article.paragraphs)
            CHECK(lede::fuzz::detail::check_span(p.span, decoded.article.text, "paragraph") == "");
    }
}
