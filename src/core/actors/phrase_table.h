// phrase_table.h — a hash table from phrases to small records, built once at start-up for
// the gazetteer's tens of thousands of names. Keys are stored back to back in one string
// and slots in one array (open addressing, linear probing), so building it costs no
// allocation per entry: with a node-based map, building the gazetteer was a third of the
// first analysis (callgrind on the sample), which the page pays before its first result.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::gazetteer {

template <class Value>
class PhraseTable {
public:
    // The value stored under `key`, default-constructed when the key is new.
    Value& insert(std::string_view key) {
        if ((values_.size() + 1) * 2 > slots_.size()) grow();
        const std::uint32_t h = hash(key);
        std::size_t i = h & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            Slot& s = slots_[i];
            if (s.value < 0) break;
            if (s.hash == h && key_of(s) == key) return values_[static_cast<std::size_t>(s.value)];
        }
        Slot& s = slots_[i];
        s.offset = static_cast<std::uint32_t>(keys_.size());
        s.length = static_cast<std::uint32_t>(key.size());
        s.hash = h;
        s.value = static_cast<std::int32_t>(values_.size());
        keys_.append(key);
        values_.emplace_back();
        return values_.back();
    }

    const Value* find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const std::uint32_t h = hash(key);
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (s.value < 0) return nullptr;
            if (s.hash == h && key_of(s) == key) return &values_[static_cast<std::size_t>(s.value)];
        }
    }

    std::size_t size() const { return values_.size(); }

private:
    struct Slot {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t hash = 0;
        std::int32_t value = -1;                  // into values_; -1: empty
    };

    static std::uint32_t hash(std::string_view key) {
        std::uint32_t h = 2166136261u;            // FNV-1a
        for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
        return h;
    }
    std::string_view key_of(const Slot& s) const { return std::string_view(keys_).substr(s.offset, s.length); }

    // Doubles the slots (at least 1024) and re-seats every key: the table stays at most half full.
    void grow() {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        for (const Slot& s : old) {
            if (s.value < 0) continue;
            std::size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].value >= 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }

    std::string keys_;
    std::vector<Slot> slots_;                     // a power of two in size
    std::vector<Value> values_;
};

}  // namespace lede::gazetteer
