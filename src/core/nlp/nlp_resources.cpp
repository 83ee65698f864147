// nlp_resources.cpp — see nlp_resources.h.
#include "nlp_resources.h"

namespace lede::nlp {

NlpResources NlpResources::load(const assets::Source& source, assets::LoadReport& report) {
    NlpResources r;
    for (std::string& line : source.require_lines("lexicon/en/abbreviations.txt", report)) r.abbreviations.insert(std::move(line));
    return r;
}

}  // namespace lede::nlp
