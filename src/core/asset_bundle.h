// asset_bundle.h — the core's data files packed into one block of bytes, for the web
// worker: `lede-core.data`, written at build time by tools/pack_assets.py.
//
// Why not Emscripten's file packager: its virtual file system made every one of the ~60
// small files a chain of JS calls (open, seek, read, close, each cold on a first visit) and
// put ~60 KB of FS code in the worker's script; the first analysis read them all. A bundle
// is one copy into wasm memory and an index lookup per file.
//
// Format (all text up to the data; sizes in decimal bytes):
//   LEDE-ASSETS 1\n
//   <relative path>\t<size>\n     one line per file, in the order of their bytes
//   \n                            an empty line ends the index
//   <the files' bytes, one after the other, nothing between or after>
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace lede::assets {

class AssetBundle {
public:
    // The bundle in `bytes` (viewed, not copied: they must outlive it), or nothing with
    // `why` set when they are not one (bad header or index, sizes that do not add up).
    static std::optional<AssetBundle> parse(std::string_view bytes, std::string* why = nullptr);

    // The file's bytes, or nothing when the bundle has no such path.
    std::optional<std::string_view> find(std::string_view relative_path) const;
    std::size_t size() const { return files_.size(); }

private:
    std::map<std::string, std::string_view, std::less<>> files_;
};

}  // namespace lede::assets
