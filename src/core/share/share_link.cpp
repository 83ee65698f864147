// share_link.cpp — versioned, deflated, base64url article payloads for URL fragments.
#include "share/share_link.h"

#include <zlib.h>

#include <array>

#include <nlohmann/json.hpp>

#include "input_limits.h"
#include "base/utf8.h"

namespace lede::share {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Compressed data never needs more characters than this: deflate's worst case is a few
// bytes over its input, and base64 adds a third.
constexpr std::size_t kMaxFragmentChars = limits::kMaxShareBytes / 3 * 4 + 1024;

DecodeResult failure(ShareError e, std::string message) {
    DecodeResult r;
    r.error = e;
    r.message = std::move(message);
    return r;
}

std::optional<std::string> deflate_bytes(std::string_view in) {
    uLongf size = compressBound(static_cast<uLong>(in.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(in.data()),
                  static_cast<uLong>(in.size()), Z_BEST_COMPRESSION) != Z_OK)
        return std::nullopt;
    out.resize(size);
    return out;
}

// Inflates a zlib stream, refusing to produce more than `limit` bytes (a small link can
// expand enormously: the limit is what keeps a hostile link from eating the tab's memory).
ShareError inflate_bytes(std::string_view in, std::size_t limit, std::string& out) {
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK) return ShareError::BadCompression;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    std::array<char, 16384> buf;
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buf.data());
        zs.avail_out = static_cast<uInt>(buf.size());
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) break;
        out.append(buf.data(), buf.size() - zs.avail_out);
        if (out.size() > limit) {
            inflateEnd(&zs);
            return ShareError::TooLarge;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) break;  // truncated stream
    }
    inflateEnd(&zs);
    // All input read, no error, no end of stream: the data stops early (a cut link).
    if (rc != Z_STREAM_END && (rc == Z_OK || rc == Z_BUF_ERROR) && zs.avail_in == 0) return ShareError::Truncated;
    if (rc != Z_STREAM_END || zs.avail_in != 0) return ShareError::BadCompression;
    return ShareError::None;
}

const char* kind_code(ParagraphKind k) {
    switch (k) {
        case ParagraphKind::Heading: return "h";
        case ParagraphKind::Quote: return "q";
        case ParagraphKind::ListItem: return "l";
        case ParagraphKind::Paragraph: break;
    }
    return "p";
}

std::optional<ParagraphKind> kind_from_code(const std::string& c) {
    if (c == "p") return ParagraphKind::Paragraph;
    if (c == "h") return ParagraphKind::Heading;
    if (c == "q") return ParagraphKind::Quote;
    if (c == "l") return ParagraphKind::ListItem;
    return std::nullopt;
}

// Reads an optional string field; false when present but not a valid UTF-8 string.
bool read_optional(const nlohmann::json& j, const char* key, std::optional<std::string>& out) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return true;
    if (!it->is_string()) return false;
    out = it->get_ref<const std::string&>();
    return utf8::is_valid(*out);
}

}  // namespace

const char* to_string(ShareError e) {
    switch (e) {
        case ShareError::None: return "ok";
        case ShareError::Empty: return "empty";
        case ShareError::UnknownVersion: return "unknown-version";
        case ShareError::BadEncoding: return "bad-encoding";
        case ShareError::BadCompression: return "bad-compression";
        case ShareError::TooLarge: return "too-large";
        case ShareError::BadPayload: return "bad-payload";
        case ShareError::Truncated: return "truncated";
    }
    return "unknown";
}

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                           static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (rest == 2) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        if (rest == 2) out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

std::optional<std::string> base64url_decode(std::string_view text) {
    while (!text.empty() && text.back() == '=') text.remove_suffix(1);
    if (text.size() % 4 == 1) return std::nullopt;
    std::string out;
    out.reserve(text.size() / 4 * 3 + 2);
    unsigned acc = 0;
    int bits = 0;
    for (char c : text) {
        int v;
        if (c >= 'A' && c <= 'Z') v = c - 'A';
        else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
        else if (c >= '0' && c <= '9') v = c - '0' + 52;
        else if (c == '-') v = 62;
        else if (c == '_') v = 63;
        else return std::nullopt;
        acc = (acc << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((acc >> bits) & 0xFF);
        }
    }
    return out;
}

SharedArticle from_article(const Article& article) {
    SharedArticle s;
    s.title = article.title;
    s.byline = article.byline;
    s.published = article.published;
    s.language = article.language;
    s.text = article.text;
    s.paragraphs = article.paragraphs;
    return s;
}

