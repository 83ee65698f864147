// text_metadata.h — title, publication date and byline of a plain-text paste.
//
// Works on the lines of the paste (text_lines.h) once the main text region is known: the
// headline, dateline and byline sit just above the article's first paragraph (or open it).
//   choose_title      the headline line: near the region start, headline-shaped, often
//                     printed twice; a site-name suffix ("… | Site") is dropped.
//   choose_published  the best printed date near the headline: a dateline line, a
//                     "Published"/"Posted" cue (preferred over "Updated"), closeness.
//   choose_byline     "By Jane Doe and John Roe" -> "Jane Doe, John Roe"; a bare name line
//                     beside the dateline also counts.
// Each answer names the line it came from, so the cleaner can drop that line with a reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean_resources.h"
#include "text_lines.h"

namespace lede {

struct TextRegion {
    std::size_t first = 0;            // first line of the article body
    std::size_t last = 0;             // last line of the article body (inclusive)
    bool found = false;
};

struct TitleChoice {
    std::size_t line = 0;
    std::string title;                // without a site-name suffix
};

struct PublishedChoice {
    std::size_t line = 0;
    std::string iso;
    Span source;                      // in the input
};

struct BylineChoice {
    std::size_t line = 0;
    std::string byline;               // names joined by ", "
};

std::optional<TitleChoice> choose_title(std::string_view input, const std::vector<TextLine>& lines,
                                        const std::vector<bool>& furniture, const TextRegion& region,
                                        const clean::CleanResources& resources);

std::optional<PublishedChoice> choose_published(std::string_view input, const std::vector<TextLine>& lines,
                                                const TextRegion& region, std::optional<std::size_t> title_line,
                                                const clean::CleanResources& resources);

std::optional<BylineChoice> choose_byline(std::string_view input, const std::vector<TextLine>& lines,
                                          const TextRegion& region, std::optional<std::size_t> title_line,
                                          std::optional<std::size_t> date_line, const clean::CleanResources& resources);

// The names of a byline line ("By Jane Doe and John Roe | Sep 25, 2020" -> "Jane Doe, John
// Roe"); empty when the line holds no name after its cue. Exposed for tests.
std::string byline_names(std::string_view line, const clean::CleanResources& resources);

// "Headline | Site" -> "Headline" (dashes only when the suffix is printed elsewhere too).
std::string drop_site_suffix(std::string_view title, const std::vector<TextLine>& lines);

// Whether a line opens with a byline cue followed by a capitalised word.
bool starts_with_byline_cue(std::string_view line, const TextLexicon& lexicon);

}  // namespace lede
