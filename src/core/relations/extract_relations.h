// extract_relations.h — who did what to whom, when: PLOVER-classed events and SAY
// (quotes with their speaker) between the actors of the article.
#pragma once

#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede {

// `published`: the publication date used when an event has no time of its own (may be empty).
std::vector<Relation> extract_relations(const nlp::Document& doc, const std::vector<Actor>& actors,
                                        const std::vector<TimeExpr>& times, const std::string& published);

}  // namespace lede
