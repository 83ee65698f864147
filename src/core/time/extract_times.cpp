// extract_times.cpp — see extract_times.h. Placeholder: no times yet.
#include "extract_times.h"

namespace lede {

std::vector<TimeExpr> extract_times(const nlp::Document&, const std::string&) { return {}; }

}  // namespace lede
