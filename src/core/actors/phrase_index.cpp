// phrase_index.cpp — see phrase_index.h.
#include "phrase_index.h"

#include <algorithm>
#include <cstring>

namespace lede::gazetteer {

PhraseIndex::PhraseIndex(std::string text) : text_(std::move(text)) {
    // One pass over the bytes: where each key line starts, and the most spaces in a key.
    // Written by index into a vector sized from a newline count, not pushed back: in the
    // page's worker (baseline-compiled wasm) a call per line was most of this.
    const char* const data = text_.data();
    const char* const end = data + text_.size();
    starts_.resize(static_cast<std::size_t>(std::count(data, end, '\n')) + 1);
    std::size_t lines = 0;
    for (const char* p = data; p < end; ++p) {
        const char* const line = p;
        std::size_t spaces = 0;
        for (; p < end && *p != '\t' && *p != '\n'; ++p) spaces += *p == ' ';
        if (p < end && *p == '\t') {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            p = nl ? static_cast<const char*>(nl) : end;
        }
        if (p == line || *line == '#' || *line == '\r') continue;   // blank or a comment
        starts_[lines++] = static_cast<std::uint32_t>(line - data);
        max_key_spaces_ = std::max(max_key_spaces_, spaces);
    }
    starts_.resize(lines);
}

std::string_view PhraseIndex::line_at(std::uint32_t start) const {
    std::string_view rest = std::string_view(text_).substr(start);
    rest = rest.substr(0, rest.find('\n'));
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    return rest;
}

std::string_view PhraseIndex::key_at(std::uint32_t start) const {
    const std::string_view line = line_at(start);
    return line.substr(0, line.find('\t'));
}

std::string_view PhraseIndex::key(std::size_t i) const { return key_at(starts_[i]); }

std::optional<std::string_view> PhraseIndex::find(std::string_view key) const {
    const auto it = std::lower_bound(starts_.begin(), starts_.end(), key,
                                     [this](std::uint32_t start, std::string_view k) { return key_at(start) < k; });
    if (it == starts_.end()) return std::nullopt;
    const std::string_view line = line_at(*it);
    const std::size_t tab = line.find('\t');
    if (line.substr(0, tab) != key) return std::nullopt;
    return tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
}

}  // namespace lede::gazetteer
