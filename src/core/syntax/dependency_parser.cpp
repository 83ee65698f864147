// dependency_parser.cpp — see dependency_parser.h. Greedy decoding: at each state the best
// legal move by the model's integer scores (ties to the lowest move index, so native and
// wasm agree).
#include "dependency_parser.h"

#include <algorithm>
#include <limits>

#include "../nlp/perceptron_pack.h"
#include "arc_hybrid.h"
#include "parser_features.h"

namespace lede::syntax {
namespace {

// Rows with at least this many weights are stored dense (see DependencyParser::Row).
constexpr std::size_t kDenseRow = 12;


}  // namespace

std::vector<std::string> DependencyParser::labels_for_model(const std::vector<std::string>& relations) {
    std::vector<std::string> out{"SHIFT"};
    for (const auto& r : relations) out.push_back("L-" + r);
    for (const auto& r : relations) out.push_back("R-" + r);
    return out;
}

// A parser with the model's relations and empty tables sized for its buckets; nullopt when the
// model is not a parser's.
std::optional<DependencyParser> DependencyParser::empty_for(const nlp::Perceptron& model) {
    const auto& labels = model.labels();
    if (labels.size() < 3 || labels.size() % 2 == 0 || labels[0] != "SHIFT" || labels.size() > 256) return std::nullopt;
    DependencyParser p;
    const std::size_t k = (labels.size() - 1) / 2;
    for (std::size_t i = 0; i < k; ++i) {
        if (labels[1 + i].rfind("L-", 0) != 0) return std::nullopt;
        p.relations_.push_back(labels[1 + i].substr(2));
    }
    if (labels_for_model(p.relations_) != labels) return std::nullopt;
    const std::size_t buckets = std::size_t{1} << model.bucket_bits();
    p.bucket_mask_ = static_cast<std::uint32_t>(buckets - 1);
    p.has_row_.assign(2 * ((buckets + 31) / 32), 0);
    return p;
}

// Appends bucket's row of `n` weights (labels increasing), in the flat tables.
void DependencyParser::add_row(std::uint32_t bucket, std::size_t n, const std::uint16_t* labels, const std::int8_t* values) {
    has_row_[2 * (bucket >> 5)] |= 1u << (bucket & 31);
    Row row;
    if (n >= kDenseRow) {
        row.start = static_cast<std::uint32_t>(dense_.size());
        row.dense = 1;
        dense_.resize(dense_.size() + model_.labels().size(), 0);
        for (std::size_t k = 0; k < n; ++k) dense_[row.start + labels[k]] = values[k];
    } else {
        row.start = static_cast<std::uint32_t>(entries_.size());
        row.count = static_cast<std::uint16_t>(n);
        for (std::size_t k = 0; k < n; ++k)
            entries_.push_back(static_cast<std::uint16_t>(labels[k] << 8 | static_cast<std::uint8_t>(values[k])));
    }
    rows_.push_back(row);
}

void DependencyParser::count_rows() {
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < has_row_.size(); w += 2) {
        has_row_[w + 1] = before;
        before += nlp::bit_count(has_row_[w]);
    }
}

std::optional<DependencyParser> DependencyParser::from_model(nlp::Perceptron model) {
    std::optional<DependencyParser> p = empty_for(model);
    if (!p) return std::nullopt;
    p->model_ = std::move(model);
    const std::vector<nlp::Perceptron::Weight> weights = p->model_.weights();   // in bucket order
    std::uint16_t labels[256];
    std::int8_t values[256];
    for (std::size_t i = 0; i < weights.size();) {
        std::size_t j = i;
        for (; j < weights.size() && weights[j].bucket == weights[i].bucket; ++j) {
            if (weights[j].value < -128 || weights[j].value > 127) return std::nullopt;
            labels[j - i] = weights[j].label;
            values[j - i] = static_cast<std::int8_t>(weights[j].value);
        }
        p->add_row(weights[i].bucket, j - i, labels, values);
        i = j;
    }
    p->count_rows();
    return p;
}

std::optional<DependencyParser> DependencyParser::from_packed(std::string_view bytes) {
    std::optional<nlp::PackedModel> packed = nlp::read_packed(bytes);
    if (!packed || packed->header.weight_bits() != 8) return std::nullopt;
    std::optional<DependencyParser> p = empty_for(packed->header);
    if (!p) return std::nullopt;
    p->model_ = std::move(packed->header);
    p->rows_.reserve(packed->rows);
    std::uint16_t labels[256];
    const bool ok = nlp::for_each_packed_row(packed->streams, packed->rows, p->model_.labels().size(),
                                             p->model_.bucket_bits(), 1,
                                             [&](std::size_t b, std::size_t n, const unsigned char* l, const unsigned char* v) {
        for (std::size_t k = 0; k < n; ++k) labels[k] = l[k];
        p->add_row(static_cast<std::uint32_t>(b), n, labels, reinterpret_cast<const std::int8_t*>(v));
    });
    if (!ok) return std::nullopt;
    p->count_rows();
    return p;
}

