// clean_resources.cpp — see clean_resources.h.
#include "clean_resources.h"

namespace lede::clean {

CleanResources CleanResources::load(const assets::Source& source, assets::LoadReport& report) {
    CleanResources r;
    // Every language's lists are read: a page's language is only known after cleaning.
    std::vector<std::string> languages = source.require_lines("clean/languages.txt", report);
    if (languages.empty()) languages.push_back("en");
    r.text = TextLexicon::load(source, languages, report);
    r.dates = DateLexicon::load(source, languages, report);
    r.html = html::HtmlHints::load(source, r.text, report);
    return r;
}

}  // namespace lede::clean
