// perceptron_pack.h — the packed file form of a Perceptron's weight rows (magic LEDEPT2), for
// models that ship to the page and must be light (the dependency parser).
//
// Why: the row form of perceptron.h stores per row a bucket delta, a bitmask over all labels
// and the weights, interleaved. For the parser (83 moves, rows of one or two weights) the
// 11-byte masks and the mixing of unlike bytes made gzip's work hard: 1.79 MB, 479 KB gzip.
// The same weights as four streams of like bytes — a bit per bucket that holds a row, the
// number of weights per row, their label indices, their values — gzip to ~370 KB, and are
// lossless: the packed model scores exactly as the unpacked one.
//
// Layout after the header (identical to the row form's: labels, bucket bits, weight bits,
// scale, transitions) and the row count: bitmap[(2^bits + 7) / 8] (bit b of byte b/8),
// counts[rows] (varint, >= 1), labels[weights] (one byte; strictly increasing in a row),
// weights[weights] (int8, or int16 little-endian). Packing needs <= 256 labels.
// Perceptron::from_bytes reads both forms (it unpacks this one into the row form at load);
// Perceptron::to_packed_bytes writes this one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "perceptron.h"

namespace lede::nlp {

constexpr char kPackedMagic[8] = {'L', 'E', 'D', 'E', 'P', 'T', '2', '\0'};

inline void put_varint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

// The four streams of `weights` (in bucket order, labels increasing within a bucket);
// nullopt when a label does not fit a byte.
std::optional<std::string> pack_rows(const std::vector<Perceptron::Weight>& weights, unsigned bucket_bits,
                                     std::size_t weight_bytes);

// (for_each_packed_row's first half: each row's count, and where the label stream starts.)
bool packed_counts(std::string_view packed, std::uint64_t rows, std::size_t labels, unsigned bucket_bits,
                   std::size_t weight_bytes, std::vector<std::uint32_t>& count, std::size_t& streams_at);

// Checks the streams of `rows` packed rows (as unpack_rows) and calls
// row(bucket, count, labels, values) for each, in bucket order: count labels (increasing,
// < `labels`) and their count weights (weight_bytes each). False when they are not exactly
// that; rows before the fault have been visited.
// A template, not a std::function: the page's first analysis runs this loop once, in the
// browser's baseline wasm code, where an indirect call per row is dear.
template <typename Row>
bool for_each_packed_row(std::string_view packed, std::uint64_t rows, std::size_t labels, unsigned bucket_bits,
                         std::size_t weight_bytes, Row row) {
    std::vector<std::uint32_t> count;
    std::size_t at = 0;
    if (!packed_counts(packed, rows, labels, bucket_bits, weight_bytes, count, at)) return false;
    const auto* data = reinterpret_cast<const unsigned char*>(packed.data());
    const std::size_t bitmap_bytes = ((std::size_t{1} << bucket_bits) + 7) / 8;
    const unsigned char* label = data + at;
    const unsigned char* value = label + (packed.size() - at) / (1 + weight_bytes);
    std::uint64_t r = 0;
    for (std::size_t byte = 0; byte < bitmap_bytes; ++byte) {
        for (unsigned m = data[byte]; m != 0; m &= m - 1) {   // most bytes are 0
            if (r == rows) return false;
            const std::uint32_t n = count[r++];
            for (std::uint32_t k = 0; k < n; ++k)
                if (label[k] >= labels || (k > 0 && label[k] <= label[k - 1])) return false;
            row(byte * 8 + static_cast<std::size_t>(__builtin_ctz(m)), n, label, value);
            label += n;
            value += n * weight_bytes;
        }
    }
    return r == rows;
}

// A packed model read without its rows: `header` holds its labels, bucket and weight bits
// and no weights; `rows` and `streams` are for for_each_packed_row. For a caller that builds
// its own tables straight from the streams (the dependency parser), skipping the row form.
struct PackedModel {
    Perceptron header;
    std::uint64_t rows = 0;
    std::string_view streams;   // into the bytes given
};
std::optional<PackedModel> read_packed(std::string_view bytes);

// The row form's rows (delta varint, label mask, weights per row) of `rows` packed rows read
// from `packed`; nullopt when the streams are not exactly that (a bad bit count, a label out
// of range or out of order, bytes missing or left over).
std::optional<std::string> unpack_rows(std::string_view packed, std::uint64_t rows, std::size_t labels,
                                       unsigned bucket_bits, std::size_t weight_bytes);

}  // namespace lede::nlp
