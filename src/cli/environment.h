// environment.h — what the command line and the Python module take from their environment
// (the core reads none): the asset folder and the relations baseline switch.
#pragma once

#include "resources.h"

namespace lede::cli {

// The folder of data files: $LEDE_ASSETS when set, else the build's assets/ folder.
std::string asset_folder();

// Every data file, loaded from `asset_folder()` on the first call and kept for the process
// (the CLI analyses one article or a batch; the Python module many).
const Resources& process_resources();

// True when $LEDE_RELATIONS_BASELINE is set to anything but "" or "0": bench/ compares the
// word-distance relations with the parse-based ones through the very same CLI.
bool relations_baseline_requested();

}  // namespace lede::cli
