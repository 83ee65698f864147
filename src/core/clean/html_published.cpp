// html_published.cpp — see html_published.h. The datelines near the headline are read
// first, then the declared dates are weighed against them.
#include "html_published.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_set>

#include "../base/ascii.h"
#include "../base/civil_calendar.h"
#include "../time/time_calendar.h"
#include "html_content.h"
#include "published_date.h"

namespace lede::html {
namespace {

// Text nodes looked at before and after the headline for its dateline.
constexpr std::size_t kBeforeHeadline = 12;
constexpr std::size_t kAfterHeadline = 40;
// A dateline is a date with little else: a text node holding the date and a label
// ("Last updated on"), or a short block of byline furniture ("By Ann Lee | Sep 25, 2020 |
// 4 min read"); a sentence of the story that mentions a date is neither.
constexpr std::size_t kMaxLabelBytes = 32;
constexpr std::size_t kMaxBlockRestBytes = 80;
constexpr std::size_t kMaxBlockNodes = 64;
// Bytes of the text node before a date's node read for its cue ("Updated on").
constexpr std::size_t kCueContext = 60;

using base::lower_ascii;

std::string_view day(const std::string& iso) { return std::string_view(iso).substr(0, 10); }

// Days since 1970-01-01 of an ISO date, for "a day apart" tests.
std::optional<long long> day_number(const std::string& iso) {
    base::Date d;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) return std::nullopt;
    if (!base::is_valid_date(d.year, d.month, d.day)) return std::nullopt;
    return base::days_from_civil(d);
}

struct Dateline {
    std::string iso;
    std::optional<Span> source;
    DateCue cue = DateCue::None;
    bool printed_cue = false;     // the cue is words a reader sees, not markup
    std::string swapped;          // "03/10/2023": the day of the other reading, else ""
};

// An all-numeric date whose first two numbers could each be the month ("03/10/2023",
// "09.10.2024"): the day of the other reading ("2023-10-03" for "2023-03-10"); "" otherwise.
std::string other_reading(std::string_view printed, const std::string& iso) {
    int numbers[3] = {0, 0, 0}, count = 0, digits = 0;
    for (char c : printed) {
        if (c >= '0' && c <= '9') {
            if (count < 3) numbers[count] = numbers[count] * 10 + (c - '0');
            ++digits;
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            return {};   // a month name: no doubt
        } else if (digits) {
            ++count;
            digits = 0;
            if (count > 3) return {};
        }
    }
    if (digits) ++count;
    if (count < 3 || iso.size() < 10) return {};
    // Year first ("2023/03/10") is always year-month-day.
    if (numbers[0] > 31) return {};
    if (numbers[0] > 12 || numbers[1] > 12 || numbers[0] == numbers[1]) return {};
    base::Date d;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3) return {};
    std::swap(d.month, d.day);
    if (!base::is_valid_date(d.year, d.month, d.day)) return {};
    return time::format_day(d);
}

// The local days a timestamp with a UTC offset ("2025-12-19T22:02:58Z", "…+02:00") can
// fall on somewhere in the world (offsets from -12:00 to +14:00), as day numbers; nothing
// when the value has no time or no offset (its zone is unknown: a day either side).
std::optional<std::pair<long long, long long>> local_day_range(std::string_view raw, const std::string& iso) {
    const auto t = raw.find('T') != std::string_view::npos ? raw.find('T') : raw.find(' ');
    if (t == std::string_view::npos || iso.size() < 16) return std::nullopt;
    // The offset: "Z", or a sign after the time's digits ("+02:00", "-0700", "+01").
    std::size_t i = t + 1;
    while (i < raw.size() && (std::isdigit(static_cast<unsigned char>(raw[i])) || raw[i] == ':' || raw[i] == '.')) ++i;
    if (i >= raw.size()) return std::nullopt;
    int offset = 0;
    if (raw[i] == 'Z' || raw[i] == 'z') {
        offset = 0;
    } else if (raw[i] == '+' || raw[i] == '-') {
        int hh = 0, mm = 0, n = 0;
        std::size_t k = i + 1;
        for (; k < raw.size() && n < 4; ++k) {
            if (raw[k] == ':') continue;
            if (!std::isdigit(static_cast<unsigned char>(raw[k]))) break;
            (n < 2 ? hh : mm) = (n < 2 ? hh : mm) * 10 + (raw[k] - '0');
            ++n;
        }
        if (n != 2 && n != 4) return std::nullopt;
        offset = (raw[i] == '-' ? -1 : 1) * (hh * 60 + mm);
    } else {
        return std::nullopt;
    }
    base::Date d;
    int hour = 0, minute = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d", &d.year, &d.month, &d.day, &hour, &minute) != 5) return std::nullopt;
    if (!base::is_valid_date(d.year, d.month, d.day)) return std::nullopt;
    const long long utc = base::days_from_civil(d) * 1440 + hour * 60 + minute - offset;
    auto floor_day = [](long long minutes) { return minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440); };
    return std::make_pair(floor_day(utc - 12 * 60), floor_day(utc + 14 * 60));
}

