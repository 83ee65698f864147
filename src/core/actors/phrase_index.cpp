// phrase_index.cpp — see phrase_index.h.
#include "phrase_index.h"

#include <algorithm>
#include <cstring>

#include "phrase_table.h"                         // phrase_hash

namespace lede::gazetteer {

// Two bits of the filter per key, from one hash.
std::uint32_t PhraseIndex::filter_bit(std::uint32_t hash, int which) {
    const std::uint32_t h = which == 0 ? hash : (hash >> 16 | hash << 16) * 0x9E3779B1u;
    return h & (kFilterBits - 1);
}

bool PhraseIndex::may_hold(std::uint32_t hash) const {
    for (int which = 0; which < 2; ++which) {
        const std::uint32_t bit = filter_bit(hash, which);
        if (!(filter_[bit / 64] >> (bit % 64) & 1)) return false;
    }
    return true;
}

PhraseIndex::PhraseIndex(std::string text) : text_(std::move(text)) {
    // One pass over the bytes: where each key line starts, its key's length, the most
    // spaces in a key, and the key's bits in the filter. Written by index into vectors sized
    // from a newline count, not pushed back: in the page's worker (baseline-compiled wasm) a
    // call per line was most of this.
    const char* const data = text_.data();
    const char* const end = data + text_.size();
    const std::size_t most = static_cast<std::size_t>(std::count(data, end, '\n')) + 1;
    starts_.resize(most);
    key_lengths_.resize(most);
    filter_.assign(kFilterBits / 64, 0);
    std::size_t lines = 0;
    for (const char* p = data; p < end; ++p) {
        const char* const line = p;
        std::size_t spaces = 0;
        for (; p < end && *p != '\t' && *p != '\n'; ++p) spaces += *p == ' ';
        const char* key_end = p;
        if (p < end && *p == '\t') {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            p = nl ? static_cast<const char*>(nl) : end;
        } else if (key_end > line && key_end[-1] == '\r') {
            --key_end;                            // a CRLF line without a tab
        }
        if (p == line || *line == '#' || *line == '\r') continue;   // blank or a comment
        const std::string_view key(line, static_cast<std::size_t>(key_end - line));
        if (key.size() > 0xFFFF) continue;        // no phrase is that long
        starts_[lines] = static_cast<std::uint32_t>(line - data);
        key_lengths_[lines] = static_cast<std::uint16_t>(key.size());
        ++lines;
        max_key_spaces_ = std::max(max_key_spaces_, spaces);
        const std::uint32_t h = phrase_hash(key);
        for (int which = 0; which < 2; ++which) {
            const std::uint32_t bit = filter_bit(h, which);
            filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
    }
    starts_.resize(lines);
    key_lengths_.resize(lines);
}

std::string_view PhraseIndex::key(std::size_t i) const {
    return std::string_view(text_.data() + starts_[i], key_lengths_[i]);
}

std::optional<std::string_view> PhraseIndex::find(std::string_view key) const {
    // Most lookups are of phrases that are not there (every span of up to six words of a
    // text): the filter turns almost all of those away for the price of one hash.
    if (starts_.empty() || !may_hold(phrase_hash(key))) return std::nullopt;
    std::size_t lo = 0, hi = starts_.size();      // the first key >= `key` is in [lo, hi]
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (this->key(mid) < key) lo = mid + 1;
        else hi = mid;
    }
    if (lo == starts_.size() || this->key(lo) != key) return std::nullopt;
    // The value: after the tab, to the end of the line (without a CR).
    std::string_view rest = std::string_view(text_).substr(starts_[lo] + key_lengths_[lo]);
    rest = rest.substr(0, rest.find('\n'));
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    if (rest.empty() || rest.front() != '\t') return std::string_view();
    return rest.substr(1);
}

}  // namespace lede::gazetteer
