// html_repeats.cpp — see html_repeats.h.
#include "html_repeats.h"

#include <string_view>
#include <unordered_map>

namespace lede::html {
namespace {

// A paragraph repeated right after itself is a second layout's copy from this length up;
// shorter ones are labels a page may well print twice in a row.
constexpr std::size_t kMinAdjacentBytes = 20;
// A repeated passage: this many paragraphs in the same order, with this much text.
constexpr std::size_t kMinRunParagraphs = 3;
constexpr std::size_t kMinRunBytes = 200;

}  // namespace

std::vector<bool> repeated_paragraphs(const std::vector<std::string>& paragraphs) {
    const std::size_t n = paragraphs.size();
    std::vector<bool> drop(n, false);
    for (std::size_t i = 1; i < n; ++i)
        if (paragraphs[i].size() >= kMinAdjacentBytes && paragraphs[i] == paragraphs[i - 1]) drop[i] = true;

    std::unordered_map<std::string_view, std::size_t> first;   // paragraph -> its first index
    for (std::size_t i = 0; i < n; ++i) first.emplace(paragraphs[i], i);
    for (std::size_t i = 0; i < n;) {
        const std::size_t j = first.at(paragraphs[i]);
        std::size_t run = 0, bytes = 0;
        // The earlier copy ends before this one starts.
        while (j < i && i + run < n && j + run < i && paragraphs[j + run] == paragraphs[i + run]) {
            bytes += paragraphs[i + run].size();
            ++run;
        }
        if (run >= kMinRunParagraphs && bytes >= kMinRunBytes) {
            for (std::size_t k = i; k < i + run; ++k) drop[k] = true;
            i += run;
        } else {
            ++i;
        }
    }
    return drop;
}

}  // namespace lede::html
