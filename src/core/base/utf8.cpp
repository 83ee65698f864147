// utf8.cpp — UTF-8 repair and decoding (see utf8.h).
#include "utf8.h"

namespace lede::utf8 {
namespace {

// Length of the valid sequence starting at `i`, or 0 when the bytes from `i` are invalid;
// `bad` then receives the length of the maximal invalid subpart (at least 1).
std::size_t valid_length(std::string_view s, std::size_t i, std::size_t& bad) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    bad = 1;
    if (c < 0x80) return 1;
    std::size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c == 0xE0) { need = 2; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) need = 2;
    else if (c == 0xED) { need = 2; hi = 0x9F; }
    else if (c >= 0xEE && c <= 0xEF) need = 2;
    else if (c == 0xF0) { need = 3; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) need = 3;
    else if (c == 0xF4) { need = 3; hi = 0x8F; }
    else return 0;
    // The first continuation byte has a narrowed range; the rest are 80..BF.
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) { bad = k; return 0; }
        const unsigned char cc = b(i + k);
        const unsigned char l = (k == 1) ? lo : 0x80, h = (k == 1) ? hi : 0xBF;
        if (cc < l || cc > h) { bad = k; return 0; }
    }
    return need + 1;
}

}  // namespace

Repaired repair(std::string_view bytes) {
    Repaired out;
    out.text.reserve(bytes.size());
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t bad = 1;
        const std::size_t n = valid_length(bytes, i, bad);
        if (n) {
            out.text.append(bytes.data() + i, n);
            i += n;
        } else {
            out.text.append("\xEF\xBF\xBD");
            ++out.replaced;
            i += bad;
        }
    }
    return out;
}

double non_text_share(std::string_view text) {
    std::size_t all = 0, odd = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = decode(text, pos);
        ++all;
        if (cp == 0xFFFD || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F) ++odd;
    }
    return all ? static_cast<double>(odd) / static_cast<double>(all) : 0.0;
}

bool is_valid(std::string_view bytes) {
    std::size_t i = 0, bad = 0;
    while (i < bytes.size()) {
        const std::size_t n = valid_length(bytes, i, bad);
        if (!n) return false;
        i += n;
    }
    return true;
}

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

char32_t decode(std::string_view s, std::size_t& pos) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    const std::size_t n = sequence_length(c);
    if (n == 1 || pos + n > s.size()) { ++pos; return c < 0x80 ? c : 0xFFFD; }
    char32_t cp = c & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        const unsigned char cc = static_cast<unsigned char>(s[pos + k]);
        if ((cc & 0xC0) != 0x80) { ++pos; return 0xFFFD; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    pos += n;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t floor_boundary(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return s.size();
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    return pos;
}

}  // namespace lede::utf8
