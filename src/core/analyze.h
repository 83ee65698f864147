// analyze.h — the one entry point of the core: pasted input in, an Analysis out.
//
// Never throws: bad input becomes warnings inside the Analysis (empty text, invalid
// UTF-8, no article found, limits hit). Option errors are reported by
// `parse_dateline` before analysis starts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "input_limits.h"
#include "resources.h"

namespace lede {

struct AnalyzeInput {
    std::string_view text;                        // text/plain flavour (may be empty)
    std::string_view html;                        // text/html flavour (may be empty)
};

// What the caller already knows of the article, from where it got the text: a share link
// carries its sender's title, byline, date, language and paragraph kinds (share_link.h).
// Laid over the article the analysis found, once it is done; `paragraphs` only when given.
struct KnownArticle {
    std::optional<std::string> title;
    std::optional<std::string> byline;
    std::optional<std::string> published;
    std::string language = "en";
    std::vector<Paragraph> paragraphs;            // spans into the text analysed
};

struct AnalyzeOptions {
    bool raw = false;                             // skip cleaning: the text is the article
    bool prefer_html = true;                      // when both flavours exist, clean the HTML
    std::optional<std::string> dateline;          // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": anchor + published
    double stage_budget_ms = limits::kStageBudgetMs;  // per stage; see stage_clock.h
    bool relations_baseline = false;              // the word-distance relations, for comparison (bench/)
    std::optional<KnownArticle> article;          // with `raw`: the article's fields as known (a share link)
};

// `resources` (resources.h) holds every data file the stages use; load it once.
Analysis analyze(const Resources& resources, const AnalyzeInput& input, const AnalyzeOptions& options);

// Checks a --dateline value; returns an error message, or nothing when it is valid.
std::optional<std::string> check_dateline(std::string_view value);

}  // namespace lede
