// assets.cpp — see assets.h.
#include "assets.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "asset_bundle.h"
#include "base/lines.h"

#ifndef LEDE_ASSET_DIR
#define LEDE_ASSET_DIR "assets"
#endif

namespace lede::assets {
namespace {
std::string& dir_storage() {
    static std::string dir = [] {
        const char* env = std::getenv("LEDE_ASSETS");
        return std::string(env && *env ? env : LEDE_ASSET_DIR);
    }();
    return dir;
}
std::optional<AssetBundle>& bundle() {
    static std::optional<AssetBundle> b;
    return b;
}
}  // namespace

void set_asset_dir(std::string dir) {
    dir_storage() = std::move(dir);
    bundle().reset();
}
const std::string& asset_dir() { return dir_storage(); }

bool use_bundle(std::string_view bytes, std::string* why) {
    auto parsed = AssetBundle::parse(bytes, why);
    if (!parsed) return false;
    bundle() = std::move(parsed);
    return true;
}

std::optional<std::string> read(std::string_view relative_path) {
    if (bundle()) {
        const auto bytes = bundle()->find(relative_path);
        if (!bytes) return std::nullopt;
        return std::string(*bytes);
    }
    // fread in large blocks: `ostream << rdbuf()` went a character at a time through the
    // stream buffer, and in wasm that was a third of the first analysis (node --cpu-prof).
    std::FILE* f = std::fopen((asset_dir() + "/" + std::string(relative_path)).c_str(), "rb");
    if (!f) return std::nullopt;
    std::string out;
    if (std::fseek(f, 0, SEEK_END) == 0) {
        const long size = std::ftell(f);
        if (size > 0) out.reserve(static_cast<std::size_t>(size));
        std::rewind(f);
    }
    char block[1 << 16];
    std::size_t n;
    while ((n = std::fread(block, 1, sizeof block, f)) > 0) out.append(block, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    return out;
}

bool available() {
    static constexpr const char* kProbes[] = {"clean/en/lines.txt", "models/ner.bin", "time/en/patterns.txt",
                                              "events/triggers.tsv"};
    if (bundle()) {
        for (const char* probe : kProbes)
            if (!bundle()->find(probe)) return false;
        return true;
    }
    // Checked once per folder, not on every analysis (the fuzzers call analyze() a million times).
    // With fopen, not an ifstream: in wasm the first stream builds the whole C++ locale.
    static std::optional<std::string> checked_dir;
    static bool found = false;
    if (checked_dir == asset_dir()) return found;
    found = true;
    for (const char* probe : kProbes) {
        std::FILE* f = std::fopen((asset_dir() + "/" + probe).c_str(), "rb");
        if (f) std::fclose(f);
        else found = false;
    }
    checked_dir = asset_dir();
    return found;
}

std::vector<std::string> read_lines(std::string_view relative_path) {
    const auto content = read(relative_path);
    return content ? base::list_lines(*content) : std::vector<std::string>{};
}

}  // namespace lede::assets
