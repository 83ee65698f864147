// test_resources.h — the core's Resources for unit tests: the source tree's assets/, loaded
// once for the whole test binary (a test that needs other files builds its own Source).
#pragma once

#include "resources.h"

namespace lede {

const Resources& test_resources();
// The folder they are loaded from, for tests that read a file's bytes themselves.
const assets::Source& test_assets();

}  // namespace lede
