// shared_analysis.h — how an article from a share link is analysed: its text as the article
// (raw), its date as the dateline (when it is one), and its title, byline, date, language and
// paragraph kinds as the article's own (AnalyzeOptions::article). The analysis worker takes a
// link's fields this way, so the page shows the worker's analysis as it comes.
#pragma once

#include "analyze.h"
#include "share/share_link.h"

namespace lede::share {

AnalyzeOptions analyze_options(const SharedArticle& article);

}  // namespace lede::share
