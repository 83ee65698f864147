// fingerprint.h — a 64-bit fingerprint of bytes and values, for "has this changed since
// the last frame?" checks: the graph pane's scene key and the platform's draw signature.
// A word-at-a-time multiply-xor mix: the draw signature covers ~2 MB per frame on the
// stress input, so it reads 8 bytes per step, not 1, and long inputs go through four
// independent lanes (each multiply waits only on its own lane's previous one: a single
// chain was a fifth of a stress frame with the graph redrawn). Not for anything adversarial.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace lede::app {

class Fingerprint {
public:
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        if (size >= 64) {
            std::uint64_t lanes[4] = {h_, h_ ^ 0x243F6A8885A308D3ull, h_ ^ 0x13198A2E03707344ull, h_ ^ 0xA4093822299F31D0ull};
            for (; i + 32 <= size; i += 32)
                for (int k = 0; k < 4; ++k) {
                    std::uint64_t w;
                    std::memcpy(&w, p + i + 8 * k, 8);
                    lanes[k] = step(lanes[k], w);
                }
            for (const std::uint64_t lane : lanes) mix(lane);
        }
        for (; i + 8 <= size; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            mix(w);
        }
        std::uint64_t tail = 0;
        if (size > i) std::memcpy(&tail, p + i, size - i);
        mix(tail ^ (static_cast<std::uint64_t>(size) << 56));
    }
    // One plain value (a number, a pointer, a float), by its bytes.
    template <class T>
    void value(const T& v) {
        bytes(&v, sizeof v);
    }
    std::uint64_t result() const { return h_ ^ (h_ >> 29); }

private:
    static std::uint64_t step(std::uint64_t h, std::uint64_t w) {
        h ^= w;
        h *= 0x9E3779B97F4A7C15ull;
        return h ^ (h >> 32);
    }
    void mix(std::uint64_t w) { h_ = step(h_, w); }
    std::uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace lede::app
