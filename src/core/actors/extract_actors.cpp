// extract_actors.cpp — see extract_actors.h. Placeholder: no actors yet.
#include "extract_actors.h"

namespace lede {

std::vector<Actor> extract_actors(const nlp::Document&) { return {}; }

}  // namespace lede
