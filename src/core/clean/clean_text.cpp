// clean_text.cpp — see clean_text.h.
//
// 1. Cut the paste into lines and measure each (text_lines.h).
// 2. Mark page furniture from evidence: interface lines and phrases from assets, rows of
//    run-together icon names, player clock readings, link rows strung on separators, page
//    code pasted as text.
// 3. Rate the rest as prose or short from the line's own shape in any script (length, with
//    CJK and Thai characters counting twice; sentence ends and commas of every script;
//    function words only as extra evidence), and give every line a weight: prose adds its
//    length, short lines and furniture subtract (section markers such as "Related" or
//    "Comments" subtract a lot; a "Read more: …" link inside the text only a little). The
//    article body is the contiguous run of lines with the largest total weight (Kadane's
//    maximum sub-array), so a lone caption or ad label inside the article is bridged but a
//    related-stories block is not. Then the end-of-article detector (text_article_end.h)
//    cuts what that run carried past the article: headline lists, stamped posts, comments.
//    Linear, no model.
// 4. Title, dateline and byline are chosen around the top of that run (text_metadata.h).
// 5. The kept lines are copied into the article with ArticleBuilder (origin runs); every
//    other line is reported in `removed` with the reason that decided it.
#include "clean_text.h"

#include <algorithm>
#include <unordered_map>

#include "../article_builder.h"
#include "../base/ascii.h"
#include "published_date.h"
#include "text_article_end.h"
#include "text_lexicon.h"
#include "text_lines.h"
#include "text_metadata.h"

