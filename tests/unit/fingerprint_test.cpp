// fingerprint_test.cpp — the UI's change detector (src/app/fingerprint.h, header only): the
// same bytes give the same fingerprint, and any one changed bit, in any lane or the tail,
// or a different length, gives another.
#include <catch2/catch.hpp>

#include <vector>

#include "app/fingerprint.h"

using lede::app::Fingerprint;

namespace {
std::uint64_t of(const std::vector<unsigned char>& bytes) {
    Fingerprint f;
    f.bytes(bytes.data(), bytes.size());
    return f.result();
}
}  // namespace

TEST_CASE("a fingerprint sees every bit and the length", "[fingerprint]") {
    for (const std::size_t size : {0u, 1u, 7u, 8u, 31u, 63u, 64u, 65u, 100u, 200u}) {
        std::vector<unsigned char> bytes(size);
        for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(i * 37 + 11);
        const std::uint64_t base = of(bytes);
        CHECK(of(bytes) == base);
        for (std::size_t bit = 0; bit < size * 8; ++bit) {
            bytes[bit / 8] ^= static_cast<unsigned char>(1u << (bit % 8));
            INFO("size " << size << ", bit " << bit);
            CHECK(of(bytes) != base);
            bytes[bit / 8] ^= static_cast<unsigned char>(1u << (bit % 8));
        }
        std::vector<unsigned char> longer = bytes;
        longer.push_back(0);
        CHECK(of(longer) != base);
    }
}

TEST_CASE("a fingerprint of several values depends on their order", "[fingerprint]") {
    Fingerprint a, b;
    a.value(1);
    a.value(2);
    b.value(2);
    b.value(1);
    CHECK(a.result() != b.result());
}
