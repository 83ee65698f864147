// function_words.cpp — see function_words.h.
#include "function_words.h"


namespace lede::relations {

FunctionWords FunctionWords::from_text(std::string_view text) {
    FunctionWords fw;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) nl = text.size();
        const std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        std::string cls, cur;
        bool first = true;
        const auto flush = [&] {
            if (cur.empty()) return;
            if (first) cls = cur, first = false;
            else fw.classes_[cls].insert(cur);
            cur.clear();
        };
        if (line.empty() || line[0] == '#') continue;
        for (char c : line) {
            if (c == ' ' || c == '\t' || c == '\r') flush();
            else cur.push_back(c);
        }
        flush();
    }
    return fw;
}

bool FunctionWords::is(const std::string& cls, const std::string& word) const {
    auto it = classes_.find(cls);
    return it != classes_.end() && it->second.count(word) > 0;
}

}  // namespace lede::relations
