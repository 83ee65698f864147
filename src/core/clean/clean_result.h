// clean_result.h — what a cleaner hands to the analysis: the article and what it dropped.
#pragma once

#include <vector>

#include "../analysis.h"

namespace lede {

struct CleanResult {
    Article article;
    std::vector<Removed> removed;                 // offsets into the cleaner's input
    std::vector<Warning> warnings;
};

}  // namespace lede