namespace lede {
namespace {

enum class Rating { Prose, NearProse, Short, Furniture };

struct LineVerdict {
    Rating rating = Rating::Short;
    std::string reason;            // for furniture: why
    bool soft = false;             // furniture that weighs like a short line (repeated labels)
    bool inline_cue = false;       // a phrase inside a line ("Read more: …"), not a section heading
};

using base::lower_ascii;

std::string furniture_reason(const TextLine& line, std::string_view text, const clean::CleanResources& res,
                             bool& inline_cue) {
    const TextLexicon& lex = res.text;
    if (is_player_time(text)) return "media-player";
    if (line.norm.empty()) return "ui-label";                       // only digits, marks, arrows
    if (auto it = lex.lines.find(line.norm); it != lex.lines.end()) return it->second;
    if (line.ui_words >= 3 && line.ui_words * 3 >= line.alpha_words) return "ui-label";
    // Phrases decide short lines; on long ones only the legal and consent boxes do.
    const std::string lower = lower_ascii(text.substr(0, 2000));
    if (const std::size_t i = lex.phrase_index.first_match(lower, line.chars, lex.phrases); i != std::string::npos) {
        const auto& p = lex.phrases[i];
        // "Read more: <another story's headline>" is a link set between paragraphs.
        inline_cue = p.reason == "related" && line.chars >= p.text.size() + 20;
        return p.reason;
    }
    // A date alone on a line: a dateline, or a comment's time stamp.
    if (line.chars < 60 && !line.ends_sentence) {
        if (auto d = find_date_time(text, res.dates); d && d->span.size() * 10 >= text.size() * 6) return "dateline";
    }
    // Page code pasted as text (an ad's markup): tags and attributes.
    if (line.markup >= 4 && line.markup * 40 >= line.chars) return "ui-label";
    // Items strung on separators ("News | Sport | Weather", "Topic • Topic • Topic") with no sentence.
    if (line.separators >= 2 && line.sentence_ends == 0 && !line.ends_sentence) return "menu";
    // A long row of link labels: no function words, no sentence.
    if (line.chars >= 80 && line.stop_ratio() < 0.08 && !line.ends_sentence && line.sentence_ends == 0 && line.commas == 0 &&
        line.wide * 2 < line.chars)
        return "menu";
    return {};
}

// Prose from the line's own shape, in any script: length (a wide CJK or Thai character counts
// twice), sentence ends and commas. Function words, where the language has a list, only add
// evidence for a long unpunctuated line; they are never required.
Rating rate(const TextLine& l) {
    const std::size_t len = l.weight_chars();
    const bool sentence = l.ends_sentence || l.sentence_ends > 0;
    const std::size_t marks = l.sentence_ends + l.commas + (l.ends_sentence ? 1 : 0);
    const double s = l.stop_ratio();
    if ((len >= 100 && sentence) || (len >= 250 && marks >= 2) || (len >= 400 && l.wide * 2 >= len) ||
        (l.alpha_words >= 12 && s >= 0.25 && sentence))
        return Rating::Prose;
    if ((len >= 80 && sentence) || (len >= 50 && sentence && l.commas >= 1) || (len >= 120 && l.commas >= 1) ||
        (l.alpha_words >= 8 && s >= 0.3))
        return Rating::NearProse;
    return Rating::Short;
}

// Section markers end an article; boxes inside it cost less; labels cost little.
double furniture_weight(const std::string& reason, const TextLine& l) {
    if (reason == "related" || reason == "comments") return -(300.0 + double(l.chars));
    if (reason == "footer" || reason == "cookie" || reason == "newsletter" || reason == "menu" || reason == "dateline")
        return -(60.0 + double(l.chars));
    return -(20.0 + 0.5 * double(l.chars));
}

double weight(const LineVerdict& v, const TextLine& l) {
    const double len = double(l.weight_chars());
    switch (v.rating) {
        case Rating::Prose: return len;
        case Rating::NearProse: return 0.5 * len;
        case Rating::Short: return -(4.0 + 0.2 * len);
        case Rating::Furniture:
            // A cue inside a line ("Read more: <other story>") is dropped but does not end the
            // article: such links sit between paragraphs. Section headings do.
            if (v.soft || (v.inline_cue && (v.reason == "related" || v.reason == "comments"))) return -(4.0 + 0.2 * len);
            return furniture_weight(v.reason, l);
    }
    return 0.0;
}

TextRegion densest_region(const std::vector<LineVerdict>& verdicts, const std::vector<TextLine>& lines) {
    TextRegion best;
    double best_sum = 0.0, sum = 0.0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const double w = weight(verdicts[i], lines[i]);
        if (sum <= 0.0) {
            sum = 0.0;
            start = i;
        }
        sum += w;
        if (sum > best_sum) {
            best_sum = sum;
            best = {start, i, true};
        }
    }
    return best;
}

// The language whose stop words are most frequent among the kept lines' words.
std::string guess_language(std::string_view text, const TextLexicon& lex) {
    if (lex.stopwords.size() <= 1) return lex.stopwords.empty() ? "en" : lex.stopwords.begin()->first;
    std::unordered_map<std::string, std::size_t> hits;
    std::string word;
    const std::size_t limit = std::min<std::size_t>(text.size(), 20000);
    for (std::size_t i = 0; i <= limit; ++i) {
        const char c = i < limit ? text[i] : ' ';
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80 || c == '\'') {
            if (word.size() < 16) word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
            continue;
        }
        if (!word.empty())
            for (const auto& [lang, words] : lex.stopwords)
                if (words.count(word)) ++hits[lang];
        word.clear();
    }
    std::string best = "en";
    std::size_t most = 0;
    for (const auto& [lang, n] : hits)
        if (n > most) most = n, best = lang;
    return best;
}

// Hash of a line with every run of digits made one '#', or 0 when it has no digit.
std::uint64_t digit_shape(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    bool digit = false, any = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            any = true;
            if (digit) continue;
            digit = true;
            c = '#';
        } else {
            digit = false;
        }
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    }
    return any ? (h ? h : 1) : 0;
}

// "14:44 Minister resigns", "9.05 Result": a clock time (H:MM or H.MM) then a space.
bool starts_with_clock(std::string_view text) {
    std::size_t d = 0;
    while (d < text.size() && d < 3 && text[d] >= '0' && text[d] <= '9') ++d;
    if (d == 0 || d > 2 || d + 4 > text.size() || (text[d] != ':' && text[d] != '.')) return false;
    return text[d + 1] >= '0' && text[d + 1] <= '5' && text[d + 2] >= '0' && text[d + 2] <= '9' && text[d + 3] == ' ';
}

