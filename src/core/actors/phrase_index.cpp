// phrase_index.cpp — see phrase_index.h.
#include "phrase_index.h"

#include <algorithm>
#include <cstring>

namespace lede::gazetteer {

PhraseIndex::PhraseIndex(std::string text) : text_(std::move(text)) {
    // One pass over the text: a line that is neither blank nor a comment is a key line.
    const char* data = text_.data();
    const std::size_t n = text_.size();
    for (std::size_t at = 0; at < n;) {
        const void* nl = std::memchr(data + at, '\n', n - at);
        const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - data) : n;
        if (end > at && data[at] != '#' && data[at] != '\r') starts_.push_back(static_cast<std::uint32_t>(at));
        at = end + 1;
    }
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
