// perceptron.cpp — see perceptron.h.
//
// Why hashing: a vocabulary of feature strings would be the biggest part of the model;
// hashed buckets make the size a choice (2^bits rows) and collisions cost little.
// Why integers at run time: int16 weights halve memory against float, and integer sums
// make native and wasm agree bit for bit.
#include "perceptron.h"

#include "perceptron_pack.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace lede::nlp {
namespace {

constexpr char kMagic[8] = {'L', 'E', 'D', 'E', 'P', 'T', '1', '\0'};
constexpr std::uint32_t kBiasHash = 0x9e3779b9u;


std::uint32_t fnv(std::uint32_t h, std::string_view s) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

// First-order Viterbi over `n` tokens and `L` labels. `emit(i, out)` fills the L label
// scores of token i; `trans(prev, cur)` is the transition score with prev == L for start.
template <typename Score, typename Emit, typename Trans>
std::vector<int> viterbi(std::size_t n, std::size_t L, const TransitionMask& mask, Emit emit, Trans trans) {
    std::vector<int> out(n, 0);
    if (n == 0 || L == 0) return out;
    const Score kNone = std::numeric_limits<Score>::lowest() / 4;
    std::vector<Score> best(n * L, kNone);
    std::vector<int> back(n * L, -1);
    std::vector<Score> e(L);
    emit(0, e.data());
    for (std::size_t c = 0; c < L; ++c)
        if (mask.ok(L, c)) best[c] = e[c] + trans(L, c);
    for (std::size_t i = 1; i < n; ++i) {
        emit(i, e.data());
        for (std::size_t c = 0; c < L; ++c) {
            Score top = kNone;
            int arg = -1;
            for (std::size_t p = 0; p < L; ++p) {
                const Score prev = best[(i - 1) * L + p];
                if (prev == kNone || !mask.ok(p, c)) continue;
                const Score s = prev + trans(p, c);
                if (arg < 0 || s > top) { top = s; arg = static_cast<int>(p); }
            }
            if (arg >= 0) {
                best[i * L + c] = top + e[c];
                back[i * L + c] = arg;
            }
        }
    }
    // Best final label allowed to end the sequence; if the mask leaves none, any label.
    int last = -1;
    for (int pass = 0; pass < 2 && last < 0; ++pass) {
        Score top = kNone;
        for (std::size_t c = 0; c < L; ++c) {
            const Score s = best[(n - 1) * L + c];
            if (s == kNone || (pass == 0 && !mask.ok(c, L))) continue;
            if (last < 0 || s > top) { top = s; last = static_cast<int>(c); }
        }
    }
    if (last < 0) return out;  // the mask forbids every path: all label 0
    for (std::size_t i = n; i-- > 0;) {
        out[i] = last;
        if (i > 0) last = back[i * L + static_cast<std::size_t>(last)];
        if (last < 0) last = 0;
    }
    return out;
}

// ---- byte helpers -------------------------------------------------------------------

std::uint64_t zigzag(std::int64_t v) { return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63); }
std::int64_t unzigzag(std::uint64_t v) { return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1); }

struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    bool bad = false;

    bool take(std::size_t n) {
        if (bad || bytes.size() - at < n) { bad = true; return false; }
        return true;
    }
    std::uint8_t byte() {
        if (!take(1)) return 0;
        return static_cast<std::uint8_t>(bytes[at++]);
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            if (bad) return 0;
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        bad = true;
        return 0;
    }
    std::string_view string(std::size_t n) {
        if (!take(n)) return {};
        const std::string_view s = bytes.substr(at, n);
        at += n;
        return s;
    }
};

// One weight of a row: int8, or int16 little-endian (weight_bits 8 or 16).
std::int32_t weight_at(const unsigned char* w, std::size_t weight_bytes) {
    return weight_bytes == 1 ? static_cast<std::int8_t>(w[0])
                             : static_cast<std::int16_t>(static_cast<std::uint16_t>(w[0] | (w[1] << 8)));
}

