// asset_source.h — where the core's data files come from (a folder or a packed bundle), and
// the report of what loading them found missing or malformed.
//
// Resources (resources.h) are loaded once from a Source; nothing in the core reads a data
// file after that. The CLI and the tests read a folder (assets/ of the source tree); the web
// worker has no file system and hands over the packed files (asset_bundle.h).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::assets {

class AssetBundle;

// What loading found wrong, file by file, so the "assets-missing" warning can name it.
struct LoadReport {
    std::vector<std::string> missing;            // required files that could not be read
    std::vector<std::string> malformed;          // read, but not what the stage expects
    std::vector<std::string> optional_missing;   // files some builds leave out (e.g. native-only)

    // True when every required file was read and understood.
    bool ok() const { return missing.empty() && malformed.empty(); }
    // "missing: models/ner.bin, time/en/patterns.txt; malformed: models/pos.bin", or "".
    std::string describe() const;
};

class Source {
public:
    // Files under `dir` (relative paths are joined with '/').
    static Source folder(std::string dir);
    // Files packed in a bundle; the bytes are kept (shared by copies of the Source). Nothing,
    // with `why` set, when they are not a bundle.
    static std::optional<Source> bundle(std::string bytes, std::string* why = nullptr);

    // The whole file, or nothing when it cannot be read.
    std::optional<std::string> read(std::string_view relative_path) const;
    // A file a stage cannot work without: its bytes, or "" with the path added to
    // `report.missing`.
    std::string require(std::string_view relative_path, LoadReport& report) const;
    // A file a stage can do without: its bytes, or nothing with the path added to
    // `report.optional_missing`.
    std::optional<std::string> optional(std::string_view relative_path, LoadReport& report) const;
    // The lines of a required list file (base/lines.h: trimmed, blanks and '#' comments skipped).
    std::vector<std::string> require_lines(std::string_view relative_path, LoadReport& report) const;

    // "folder 'assets'" or "bundle of 61 files", for messages.
    std::string describe() const;

private:
    std::string dir_;
    std::shared_ptr<const std::string> bundle_bytes_;
    std::shared_ptr<const AssetBundle> bundle_;
};

}  // namespace lede::assets