// The lookups are memory bound (~2 MB of tables, ~90 features a state, each a chain of three
// dependent loads: the bucket's bit word, its row, the row's weights): taken one feature at a
// time, every load waits for the one before. So the chain runs in stages over all features,
// each stage prefetching what the next reads, and the cache misses of a state overlap.
// (__builtin_prefetch is a hint: no code under wasm, same sums everywhere.)
template <typename Sum>
void DependencyParser::add_rows(const nlp::FeatureSequence& seq, Sum* out) const {
    constexpr std::size_t kBatch = 128;
    const std::size_t moves = model_.labels().size();
    const std::uint16_t* entries = entries_.data();
    const std::int8_t* dense = dense_.data();
    const std::uint32_t* has_row = has_row_.data();
    std::uint32_t row_of[kBatch];
    for (const std::uint32_t *h = seq.begin(0), *end = seq.end(0); h < end; h += kBatch) {
        const std::size_t n = std::min<std::size_t>(kBatch, static_cast<std::size_t>(end - h));
        const std::size_t rows = nlp::ranks_of_rows(has_row, bucket_mask_, h, n, row_of);
        for (std::size_t i = 0; i < rows; ++i) __builtin_prefetch(&rows_[row_of[i]]);
        for (std::size_t i = 0; i < rows; ++i) {
            const Row row = rows_[row_of[i]];
            if (row.dense) {
                __builtin_prefetch(dense + row.start);
                __builtin_prefetch(dense + row.start + moves - 1);
            } else {
                __builtin_prefetch(entries + row.start);
            }
        }
        for (std::size_t i = 0; i < rows; ++i) {
            const Row row = rows_[row_of[i]];
            if (row.dense) {
                const std::int8_t* w = dense + row.start;
                for (std::size_t m = 0; m < moves; ++m) out[m] = static_cast<Sum>(out[m] + w[m]);
            } else {
                for (std::uint32_t k = row.start, stop = row.start + row.count; k < stop; ++k)
                    out[entries[k] >> 8] = static_cast<Sum>(out[entries[k] >> 8] + static_cast<std::int8_t>(entries[k] & 0xff));
            }
        }
    }
}

void DependencyParser::scores(const nlp::FeatureSequence& seq, std::int32_t* out) const {
    const std::size_t moves = model_.labels().size();
    std::fill(out, out + moves, 0);
    if (has_row_.empty() || seq.size() == 0) return;
    // int16 sums while they cannot overflow (258 features of |w| <= 127): the dense rows'
    // int8 -> int16 adds take half the vector instructions of int8 -> int32.
    if (static_cast<std::size_t>(seq.end(0) - seq.begin(0)) <= 258) {
        std::int16_t sums[256] = {};   // moves <= 256 (from_model)
        add_rows(seq, sums);
        for (std::size_t m = 0; m < moves; ++m) out[m] = sums[m];
    } else {
        add_rows(seq, out);
    }
}

Parse DependencyParser::parse(const std::vector<std::string_view>& words, const std::vector<std::string>& tags) const {
    Parse out;
    if (!ready() || words.empty()) return out;
    const ParserInput in(words, tags);
    ArcHybrid state(words.size());
    const int relations = static_cast<int>(relations_.size());
    const std::size_t moves = model_.labels().size();
    std::vector<std::int32_t> out_scores(moves);
    nlp::FeatureSequence seq;
    while (!state.done()) {
        seq.clear();
        add_parser_features(state, in, seq);
        scores(seq, out_scores.data());
        const bool shift = state.legal(MoveKind::Shift), left = state.legal(MoveKind::Left),
                   right = state.legal(MoveKind::Right);
        int best = -1;
        std::int32_t top = std::numeric_limits<std::int32_t>::min();
        for (std::size_t m = 0; m < moves; ++m) {
            const bool legal = m == 0 ? shift : m <= static_cast<std::size_t>(relations) ? left : right;
            if (!legal || (best >= 0 && out_scores[m] <= top)) continue;
            best = static_cast<int>(m);
            top = out_scores[m];
        }
        state.apply(move_of(best, relations));   // some move is always legal until done()
    }
    out.heads = state.heads();
    out.labels.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
        const int l = state.labels()[i];
        if (out.heads[i] == static_cast<int>(words.size())) {
            out.heads[i] = -1;
            out.labels.push_back("root");   // whatever label the move onto the root carried
            continue;
        }
        out.labels.push_back(l >= 0 && l < relations ? relations_[static_cast<std::size_t>(l)] : "dep");
    }
    return out;
}

}  // namespace lede::syntax