// Where bucket b's row starts in the bytes (see Perceptron::has_row_); 0 when it has none.
std::uint32_t row_of(const std::uint32_t* has_row, const std::uint32_t* row_at, std::size_t b) {
    const std::uint32_t* word = has_row + 2 * (b >> 5);
    const std::uint32_t bit = 1u << (b & 31);
    return word[0] & bit ? row_at[word[1] + bit_count(word[0] & (bit - 1))] : 0;
}

// Adds to `out` the rows of the buckets that hashes [h, end) fall in. A row is its label
// mask, then one weight per set bit, in label order.
// The lookups are memory bound: each hash is a chain of three dependent loads (its bucket's
// bit word, the row's offset, the row). Taken one hash at a time every load waits for the one
// before; so a batch of hashes goes through the chain stage by stage, each stage prefetching
// what the next reads, and the cache misses overlap. Integer sums: the same in any order.
template <std::size_t kWeightBytes>
void add_rows(const unsigned char* bytes, const std::uint32_t* has_row, const std::uint32_t* row_at,
              std::uint32_t bucket_mask, std::size_t mask_bytes, const std::uint32_t* h,
              const std::uint32_t* end, std::int32_t* out) {
    constexpr std::size_t kBatch = 64;
    std::uint32_t slot[kBatch];
    for (; h < end; h += kBatch) {
        const std::size_t n = std::min<std::size_t>(kBatch, static_cast<std::size_t>(end - h));
        const std::size_t rows = ranks_of_rows(has_row, bucket_mask, h, n, slot);
        for (std::size_t i = 0; i < rows; ++i) __builtin_prefetch(row_at + slot[i]);
        for (std::size_t i = 0; i < rows; ++i) {
            slot[i] = row_at[slot[i]];
            __builtin_prefetch(bytes + slot[i]);
        }
        for (std::size_t i = 0; i < rows; ++i) {
            const std::uint32_t at = slot[i];
            if (at == 0) continue;
            const unsigned char* bits = bytes + at;
            const unsigned char* w = bits + mask_bytes;
            for (std::size_t byte = 0; byte < mask_bytes; ++byte) {
                for (unsigned m = bits[byte]; m != 0; m &= m - 1) {
                    out[byte * 8 + static_cast<std::size_t>(__builtin_ctz(m))] += weight_at(w, kWeightBytes);
                    w += kWeightBytes;
                }
            }
        }
    }
}

}  // namespace

std::uint32_t feature_hash(std::string_view feature) { return hash_finalize(fnv(2166136261u, feature)); }

std::uint32_t feature_hash(std::string_view name, std::string_view value) {
    return hash_finalize(fnv(fnv(2166136261u, name), value));
}

void FeatureSequence::begin_token() {
    offsets_.push_back(static_cast<std::uint32_t>(hashes_.size()));
    hashes_.push_back(kBiasHash);
}

TransitionMask bio_transition_mask(const std::vector<std::string>& labels) {
    TransitionMask m;
    const std::size_t L = labels.size();
    m.labels = L;
    m.allowed.assign((L + 1) * (L + 1), 1);
    bool bilou = false;
    for (const auto& l : labels)
        if (l.size() > 2 && (l[0] == 'L' || l[0] == 'U') && l[1] == '-') bilou = true;
    const auto prefix = [&](std::size_t i) -> char {
        if (i >= L) return 0;
        const std::string& l = labels[i];
        return l.size() > 2 && l[1] == '-' ? l[0] : (l == "O" ? 'O' : 0);
    };
    const auto type = [&](std::size_t i) -> std::string_view {
        return i < L && labels[i].size() > 2 ? std::string_view(labels[i]).substr(2) : std::string_view();
    };
    for (std::size_t p = 0; p <= L; ++p) {
        for (std::size_t c = 0; c <= L; ++c) {
            const char pp = prefix(p), cp = prefix(c);
            const bool prev_open = pp == 'B' || (bilou && pp == 'I');
            const bool cur_inside = cp == 'I' || cp == 'L';
            bool ok = true;
            if (cur_inside && !((pp == 'B' || pp == 'I') && type(p) == type(c))) ok = false;
            if (bilou && prev_open && !(cur_inside && type(p) == type(c))) ok = false;
            m.allowed[p * (L + 1) + c] = ok ? 1 : 0;
        }
    }
    return m;
}

