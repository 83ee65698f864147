// text_metadata.cpp — see text_metadata.h. Scores are small hand-set weights over the
// evidence each line carries; the windows are a bounded number of lines, so the whole
// step is linear in the number of lines.
#include "text_metadata.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "../base/ascii.h"
#include "published_date.h"

namespace lede {
namespace {

// Lines of the body read for the words a headline shares with its story.
constexpr std::size_t kBodyLinesForTitle = 300;

using base::lower_ascii;

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && (space(s.back()) || s.back() == '.')) s.remove_suffix(1);
    return s;
}

std::string_view line_text(std::string_view input, const TextLine& line) {
    return input.substr(line.span.start, line.span.size());
}

bool is_upper_start(std::string_view s) {
    if (s.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(s[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC3;   // non-ASCII letters are given the benefit
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool sp = c == ' ' || c == '\t';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

// Words of at least three bytes that are not function words, lower case: what a headline
// and its story share.
std::vector<std::string> content_words(std::string_view text, const TextLexicon& lex) {
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        if (w.size() >= 3 && !lex.all_stopwords.count(w)) words.push_back(w);
        w.clear();
    };
    for (char c : text) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) w.push_back(static_cast<char>(std::tolower(u)));
        else flush();
    }
    flush();
    return words;
}

// The share of a line's bytes taken by a date match.
double coverage(const TextLine& line, const DateTimeMatch& m) {
    return line.span.size() ? double(m.span.size()) / double(line.span.size()) : 0.0;
}

bool name_word(std::string_view w) {
    if (w.empty()) return false;
    if (is_upper_start(w)) return true;
    // Particles of names ("de", "van", "bin") are short and lower case.
    return w.size() <= 3 && w.find_first_of("0123456789") == std::string_view::npos;
}

// A piece of a byline that reads as a name: 1-5 words, capitalised, no digits.
bool name_like(std::string_view part) {
    part = trim(part);
    if (part.empty() || part.size() > 60 || !is_upper_start(part)) return false;
    if (part.find_first_of("0123456789@/") != std::string_view::npos) return false;
    std::size_t words = 0, i = 0;
    while (i < part.size()) {
        while (i < part.size() && part[i] == ' ') ++i;
        std::size_t j = i;
        while (j < part.size() && part[j] != ' ') ++j;
        if (j > i) {
            if (!name_word(part.substr(i, j - i))) return false;
            ++words;
        }
        i = j;
    }
    return words >= 1 && words <= 5;
}

}  // namespace

bool starts_with_byline_cue(std::string_view line, const TextLexicon& lexicon) {
    const std::string head = lower_ascii(line.substr(0, 24));
    for (const auto& cue : lexicon.byline_cues) {
        if (head.compare(0, cue.size(), cue) != 0) continue;
        std::size_t k = cue.size();
        if (cue.back() != ':' && (k >= line.size() || (line[k] != ' ' && line[k] != ':'))) continue;
        while (k < line.size() && (line[k] == ' ' || line[k] == ':')) ++k;
        return k < line.size() && is_upper_start(line.substr(k));
    }
    return false;
}

