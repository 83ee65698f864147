// worker_main.cpp — the analysis core as a module for a Web Worker (lede-core.js/.wasm,
// with the models and lexicons in lede-core.data). web/lede-worker.js loads it and calls
// these exports; the page's UI module never links the analysis, so it compiles and draws
// while this one loads its models and analyses, and a crash here loses no pasted text.
//
//   lede_core_use_assets(bytes, size) -> 1, or 0 when they are not an asset bundle
//     (lede-core.data, copied into this module's memory: every model and lexicon is loaded
//     from it into the core's Resources, resources.h; the module has no file system)
//   lede_core_analyze(text, html, raw, dateline) -> `lede.analysis/1` JSON
//   lede_core_analyze_shared(fields) -> the JSON of a share link's article, decoded by the
//     page and packed (share/worker_fields.h), analysed with the link's fields as options
//     (share/shared_analysis.h); "" when the fields cannot be read
//   lede_core_sample() -> the bundled sample article (the page's default)
//   lede_core_sample_analysis() -> its JSON, analysed once and kept
// The worker calls lede_core_sample_analysis as soon as the module is up, whatever the page
// asks for: that first analysis has the browser compile the code it runs (wasm functions are compiled on first call), so it happens
// while the page's UI is still starting, and the default article is ready when asked for.
// Returned strings stay valid until the next call of the same function.
#include <emscripten/emscripten.h>

#include <memory>
#include <optional>
#include <string>

#include "analysis_json.h"
#include "analyze.h"
#include "resources.h"
#include "share/shared_analysis.h"
#include "share/worker_fields.h"

namespace {

constexpr const char* kSamplePath = "samples/rt-2020-09-25-putin-guarantees.txt";

std::unique_ptr<const lede::Resources> g_resources;
std::string g_json;
std::string g_sample;
std::optional<std::string> g_sample_json;

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE int lede_core_use_assets(const char* bytes, int size) {
    if (!bytes || size <= 0) return 0;
    const std::string_view view(bytes, static_cast<std::size_t>(size));
    // The bundle's bytes are dropped once everything is loaded from them: Resources keep
    // their own copies, and the sample is the only other file the worker reads.
    const std::optional<lede::assets::Source> source = lede::assets::Source::bundle(std::string(view));
    if (!source) return 0;
    g_resources = lede::Resources::load(*source);
    g_sample = source->read(kSamplePath).value_or("");
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* lede_core_analyze(const char* text, const char* html, int raw, const char* dateline) {
    lede::AnalyzeOptions options;
    options.raw = raw != 0;
    // A share link's date is the sender's; one that does not parse is left out, not fatal.
    if (dateline && *dateline && !lede::check_dateline(dateline)) options.dateline = std::string(dateline);
    g_json = lede::to_json_string(lede::analyze(*g_resources, {text ? text : "", html ? html : ""}, options));
    return g_json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* lede_core_analyze_shared(const char* fields) {
    const std::optional<lede::share::SharedArticle> article = lede::share::unpack_for_worker(fields ? fields : "");
    g_json.clear();
    if (article)
        g_json = lede::to_json_string(lede::analyze(*g_resources, {article->text, {}}, lede::share::analyze_options(*article)));
    return g_json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* lede_core_sample() { return g_sample.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* lede_core_sample_analysis() {
    if (!g_sample_json) g_sample_json = lede::to_json_string(lede::analyze(*g_resources, {g_sample, {}}, {}));
    return g_sample_json->c_str();
}

}  // extern "C"
