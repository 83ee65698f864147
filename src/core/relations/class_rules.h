// class_rules.h — the PLOVER class of an event once its modality and source are known.
//
// PLOVER (after CAMEO) codes intentions by what they announce, so the lexicon class of a
// trigger is revised:
//   ASSAULT by a military source (troops, aircraft, army)          -> FIGHT
//   anything "must"/"should" be done (required)                    -> DEMAND
//   cooperation (CONSULT SUPPORT COOPERATE AID RETREAT CONCEDE) that
//     is promised, proposed or planned ("will visit", "offered aid") -> AGREE
//   force or sanctions (SANCTION COERCE ASSAULT FIGHT MOBILIZE) that
//     will or may come ("will extend the curfew")                   -> THREATEN
//   cooperation or agreement negated or refused ("refused to lift") -> REJECT
// SAY and the classes already about intentions (DEMAND, THREATEN, REJECT) are kept.
#pragma once

#include "event_class.h"
#include "modality.h"

namespace lede::relations {

EventClass revise_class(EventClass lexicon_class, const ModalityReading& reading, bool military_source);

}  // namespace lede::relations
