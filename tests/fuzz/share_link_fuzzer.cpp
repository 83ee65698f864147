// share_link_fuzzer.cpp — libFuzzer target: share-link fragments as a forger would write them.
//
// 1. decode() any bytes: it must never crash, and what it accepts must be well formed
//    (valid UTF-8, paragraph spans inside the text on code point boundaries, within
//    limits::kMaxShareBytes) and must survive encode() -> decode() unchanged.
// 2. The round-trip property: the same bytes, UTF-8 repaired, as an article text must
//    come back byte-exact from encode() -> decode().
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis_invariants.h"
#include "input_limits.h"
#include "share/share_link.h"
#include "base/utf8.h"

namespace {

constexpr std::size_t kRoundTripBytes = 64u << 10;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "share_link invariant broken: %s %s\n", what, detail.c_str());
    std::abort();
}

bool same(const lede::share::SharedArticle& a, const lede::share::SharedArticle& b) {
    if (a.title != b.title || a.byline != b.byline || a.published != b.published || a.language != b.language ||
        a.text != b.text || a.paragraphs.size() != b.paragraphs.size())
        return false;
    for (std::size_t i = 0; i < a.paragraphs.size(); ++i)
        if (!(a.paragraphs[i].span == b.paragraphs[i].span) || a.paragraphs[i].kind != b.paragraphs[i].kind) return false;
    return true;
}

void check_round_trip(const lede::share::SharedArticle& article, const char* what) {
    const lede::share::EncodeResult encoded = lede::share::encode(article);
    if (!encoded.ok()) {
        if (encoded.error == lede::share::ShareError::TooLarge) return;
        fail(what, "encode failed: " + encoded.message);
    }
    const lede::share::DecodeResult again = lede::share::decode(encoded.fragment);
    if (!again.ok()) fail(what, "decode of an encoded article failed: " + again.message);
    if (!same(article, again.article)) fail(what, "article changed on the round trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const lede::share::DecodeResult decoded = lede::share::decode(bytes);
    if (decoded.ok()) {
        const lede::share::SharedArticle& a = decoded.article;
        if (a.text.size() > lede::limits::kMaxShareBytes) fail("decoded text over kMaxShareBytes");
        for (const auto* s : {&a.title, &a.byline, &a.published})
            if (*s && !lede::utf8::is_valid(**s)) fail("decoded field is not valid UTF-8");
        if (!lede::utf8::is_valid(a.text) || !lede::utf8::is_valid(a.language)) fail("decoded text is not valid UTF-8");
        for (const lede::Paragraph& p : a.paragraphs) {
            const std::string broken = lede::fuzz::detail::check_span(p.span, a.text, "decoded paragraph");
            if (!broken.empty()) fail(broken.c_str());
        }
        // Re-encoding megabytes of a decompression bomb costs a second per input and says
        // nothing new (tests/unit/share_link_test.cpp round-trips large texts): small ones only.
        if (a.text.size() <= kRoundTripBytes) check_round_trip(a, "decoded article:");
    } else if (decoded.message.empty()) {
        fail("decode failed without a message");
    }

    lede::share::SharedArticle article;
    article.text = lede::utf8::repair(bytes).text;
    check_round_trip(article, "text round trip:");
    return 0;
}
