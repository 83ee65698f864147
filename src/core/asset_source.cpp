// asset_source.cpp — see asset_source.h.
#include "asset_source.h"

#include <cstdio>

#include "asset_bundle.h"
#include "base/lines.h"

namespace lede::assets {
namespace {
std::string joined(const std::vector<std::string>& paths) {
    std::string out;
    for (const auto& p : paths) out += (out.empty() ? "" : ", ") + p;
    return out;
}

// fread in large blocks: `ostream << rdbuf()` went a character at a time through the
// stream buffer, and in wasm that was a third of the first analysis (node --cpu-prof).
std::optional<std::string> read_file(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
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
}  // namespace

std::string LoadReport::describe() const {
    std::string out;
    if (!missing.empty()) out += "missing: " + joined(missing);
    if (!malformed.empty()) out += (out.empty() ? "" : "; ") + std::string("malformed: ") + joined(malformed);
    return out;
}

Source Source::folder(std::string dir) {
    Source s;
    s.dir_ = std::move(dir);
    return s;
}

std::optional<Source> Source::bundle(std::string bytes, std::string* why) {
    auto kept = std::make_shared<const std::string>(std::move(bytes));
    auto parsed = AssetBundle::parse(*kept, why);
    if (!parsed) return std::nullopt;
    Source s;
    s.bundle_bytes_ = std::move(kept);
    s.bundle_ = std::make_shared<const AssetBundle>(std::move(*parsed));
    return s;
}

std::optional<std::string> Source::read(std::string_view relative_path) const {
    if (bundle_) {
        const auto bytes = bundle_->find(relative_path);
        if (!bytes) return std::nullopt;
        return std::string(*bytes);
    }
    return read_file(dir_ + "/" + std::string(relative_path));
}

std::string Source::require(std::string_view relative_path, LoadReport& report) const {
    auto bytes = read(relative_path);
    if (!bytes) {
        report.missing.emplace_back(relative_path);
        return {};
    }
    return std::move(*bytes);
}

std::optional<std::string> Source::optional(std::string_view relative_path, LoadReport& report) const {
    auto bytes = read(relative_path);
    if (!bytes) report.optional_missing.emplace_back(relative_path);
    return bytes;
}

std::vector<std::string> Source::require_lines(std::string_view relative_path, LoadReport& report) const {
    return base::list_lines(require(relative_path, report));
}

std::string Source::describe() const {
    if (bundle_) return "bundle of " + std::to_string(bundle_->size()) + " files";
    return "folder '" + dir_ + "'";
}

}  // namespace lede::assets
