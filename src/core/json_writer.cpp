// json_writer.cpp — see json_writer.h: the string escaping.
#include "json_writer.h"

namespace lede {
namespace {

// If the bytes from s[i] (a byte >= 0x80) form a well-formed UTF-8 sequence (Unicode 3.9,
// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), returns its length.
// Otherwise returns 0 and sets `invalid_length` to the maximal invalid subpart: the bytes
// that still could begin a valid sequence, at least 1. That is exactly what nlohmann's
// decoder drops for one U+FFFD under error_handler_t::replace: it rejects at the first byte
// that cannot continue the sequence and reads that byte again as a new start (or consumes it
// when it cannot start one either), and an unfinished sequence at the end is one U+FFFD.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i, std::size_t& invalid_length) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t continuation_bytes;
    unsigned char second_min = 0x80, second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) continuation_bytes = 1;
    else if (lead == 0xE0) { continuation_bytes = 2; second_min = 0xA0; }   // no overlong
    else if (lead == 0xED) { continuation_bytes = 2; second_max = 0x9F; }   // no surrogates
    else if (lead >= 0xE1 && lead <= 0xEF) continuation_bytes = 2;
    else if (lead == 0xF0) { continuation_bytes = 3; second_min = 0x90; }   // no overlong
    else if (lead == 0xF4) { continuation_bytes = 3; second_max = 0x8F; }   // <= U+10FFFF
    else if (lead >= 0xF1 && lead <= 0xF3) continuation_bytes = 3;
    else { invalid_length = 1; return 0; }   // 80..C1 and F5..FF never start a sequence
    for (std::size_t k = 1; k <= continuation_bytes; ++k) {
        const unsigned char min = k == 1 ? second_min : 0x80, max = k == 1 ? second_max : 0xBF;
        if (i + k >= s.size() || static_cast<unsigned char>(s[i + k]) < min ||
            static_cast<unsigned char>(s[i + k]) > max) {
            invalid_length = k;
            return 0;
        }
    }
    return continuation_bytes + 1;
}

// The escape nlohmann writes for an ASCII byte that cannot appear in a JSON string as is.
void append_ascii_escape(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out.append("\\\""); return;
        case '\\': out.append("\\\\"); return;
        case '\b': out.append("\\b"); return;
        case '\f': out.append("\\f"); return;
        case '\n': out.append("\\n"); return;
        case '\r': out.append("\\r"); return;
        case '\t': out.append("\\t"); return;
        default: {  // the other control bytes, as \u00xx with lower-case hex (snprintf "%04x")
            static constexpr char kHex[] = "0123456789abcdef";
            const char escape[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
            out.append(escape, sizeof escape);
        }
    }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out.push_back('"');
    std::size_t unchanged_from = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t invalid_length = 0;
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\') { ++i; continue; }
        } else if (const std::size_t length = utf8_sequence_length(s, i, invalid_length)) {
            i += length;
            continue;
        }
        out.append(s.data() + unchanged_from, i - unchanged_from);
        if (c < 0x80) {
            append_ascii_escape(out, c);
            ++i;
        } else {
            out.append("\xEF\xBF\xBD");
            i += invalid_length;
        }
        unchanged_from = i;
    }
    out.append(s.data() + unchanged_from, i - unchanged_from);
    out.push_back('"');
}

}  // namespace lede
