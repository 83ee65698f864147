// relation_resources.h — the relations stage's data (trigger lexicon, lemmas, function words,
// modality cues, event nouns), loaded once from the asset source and passed to the stage (no
// stage reads a data file after loading).
#pragma once

#include "asset_source.h"
#include "event_predicates.h"
#include "function_words.h"
#include "lemmas.h"
#include "modality.h"
#include "trigger_lexicon.h"

namespace lede::relations {

struct RelationResources {
    TriggerLexicon triggers;          // events/cameo_triggers.tsv, events/triggers.tsv (+ irregular verbs)
    Lemmas lemmas;                    // events/irregular_verbs.txt
    FunctionWords function_words;     // events/function_words.tsv
    ModalityCues modality_cues;       // events/modality_cues.tsv
    EventNouns event_nouns;           // events/event_nouns.txt

    // Reads the stage's files from `source`; a file that is missing or malformed is named in
    // `report` and its part stays empty (the stage then does what it can without it).
    static RelationResources load(const assets::Source& source, assets::LoadReport& report);
};

}  // namespace lede::relations
