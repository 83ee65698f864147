// phrase_table.h — a hash table from phrases to small records: the gazetteer's country
// names, aliases, demonyms and capitals (~2,000), hashed when the resources load. Keys
// are stored back to back in one string and slots in one array (open addressing, linear
// probing), so building it costs no allocation per entry; a slot is 8 bytes (hash, record
// index) and the table fills to 3/4. (The gazetteer's long lists are not hashed at all: see
// phrase_index.h.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::gazetteer {

// The hash of a phrase key (FNV-1a), shared by this table and phrase_index.h's filter.
inline std::uint32_t phrase_hash(std::string_view key) {
    std::uint32_t h = 2166136261u;
    for (const char c : key) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

template <class Value>
class PhraseTable {
public:
    // The value stored under `key`, default-constructed when the key is new.
    Value& insert(std::string_view key) {
        if ((records_.size() + 1) * 4 > slots_.size() * 3) rehash(slots_.empty() ? 1024 : slots_.size() * 2);
        const std::uint32_t h = hash(key);
        std::size_t i = h & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (s.record < 0) break;
            if (s.hash == h && key_of(records_[static_cast<std::size_t>(s.record)]) == key)
                return records_[static_cast<std::size_t>(s.record)].value;
        }
        slots_[i] = Slot{h, static_cast<std::int32_t>(records_.size())};
        records_.push_back(Record{static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size()), Value{}});
        keys_.append(key);
        return records_.back().value;
    }

    const Value* find(std::string_view key) const {
        if (slots_.empty()) return nullptr;
        const std::uint32_t h = hash(key);
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& s = slots_[i];
            if (s.record < 0) return nullptr;
            if (s.hash == h && key_of(records_[static_cast<std::size_t>(s.record)]) == key)
                return &records_[static_cast<std::size_t>(s.record)].value;
        }
    }

    std::size_t size() const { return records_.size(); }

private:
    struct Slot {
        std::uint32_t hash = 0;
        std::int32_t record = -1;                 // into records_; -1: empty
    };
    struct Record {
        std::uint32_t offset;                     // the key, in keys_
        std::uint32_t length;
        Value value;
    };

    static std::uint32_t hash(std::string_view key) { return phrase_hash(key); }
    std::string_view key_of(const Record& r) const { return std::string_view(keys_).substr(r.offset, r.length); }

    // Re-seats every key in `size` slots (a power of two).
    void rehash(std::size_t size) {
        std::vector<Slot> old = std::move(slots_);
        slots_.assign(size, Slot{});
        for (const Slot& s : old) {
            if (s.record < 0) continue;
            std::size_t i = s.hash & (slots_.size() - 1);
            while (slots_[i].record >= 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }

    std::string keys_;
    std::vector<Slot> slots_;                     // a power of two in size, at most 3/4 full
    std::vector<Record> records_;
};

}  // namespace lede::gazetteer
