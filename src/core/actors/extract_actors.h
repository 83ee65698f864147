// extract_actors.h — people, organisations, places and groups in the article, merged
// into actors (canonical name, aliases, roles, links such as capital-of).
#pragma once

#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede {

std::vector<Actor> extract_actors(const nlp::Document& doc);

}  // namespace lede
