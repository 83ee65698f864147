// extract_relations.cpp — see extract_relations.h. Placeholder: no relations yet.
#include "extract_relations.h"

namespace lede {

std::vector<Relation> extract_relations(const nlp::Document&, const std::vector<Actor>&,
                                        const std::vector<TimeExpr>&, const std::string&) {
    return {};
}

}  // namespace lede
