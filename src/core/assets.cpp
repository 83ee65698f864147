// assets.cpp — see assets.h.
#include "assets.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

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
}  // namespace

void set_asset_dir(std::string dir) { dir_storage() = std::move(dir); }
const std::string& asset_dir() { return dir_storage(); }

std::optional<std::string> read(std::string_view relative_path) {
    std::ifstream in(asset_dir() + "/" + std::string(relative_path), std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool available() {
    // Checked once per folder, not on every analysis (the fuzzers call analyze() a million times).
    static std::optional<std::string> checked_dir;
    static bool found = false;
    if (checked_dir == asset_dir()) return found;
    found = true;
    for (const char* probe : {"clean/en/lines.txt", "models/ner.bin", "time/en/patterns.txt", "events/triggers.tsv"})
        if (!std::ifstream(asset_dir() + "/" + probe, std::ios::binary)) found = false;
    checked_dir = asset_dir();
    return found;
}

std::vector<std::string> read_lines(std::string_view relative_path) {
    std::vector<std::string> lines;
    const auto content = read(relative_path);
    if (!content) return lines;
    std::istringstream in(*content);
    std::string line;
    while (std::getline(in, line)) {
        const auto b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos || line[b] == '#') continue;
        const auto e = line.find_last_not_of(" \t\r");
        lines.push_back(line.substr(b, e - b + 1));
    }
    return lines;
}

}  // namespace lede::assets