// A form's label for a required field: "Name *", "Email*", "Nombre (*):", "Comment *:".
bool is_required_field(std::string_view text) {
    std::size_t end = text.size();
    if (end && text[end - 1] == ':') --end;
    if (end >= 3 && text.substr(end - 3, 3) == "(*)") return end > 3;
    return end >= 2 && text[end - 1] == '*' && text[end - 2] != '*';
}

// A paragraph that stops at "..." or "…" after a word: a teaser cut to fit a card.
bool is_cut_short(std::string_view text) {
    std::size_t end = text.size();
    if (end >= 3 && text.substr(end - 3) == "...") end -= 3;
    else if (end >= 3 && text.substr(end - 3) == "\xE2\x80\xA6") end -= 3;
    else return false;
    while (end > 0 && text[end - 1] == '.') --end;
    return end > 0 && text[end - 1] != ' ';
}

// The first two words of a short line (up to a comma: "Jane Doe, CFP") open the next line,
// within its first words ("Jane Doe is…", "The HT News Desk is…"): a name over its bio.
bool name_opens(std::string_view name, std::string_view next) {
    name = name.substr(0, name.find(','));
    const std::size_t space = name.find(' ');
    if (space == std::string_view::npos || space < 2) return false;
    const std::size_t second_end = name.find(' ', space + 1);
    const std::string_view two = name.substr(0, second_end);
    if (two.size() < 6) return false;
    const std::size_t at = next.substr(0, 60).find(two);
    return at != std::string_view::npos && (at == 0 || next[at - 1] == ' ') &&
           (at + two.size() >= next.size() || next[at + two.size()] == ' ' || next[at + two.size()] == ',' ||
            next[at + two.size()] == '\'');
}

ParagraphKind kind_of(const TextLine& l, Rating r) {
    if (l.list_bullet) return ParagraphKind::ListItem;
    if (r == Rating::Short && !l.ends_sentence) return ParagraphKind::Heading;
    return ParagraphKind::Paragraph;
}


// How often each line's normalised text, and each short line's digit shape, repeats.
struct Repeats {
    std::unordered_map<std::uint64_t, std::size_t> norms;          // by TextLine::norm_hash
    std::vector<std::uint64_t> shapes;                              // per line: digit_shape, or 0
    std::unordered_map<std::uint64_t, std::size_t> shape_counts;

    std::size_t norm_count(std::uint64_t h) const {
        const auto it = norms.find(h);
        return it == norms.end() ? 0 : it->second;
    }
    std::size_t shape_count(std::uint64_t h) const {
        const auto it = shape_counts.find(h);
        return it == shape_counts.end() ? 0 : it->second;
    }
};

Repeats count_repeats(std::string_view input, const std::vector<TextLine>& lines) {
    const std::size_t n = lines.size();
    Repeats r;
    for (const auto& l : lines)
        if (l.norm_hash) ++r.norms[l.norm_hash];
    // Short lines with a number whose shape repeats ("Hace 28 minutos", "před 2 hodinami",
    // "3 replies"): the per-item stamps of a list of posts or comments, in any language.
    r.shapes.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (lines[i].chars > 40) continue;
        r.shapes[i] = digit_shape(input.substr(lines[i].span.start, lines[i].span.size()));
        if (r.shapes[i]) ++r.shape_counts[r.shapes[i]];
    }
    return r;
}

