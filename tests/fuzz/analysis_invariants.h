// analysis_invariants.h — what must hold for every Analysis, whatever was pasted.
//
// Shared by the fuzz targets (which abort on a broken invariant, so libFuzzer keeps the
// input) and by the unit tests that replay saved crash inputs. Header-only so the unit
// test binary needs no extra library.
//
// `input` is what the spans of `removed` and `article.origin` point into: the UTF-8
// repaired bytes the cleaner saw (see ../../src/core/analysis.h).
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "analysis_json.h"
#include "base/utf8.h"

namespace lede::fuzz {

namespace detail {

inline bool on_boundary(std::string_view text, std::size_t offset) {
    return offset == text.size() ||
           (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

// "" when `s` is a well-formed span of `text` (in range, start <= end, on code point
// boundaries); otherwise a description naming `what`.
inline std::string check_span(const Span& s, std::string_view text, const char* what) {
    if (s.start > s.end || s.end > text.size())
        return std::string(what) + " [" + std::to_string(s.start) + "," + std::to_string(s.end) +
               ") outside text of " + std::to_string(text.size()) + " bytes";
    if (!on_boundary(text, s.start) || !on_boundary(text, s.end))
        return std::string(what) + " [" + std::to_string(s.start) + "," + std::to_string(s.end) +
               ") cuts a UTF-8 sequence";
    return {};
}

}  // namespace detail

// Returns "" when every invariant holds, otherwise the first one broken.
inline std::string check_analysis(const Analysis& a, std::string_view input) {
    using detail::check_span;
    const std::string& text = a.article.text;
    std::string err;
#define LEDE_CHECK_SPAN(span, text, what) \
    if (!(err = check_span(span, text, what)).empty()) return err

    if (!utf8::is_valid(text)) return "article.text is not valid UTF-8";
    if (a.article.title && !utf8::is_valid(*a.article.title)) return "title is not valid UTF-8";
    if (a.article.byline && !utf8::is_valid(*a.article.byline)) return "byline is not valid UTF-8";

    for (const Paragraph& p : a.article.paragraphs) LEDE_CHECK_SPAN(p.span, text, "paragraph");
    for (const OriginRun& r : a.article.origin) {
        LEDE_CHECK_SPAN(r.span, text, "origin run");
        if (r.input_start > input.size() || r.span.size() > input.size() - r.input_start)
            return "origin run input [" + std::to_string(r.input_start) + ", +" + std::to_string(r.span.size()) +
                   ") outside input of " + std::to_string(input.size()) + " bytes";
        if (text.compare(r.span.start, r.span.size(), input.substr(r.input_start, r.span.size())) != 0)
            return "origin run [" + std::to_string(r.span.start) + "," + std::to_string(r.span.end) +
                   ") differs from input at " + std::to_string(r.input_start);
    }
    if (a.article.published_source) LEDE_CHECK_SPAN(*a.article.published_source, input, "published_source");
    for (const Removed& r : a.removed) LEDE_CHECK_SPAN(r.span, input, "removed");

    std::set<std::string> ids;
    for (const Actor& actor : a.actors) {
        if (!ids.insert(actor.id).second) return "duplicate actor id " + actor.id;
        if (!utf8::is_valid(actor.name)) return "actor name is not valid UTF-8";
        for (const Mention& m : actor.mentions) LEDE_CHECK_SPAN(m.span, text, "mention");
    }
    for (const Actor& actor : a.actors) {
        for (const Role& r : actor.roles)
            if (r.of && !ids.count(*r.of)) return "role of unknown actor " + *r.of;
        for (const ActorLink& l : actor.links)
            if (!ids.count(l.actor)) return "link to unknown actor " + l.actor;
    }
    for (const TimeExpr& t : a.times) LEDE_CHECK_SPAN(t.span, text, "time");
    for (const Relation& r : a.relations) {
        LEDE_CHECK_SPAN(r.trigger, text, "relation trigger");
        LEDE_CHECK_SPAN(r.sentence, text, "relation sentence");
        if (r.theme) LEDE_CHECK_SPAN(*r.theme, text, "relation theme");
        if (r.quote) LEDE_CHECK_SPAN(*r.quote, text, "relation quote");
        if (r.source && !ids.count(*r.source)) return "relation source unknown actor " + *r.source;
        if (r.target && !ids.count(*r.target)) return "relation target unknown actor " + *r.target;
        if (r.time && r.time->index && *r.time->index >= a.times.size()) return "relation time index out of range";
    }
    for (const Warning& w : a.warnings)
        if (w.code.empty()) return "warning without a code";
#undef LEDE_CHECK_SPAN

    // The JSON must dump and read back as one object with the schema first.
    const std::string json = to_json_string(a);
    const auto parsed = nlohmann::ordered_json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded() || !parsed.is_object()) return "JSON output does not parse";
    if (parsed.begin().key() != "schema" || parsed["schema"] != kSchema) return "JSON schema is not first";
    const auto article = parsed.find("article");
    if (article == parsed.end() || !article->is_object() || !article->contains("text") || (*article)["text"] != text)
        return "JSON article.text differs from article.text";
    return {};
}

}  // namespace lede::fuzz