// The nearest block element holding `n`.
const xmlNode* block_of(const xmlNode* n) {
    const xmlNode* p = n->parent;
    for (int steps = 0; p && steps < 12; ++steps, p = p->parent)
        if (is_element(p) && is_block(p)) return p;
    return p;
}

// Whether `block` holds at most `max_bytes` of text (spaces collapsed). Byline furniture
// is a few small elements: a block of more than kMaxBlockNodes nodes is not short, so each
// test stays bounded however the page is built.
bool short_block(const xmlNode* block, std::size_t max_bytes) {
    if (!block) return false;
    std::size_t bytes = 0, nodes = 0;
    for (const xmlNode* n = block; n;) {
        if (++nodes > kMaxBlockNodes) return false;
        if (n != block && is_element(n) && is_never_text(n)) {
            n = next_in_order(n, block, false);
            continue;
        }
        if (is_text(n)) {
            const std::size_t words = collapse_spaces(content(n).substr(0, 2 * max_bytes + 2)).size();
            if (words) bytes += words + (bytes ? 1 : 0);
            if (bytes > max_bytes) return false;
        }
        n = next_in_order(n, block);
    }
    return true;
}

// The cue of a date from the element that holds it and its parents up to the block.
DateCue element_cue(const xmlNode* text, const xmlNode* block, const DateClassHints& hints) {
    for (const xmlNode* p = text->parent; p; p = p->parent) {
        const DateCue cue = class_cue(p, hints);
        if (cue != DateCue::None || p == block) return cue;
    }
    return DateCue::None;
}

// The cue the words before position `at` of texts[index] give, reading into the text node
// before it ("<span>Updated on</span> November 18, 2025").
DateCue text_cue(const DateClues& clues, std::size_t index, std::size_t at, const TextLexicon& lexicon) {
    std::string before;
    if (index > 0) {
        const std::string_view prev = content(clues.texts[index - 1]);
        before = lower_ascii(prev.substr(prev.size() > kCueContext ? prev.size() - kCueContext : 0));
        before.push_back(' ');
    }
    if (index < clues.texts.size()) before += lower_ascii(content(clues.texts[index]).substr(0, at));
    return date_cue_before(before, before.size(), lexicon);
}

// The date texts[index] shows, when its block is a dateline.
std::optional<Dateline> dateline_at(const HtmlDocument& doc, const DateClues& clues, std::size_t index,
                                    const clean::CleanResources& res) {
    const xmlNode* node = clues.texts[index];
    const std::string_view text = content(node);
    if (text.size() > 1000) return std::nullopt;
    const auto found = find_date_time(text, res.dates, clues.order);
    if (!found) return std::nullopt;
    const std::size_t date_bytes = found->span.size();
    const xmlNode* block = block_of(node);
    const bool labelled = collapse_spaces(text).size() <= date_bytes + kMaxLabelBytes;
    if (!labelled && !short_block(block, date_bytes + kMaxBlockRestBytes)) return std::nullopt;
    Dateline d;
    d.iso = found->iso;
    d.swapped = other_reading(text.substr(found->span.start, found->span.size()), found->iso);
    d.cue = text_cue(clues, index, found->span.start, res.text);
    d.printed_cue = d.cue != DateCue::None;
    if (d.cue == DateCue::None) d.cue = element_cue(node, block, res.html.date_classes);
    if (const auto at = doc.locate(node, text, found->span.start, found->span.size(), 0))
        d.source = Span{*at, *at + found->span.size()};
    return d;
}