// Step 2 and 3 of the header: every line's verdict (furniture with its reason, or a rating).
std::vector<LineVerdict> judge_lines(std::string_view input, const std::vector<TextLine>& lines, const Repeats& repeats,
                                     const clean::CleanResources& res) {
    const std::size_t n = lines.size();
    std::vector<LineVerdict> verdicts(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string_view text = input.substr(lines[i].span.start, lines[i].span.size());
        bool inline_cue = false;
        std::string reason = furniture_reason(lines[i], text, res, inline_cue);
        // A short line printed three times or more is navigation, not text (but it may be a
        // label repeated in every card of a list, so it does not cut the body).
        bool soft = false;
        if (reason.empty() && lines[i].chars < 100 && repeats.norm_count(lines[i].norm_hash) >= 3) reason = "menu", soft = true;
        if (!reason.empty()) verdicts[i] = {Rating::Furniture, std::move(reason), soft, inline_cue};
        else verdicts[i].rating = rate(lines[i]);
    }
    // Lines of a wide script with no punctuation at all (poem-like blog prose) read as prose
    // when three or more substantial ones follow each other: menus are short items.
    for (std::size_t i = 0; i < n;) {
        auto wide_line = [&](std::size_t k) {
            const TextLine& l = lines[k];
            return verdicts[k].rating == Rating::Short && l.wide * 2 >= l.chars && l.weight_chars() >= 50;
        };
        std::size_t j = i;
        while (j < n && wide_line(j)) ++j;
        if (j - i >= 3)
            for (std::size_t k = i; k < j; ++k) verdicts[k].rating = Rating::NearProse;
        i = j > i ? j : i + 1;
    }
    // A short label just above a run of player clock readings belongs to the player.
    for (std::size_t i = 0; i + 1 < n; ++i)
        if (verdicts[i + 1].reason == "media-player" && verdicts[i].rating == Rating::Short && lines[i].alpha_words <= 3)
            verdicts[i] = {Rating::Furniture, "media-player"};
    return verdicts;
}

bool is_prose(Rating r) { return r == Rating::Prose || r == Rating::NearProse; }

// What the end-of-article detector needs to know of line i (text_article_end.h).
LineRole line_role(std::string_view input, const std::vector<TextLine>& lines, const std::vector<LineVerdict>& verdicts,
                   const Repeats& repeats, std::size_t i) {
    const std::size_t n = lines.size();
    const TextLine& l = lines[i];
    const LineVerdict& v = verdicts[i];
    LineRole r;
    const std::string_view text = input.substr(l.span.start, l.span.size());
    // Code lines ("git branch", "# comment", "<tag>") and table rows (tab-separated
    // cells) are not headlines.
    const bool headline_shape = !l.ends_sentence && !l.list_bullet && l.markup == 0 && text[0] != '#' &&
                                text[0] != '$' && text.find('\t') == std::string_view::npos &&
                                l.weight_chars() >= 15 && (l.alpha_words >= 3 || l.wide >= 6);
    // A headline with a comma or a full stop inside reads as near-prose, but in scripts
    // that end sentences with a mark, headlines do not end with one and paragraphs do.
    const bool unended_headline = v.rating == Rating::NearProse && headline_shape && (l.wide * 2 < l.chars || l.sentence_ends + l.commas > 0) &&
                                  l.weight_chars() <= 150;
    if (is_prose(v.rating)) r.prose = weight(v, l);
    r.unended = unended_headline;
    r.headline = (v.rating == Rating::Short || v.soft || unended_headline) && headline_shape && l.weight_chars() <= 200;
    r.timed = starts_with_clock(text) && l.alpha_words >= 2 && l.weight_chars() <= 200;
    r.form_field = is_required_field(text) && l.chars <= 40 && l.alpha_words <= 4;
    r.title_case = l.alpha_words >= 4 && l.capital_ratio() >= 0.7;
    // A repeated numbered shape is a stamp under a name or heading line; after prose it
    // is more likely a numbered step or a rating.
    const std::vector<std::uint64_t>& shapes = repeats.shapes;
    const bool under_label = i > 0 && !shapes[i - 1] && lines[i - 1].chars <= 40 &&
                             (verdicts[i - 1].rating == Rating::Short || verdicts[i - 1].rating == Rating::Furniture) &&
                             i + 1 < n && is_prose(verdicts[i + 1].rating) &&
                             text.find('\t') == std::string_view::npos;
    r.stamp = v.reason == "dateline" || v.reason == "media-player" ||
              (shapes[i] && repeats.shape_count(shapes[i]) >= 3 && under_label);   // a date or a clock alone
    r.lead_in = (!text.empty() && text.back() == ':') || (text.size() >= 3 && text.substr(text.size() - 3) == "\xEF\xBC\x9A");
    r.section_marker = (v.reason == "comments" || v.reason == "related") && !v.inline_cue && !v.soft;
    return r;
}

