// shared_analysis.cpp — see shared_analysis.h.
#include "share/shared_analysis.h"

namespace lede::share {

AnalyzeOptions analyze_options(const SharedArticle& article) {
    AnalyzeOptions options;
    options.raw = true;                               // the sender's article, already clean
    // A date that is not a dateline (an older page's) still shows; it anchors nothing.
    if (article.published && !check_dateline(*article.published)) options.dateline = article.published;
    options.article = KnownArticle{article.title, article.byline, article.published, article.language, article.paragraphs};
    return options;
}

}  // namespace lede::share
