// class_rules.cpp — see class_rules.h.
#include "class_rules.h"

namespace lede::relations {
namespace {

using C = EventClass;

bool cooperative(C c) {
    return c == C::Consult || c == C::Support || c == C::Cooperate || c == C::Aid || c == C::Retreat || c == C::Concede;
}

bool forceful(C c) { return c == C::Sanction || c == C::Coerce || c == C::Assault || c == C::Fight || c == C::Mobilize; }

}  // namespace

EventClass revise_class(EventClass lexicon_class, const ModalityReading& r, bool military_source) {
    C c = lexicon_class;
    if (c == C::Say || c == C::Demand || c == C::Threaten || c == C::Reject) return c;
    if (c == C::Assault && military_source) c = C::Fight;
    const bool refused = r.negated || r.modality == Modality::Denied;
    if (refused) return (cooperative(c) || c == C::Agree) && r.modality != Modality::Required ? C::Reject : c;
    if (r.modality == Modality::Required) return C::Demand;
    const bool intended = r.modality == Modality::Future || r.modality == Modality::Proposed;
    if (cooperative(c) && intended) return C::Agree;
    if (forceful(c) && (r.modality == Modality::Future || r.modality == Modality::Possible)) return C::Threaten;
    return c;
}

}  // namespace lede::relations
