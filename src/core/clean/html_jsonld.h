// html_jsonld.h — what a page's JSON-LD says about its article: headline, publication and
// modification dates, author names and publisher.
//
// Every object reachable through @graph, mainEntity, mainEntityOfPage and itemListElement
// is looked at (breadth first, no recursion); the first whose @type is an article type
// (assets/clean/html/jsonld_article_types.txt) gives the fields, else the first page type
// (jsonld_page_types.txt) gives dates, publisher and authors. Author names come from
// strings, Person/Organization objects and @id references into the graph; whether an
// author is an Organization is kept, as an organisation is weaker evidence of a byline.
// Scripts over 1 MiB or nested deeper than 32 levels are skipped; nothing throws.
#pragma once

#include <string>
#include <vector>

#include "html_hints.h"

namespace lede::html {

struct JsonLdArticle {
    std::string headline, published, modified, publisher;
    std::vector<std::string> authors;
    bool is_article = false, author_organization = false;
};

JsonLdArticle read_jsonld(const std::vector<std::string>& scripts, const HtmlHints& hints);

}  // namespace lede::html