// Step 3 of the header: the densest run of lines, cut where the article's own prose stops
// inside it (text_article_end.h).
TextRegion find_body(std::string_view input, const std::vector<TextLine>& lines, const std::vector<LineVerdict>& verdicts,
                     const Repeats& repeats) {
    TextRegion region = densest_region(verdicts, lines);
    if (!region.found) return region;
    const std::size_t n = lines.size();
    std::vector<LineRole> roles(n);
    // A few lines past the run too: a list of headlines may start inside it and go on.
    const std::size_t role_end = std::min(n - 1, region.last + 8);
    for (std::size_t i = region.first; i <= role_end; ++i) roles[i] = line_role(input, lines, verdicts, repeats, i);
    // Teaser cards and an author's bio need both the line and its neighbour.
    for (std::size_t i = region.first; i + 1 <= role_end; ++i) {
        const std::string_view text = input.substr(lines[i].span.start, lines[i].span.size());
        const std::string_view next = input.substr(lines[i + 1].span.start, lines[i + 1].span.size());
        if (roles[i].headline && roles[i + 1].prose > 0.0 && is_cut_short(next)) roles[i + 1].teaser = true;
        roles[i].bio_name = verdicts[i].rating == Rating::Short && roles[i + 1].prose > 0.0 && lines[i].chars <= 60 &&
                            !lines[i].ends_sentence && name_opens(text, next);
    }
    region.last = article_end(roles, region.first, region.last);
    return region;
}

// Title, dateline and byline around the top of the body (text_metadata.h).
struct TextMetadata {
    std::optional<TitleChoice> title;
    std::optional<PublishedChoice> published;
    std::optional<BylineChoice> byline;
};

TextMetadata find_metadata(std::string_view input, const std::vector<TextLine>& lines,
                           const std::vector<LineVerdict>& verdicts, const TextRegion& region,
                           const clean::CleanResources& res) {
    TextMetadata m;
    // A headline may be printed three times (breadcrumb, heading, share text): repeated
    // short lines are soft furniture, which the headline search still looks at.
    std::vector<bool> not_title(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) not_title[i] = verdicts[i].rating == Rating::Furniture && !verdicts[i].soft;
    m.title = choose_title(input, lines, not_title, region, res);
    const auto title_line = m.title ? std::optional<std::size_t>(m.title->line) : std::nullopt;
    m.published = choose_published(input, lines, region, title_line, res);
    m.byline = choose_byline(input, lines, region, title_line,
                             m.published ? std::optional<std::size_t>(m.published->line) : std::nullopt, res);
    return m;
}

// Step 5 of the header: why each line leaves the article ("" = kept).
std::vector<std::string> line_reasons(const std::vector<TextLine>& lines, const std::vector<LineVerdict>& verdicts,
                                      const TextRegion& region, bool article) {
    const std::size_t n = lines.size();
    std::vector<std::string> reasons(n);
    bool footer_seen = false;
    for (std::size_t i = 0; i < n; ++i) {
        const TextLine& l = lines[i];
        const LineVerdict& v = verdicts[i];
        const bool inside = article ? (i >= region.first && i <= region.last) : v.rating != Rating::Furniture;
        if (v.rating == Rating::Furniture) {
            reasons[i] = v.reason;
            if (v.reason == "footer" && (!region.found || i > region.last)) footer_seen = true;
            continue;
        }
        if (!inside) {
            reasons[i] = !article ? "ui-label" : i < region.first ? "menu" : footer_seen ? "footer" : "related";
            continue;
        }
        if (v.rating == Rating::Short) {
            // Inside the body a short line stays when it has a word or is a list item; what
            // has none (icons, stray symbols) goes.
            const bool keep = l.list_bullet || l.words >= 1;
            if (!keep) reasons[i] = "ui-label";
        }
    }
    return reasons;
}