std::string byline_names(std::string_view line, const clean::CleanResources& res) {
    const TextLexicon& lexicon = res.text;
    const std::string lower = lower_ascii(line.substr(0, 24));
    std::string_view rest = line;
    for (const auto& cue : lexicon.byline_cues) {
        if (lower.compare(0, cue.size(), cue) == 0 &&
            (cue.back() == ':' || (cue.size() < line.size() && (line[cue.size()] == ' ' || line[cue.size()] == ':')))) {
            rest = line.substr(cue.size());
            break;
        }
    }
    // Cut at what follows the names: a date, a separator, a bracket.
    std::size_t cut = rest.size();
    if (auto d = find_date_time(rest, res.dates)) cut = std::min(cut, d->span.start);
    for (std::string_view sep : {"|", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93", " - ", "(", "\t", " on ",
                                 " for ", " in ", " at ", " published", " updated", " posted", " Published", " Updated",
                                 " Posted"}) {
        const std::size_t at = rest.find(sep);
        if (at != std::string_view::npos) cut = std::min(cut, at);
    }
    rest = rest.substr(0, cut);
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < rest.size()) {
        // Separators between names: ",", ";", " and ", " & ".
        std::size_t next = rest.size(), skip = 0;
        for (std::string_view sep : {",", ";", " and ", " & ", " And "}) {
            const std::size_t at = rest.find(sep, i);
            if (at != std::string_view::npos && at < next) next = at, skip = sep.size();
        }
        parts.push_back(rest.substr(i, next - i));
        i = next == rest.size() ? next : next + skip;
    }
    std::string out;
    for (auto part : parts) {
        part = trim(part);
        if (part.empty()) continue;
        if (!name_like(part)) break;
        if (!out.empty()) out += ", ";
        out.append(part);
    }
    return out;
}

std::string drop_site_suffix(std::string_view title, const std::vector<TextLine>& lines) {
    struct Sep {
        std::string_view text;
        bool strong;
    };
    static const Sep seps[] = {{" | ", true}, {" \xC2\xBB ", true}, {" :: ", true}, {" \xE2\x80\x93 ", false},
                               {" \xE2\x80\x94 ", false}, {" - ", false}};
    std::size_t best = std::string_view::npos;
    const Sep* which = nullptr;
    for (const auto& s : seps) {
        const std::size_t at = title.rfind(s.text);
        if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) best = at, which = &s;
    }
    if (!which) return std::string(title);
    const std::string_view prefix = trim(title.substr(0, best));
    const std::string_view suffix = trim(title.substr(best + which->text.size()));
    if (count_words(prefix) < 3 || count_words(suffix) > 5 || suffix.size() > 40 || suffix.empty())
        return std::string(title);
    if (!which->strong) {
        const std::string norm = normalize_line(suffix);
        const bool printed_elsewhere =
            std::any_of(lines.begin(), lines.end(), [&](const TextLine& l) { return l.norm == norm; });
        if (!printed_elsewhere) return std::string(title);
    }
    return std::string(prefix);
}

// A line that carries a byline cue or is mostly a date: the meta block under a headline.
bool meta_line(std::string_view input, const TextLine& l, const clean::CleanResources& res) {
    const TextLexicon& lex = res.text;
    if (l.chars > 160) return false;
    const std::string_view text = line_text(input, l);
    if (starts_with_byline_cue(text, lex)) return true;
    const auto d = find_date_time(text, res.dates);
    if (!d) return false;
    if (coverage(l, *d) >= 0.4) return true;
    const std::string lower = lower_ascii(text.substr(0, d->span.start));
    return date_cue_before(lower, lower.size(), lex) != DateCue::None;
}

