// extract_relations.h — who did what to whom, when: PLOVER-classed events and SAY
// (quotes with their speaker) between the actors of the article.
//
// Named passes (a RelationPass in the .cpp): per sentence, triggers from the lexicon
// (trigger_lexicon.h) -> frame (whether a trigger reports an event of its own, and whose
// arguments it takes) -> arguments: source/target/theme from the dependency parse and the
// clause rules (event_arguments.h, parse_arguments.h) -> class revised for intent
// (class_rules.h) -> negation and modality from cue words and the parse (modality.h,
// parse_modality.h; the relation's extension fields `conditional` and `reported` too); and the
// time: the nearest DATE/TIME expression of the sentence within a few
// words of the trigger, else the
// publication date (basis "published"). Direct quotes (quotes.h) become SAY relations with
// their quote span. An event noun taken by a light verb ("gave a warm welcome", "held talks")
// reports the event with the verb's arguments, and the verb reports nothing itself.
// Relations come out in text order.
// People named by a common noun ("a human rights group", "Islamic fundamentalists",
// group_actors.h) join the actors for the argument rules; those some relation names are
// returned in RelationLayer::group_actors (type OTHER, one nominal mention per phrase), with
// ids numbered on from the given actors' — analyze() appends them to Analysis::actors. The
// others are dropped, with the event roles they had. (`extract_relations` returns relations
// only: their ids may then name such an actor.)
// The event layer (Analysis::events, an extension) reports every event predicate the stage
// reads: the lexicon's triggers and the other verbs and event nouns (event_predicates.h), each
// with its agent and patient found by the same argument rules, in text order; an event whose
// trigger also gave relations points to the first of them. The other predicates never change
// the relations: they are not triggers to the argument rules. Their own extra rules: pronouns
// read the previous sentence's subject too, and a verb opening a relative clause ("Ford, which
// lost ...") takes the actor before the pronoun, or no agent.
// `baseline` (AnalyzeOptions::relations_baseline; the CLI sets it from LEDE_RELATIONS_BASELINE)
// switches to the benchmark baseline: the same triggers, each linked to the nearest actor
// mention left and right, no rules.
// The stage reads its data from `resources` (relation_resources.h) and the tags and parse from
// `syntax` (syntax/syntax_models.h), nothing else.
#pragma once

#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "../stage_clock.h"
#include "../syntax/syntax_models.h"
#include "relation_resources.h"

namespace lede {

struct RelationLayer {
    std::vector<Relation> relations;
    std::vector<Event> events;
    std::vector<Actor> group_actors;   // people named by a common noun who take part in a relation (group_actors.h)
};

// Relations and events together (what analyze() uses); the arguments as below.
RelationLayer extract_relation_layer(const relations::RelationResources& resources,
                                     const syntax::SyntaxModels& syntax, const nlp::Document& doc,
                                     const std::vector<Actor>& actors, const std::vector<TimeExpr>& times,
                                     const std::string& published, bool baseline,
                                     const StageClock* clock = nullptr);

// The relations alone. `published`: the publication date used when an event has no time of
// its own (may be empty). `baseline`: the word-distance baseline instead of the rules.
// `clock`: when given, the pass stops between sentences once the stage's budget is spent.
std::vector<Relation> extract_relations(const relations::RelationResources& resources,
                                        const syntax::SyntaxModels& syntax, const nlp::Document& doc,
                                        const std::vector<Actor>& actors, const std::vector<TimeExpr>& times,
                                        const std::string& published, bool baseline,
                                        const StageClock* clock = nullptr);

}  // namespace lede
