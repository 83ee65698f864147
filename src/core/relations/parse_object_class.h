// parse_object_class.h — the class pass's use of the parse: the object picks among a verb's
// classes. The CAMEO dictionary gives a verb family object contexts ("impose _ sanctions" is
// COERCE, "impose _ regulation" DEMAND, "impose _ taxes" no event), but the lexicon matches
// them only within three words after the verb; its verb alone falls back to one class.
// Where the parse finds the verb's object (its obj, or the subject of a passive: "the curfew
// imposed on the city", "sanctions that the EU imposed") and the dictionary has a context for
// that word, the context's class replaces the fallback, and a context of no event drops the
// trigger. The contexts are the dictionary's (TriggerLexicon::object_classes), not tuned.
#pragma once

#include "event_arguments.h"
#include "trigger_lexicon.h"

namespace lede::relations {

// Revises the classes of the parsed sentence's one-word verb triggers matched without their
// object context; drops those whose object names no event. Nothing without a parse.
void classes_from_parsed_objects(SentenceView& v, const TriggerLexicon& lexicon);

}  // namespace lede::relations