std::optional<TitleChoice> choose_title(std::string_view input, const std::vector<TextLine>& lines,
                                        const std::vector<bool>& furniture, const TextRegion& region,
                                        const clean::CleanResources& res) {
    if (lines.empty()) return std::nullopt;
    std::unordered_map<std::uint64_t, std::size_t> counts;
    for (const auto& l : lines)
        if (l.norm_hash) ++counts[l.norm_hash];
    const std::size_t anchor = region.found ? region.first : 0;
    const std::size_t lo = anchor > 40 ? anchor - 40 : 0;
    const std::size_t hi = std::min(lines.size() - 1, region.found ? anchor : std::size_t(40));
    const TextLexicon& lex = res.text;
    // Meta lines (byline, dateline) in and just below the window.
    std::vector<bool> meta(hi - lo + 6, false);
    for (std::size_t k = lo; k <= std::min(lines.size() - 1, hi + 5); ++k) meta[k - lo] = meta_line(input, lines[k], res);
    auto meta_at = [&](std::size_t k) { return k >= lo && k - lo < meta.size() && meta[k - lo]; };
    // The story's words: a headline names what its body is about; a menu entry, a label or
    // a promotion above the body mostly does not.
    std::unordered_set<std::string> body;
    if (region.found)
        for (std::size_t k = region.first; k <= region.last && k < region.first + kBodyLinesForTitle; ++k)
            for (auto& w : content_words(line_text(input, lines[k]), lex)) body.insert(std::move(w));
    double best_score = -2.0;
    std::optional<std::size_t> best;
    for (std::size_t k = lo; k <= hi; ++k) {
        const TextLine& l = lines[k];
        if (furniture[k] || meta_at(k) || l.chars < 10 || l.chars > 300 || l.alpha_words < 2) continue;
        const std::string_view text = line_text(input, l);
        const char last = text.back();
        if (l.ends_sentence && last != '?' && last != '!') continue;
        if (l.stop_ratio() > 0.6) continue;
        const std::size_t dist = anchor > k ? anchor - k : 0;
        const std::size_t repeats = counts[l.norm_hash];
        double score = 1.0 - 0.06 * double(dist);
        if (l.alpha_words >= 4 && l.alpha_words <= 30) score += 1.0;
        if (l.chars >= 30) score += 0.5;
        if (l.chars > 150) score -= 1.0;
        if (repeats >= 2 && repeats <= 3 && l.chars >= 20) score += 0.8;
        if (repeats >= 4) score -= 1.5;
        if (k == anchor && region.found) score -= 0.5;
        // The headline sits right above its byline or dateline (sometimes just below a date).
        for (std::size_t j = k + 1; j <= k + 4 && j < lines.size(); ++j)
            if (meta_at(j)) {
                score += 2.5 - 0.4 * double(j - k - 1);
                break;
            }
        if ((k >= 1 && meta_at(k - 1)) || (k >= 2 && meta_at(k - 2))) score += 1.0;
        if (l.alpha_words <= 2) score -= 0.6;
        if (l.chars > 100) score -= 0.6;
        if (l.stop_words == 0 && l.alpha_words >= 6) score -= 0.8;   // a row of links
        // A bare name or a label ("INDUSTRY INSIGHTS") is no headline.
        if (l.alpha_words <= 5 && l.stop_words == 0 && l.capitalized == l.alpha_words && l.commas > 0) score -= 1.5;
        // A label ("Last updated:") announces what follows.
        if (text.back() == ':') score -= 2.0;
        // The story's words.
        const std::vector<std::string> words = content_words(text, lex);
        if (!words.empty()) {
            std::size_t shared = 0;
            for (const auto& w : words) shared += body.count(w);
            score += 4.0 * double(shared) / double(words.size());
        }
        // The last step of a breadcrumb ("Home » Guides » <headline>") printed again alone.
        for (std::size_t j = lo; j <= std::min(lines.size() - 1, hi + 3); ++j) {
            const std::string& other = lines[j].norm;
            if (j != k && !l.norm.empty() && other.size() > l.norm.size() + 2 &&
                other.compare(other.size() - l.norm.size(), l.norm.size(), l.norm) == 0) {
                score += 2.0;
                break;
            }
        }
        if (score > best_score) best_score = score, best = k;
    }
    if (!best) return std::nullopt;
    TitleChoice choice;
    choice.line = *best;
    choice.title = drop_site_suffix(line_text(input, lines[*best]), lines);
    return choice;
}

