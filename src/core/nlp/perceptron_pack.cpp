// perceptron_pack.cpp — see perceptron_pack.h.
#include "perceptron_pack.h"

namespace lede::nlp {

std::optional<std::string> pack_rows(const std::vector<Perceptron::Weight>& weights, unsigned bucket_bits,
                                     std::size_t weight_bytes) {
    std::string bitmap(((std::size_t{1} << bucket_bits) + 7) / 8, '\0'), counts, labels, values;
    for (std::size_t i = 0; i < weights.size();) {
        std::size_t j = i;
        while (j < weights.size() && weights[j].bucket == weights[i].bucket) ++j;
        const std::uint32_t b = weights[i].bucket;
        bitmap[b / 8] = static_cast<char>(bitmap[b / 8] | (1 << (b % 8)));
        put_varint(counts, j - i);
        for (std::size_t k = i; k < j; ++k) {
            if (weights[k].label > 255) return std::nullopt;
            labels.push_back(static_cast<char>(weights[k].label));
            const auto u = static_cast<std::uint16_t>(weights[k].value);
            values.push_back(static_cast<char>(u & 0xff));
            if (weight_bytes == 2) values.push_back(static_cast<char>(u >> 8));
        }
        i = j;
    }
    return bitmap + counts + labels + values;
}

bool packed_counts(std::string_view packed, std::uint64_t rows, std::size_t labels, unsigned bucket_bits,
                   std::size_t weight_bytes, std::vector<std::uint32_t>& count, std::size_t& streams_at) {
    const std::size_t buckets = std::size_t{1} << bucket_bits;
    const std::size_t bitmap_bytes = (buckets + 7) / 8;
    if (packed.size() < bitmap_bytes || rows > packed.size() - bitmap_bytes) return false;
    const auto* data = reinterpret_cast<const unsigned char*>(packed.data());
    count.assign(rows, 0);
    std::size_t at = bitmap_bytes, total = 0;
    for (std::uint64_t r = 0; r < rows; ++r) {
        std::uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            if (at >= packed.size() || shift > 28) return false;
            const unsigned char c = data[at++];
            v |= static_cast<std::uint64_t>(c & 0x7f) << shift;
            if (!(c & 0x80)) break;
        }
        if (v == 0 || v > labels) return false;
        count[r] = static_cast<std::uint32_t>(v);
        total += v;
    }
    if (packed.size() - at != total * (1 + weight_bytes)) return false;
    if (buckets % 8 && (data[bitmap_bytes - 1] >> (buckets % 8)) != 0) return false;   // bits past the buckets
    streams_at = at;
    return true;
}

std::optional<std::string> unpack_rows(std::string_view packed, std::uint64_t rows, std::size_t labels,
                                       unsigned bucket_bits, std::size_t weight_bytes) {
    const std::size_t mask_bytes = (labels + 7) / 8;
    std::string out;
    out.reserve(rows * (2 + mask_bytes) + packed.size());
    std::size_t previous = 0;
    const bool ok = for_each_packed_row(packed, rows, labels, bucket_bits, weight_bytes,
                                        [&](std::size_t b, std::size_t n, const unsigned char* label, const unsigned char* value) {
        put_varint(out, b - previous);
        previous = b;
        const std::size_t mask = out.size();
        out.append(mask_bytes, '\0');
        for (std::size_t k = 0; k < n; ++k)
            out[mask + label[k] / 8] = static_cast<char>(out[mask + label[k] / 8] | (1 << (label[k] % 8)));
        out.append(reinterpret_cast<const char*>(value), n * weight_bytes);
    });
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace lede::nlp
