// parse_arguments.h — the arguments pass: who did it and to whom, read from the dependency
// parse of the sentence (SentenceView::heads/deps, syntax/dependency_parser.h) rather than
// from word distance.
//
// For a verb trigger:
// - source: its nsubj; with a passive (nsubj:pass) the agent (obl:agent, or an obl with "by");
//   no subject of its own: the controller of an xcomp ("X agreed to meet Y": X meets; "urged
//   X to stop": X stops), the subject of the verb it is conjoined to, or of the clause a
//   participle hangs from (", killing ..."); a relative clause's "which/who" is the noun it
//   modifies ("Ford, which lost ...").
// - target: its obj, then an oblique or a noun modifier of the object with against/with/on/
//   to/toward/into/over/upon (a participant, also when the parse hangs it from another
//   oblique), then iobj; never a place (an obl with in/at/near naming a LOC or GPE actor); a
//   group named by a common noun as object yields to a named participant; with a passive
//   (or a participle modifying a noun) the nsubj:pass. Speech verbs get no target here.
// - a participle modifying a noun: "the talks hosted by X" (X source, the noun target),
//   "troops attacking X" (the noun source).
// For an event noun: a possessor or a name modifying it ("Iran's threat", "a U.S. request"),
// or "by/from X", is the source; "against/with/on/to X" the target.
// For a DEMAND, verb or noun, with no target so far: the subject of the clause it states
// ("demanded that Z withdraw", "its demand that Z withdraw"; not "asked whether Z ...").
// A word stands for an actor when a mention covers it; else through its appositive ("the
// head of the agency, Jones"), a name modifying it ("Russian troops", "US officials"), "of/
// from X" ("leaders of Hamas"), a pronoun (resolved as event_arguments.h does) or a
// description of a company ("the firm", nominal_reference.h).
// `found_*` say the parse named the role at all (an actor or not), so the caller knows the
// parse saw, e.g., a non-actor subject ("the talks collapsed").
// How the pass's roles join the clause heuristics' is find_arguments' (event_arguments.h).
// Contract: needs a parsed view (`SentenceView::parsed()`); returns an empty reading otherwise.
#pragma once

#include <optional>

#include "event_arguments.h"

namespace lede::relations {

struct ParsedArguments {
    std::optional<std::size_t> source;           // actor indices
    std::optional<std::size_t> target;
    std::optional<MentionRef> source_mention;
    bool found_source = false;                   // the parse gave a subject / agent
    bool found_target = false;                   // ... an object or participant oblique
    bool passive = false;
    bool source_inherited = false;               // from a controller or a governing clause
    bool source_controlled = false;              // ... through xcomp arcs only ("X agreed to meet")
    bool target_direct = false;                  // an object or a passive subject, no oblique
};

ParsedArguments parse_arguments(const ArgumentContext& ctx, const TriggerMatch& trigger);

// The children of `token` (document indices) in the view's parse, left to right.
std::vector<std::size_t> dependents(const SentenceView& s, std::size_t token);

// The universal part of a relation label ("nsubj:pass" -> "nsubj").
std::string universal_relation(const std::string& label);

}  // namespace lede::relations