std::optional<Span> find_in_source(const HtmlDocument& doc, const std::string& raw) {
    const auto at = doc.source().find(raw);
    if (at == std::string_view::npos) return std::nullopt;
    return Span{at, at + raw.size()};
}

// The first value of `values` that reads as a date; `raw` is set to that value as written.
std::optional<PublishedDate> first_date(const HtmlDocument& doc, const std::vector<std::string>& values,
                                        const DateLexicon& dates, NumericOrder order, std::string* raw_out = nullptr) {
    for (const std::string& raw : values) {
        if (const auto d = parse_date_time(raw, dates, order)) {
            if (raw_out) *raw_out = raw;
            return PublishedDate{d->iso, find_in_source(doc, raw)};
        }
    }
    return std::nullopt;
}

// The datelines and <time> values near the headline, nearest first. A dateline under the
// headline is the usual place; one above it is as likely (a date over the title) only when
// it is much nearer: text nodes before the headline count double.
std::vector<Dateline> near_headline(const HtmlDocument& doc, const DateClues& clues, const clean::CleanResources& res) {
    std::vector<std::pair<std::size_t, Dateline>> found;   // (distance, dateline), document order
    if (!clues.headline || clues.texts.empty()) return {};
    const std::size_t h = std::min(*clues.headline, clues.texts.size());
    const std::size_t lo = h > kBeforeHeadline ? h - kBeforeHeadline : 0;
    const std::size_t hi = std::min(clues.texts.size(), h + kAfterHeadline);
    auto distance = [h](std::size_t i) { return i >= h ? i - h : 2 * (h - i); };
    auto time_line = [&](const TimeClue& t) -> std::optional<Dateline> {
        const auto d = parse_date_time(t.value, res.dates, clues.order);
        if (!d) return std::nullopt;
        Dateline line{d->iso, find_in_source(doc, t.value), t.cue, false, {}};
        if (line.cue == DateCue::None) {
            line.cue = text_cue(clues, t.text_index, 0, res.text);
            line.printed_cue = line.cue != DateCue::None;
        }
        return line;
    };
    // In document order (a <time> element before the text it holds).
    auto time = std::lower_bound(clues.times.begin(), clues.times.end(), lo,
                                 [](const TimeClue& t, std::size_t i) { return t.text_index < i; });
    for (std::size_t i = lo; i <= hi; ++i) {
        for (; time != clues.times.end() && time->text_index == i; ++time)
            if (auto d = time_line(*time)) found.emplace_back(distance(i), std::move(*d));
        if (i < hi)
            if (auto d = dateline_at(doc, clues, i, res)) found.emplace_back(distance(i), std::move(*d));
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Dateline> out;
    out.reserve(found.size());
    for (auto& f : found) out.push_back(std::move(f.second));
    return out;
}

}  // namespace

DateCue class_cue(const xmlNode* element, const DateClassHints& hints) {
    if (!is_element(element)) return DateCue::None;
    bool published = false, updated = false;
    for (const std::string& w : class_words(element)) {
        if (hints.published.count(w)) published = true;
        if (hints.updated.count(w)) updated = true;
    }
    if (published == updated) return DateCue::None;
    return published ? DateCue::Published : DateCue::Updated;
}

std::optional<std::string> url_date(std::string_view url, const DateLexicon& dates) {
    // Only the path: skip "scheme://host".
    const auto scheme = url.find("://");
    std::size_t i = scheme == std::string_view::npos ? 0 : url.find('/', scheme + 3);
    if (i == std::string_view::npos) return std::nullopt;
    const auto query = url.find_first_of("?#", i);
    if (query != std::string_view::npos) url = url.substr(0, query);
    auto digits = [&](std::size_t at, std::size_t n) {
        if (at + n > url.size()) return -1;
        int v = 0;
        for (std::size_t k = at; k < at + n; ++k) {
            if (url[k] < '0' || url[k] > '9') return -1;
            v = v * 10 + (url[k] - '0');
        }
        return v;
    };
    for (; i < url.size(); i = url.find('/', i + 1)) {
        if (i == std::string_view::npos) break;
        // "/yyyy/mm/dd/" or "/yyyy/mm/dd" at the end.
        const int y = digits(i + 1, 4), m = digits(i + 6, 2), d = digits(i + 9, 2);
        if (y < 0 || m < 0 || d < 0 || url[i + 5] != '/' || url[i + 8] != '/') continue;
        if (i + 11 < url.size() && url[i + 11] != '/') continue;
        if (const auto ok = parse_date_time(time::format_day({y, m, d}), dates)) return ok->iso;   // a real calendar day
    }
    return std::nullopt;
}

