// class_rules.cpp — see class_rules.h.
#include "class_rules.h"

namespace lede::relations {
namespace {

bool cooperative(const std::string& c) {
    return c == "CONSULT" || c == "SUPPORT" || c == "COOPERATE" || c == "AID" || c == "RETREAT" || c == "CONCEDE";
}

bool forceful(const std::string& c) {
    return c == "SANCTION" || c == "COERCE" || c == "ASSAULT" || c == "FIGHT" || c == "MOBILIZE";
}

}  // namespace

std::string revise_class(const std::string& lexicon_class, const ModalityReading& r, bool military_source) {
    std::string c = lexicon_class;
    if (c == "SAY" || c == "DEMAND" || c == "THREATEN" || c == "REJECT") return c;
    if (c == "ASSAULT" && military_source) c = "FIGHT";
    const bool refused = r.negated || r.modality == Modality::Denied;
    if (refused) return (cooperative(c) || c == "AGREE") && r.modality != Modality::Required ? "REJECT" : c;
    if (r.modality == Modality::Required) return "DEMAND";
    const bool intended = r.modality == Modality::Future || r.modality == Modality::Proposed;
    if (cooperative(c) && intended) return "AGREE";
    if (forceful(c) && (r.modality == Modality::Future || r.modality == Modality::Possible)) return "THREATEN";
    return c;
}

}  // namespace lede::relations