// ---- Perceptron ---------------------------------------------------------------------

int Perceptron::label_index(std::string_view name) const {
    for (std::size_t i = 0; i < labels_.size(); ++i)
        if (labels_[i] == name) return static_cast<int>(i);
    return -1;
}

void Perceptron::emission_scores(const FeatureSequence& seq, std::size_t token, std::int32_t* out) const {
    const std::size_t L = labels_.size();
    std::fill(out, out + L, 0);
    if (has_row_.empty()) return;
    const auto* bytes = reinterpret_cast<const unsigned char*>(bytes_.data());
    const std::uint32_t mask = (1u << bucket_bits_) - 1;
    if (weight_bits_ == 8)
        add_rows<1>(bytes, has_row_.data(), row_at_.data(), mask, mask_bytes_, seq.begin(token), seq.end(token), out);
    else
        add_rows<2>(bytes, has_row_.data(), row_at_.data(), mask, mask_bytes_, seq.begin(token), seq.end(token), out);
}

std::vector<int> Perceptron::tag(const FeatureSequence& seq) const {
    const std::size_t L = labels_.size();
    const TransitionMask& mask = mask_.labels == L ? mask_ : TransitionMask{};
    return viterbi<std::int32_t>(
        seq.size(), L, mask, [&](std::size_t i, std::int32_t* out) { emission_scores(seq, i, out); },
        [&](std::size_t p, std::size_t c) { return transitions_[p * L + c]; });
}

template <typename Row>
Perceptron Perceptron::build(const Perceptron& header, Row row) {
    std::string out(kMagic, sizeof kMagic);
    const std::size_t L = header.labels_.size();
    put_varint(out, L);
    for (const auto& l : header.labels_) {
        put_varint(out, l.size());
        out += l;
    }
    out.push_back(static_cast<char>(header.bucket_bits_));
    out.push_back(static_cast<char>(header.weight_bits_));
    std::uint32_t scale_bits;
    std::memcpy(&scale_bits, &header.scale_, 4);
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((scale_bits >> (8 * i)) & 0xff));
    for (const std::int32_t t : header.transitions_) put_varint(out, zigzag(t));

    std::string rows;
    std::size_t nonzero = 0, previous = 0;
    const std::size_t mask_bytes = (L + 7) / 8;
    std::vector<std::uint16_t> labels(L);
    std::vector<std::int16_t> weights(L);
    for (std::size_t b = 0; b < (std::size_t{1} << header.bucket_bits_); ++b) {
        const std::size_t n = row(b, labels.data(), weights.data());
        if (n == 0) continue;
        ++nonzero;
        put_varint(rows, b - previous);
        previous = b;
        const std::size_t bits = rows.size();
        rows.append(mask_bytes, '\0');
        for (std::size_t i = 0; i < n; ++i)
            rows[bits + labels[i] / 8] = static_cast<char>(rows[bits + labels[i] / 8] | (1 << (labels[i] % 8)));
        for (std::size_t i = 0; i < n; ++i) {       // in label order, as the mask reads
            if (header.weight_bits_ == 8) {
                rows.push_back(static_cast<char>(static_cast<std::int8_t>(weights[i])));
            } else {
                const auto u = static_cast<std::uint16_t>(weights[i]);
                rows.push_back(static_cast<char>(u & 0xff));
                rows.push_back(static_cast<char>(u >> 8));
            }
        }
    }
    put_varint(out, nonzero);
    out += rows;
    // The header is a trainer's or a loaded model's, so this loads (value() throws if a
    // trainer was given more labels or longer names than the format holds).
    Perceptron p = from_bytes(std::move(out)).value();
    p.mask_ = header.mask_;
    return p;
}