std::optional<PublishedDate> choose_published(const HtmlDocument& doc, const DateClues& clues,
                                              const clean::CleanResources& res) {
    const std::vector<Dateline> near = near_headline(doc, clues, res);
    auto printed_update = [](const Dateline& d) { return d.printed_cue && d.cue == DateCue::Updated; };
    // The page's own dateline: when it prints both ("Dec 22, 2022 · Updated: Jan 2, 2026"),
    // the one that is not the update.
    const auto own = std::find_if(near.begin(), near.end(), [&](const Dateline& d) { return !printed_update(d); });
    const Dateline* shown_line = near.empty() ? nullptr : own != near.end() ? &*own : &near.front();
    std::string declared_raw;
    const auto declared = first_date(doc, clues.declared, res.dates, clues.order, &declared_raw);
    const auto from_url = url_date(clues.url, res.dates);
    if (from_url) return PublishedDate{*from_url, find_in_source(doc, clues.url)};
    if (declared && !near.empty()) {
        // The dateline under the headline against the declared date. The same day (or a
        // day apart: the same moment in another time zone) confirms the declared one,
        // unless the page prints that day as an update. An earlier dateline is the first
        // publication (the declared date is a re-publication, a migration or the update);
        // a later one ("Updated Sep 25, 2020", or bare) is the date the page shows as its
        // own unless a head <meta> tag declares the publication (see the header).
        const Dateline& first = *shown_line;
        // "09.10.2024" read day first is 9 October; declared 2024-09-10, it was month first.
        const bool confirmed = std::any_of(near.begin(), near.end(), [&](const Dateline& d) {
            return (day(d.iso) == day(declared->iso) || (!d.swapped.empty() && d.swapped == day(declared->iso))) &&
                   !printed_update(d);
        });
        const auto shown = day_number(first.iso), stated = day_number(declared->iso);
        if (confirmed || !shown || !stated) return declared;
        // A timestamp with its offset ("2025-12-19T02:10:00Z") is one moment: a dateline on a
        // day that moment falls on somewhere is the same moment printed in the page's zone,
        // and the declared value is kept as written (its own day, not shifted); a dateline
        // earlier than any such day is an earlier publication.
        if (const auto range = local_day_range(declared_raw, declared->iso)) {
            if (*shown >= range->first && *shown <= range->second) return declared;
            if (*shown < range->first) return PublishedDate{first.iso, first.source};
        } else if (*shown + 1 >= *stated && *shown <= *stated + 1) {
            return declared;   // no zone given: a day either side is the same moment
        }
        if (*shown < *stated || !clues.declared_in_meta) return PublishedDate{first.iso, first.source};
        return declared;
    }
    if (declared) return declared;
    if (shown_line) return PublishedDate{shown_line->iso, shown_line->source};
    std::vector<std::string> times;
    for (const TimeClue& t : clues.times)
        if (t.cue == DateCue::Published) times.push_back(t.value);
    for (const TimeClue& t : clues.times)
        if (t.cue != DateCue::Published) times.push_back(t.value);
    if (auto t = first_date(doc, times, res.dates, clues.order)) return t;
    // Last, a dateline anywhere: one called the publication date, then an updated one,
    // then a bare one.
    std::optional<Dateline> by_cue[3];
    for (std::size_t i = 0; i < clues.texts.size() && !by_cue[int(DateCue::Published)]; ++i) {
        auto d = dateline_at(doc, clues, i, res);
        if (d && !by_cue[int(d->cue)]) by_cue[int(d->cue)] = std::move(d);
    }
    for (const DateCue cue : {DateCue::Published, DateCue::Updated, DateCue::None})
        if (const auto& d = by_cue[int(cue)]) return PublishedDate{d->iso, d->source};
    return first_date(doc, clues.modified, res.dates, clues.order);
}

}  // namespace lede::html
