// test_files.h — reading a test's input files whole (fixtures, assets, bundles).
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace lede::test {

// The file's bytes, or "" when it cannot be read.
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace lede::test