std::optional<PublishedChoice> choose_published(std::string_view input, const std::vector<TextLine>& lines,
                                                const TextRegion& region, std::optional<std::size_t> title_line,
                                                const clean::CleanResources& res) {
    if (lines.empty()) return std::nullopt;
    const TextLexicon& lexicon = res.text;
    const std::size_t anchor = title_line ? *title_line : (region.found ? region.first : 0);
    const std::size_t top = std::min(anchor, region.found ? region.first : anchor);
    (void)top;
    // The whole page is searched; distance from the headline weighs heavily near it and
    // lightly beyond, so a far dateline still beats none.
    const std::size_t lo = 0, hi = lines.size() - 1;
    double best_score = -1e9;
    std::optional<PublishedChoice> best;
    for (std::size_t k = lo; k <= hi; ++k) {
        const TextLine& l = lines[k];
        if (l.chars > 220) continue;
        const std::string_view text = line_text(input, l);
        const bool in_body = region.found && k > region.first + 3 && k <= region.last;
        const bool after_body = region.found && k > region.last;
        const std::string lower = lower_ascii(text);
        for (const auto& m : find_date_times(text, res.dates)) {
            // The cue nearest before the date says which date it is.
            const DateCue cue = date_cue_before(lower, m.span.start, lexicon);
            const bool published_cue = cue == DateCue::Published;
            const bool updated_cue = cue == DateCue::Updated;
            // A line that is mostly the date, or a byline carrying it ("By Ann Lee on March 1, 2026").
            const bool dateline = coverage(l, m) >= 0.5 || starts_with_byline_cue(text, lexicon);
            if ((in_body || after_body) && !published_cue && !dateline) continue;
            const double dist = std::fabs(double(k) - double(anchor));
            double score = -0.2 * std::min(dist, 25.0) - 0.02 * std::max(0.0, dist - 25.0);
            if (dateline) score += 1.5;
            if (published_cue) score += 2.5;
            if (updated_cue) score -= 0.5;
            if (m.has_time) score += 0.3;
            if (after_body) score -= 2.0;
            if (in_body) score -= 1.0;
            if (score > best_score) {
                best_score = score;
                best = PublishedChoice{k, m.iso, {l.span.start + m.span.start, l.span.start + m.span.end}};
            }
        }
    }
    return best;
}

std::optional<BylineChoice> choose_byline(std::string_view input, const std::vector<TextLine>& lines,
                                          const TextRegion& region, std::optional<std::size_t> title_line,
                                          std::optional<std::size_t> date_line, const clean::CleanResources& res) {
    if (lines.empty()) return std::nullopt;
    const TextLexicon& lexicon = res.text;
    std::size_t anchor = region.found ? region.first : 0;
    if (title_line) anchor = std::min(anchor, *title_line);
    if (date_line) anchor = std::min(anchor, *date_line);
    const std::size_t lo = anchor > 10 ? anchor - 10 : 0;
    const std::size_t hi = std::min(lines.size() - 1, (region.found ? region.first : anchor) + 3);
    const std::size_t near = title_line ? *title_line : anchor;
    std::optional<BylineChoice> best;
    double best_dist = 1e9;
    for (std::size_t k = lo; k <= hi; ++k) {
        const TextLine& l = lines[k];
        if (l.chars > 200) continue;
        const std::string_view text = line_text(input, l);
        if (!starts_with_byline_cue(text, lexicon)) continue;
        std::string names = byline_names(text, res);
        if (names.empty()) continue;
        const double dist = std::fabs(double(k) - double(near));
        if (dist < best_dist) best_dist = dist, best = BylineChoice{k, std::move(names)};
    }
    if (best || !date_line) return best;
    // A bare name printed beside the dateline ("Andrew King" above "September 4, 2025").
    const std::size_t d = *date_line;
    for (std::size_t k = d > 2 ? d - 2 : 0; k <= std::min(lines.size() - 1, d + 2); ++k) {
        if (k == d || (title_line && k == *title_line)) continue;
        const TextLine& l = lines[k];
        if (l.chars > 60 || l.alpha_words < 2 || l.alpha_words > 8 || l.alpha_words != l.words) continue;
        if (l.capitalized + 1 < l.alpha_words || l.ends_sentence) continue;
        const std::string_view text = line_text(input, l);
        std::string names = byline_names(text, res);
        if (names.empty() || names.size() + 2 < text.size() / 2) continue;
        if (lexicon.lines.count(l.norm)) continue;
        return BylineChoice{k, std::move(names)};
    }
    return std::nullopt;
}

}  // namespace lede
