// actor_resolve.h — merges mentions (actor_mentions.h) into actors.
//
// - People: a name whose words are all in a longer name of the same type is that
//   person ("Putin" -> "Vladimir Putin"); the fullest name is canonical.
// - Countries: every name or alias of one gazetteer country is one actor ("US",
//   "U.S.", "United States"); its canonical name is the fullest used, or the
//   gazetteer's common name when the text only uses a code.
// - Organisations: same words, an acronym of the full name ("FBI" / "Federal Bureau of
//   Investigation"), or a trailing part of it ("Foreign Ministry").
// - Roles from title mentions, tied to the actor they are of ("Director" of FBI,
//   "President" of Russia for "Russian President"); a person with a role in an
//   organisation gets a member-of link; nominals ("the ministry") join the latest
//   organisation with that head noun.
// - Links: capital-of (Moscow -> Russia), part-of (Russian Foreign Ministry -> Russia).
// - Pronouns he/she/him/his/her join the latest person named in the same or previous
//   sentence (kind "pronoun").
// Ids "a1", "a2", … follow the order of first mention.
#pragma once

#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "actor_mentions.h"
#include "gazetteer.h"

namespace lede::actors {

std::vector<Actor> resolve_actors(const nlp::Document& doc, const MentionSet& mentions, const gazetteer::Gazetteer& gaz);

}  // namespace lede::actors
