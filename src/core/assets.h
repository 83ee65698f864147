// assets.h — read-only data files (lexicons, gazetteers, model weights) from `assets/`.
//
// The core never inlines data: stages read their files through here. The folder is
// LEDE_ASSET_DIR (set by CMake: the source tree's assets/ natively, /assets inside the
// wasm virtual file system), overridable with the LEDE_ASSETS environment variable or
// `set_asset_dir` (tests, the CLI run from elsewhere). The web worker has no file system:
// it hands over the packed files instead (`use_bundle`, asset_bundle.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::assets {

// From now on files are read from this folder (also after a bundle).
void set_asset_dir(std::string dir);
const std::string& asset_dir();

// From now on files are read from this bundle (asset_bundle.h), not from the folder. The
// bytes are viewed, not copied: they must stay alive and unchanged. False, with `why` set,
// when they are not a bundle (then nothing changes).
bool use_bundle(std::string_view bytes, std::string* why = nullptr);

// The whole file, or nothing when it cannot be read.
std::optional<std::string> read(std::string_view relative_path);

// True when the folder holds the data the stages need (checked by the files every stage
// reads); analyze() warns "assets-missing" otherwise, instead of quietly doing worse.
bool available();

// Lines of a UTF-8 list file: trimmed, blank lines and lines starting with '#' skipped.
std::vector<std::string> read_lines(std::string_view relative_path);

}  // namespace lede::assets
