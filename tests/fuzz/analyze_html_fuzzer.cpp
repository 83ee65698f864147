// analyze_html_fuzzer.cpp — libFuzzer target: any bytes pasted as the text/html flavour.
//
// Runs the pipeline with only the HTML flavour (libxml2's HTML parser, clean_html, then
// the extractors) and aborts when an invariant of analysis_invariants.h breaks. Origin
// runs and removed spans then point into the repaired HTML.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis_invariants.h"
#include "analyze.h"
#include "base/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto resources = lede::Resources::load(lede::assets::Source::folder(LEDE_FUZZ_ASSET_DIR));
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    lede::AnalyzeOptions options;
    options.dateline = "2020-09-25";
    const lede::Analysis analysis = lede::analyze(*resources, {{}, bytes}, options);
    const std::string input = lede::utf8::repair(bytes).text;
    const std::string broken = lede::fuzz::check_analysis(analysis, input);
    if (!broken.empty()) {
        std::fprintf(stderr, "analyze_html invariant broken: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}