std::vector<Perceptron::Weight> Perceptron::weights() const {
    std::vector<Weight> out;
    const auto* bytes = reinterpret_cast<const unsigned char*>(bytes_.data());
    const std::size_t weight_bytes = weight_bits_ == 8 ? 1 : 2;
    for (std::size_t w = 0; w < has_row_.size(); w += 2) {
        for (std::uint32_t m = has_row_[w]; m != 0; m &= m - 1) {
            const std::size_t b = (w / 2) * 32 + static_cast<std::size_t>(__builtin_ctz(m));
            const unsigned char* bits = bytes + row_of(has_row_.data(), row_at_.data(), b);
            const unsigned char* v = bits + mask_bytes_;
            for (std::size_t byte = 0; byte < mask_bytes_; ++byte) {
                for (unsigned lm = bits[byte]; lm != 0; lm &= lm - 1, v += weight_bytes) {
                    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint16_t>(byte * 8 + static_cast<std::size_t>(__builtin_ctz(lm))),
                                   static_cast<std::int16_t>(weight_at(v, weight_bytes))});
                }
            }
        }
    }
    return out;
}

std::string Perceptron::to_packed_bytes() const {
    if (bytes_.empty()) return {};
    std::string out = bytes_.substr(0, header_size_);
    std::memcpy(out.data(), kPackedMagic, sizeof kPackedMagic);
    put_varint(out, row_at_.size());
    const auto rows = pack_rows(weights(), bucket_bits_, weight_bits_ == 8 ? 1 : 2);
    return rows ? out + *rows : to_bytes();
}

std::size_t Perceptron::prune(int max_dropped) {
    if (has_row_.empty()) return 0;
    std::size_t dropped = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(bytes_.data());
    const std::size_t weight_bytes = weight_bits_ == 8 ? 1 : 2;
    Perceptron pruned = build(*this, [&](std::size_t b, std::uint16_t* labels, std::int16_t* weights) {
        std::size_t n = 0;
        const std::uint32_t at = row_of(has_row_.data(), row_at_.data(), b);
        if (at == 0) return n;
        const unsigned char* bits = bytes + at;
        const unsigned char* w = bits + mask_bytes_;
        for (std::size_t byte = 0; byte < mask_bytes_; ++byte) {
            for (unsigned m = bits[byte]; m != 0; m &= m - 1, w += weight_bytes) {
                const std::int32_t v = weight_at(w, weight_bytes);
                if (v >= -max_dropped && v <= max_dropped) {
                    ++dropped;
                } else {
                    labels[n] = static_cast<std::uint16_t>(byte * 8 + static_cast<std::size_t>(__builtin_ctz(m)));
                    weights[n++] = static_cast<std::int16_t>(v);
                }
            }
        }
        return n;
    });
    *this = std::move(pruned);
    return dropped;
}

