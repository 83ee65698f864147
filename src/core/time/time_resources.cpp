// time_resources.cpp — see time_resources.h.
#include "time_resources.h"

namespace lede::time {

TimeResources TimeResources::load(const assets::Source& source, assets::LoadReport& report) {
    TimeResources r;
    r.lexicon = std::make_unique<const TimeLexicon>(source, "en", report);
    const char* path = "time/en/patterns.txt";
    const std::string patterns = source.require(path, report);
    r.grammar = std::make_unique<const TimeGrammar>(patterns, *r.lexicon);
    // A rule the grammar could not read (an unknown class, action or flag) is left out: the
    // data is malformed, named with its first problem.
    if (!r.grammar->problems().empty())
        report.malformed.push_back(std::string(path) + " (" + r.grammar->problems().front() + ")");
    return r;
}

}  // namespace lede::time
