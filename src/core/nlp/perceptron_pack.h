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
#include <functional>
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

// Checks the streams of `rows` packed rows (as unpack_rows) and calls
// row(bucket, count, labels, values) for each, in bucket order: count labels (increasing,
// < `labels`) and their count weights (weight_bytes each). False when they are not exactly
// that; rows before the fault have been visited.
bool for_each_packed_row(std::string_view packed, std::uint64_t rows, std::size_t labels, unsigned bucket_bits,
                         std::size_t weight_bytes,
                         const std::function<void(std::size_t, std::size_t, const unsigned char*, const unsigned char*)>& row);

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
