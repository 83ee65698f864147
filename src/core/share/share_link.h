// share_link.h — the share-link codec: an article in a URL fragment and back.
//
// A link carries the cleaned article (title, byline, published date, language, text and
// paragraph kinds), not the raw paste: it is what the reader saw, it is much smaller than
// a pasted page, and analysing it again gives the same actors, times and relations
// (the extractors read only `article.text` and the anchor date).
//
// Wire form: "<version>.<base64url(zlib deflate(payload))>", version "1" today; the
// payload is a compact JSON object. Decoding never throws: every failure (unknown
// version, damaged text, bad compression, bigger than limits::kMaxShareBytes once
// inflated, a payload of the wrong shape, invalid UTF-8) comes back as an error value
// with a message a person can read.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace lede::share {

inline constexpr std::string_view kVersion = "1";

struct SharedArticle {
    std::optional<std::string> title;
    std::optional<std::string> byline;
    std::optional<std::string> published;           // ISO 8601 as in Article::published
    // `published` was typed by a reader because the article shows no date (not found by
    // cleaning): the page that opens the link says so instead of passing it off as the
    // article's own. Wire key "g" (absent: false; older pages ignore it).
    bool published_given = false;
    std::string language = "en";
    std::string text;                               // Article::text, byte for byte
    std::vector<Paragraph> paragraphs;              // spans into text; may be empty
};

// Truncated: the link was cut short (a chat or mail program that shortens long lines, an
// incomplete copy): its characters are all link characters, but the data stops early.
enum class ShareError { None, Empty, UnknownVersion, BadEncoding, BadCompression, TooLarge, BadPayload, Truncated };

const char* to_string(ShareError);

struct EncodeResult {
    std::string fragment;                           // "1.eJz..." (goes after "#a=")
    ShareError error = ShareError::None;
    std::string message;
    bool ok() const { return error == ShareError::None; }
};

struct DecodeResult {
    SharedArticle article;
    ShareError error = ShareError::None;
    std::string message;
    bool ok() const { return error == ShareError::None; }
};

// The shareable part of an analysed article.
SharedArticle from_article(const Article& article);

// Fails with TooLarge when the payload is over limits::kMaxShareBytes.
EncodeResult encode(const SharedArticle& article);

// Accepts the fragment value with or without a leading "#a=" / "a=".
DecodeResult decode(std::string_view fragment);

// Building blocks, exposed for tests: RFC 4648 §5 alphabet, no padding on output;
// decoding accepts padding and rejects any other character.
std::string base64url_encode(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace lede::share