EncodeResult encode(const SharedArticle& article) {
    EncodeResult r;
    nlohmann::json j = nlohmann::json::object();
    if (article.title) j["t"] = *article.title;
    if (article.byline) j["b"] = *article.byline;
    if (article.published) j["d"] = *article.published;
    if (article.published && article.published_given) j["g"] = 1;
    if (article.language != "en") j["l"] = article.language;
    j["x"] = article.text;
    nlohmann::json paragraphs = nlohmann::json::array();
    for (const Paragraph& p : article.paragraphs) paragraphs.push_back({p.span.start, p.span.end, kind_code(p.kind)});
    if (!paragraphs.empty()) j["k"] = std::move(paragraphs);
    const std::string payload = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (payload.size() > limits::kMaxShareBytes) {
        r.error = ShareError::TooLarge;
        r.message = "the article is too long for a link (" + std::to_string(payload.size() >> 10) + " KB; the limit is " +
                    std::to_string(limits::kMaxShareBytes >> 10) + " KB)";
        return r;
    }
    const auto packed = deflate_bytes(payload);
    if (!packed) {
        r.error = ShareError::BadCompression;
        r.message = "the article could not be compressed";
        return r;
    }
    r.fragment = std::string(kVersion) + "." + base64url_encode(*packed);
    return r;
}

DecodeResult decode(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.substr(0, 2) == "a=") fragment.remove_prefix(2);
    if (fragment.empty()) return failure(ShareError::Empty, "the link holds no article");
    const std::size_t dot = fragment.find('.');
    if (dot == std::string_view::npos) return failure(ShareError::BadEncoding, "the link is damaged (no version mark)");
    if (fragment.substr(0, dot) != kVersion)
        return failure(ShareError::UnknownVersion, "the link was made by a newer Lede (format " +
                                                       std::string(fragment.substr(0, std::min<std::size_t>(dot, 8))) + ")");
    const std::string_view body = fragment.substr(dot + 1);
    if (body.size() > kMaxFragmentChars) return failure(ShareError::TooLarge, "the link is too long to open");
    // A link cut short is the common damage (a chat program that shortens long lines, a
    // copy that missed the end): say that, not that the characters are wrong, when every
    // character is a link character and only the length or the data's end is off.
    const auto incomplete = [] {
        return failure(ShareError::Truncated, "the link is incomplete: it was cut short (copy the whole link, or ask for it again)");
    };
    const bool link_characters = body.find_first_not_of(kAlphabet) == std::string_view::npos ||
                                 body.find_first_not_of(std::string(kAlphabet) + "=") == std::string_view::npos;
    const auto packed = base64url_decode(body);
    if (!packed || packed->empty()) {
        if (link_characters) return incomplete();
        return failure(ShareError::BadEncoding, "the link is damaged (it holds characters a link cannot)");
    }
    std::string payload;
    const ShareError inflated = inflate_bytes(*packed, limits::kMaxShareBytes, payload);
    if (inflated == ShareError::TooLarge)
        return failure(ShareError::TooLarge, "the link unpacks to more than " + std::to_string(limits::kMaxShareBytes >> 20) + " MB");
    if (inflated == ShareError::Truncated) return incomplete();
    if (inflated != ShareError::None) return failure(ShareError::BadCompression, "the link is damaged or cut short");

    const nlohmann::json j = nlohmann::json::parse(payload, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return failure(ShareError::BadPayload, "the link's content is not an article");
    DecodeResult r;
    SharedArticle& a = r.article;
    auto text = j.find("x");
    if (text == j.end() || !text->is_string()) return failure(ShareError::BadPayload, "the link's content has no article text");
    a.text = text->get_ref<const std::string&>();
    std::optional<std::string> language;
    if (!utf8::is_valid(a.text) || !read_optional(j, "t", a.title) || !read_optional(j, "b", a.byline) ||
        !read_optional(j, "d", a.published) || !read_optional(j, "l", language))
        return failure(ShareError::BadPayload, "the link's content is not valid text");
    if (language) a.language = *language;
    if (auto g = j.find("g"); g != j.end() && a.published) a.published_given = g->is_number() ? g->get<double>() != 0 : g->is_boolean() && g->get<bool>();
    auto kinds = j.find("k");
    if (kinds != j.end()) {
        if (!kinds->is_array()) return failure(ShareError::BadPayload, "the link's paragraphs are damaged");
        std::size_t last_end = 0;
        for (const auto& p : *kinds) {
            if (!p.is_array() || p.size() != 3 || !p[0].is_number_unsigned() || !p[1].is_number_unsigned() || !p[2].is_string())
                return failure(ShareError::BadPayload, "the link's paragraphs are damaged");
            const auto start = p[0].get<std::size_t>(), end = p[1].get<std::size_t>();
            const auto kind = kind_from_code(p[2].get_ref<const std::string&>());
            if (!kind || start > end || end > a.text.size() || start < last_end)
                return failure(ShareError::BadPayload, "the link's paragraphs are damaged");
            a.paragraphs.push_back({{start, end}, *kind});
            last_end = end;
        }
    }
    return r;
}

}  // namespace lede::share
