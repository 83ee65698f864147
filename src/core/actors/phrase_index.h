// phrase_index.h — a text of `key<TAB>value` lines sorted by key, looked up in place by
// binary search. Why: the gazetteer's ~40,000 list phrases used to be hashed into a table
// when the core first analysed, ~0.1 s of the page's first result in its worker
// (WebAssembly, baseline-compiled); sorted once at build time (tools/build_gazetteer_index.py),
// loading them is one pass that notes where each line starts, and a lookup reads ~16 keys.
// '#' lines are comments. The text must be sorted by the keys' bytes: the tool writes it so,
// and the unit test "the gazetteer's phrase index is what the lists give" checks the committed
// file (an unsorted text gives wrong answers, never a crash).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lede::gazetteer {

class PhraseIndex {
public:
    PhraseIndex() = default;
    explicit PhraseIndex(std::string text);

    // The value stored under `key` (possibly empty), or nullopt when the key is absent.
    std::optional<std::string_view> find(std::string_view key) const;

    std::size_t size() const { return starts_.size(); }
    std::string_view key(std::size_t i) const;
    // The most spaces any key holds (a phrase of that many + 1 words is the longest).
    std::size_t max_key_spaces() const { return max_key_spaces_; }

private:
    // A filter of the keys' hashes (two bits per key; 40,000 keys leave ~2 % of absent
    // phrases to the binary search): most phrases looked up are not there, and the search
    // alone made the CLI's pipeline 13 % slower than the hash table it replaced.
    static constexpr std::uint32_t kFilterBits = 1u << 19;   // 64 KB
    static std::uint32_t filter_bit(std::uint32_t hash, int which);
    bool may_hold(std::uint32_t hash) const;

    std::string text_;
    std::vector<std::uint32_t> starts_;           // where each key line begins, in key order
    std::vector<std::uint16_t> key_lengths_;      // its key's length
    std::vector<std::uint64_t> filter_;
    std::size_t max_key_spaces_ = 0;
};

}  // namespace lede::gazetteer
