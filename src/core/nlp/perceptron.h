// perceptron.h — a generic averaged-perceptron sequence tagger with hashed features.
//
// Used by the NER (actors) and a POS tagger (relations). The caller decides what a
// feature is: for every token it adds feature strings ("w=putin", "suf3=tin",
// "shape=Xxxxx") to a `FeatureSequence`; the strings are hashed into 2^bucket_bits
// buckets, so the model never stores a vocabulary. Each bucket holds one weight per
// label; a first-order transition table (previous label -> label) joins the tokens,
// and `tag` returns the best label sequence by Viterbi decoding (optionally restricted
// by a transition mask, e.g. BIO/BILOU validity).
//
// Training (tools/, never at run time): `PerceptronTrainer::learn` is one structured
// perceptron update (Collins 2002) on one sentence; `averaged()` returns the averaged
// weights, quantised to int8 or int16 with one scale, as a `Perceptron`. What the
// trainer evaluates is exactly what ships.
//
// Serialisation: `Perceptron::to_bytes` / `Perceptron::from_bytes` — a compact binary
// (labels, bucket bits, transition table, then only the non-zero bucket rows, each a
// delta-coded bucket index, a bitmask of non-zero labels and those weights);
// `to_packed_bytes` writes the same rows as streams that gzip better (perceptron_pack.h). Load it
// with `from_bytes(source.require("models/x.bin", report))`; corrupt or truncated
// bytes give `std::nullopt`, never a crash. The model keeps those bytes and reads a row's
// weights straight from them when a feature hits its bucket (see `Perceptron`). Decoding
// is integer-only, so native and wasm builds tag identically. Not thread-safe to train;
// tagging is const and re-entrant.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::nlp {

// 32-bit hash of a feature string (FNV-1a, then a final mix). Stable across builds:
// models depend on it, so never change it without retraining every model.
// murmur3's fmix32 avalanche: every input bit reaches the low bits (the bucket). Shared by
// the feature hashes here and the parser's template hashes.
// Inline: the parser calls it once per feature template, so a call per hash showed in profiles.
inline std::uint32_t hash_finalize(std::uint32_t h) {
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}
std::uint32_t feature_hash(std::string_view feature);

// Bits set in x. Not __builtin_popcount: without -mpopcnt (the default target) that is a
// call into libgcc costing ~80 instructions, once per feature.
inline std::uint32_t bit_count(std::uint32_t x) {
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (x * 0x01010101u) >> 24;
}

// The first stage of a batched weight lookup, shared by the perceptron and the parser. Their
// sparse bucket tables store, per 32 buckets, a pair [bit per bucket that holds a row, rows
// before this pair]. Writes to `rank` the row index of every hash of h[0, n) whose bucket
// holds a row, and returns how many. The bit words are prefetched first so that their cache
// misses overlap (see perceptron.cpp, add_rows).
inline std::size_t ranks_of_rows(const std::uint32_t* has_row, std::uint32_t bucket_mask, const std::uint32_t* h,
                                 std::size_t n, std::uint32_t* rank) {
    for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(has_row + 2 * ((h[i] & bucket_mask) >> 5));
    std::size_t rows = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t b = h[i] & bucket_mask;
        const std::uint32_t* word = has_row + 2 * (b >> 5);
        const std::uint32_t bit = 1u << (b & 31);
        if (!(word[0] & bit)) continue;
        rank[rows++] = word[1] + bit_count(word[0] & (bit - 1));
    }
    return rows;
}
std::uint32_t feature_hash(std::string_view name, std::string_view value);

// The hashed features of the tokens of one sequence (sentence), stored flat.
// Usage: for each token { seq.begin_token(); seq.add("w=", word); ... }.
// Every token implicitly gets a bias feature.
class FeatureSequence {
public:
    void begin_token();
    void add(std::string_view feature) { hashes_.push_back(feature_hash(feature)); }
    void add(std::string_view name, std::string_view value) { hashes_.push_back(feature_hash(name, value)); }
    // A feature the caller hashed itself (e.g. a parser combining per-word hashes without
    // building strings); it must be as stable across builds as feature_hash.
    void add_hash(std::uint32_t hash) { hashes_.push_back(hash); }
    void clear() { hashes_.clear(); offsets_.clear(); }