// Title, repeated title, dateline and byline lines leave the body; a long line printed twice
// is kept once; a paste with nothing kept keeps its longest line, so the user sees something.
void drop_metadata_and_repeats(const std::vector<TextLine>& lines, const std::vector<LineVerdict>& verdicts,
                               const TextMetadata& meta, const Repeats& repeats, std::vector<std::string>& reasons) {
    const std::size_t n = lines.size();
    if (meta.title) {
        const std::uint64_t h = lines[meta.title->line].norm_hash;
        const std::string title_norm = normalize_line(meta.title->title);
        for (std::size_t i = 0; i < n; ++i)
            if (lines[i].norm_hash == h || lines[i].norm == title_norm) reasons[i] = i == meta.title->line ? "title" : "repeated-title";
    }
    if (meta.published) {
        const TextLine& l = lines[meta.published->line];
        if (l.chars < 160 && verdicts[meta.published->line].rating != Rating::Prose) reasons[meta.published->line] = "dateline";
    }
    if (meta.byline) {
        const TextLine& l = lines[meta.byline->line];
        if (l.chars < 200 && verdicts[meta.byline->line].rating != Rating::Prose) reasons[meta.byline->line] = "byline";
    }
    std::unordered_map<std::uint64_t, bool> kept_once;
    for (std::size_t i = 0; i < n; ++i) {
        if (!reasons[i].empty() || lines[i].chars < 100 || repeats.norm_count(lines[i].norm_hash) < 2) continue;
        if (kept_once[lines[i].norm_hash]) reasons[i] = "repeated";
        kept_once[lines[i].norm_hash] = true;
    }
    bool any_kept = false;
    for (std::size_t i = 0; i < n && !any_kept; ++i) any_kept = reasons[i].empty();
    if (!any_kept) {
        std::size_t longest = 0;
        for (std::size_t i = 1; i < n; ++i)
            if (lines[i].chars > lines[longest].chars) longest = i;
        reasons[longest].clear();
    }
}

// The kept lines copied into the article (origin runs); the others reported in `removed`.
void build_result(std::string_view input, const std::vector<TextLine>& lines, const std::vector<LineVerdict>& verdicts,
                  const std::vector<std::string>& reasons, CleanResult& result) {
    ArticleBuilder builder(result.article);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!reasons[i].empty()) {
            Removed r{lines[i].span, reasons[i]};
            // Neighbouring lines dropped for the same reason form one removed span.
            if (!result.removed.empty() && result.removed.back().reason == r.reason && i > 0 && !reasons[i - 1].empty() &&
                result.removed.back().span.end == lines[i - 1].span.end)
                result.removed.back().span.end = r.span.end;
            else
                result.removed.push_back(std::move(r));
            continue;
        }
        builder.paragraph(input, lines[i].span, kind_of(lines[i], verdicts[i].rating));
    }
}

}  // namespace

CleanResult clean_text(const clean::CleanResources& res, std::string_view input) {
    CleanResult result;
    if (input.empty()) return result;
    const TextLexicon& lex = res.text;
    const std::vector<TextLine> lines = split_lines(input, lex);
    if (lines.empty()) return result;

    const Repeats repeats = count_repeats(input, lines);
    const std::vector<LineVerdict> verdicts = judge_lines(input, lines, repeats, res);
    const TextRegion region = find_body(input, lines, verdicts, repeats);
    std::size_t prose_chars = 0;
    if (region.found)
        for (std::size_t i = region.first; i <= region.last; ++i)
            if (is_prose(verdicts[i].rating)) prose_chars += lines[i].chars;
    const bool article = region.found && prose_chars >= 150;

    const TextMetadata meta = find_metadata(input, lines, verdicts, region, res);
    std::vector<std::string> reasons = line_reasons(lines, verdicts, region, article);
    drop_metadata_and_repeats(lines, verdicts, meta, repeats, reasons);
    build_result(input, lines, verdicts, reasons, result);

    if (meta.title) result.article.title = meta.title->title;
    if (meta.published) {
        result.article.published = meta.published->iso;
        result.article.published_source = meta.published->source;
    }
    if (meta.byline) result.article.byline = meta.byline->byline;
    result.article.language = guess_language(result.article.text, lex);
    if (!article)
        result.warnings.push_back({"no-article", "no article body was found in the paste; the text blocks that read as "
                                                 "prose (or the longest one) were kept"});
    return result;
}

}  // namespace lede
