// clean_html.cpp — see clean_html.h. Placeholder until the libxml2 extractor lands:
// reports that HTML cleaning is not available and yields no article.
#include "clean_html.h"

namespace lede {

CleanResult clean_html(std::string_view) {
    CleanResult result;
    result.warnings.push_back({"html-unsupported", "HTML cleaning is not available yet"});
    return result;
}

}  // namespace lede