    std::size_t size() const { return offsets_.size(); }
    // Hashes of token i: [begin(i), end(i)).
    const std::uint32_t* begin(std::size_t i) const { return hashes_.data() + offsets_[i]; }
    const std::uint32_t* end(std::size_t i) const {
        return hashes_.data() + (i + 1 < offsets_.size() ? offsets_[i + 1] : hashes_.size());
    }

private:
    std::vector<std::uint32_t> hashes_;
    std::vector<std::uint32_t> offsets_;
};

// Which transitions decoding may use. Rows are the previous label, with row L (L =
// number of labels) meaning "sequence start"; columns are the label, with column L
// meaning "sequence end". Empty mask = everything allowed.
struct TransitionMask {
    std::size_t labels = 0;
    std::vector<std::uint8_t> allowed;            // (labels + 1) * (labels + 1)
    bool ok(std::size_t prev, std::size_t cur) const {
        return allowed.empty() || allowed[prev * (labels + 1) + cur] != 0;
    }
};

// BIO / BILOU validity for labels named "O", "B-X", "I-X", "L-X", "U-X": I-X and L-X
// only after B-X or I-X; after B-X or I-X only I-X or L-X (BILOU) — in BIO (no L-/U-
// labels) anything may follow. Other label names are unconstrained.
TransitionMask bio_transition_mask(const std::vector<std::string>& labels);

struct PackedModel;   // perceptron_pack.h

// A trained model: integer weights, read-only.
class Perceptron {
public:
    Perceptron() = default;

    // Takes the bytes (move them in: the model keeps them); checks every row at once, so
    // tagging never reads outside them.
    static std::optional<Perceptron> from_bytes(std::string bytes);
    std::string to_bytes() const { return bytes_; }   // empty for an empty model
    // The same model in the packed form of perceptron_pack.h (lighter under gzip; from_bytes
    // reads it); the row form when it cannot be packed (> 256 labels).
    std::string to_packed_bytes() const;

    const std::vector<std::string>& labels() const { return labels_; }
    int label_index(std::string_view name) const;  // -1 when absent
    unsigned bucket_bits() const { return bucket_bits_; }
    int weight_bits() const { return weight_bits_; }   // 8 or 16
    float scale() const { return scale_; }         // integer weight * scale = trained weight
    bool empty() const { return labels_.empty(); }

    void set_transition_mask(TransitionMask mask) { mask_ = std::move(mask); }

    // The same model with every feature weight of magnitude <= `max_dropped` set to zero
    // (tools/prune_model): rows that become all zero are not stored, the rest compress
    // better. Transitions are kept. Returns how many weights were dropped.
    std::size_t prune(int max_dropped);

    // The mean of models trained alike (same labels and buckets; e.g. on other shuffles, with
    // other seeds): weights and transitions averaged in trained units and quantised again to
    // `weight_bits`. Tagging with it scores as the ensemble of the models would, in one model's
    // size (tools/prune_model --in A --in B ...). nullopt for no models or models of other shapes.
    static std::optional<Perceptron> mean(const std::vector<Perceptron>& models, int weight_bits = 8);

    // Every stored (non-zero) feature weight, in bucket order: for a caller that indexes the
    // weights its own way (the dependency parser, whose rows hold one or two weights each and
    // which scores two decisions per word, reads them from a flat table).
    struct Weight {
        std::uint32_t bucket;
        std::uint16_t label;
        std::int16_t value;
    };
    std::vector<Weight> weights() const;

