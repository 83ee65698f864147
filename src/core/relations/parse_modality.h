// parse_modality.h — the modality pass's reading of the dependency parse: what the cue words
// right before a trigger (modality.h) miss because the cue is not next to it.
//
// The trigger's clause is its head word and the verbs it hangs from through xcomp ("plans to
// attack", "threatened to impose", "did not agree to meet"), at most three:
// - negated: "not/never/n't" (a negation cue of modality_cues.tsv) on any of them; an event
//   noun that is the object of a reversal verb ("called off the talks", "cancelled the
//   visit": cues of kind "reversal");
// - modality: an auxiliary of any of them that is a cue ("will", "could", "must"), and a
//   governing verb that is one with "to" ("plans to", "threatened to", "refused to");
// - conditional: the clause, or a clause it is conjoined to, opens with "if"/"unless" (the
//   `condition` words of function_words.tsv);
// - reported: the clause (through xcomp and conj) is the complement of a speech verb, i.e. of
//   a SAY trigger of the sentence ("officials said the army had shelled ...").
// Contract: needs a parsed view; returns an empty reading (asserted) otherwise. Never looks
// outside the sentence.
#pragma once

#include "../analysis.h"
#include "event_arguments.h"
#include "modality.h"

namespace lede::relations {

struct ParsedModality {
    bool negated = false;
    bool conditional = false;
    bool reported = false;
    Modality modality = Modality::Asserted;
};

ParsedModality parse_modality(const SentenceView& sentence, const TriggerMatch& trigger, const ModalityCues& cues,
                              const FunctionWords& words);

// The cue reading and the parse's together: negation from either, the stronger modality, and
// a conditional event that is otherwise asserted is only possible.
ModalityReading merge_modality(ModalityReading cue, const ParsedModality& parsed);

}  // namespace lede::relations
