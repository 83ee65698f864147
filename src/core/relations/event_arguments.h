// event_arguments.h — who did it and to whom: the source and target actors (or the theme)
// of one event trigger, found with clause heuristics over the sentence.
//
// The rules, in order:
// - Subject: the nearest actor mention left of the trigger in its clause that is not the
//   object of a preposition ("to Lebanon"), not a possessor modifying a later noun; the
//   left scan stops at ";", ":", quote marks and a complementiser "that". Coordinated
//   subjects ("Russia and the US") give the first conjunct as source and the second as
//   target when nothing else is the target. He/she resolve to the last PERSON actor
//   mentioned, they/it to the last ORG/GPE/NORP.
//   A mention right before the trigger's verb group ("said Turkey will allow") is its subject
//   even after another verb; "X (ABC)" stands for X; with no subject, an actor inside a
//   clause-opening noun phrase ("Rebels in the Ivory Coast blocked") is the source; "the
//   company/the firm" refers back to the last ORG (nominal_reference.h).
// - Passive ("was accused by X", "has been indicted by the court"): the subject is the
//   target and the agent after "by" the source; a participle modifying a noun ("an event
//   hosted by Apple") takes its "by" agent too.
// - Speech right after a closing quote mark takes its speaker after the verb
//   ("“…,” said the firm's chief, Alan Mulally").
// - Target: the first other actor right of the trigger in its clause (the scan stops at a
//   clause word, at ", officials said", at quotes); an agent after "by" is a source; a group
//   named by a common noun yields to a name further on ("contribute troops to ... Liberia"). A
//   threat's scan goes on into its condition ("unless Israel ..."); a NORP source may be
//   the target too when named again ("Palestinian police ... Palestinian groups").
// - Event nouns take a possessor or modifier ("Saddam Hussein's proposal", "a U.S.
//   request", "their claims") as source and "by/from X" likewise; "against/with/to/on X"
//   as target.
// - Theme: when no actor is the target, the noun phrase right after the trigger
//   ("denied these allegations"); for speech verbs the "that" clause.
// - The dependency parse (parse_arguments.h) fills a role these rules leave open, and its
//   object or passive subject overrides their target (find_arguments).
// `nearest_arguments` is the baseline: nearest actor mention left and right, nothing else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "../syntax/syntax_models.h"
#include "mention_index.h"
#include "function_words.h"
#include "trigger_lexicon.h"

namespace lede::relations {

// One sentence, its normalised words, actor mentions and triggers.
struct SentenceView {
    const nlp::Document* doc = nullptr;
    std::size_t first = 0;                 // tokens [first, end)
    std::size_t end = 0;
    std::vector<std::string> words;        // normalised, words[t - first]
    std::vector<std::string> tags;         // part of speech, tags[t - first]; empty without a model
    // The dependency parse (syntax/dependency_parser.h), empty without a model: heads[t - first]
    // is the head's index in the sentence (-1 for the root), deps[t - first] the relation.
    std::vector<int> heads;
    std::vector<std::string> deps;
    std::vector<MentionRef> mentions;      // inside the sentence
    std::vector<TriggerMatch> triggers;
    const std::string& word(std::size_t token) const { return words[token - first]; }
    bool tagged() const { return !tags.empty(); }
    const std::string& tag(std::size_t token) const { return tags[token - first]; }
    bool parsed() const { return !heads.empty(); }
    // The head token of `token` (a document index), or nullopt for the root.
    std::optional<std::size_t> head_of(std::size_t token) const {
        const int h = heads[token - first];
        return h < 0 ? std::nullopt : std::optional<std::size_t>(first + static_cast<std::size_t>(h));
    }
    const std::string& dep(std::size_t token) const { return deps[token - first]; }
};

// Words, tags and (when both models are ready, and `parse`) the parse of one sentence.
SentenceView make_sentence_view(const nlp::Document& doc, const nlp::Sentence& sentence,
                                const ActorMentionIndex& mentions, const syntax::SyntaxModels& syntax,
                                bool parse = true);
// Adds the parse to a tagged view (nothing without tags or a ready parser).
void parse_sentence_view(SentenceView& view, const syntax::DependencyParser& parser);

struct Arguments {
    std::optional<std::size_t> source;           // actor indices
    std::optional<std::size_t> target;
    std::optional<Span> theme;
    std::optional<MentionRef> source_mention;    // where the source stands (when a mention)
    bool passive = false;
};

struct ArgumentContext {
    const SentenceView& sentence;
    const ActorMentionIndex& index;
    const std::vector<Actor>& actors;
    const FunctionWords& words;
    // The source of the sentence's previous verb: what "it"/"they"/"he" most likely mean
    // in "The United States announced it would ..." (checked against the actor's type).
    std::optional<std::size_t> clause_subject = std::nullopt;
};

// The arguments pass: the roles the dependency parse gives (parse_arguments.h) where it names
// an actor, else those of the clause heuristics above.
Arguments find_arguments(const ArgumentContext& ctx, const TriggerMatch& trigger);
// The clause heuristics alone (also what a sentence without a parse gets).
Arguments heuristic_arguments(const ArgumentContext& ctx, const TriggerMatch& trigger);
struct ParsedArguments;
void take_parsed_arguments(const ParsedArguments& parsed, Arguments& args);

// The actor a pronoun at token t most likely means: the clause subject when its type fits
// ("he" a PERSON, "they/it" an ORG/GPE/NORP), else the last such actor named before t.
std::optional<std::size_t> pronoun_actor(const ArgumentContext& ctx, const std::string& word, std::size_t t);

// The baseline: the nearest actor mention left of the trigger and the nearest right of it.
Arguments nearest_arguments(const SentenceView& sentence, const TriggerMatch& trigger);

// True when the trigger's first word comes right after a preposition (up to two
// determiner or adjective-like words between): "in a gunbattle", "of torture".
bool is_prepositional_adjunct(const ArgumentContext& ctx, const TriggerMatch& trigger);

}  // namespace lede::relations
