// event_class.h — the classes a trigger pattern names (the first column of
// assets/events/cameo_triggers.tsv and triggers.tsv): the PLOVER classes, SAY, and "-" (a
// pattern of no event).
//
// An enum, so a class the code names cannot be misspelt; a class name in the data that is none
// of these is reported when the lexicon loads (TriggerLexicon::from_texts). The relation's
// `event_class` in the analysis is the name (`event_class_name`).
#pragma once

#include <optional>
#include <string_view>

namespace lede::relations {

enum class EventClass {
    Agree,
    Aid,
    Assault,
    Coerce,
    Concede,
    Consult,
    Cooperate,
    Demand,
    Disapprove,
    Fight,
    Investigate,
    Mobilize,
    Protest,
    Reject,
    Retreat,
    Sanction,
    Support,
    Threaten,
    Say,        // speech (not a PLOVER class)
    NoEvent,    // "-": the words name no event ("impose taxes")
};

// The name in the data and the analysis ("AGREE", "SAY", "-").
const char* event_class_name(EventClass c);
// The class a name stands for, or nothing.
std::optional<EventClass> event_class_named(std::string_view name);

}  // namespace lede::relations