    // Best label sequence (label indices, one per token) under the transition mask.
    std::vector<int> tag(const FeatureSequence& seq) const;
    // Label scores of one token from its features alone (no transitions), in integer units.
    void emission_scores(const FeatureSequence& seq, std::size_t token, std::int32_t* out) const;

private:
    friend class PerceptronTrainer;
    friend std::optional<PackedModel> read_packed(std::string_view bytes);
    // from_bytes; with `packed_rows`, a packed model's header alone (its row count and where
    // its streams start go there; perceptron_pack.h read_packed).
    static std::optional<Perceptron> load(std::string bytes, std::pair<std::uint64_t, std::size_t>* packed_rows);
    std::vector<std::string> labels_;
    unsigned bucket_bits_ = 0;
    int weight_bits_ = 16;
    float scale_ = 1.0f;
    // Feature weights: the serialised rows themselves, decoded lazily. The page loads the
    // models in a Web Worker whose wasm runs on V8's baseline compiler, where decoding every
    // weight up front (hundreds of thousands of entries, and a per-bucket row table) cost
    // ~60 ms of the first analysis, while a text only needs the rows its features hash to.
    // So from_bytes checks every row once (bounds, labels) and indexes where rows start: per
    // 32 buckets a bit for each bucket that has a row and the number of rows before them,
    // then one offset per row — not an offset per bucket, which for 2^18 mostly empty
    // buckets is 1 MB to fill. emission_scores reads a row's label mask and weights from
    // the bytes.
    std::string bytes_;                           // the to_bytes() form, validated
    std::size_t header_size_ = 0;                 // of bytes_: up to the row count
    std::vector<std::uint32_t> has_row_;          // per 32 buckets: {row bits, rows before}
    std::vector<std::uint32_t> row_at_;           // per row, in bucket order: its label mask in bytes_
    std::size_t mask_bytes_ = 0;                  // (labels + 7) / 8
    // Serialises the rows given by `row(bucket, labels, weights)` (which fills the non-zero
    // weights of a bucket in label order and returns how many) after this model's header,
    // and loads the result: the trainer and prune produce exactly what from_bytes reads.
    template <typename Row>
    static Perceptron build(const Perceptron& header, Row row);
    std::vector<std::int32_t> transitions_;       // (labels + 1) * labels; row labels = start
    TransitionMask mask_;
};

// Learns a Perceptron. Memory: about 12 bytes per (bucket, label).
class PerceptronTrainer {
public:
    PerceptronTrainer(std::vector<std::string> labels, unsigned bucket_bits);

    void set_transition_mask(TransitionMask mask) { mask_ = std::move(mask); }

    // One structured-perceptron step on one sequence: decode, and where the best
    // sequence differs from `gold` move weights toward gold. Returns the number of
    // tokens that were wrong before the update.
    std::size_t learn(const FeatureSequence& seq, const std::vector<int>& gold);

    // Multiclass use, one decision at a time (the dependency parser's transitions): the
    // current, not averaged, label scores of token `token` from its features alone, and one
    // perceptron step moving its features' weights toward `gold` and away from `guess`
    // (nothing when they are equal). Transitions are never touched, so the model's
    // emission_scores alone rank the labels as the trainer did.
    void scores(const FeatureSequence& seq, std::size_t token, float* out) const;
    void learn_one(const FeatureSequence& seq, std::size_t token, int gold, int guess);

    // The averaged weights, quantised to `weight_bits` (8 or 16) bits.
    Perceptron averaged(int weight_bits = 8) const;

    // The whole learning state (weights, averaging sums, transitions, step) as bytes, for a
    // training run's checkpoint: a trainer of the same labels and buckets that restores it
    // learns on exactly as this one would (tools/train_ner resumes an interrupted run so).
    // restore() returns false, changing nothing, on bytes of another shape.
    std::string state() const;
    bool restore(std::string_view bytes);

private:
    std::vector<int> decode(const FeatureSequence& seq) const;
    void update_weight(std::size_t index, float delta);
    void update_transition(std::size_t index, float delta);

    std::vector<std::string> labels_;
    unsigned bucket_bits_;
    TransitionMask mask_;
    std::vector<float> weights_;                  // current weights
    std::vector<double> weighted_updates_;        // sum of step * delta (averaging trick)
    std::vector<float> transitions_;
    std::vector<double> transition_updates_;
    double step_ = 1;
};

}  // namespace lede::nlp