std::optional<Perceptron> Perceptron::mean(const std::vector<Perceptron>& models, int weight_bits) {
    if (models.empty()) return std::nullopt;
    const Perceptron& first = models.front();
    for (const Perceptron& m : models)
        if (m.labels_ != first.labels_ || m.bucket_bits_ != first.bucket_bits_ || m.transitions_.size() != first.transitions_.size())
            return std::nullopt;
    const std::size_t L = first.labels_.size();
    const double share = 1.0 / static_cast<double>(models.size());
    std::vector<double> sum((std::size_t{1} << first.bucket_bits_) * L, 0.0);
    std::vector<double> transitions(first.transitions_.size(), 0.0);
    for (const Perceptron& m : models) {
        for (const Weight& w : m.weights()) sum[w.bucket * L + w.label] += w.value * static_cast<double>(m.scale_) * share;
        for (std::size_t i = 0; i < transitions.size(); ++i) transitions[i] += m.transitions_[i] * static_cast<double>(m.scale_) * share;
    }
    Perceptron p;
    p.labels_ = first.labels_;
    p.bucket_bits_ = first.bucket_bits_;
    p.weight_bits_ = weight_bits == 16 ? 16 : 8;
    p.mask_ = first.mask_;
    double top = 0;
    for (const double v : sum) top = std::max(top, std::fabs(v));
    const double qmax = p.weight_bits_ == 8 ? 127.0 : 32767.0;
    p.scale_ = top > 0 ? static_cast<float>(top / qmax) : 1.0f;
    p.transitions_.resize(transitions.size());
    for (std::size_t i = 0; i < transitions.size(); ++i)
        p.transitions_[i] = static_cast<std::int32_t>(std::lround(std::clamp(transitions[i] / p.scale_, -1e9, 1e9)));
    return build(p, [&](std::size_t b, std::uint16_t* labels, std::int16_t* weights) {
        std::size_t n = 0;
        for (std::size_t c = 0; c < L; ++c) {
            const auto v = static_cast<std::int16_t>(std::lround(std::clamp(sum[b * L + c] / p.scale_, -qmax, qmax)));
            if (v == 0) continue;
            labels[n] = static_cast<std::uint16_t>(c);
            weights[n++] = v;
        }
        return n;
    });
}

std::optional<Perceptron> Perceptron::from_bytes(std::string bytes) { return load(std::move(bytes), nullptr); }

std::optional<PackedModel> read_packed(std::string_view bytes) {
    if (bytes.substr(0, sizeof kPackedMagic) != std::string_view(kPackedMagic, sizeof kPackedMagic)) return std::nullopt;
    std::pair<std::uint64_t, std::size_t> rows;
    std::optional<Perceptron> header = Perceptron::load(std::string(bytes), &rows);
    if (!header) return std::nullopt;
    return PackedModel{std::move(*header), rows.first, bytes.substr(rows.second)};
}

