// asset_bundle.cpp — see asset_bundle.h.
#include "asset_bundle.h"

#include <charconv>
#include <vector>

namespace lede::assets {

std::optional<AssetBundle> AssetBundle::parse(std::string_view bytes, std::string* why) {
    const auto fail = [&](const char* reason) -> std::optional<AssetBundle> {
        if (why) *why = reason;
        return std::nullopt;
    };
    constexpr std::string_view kHeader = "LEDE-ASSETS 1\n";
    if (bytes.substr(0, kHeader.size()) != kHeader) return fail("not an asset bundle (no LEDE-ASSETS 1 header)");
    std::size_t pos = kHeader.size();
    struct Entry { std::string_view path; std::size_t size; };
    std::vector<Entry> index;
    std::size_t total = 0;
    for (;;) {
        const std::size_t newline = bytes.find('\n', pos);
        if (newline == std::string_view::npos) return fail("the bundle's index has no end");
        const std::string_view line = bytes.substr(pos, newline - pos);
        pos = newline + 1;
        if (line.empty()) break;
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) return fail("a bundle index line is not <path>\\t<size>");
        const std::string_view digits = line.substr(tab + 1);
        std::size_t size = 0;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), size);
        if (error != std::errc() || end != digits.data() + digits.size() || digits.empty())
            return fail("a bundle index line has a bad size");
        if (size > bytes.size() - total) return fail("the bundle's sizes add up to more than it holds");
        total += size;
        index.push_back({line.substr(0, tab), size});
    }
    if (total != bytes.size() - pos) return fail("the bundle's sizes do not add up to its data");
    AssetBundle bundle;
    for (const Entry& e : index) {
        bundle.files_.insert_or_assign(std::string(e.path), bytes.substr(pos, e.size));
        pos += e.size;
    }
    return bundle;
}

std::optional<std::string_view> AssetBundle::find(std::string_view relative_path) const {
    const auto it = files_.find(relative_path);
    if (it == files_.end()) return std::nullopt;
    return it->second;
}

}  // namespace lede::assets