std::optional<Perceptron> Perceptron::load(std::string bytes, std::pair<std::uint64_t, std::size_t>* packed_rows) {
    Reader in{bytes};
    if (bytes.size() > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;   // row offsets are 32-bit
    const std::string_view magic = in.string(sizeof kMagic);
    const bool packed = magic == std::string_view(kPackedMagic, sizeof kPackedMagic);
    if (!packed && magic != std::string_view(kMagic, sizeof kMagic)) return std::nullopt;
    Perceptron p;
    const std::uint64_t L = in.varint();
    if (in.bad || L == 0 || L > 1024) return std::nullopt;
    for (std::uint64_t i = 0; i < L; ++i) {
        const std::uint64_t n = in.varint();
        if (n > 256) return std::nullopt;
        p.labels_.emplace_back(in.string(n));
    }
    p.bucket_bits_ = in.byte();
    p.weight_bits_ = in.byte();
    if (in.bad || p.bucket_bits_ < 1 || p.bucket_bits_ > 24 || (p.weight_bits_ != 8 && p.weight_bits_ != 16)) return std::nullopt;
    std::uint32_t scale_bits = 0;
    for (int i = 0; i < 4; ++i) scale_bits |= static_cast<std::uint32_t>(in.byte()) << (8 * i);
    std::memcpy(&p.scale_, &scale_bits, 4);
    p.transitions_.resize((L + 1) * L);
    for (auto& t : p.transitions_) {
        const std::int64_t v = unzigzag(in.varint());
        if (v < -(1LL << 30) || v > (1LL << 30)) return std::nullopt;
        t = static_cast<std::int32_t>(v);
    }
    const std::size_t rows = std::size_t{1} << p.bucket_bits_;
    p.header_size_ = in.at;
    std::uint64_t nonzero = in.varint();
    if (in.bad || nonzero > rows) return std::nullopt;
    if (packed && packed_rows) {   // read_packed: the header alone, a model of no rows
        *packed_rows = {nonzero, in.at};
        nonzero = 0;
        bytes.resize(p.header_size_);
        std::memcpy(bytes.data(), kMagic, sizeof kMagic);
        put_varint(bytes, 0);
        in.bytes = bytes;
        in.at = bytes.size();
    } else if (packed) {   // into the row form, read below as any other (perceptron_pack.h)
        auto unpacked = unpack_rows(std::string_view(bytes).substr(in.at), nonzero, L, p.bucket_bits_,
                                    p.weight_bits_ == 8 ? 1 : 2);
        if (!unpacked) return std::nullopt;
        std::memcpy(bytes.data(), kMagic, sizeof kMagic);
        bytes.resize(in.at);
        bytes += *unpacked;
        in.bytes = bytes;
    }

    // Walk the rows once to check them (bucket order, labels < L, weights inside the
    // bytes) and note where each starts; their weights are read only when tagging.
    const std::size_t weight_bytes = p.weight_bits_ == 8 ? 1 : 2;
    const std::size_t mask_bytes = (L + 7) / 8;
    p.mask_bytes_ = mask_bytes;
    // Every row takes at least a delta byte and its mask: this bounds what is allocated.
    if (nonzero > (bytes.size() - in.at) / (1 + mask_bytes)) return std::nullopt;
    p.has_row_.assign(2 * ((rows + 31) / 32), 0);
    p.row_at_.resize(nonzero);
    const unsigned past_labels = L % 8 ? (0xffu << (L % 8)) & 0xffu : 0;   // last mask byte's bits >= L
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t at = in.at, r = 0;
    for (std::uint64_t k = 0; k < nonzero; ++k) {
        std::uint64_t delta;
        if (at < size && data[at] < 0x80) {
            delta = data[at++];                   // the usual one-byte varint
        } else {
            in.at = at;
            delta = in.varint();
            at = in.at;
            if (in.bad) return std::nullopt;
        }
        // Rows come in increasing bucket order (delta 0 only for the first), so no bucket
        // repeats and row k is the k-th bit set in has_row_.
        if (delta > rows || r + delta >= rows || (k > 0 && delta == 0)) return std::nullopt;
        r += delta;
        if (size - at < mask_bytes || (data[at + mask_bytes - 1] & past_labels) != 0) return std::nullopt;
        std::size_t count = 0;
        for (std::size_t i = 0; i < mask_bytes; ++i) count += static_cast<std::size_t>(__builtin_popcount(data[at + i]));
        p.has_row_[2 * (r >> 5)] |= 1u << (r & 31);
        p.row_at_[k] = static_cast<std::uint32_t>(at);   // > 0: the magic comes first
        at += mask_bytes;
        if (size - at < count * weight_bytes) return std::nullopt;
        at += count * weight_bytes;
    }
    if (at != size) return std::nullopt;
    std::uint32_t before = 0;
    for (std::size_t w = 0; w < p.has_row_.size(); w += 2) {
        p.has_row_[w + 1] = before;
        before += static_cast<std::uint32_t>(__builtin_popcount(p.has_row_[w]));
    }
    p.bytes_ = std::move(bytes);
    return p;
}

// ---- PerceptronTrainer ----------------------------------------------------------------

PerceptronTrainer::PerceptronTrainer(std::vector<std::string> labels, unsigned bucket_bits)
    : labels_(std::move(labels)), bucket_bits_(std::clamp(bucket_bits, 1u, 24u)) {
    const std::size_t L = labels_.size();
    weights_.assign((std::size_t{1} << bucket_bits_) * L, 0.0f);
    weighted_updates_.assign(weights_.size(), 0.0);
    transitions_.assign((L + 1) * L, 0.0f);
    transition_updates_.assign(transitions_.size(), 0.0);
}

namespace {
// The state's layout: a tag, the sizes, then each array's raw bytes (host byte order: a
// checkpoint is resumed on the machine that wrote it).
constexpr char kStateTag[8] = {'L', 'P', 'T', 'S', 'T', 'A', 'T', '1'};
template <typename T>
void put_array(std::string& out, const std::vector<T>& v) {
    out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
}
template <typename T>
bool get_array(std::string_view& in, std::vector<T>& v) {
    const std::size_t n = v.size() * sizeof(T);
    if (in.size() < n) return false;
    std::memcpy(v.data(), in.data(), n);
    in.remove_prefix(n);
    return true;
}
}  // namespace

std::string PerceptronTrainer::state() const {
    std::string out(kStateTag, sizeof kStateTag);
    const std::uint64_t sizes[3] = {weights_.size(), transitions_.size(), 0};
    out.append(reinterpret_cast<const char*>(sizes), sizeof sizes);
    out.append(reinterpret_cast<const char*>(&step_), sizeof step_);
    put_array(out, weights_);
    put_array(out, weighted_updates_);
    put_array(out, transitions_);
    put_array(out, transition_updates_);
    return out;
}

bool PerceptronTrainer::restore(std::string_view in) {
    std::uint64_t sizes[3];
    double step;
    if (in.size() < sizeof kStateTag + sizeof sizes + sizeof step || std::memcmp(in.data(), kStateTag, sizeof kStateTag) != 0)
        return false;
    in.remove_prefix(sizeof kStateTag);
    std::memcpy(sizes, in.data(), sizeof sizes);
    in.remove_prefix(sizeof sizes);
    std::memcpy(&step, in.data(), sizeof step);
    in.remove_prefix(sizeof step);
    if (sizes[0] != weights_.size() || sizes[1] != transitions_.size() ||
        in.size() != weights_.size() * (sizeof(float) + sizeof(double)) + transitions_.size() * (sizeof(float) + sizeof(double)))
        return false;
    get_array(in, weights_);
    get_array(in, weighted_updates_);
    get_array(in, transitions_);
    get_array(in, transition_updates_);
    step_ = step;
    return true;
}

std::vector<int> PerceptronTrainer::decode(const FeatureSequence& seq) const {
    const std::size_t L = labels_.size();
    const std::uint32_t mask = (1u << bucket_bits_) - 1;
    const TransitionMask& tm = mask_.labels == L ? mask_ : TransitionMask{};
    return viterbi<float>(
        seq.size(), L, tm,
        [&](std::size_t i, float* out) {
            std::fill(out, out + L, 0.0f);
            for (const std::uint32_t* h = seq.begin(i); h != seq.end(i); ++h) {
                const float* row = weights_.data() + static_cast<std::size_t>(*h & mask) * L;
                for (std::size_t c = 0; c < L; ++c) out[c] += row[c];
            }
        },
        [&](std::size_t p, std::size_t c) { return transitions_[p * L + c]; });
}

void PerceptronTrainer::update_weight(std::size_t index, float delta) {
    weights_[index] += delta;
    weighted_updates_[index] += step_ * delta;
}

void PerceptronTrainer::update_transition(std::size_t index, float delta) {
    transitions_[index] += delta;
    transition_updates_[index] += step_ * delta;
}

std::size_t PerceptronTrainer::learn(const FeatureSequence& seq, const std::vector<int>& gold) {
    const std::size_t L = labels_.size();
    const std::size_t n = std::min(seq.size(), gold.size());
    std::size_t wrong = 0;
    if (n > 0 && L > 0) {
        const std::vector<int> guess = decode(seq);
        const std::uint32_t mask = (1u << bucket_bits_) - 1;
        for (std::size_t i = 0; i < n; ++i) {
            const auto g = static_cast<std::size_t>(gold[i]), p = static_cast<std::size_t>(guess[i]);
            const std::size_t gprev = i ? static_cast<std::size_t>(gold[i - 1]) : L;
            const std::size_t pprev = i ? static_cast<std::size_t>(guess[i - 1]) : L;
            if (g != p) {
                ++wrong;
                for (const std::uint32_t* h = seq.begin(i); h != seq.end(i); ++h) {
                    const std::size_t row = static_cast<std::size_t>(*h & mask) * L;
                    update_weight(row + g, 1.0f);
                    update_weight(row + p, -1.0f);
                }
            }
            if (g != p || gprev != pprev) {
                update_transition(gprev * L + g, 1.0f);
                update_transition(pprev * L + p, -1.0f);
            }
        }
    }
    step_ += 1;
    return wrong;
}

void PerceptronTrainer::scores(const FeatureSequence& seq, std::size_t token, float* out) const {
    const std::size_t L = labels_.size();
    const std::uint32_t mask = (1u << bucket_bits_) - 1;
    std::fill(out, out + L, 0.0f);
    for (const std::uint32_t* h = seq.begin(token); h != seq.end(token); ++h) {
        const float* row = weights_.data() + static_cast<std::size_t>(*h & mask) * L;
        for (std::size_t c = 0; c < L; ++c) out[c] += row[c];
    }
}

void PerceptronTrainer::learn_one(const FeatureSequence& seq, std::size_t token, int gold, int guess) {
    const std::size_t L = labels_.size();
    if (gold != guess && gold >= 0 && guess >= 0 && static_cast<std::size_t>(gold) < L &&
        static_cast<std::size_t>(guess) < L) {
        const std::uint32_t mask = (1u << bucket_bits_) - 1;
        for (const std::uint32_t* h = seq.begin(token); h != seq.end(token); ++h) {
            const std::size_t row = static_cast<std::size_t>(*h & mask) * L;
            update_weight(row + static_cast<std::size_t>(gold), 1.0f);
            update_weight(row + static_cast<std::size_t>(guess), -1.0f);
        }
    }
    step_ += 1;
}

Perceptron PerceptronTrainer::averaged(int weight_bits) const {
    Perceptron p;
    p.labels_ = labels_;
    p.bucket_bits_ = bucket_bits_;
    p.weight_bits_ = weight_bits == 16 ? 16 : 8;
    p.mask_ = mask_;
    std::vector<float> avg(weights_.size());
    float top = 0;
    for (std::size_t i = 0; i < weights_.size(); ++i) {
        avg[i] = static_cast<float>(weights_[i] - weighted_updates_[i] / step_);
        top = std::max(top, std::fabs(avg[i]));
    }
    const float qmax = p.weight_bits_ == 8 ? 127.0f : 32767.0f;
    p.scale_ = top > 0 ? top / qmax : 1.0f;
    std::vector<std::int16_t> dense(avg.size());
    for (std::size_t i = 0; i < avg.size(); ++i)
        dense[i] = static_cast<std::int16_t>(std::lround(std::clamp(avg[i] / p.scale_, -qmax, qmax)));
    p.transitions_.resize(transitions_.size());
    for (std::size_t i = 0; i < transitions_.size(); ++i) {
        const double t = transitions_[i] - transition_updates_[i] / step_;
        p.transitions_[i] = static_cast<std::int32_t>(std::lround(std::clamp(t / p.scale_, -1e9, 1e9)));
    }
    // Through the byte form, so the model evaluated here is the one from_bytes loads.
    const std::size_t L = labels_.size();
    return Perceptron::build(p, [&](std::size_t b, std::uint16_t* labels, std::int16_t* weights) {
        std::size_t n = 0;
        for (std::size_t c = 0; c < L; ++c) {
            if (dense[b * L + c] == 0) continue;
            labels[n] = static_cast<std::uint16_t>(c);
            weights[n++] = dense[b * L + c];
        }
        return n;
    });
}

}  // namespace lede::nlp
