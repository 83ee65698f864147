// actor_extent.h — how far a name mention reaches in the text, as news corpora mark
// mentions: the whole noun phrase whose head is the name.
//
// - "the" before an organisation or place belongs to the mention ("the United States");
// - a descriptor right before an organisation belongs to it: "U.S. automaker GM",
//   "aircraft manufacturer Boeing", "the German airline Lufthansa" (the descriptor ends
//   in an organisation noun, assets/gazetteer/org_nouns.txt; its first word may be
//   capitalised by the start of a line: "Aircraft manufacturer Boeing"; its words are nouns
//   the tagger may call proper: "United States auto manufacturer"); a name inside the
//   descriptor ("U.S.") is then no mention of its own (marked `modifier`);
// - an organisation or place reaches over a name that possesses it: "Singapore's Changi
//   International Airport" (Singapore keeps its own mention, nested; the bare name too);
// - a place followed by ", <region or country>" reaches over it: "Toulouse, France" is
//   one mention of Toulouse, and France keeps its own mention inside it;
// - a name that modifies a noun after it ("the US government", "Apple engineers",
//   "Boeing 787") heads no noun phrase: it is marked `modifier` (but a name whose phrase,
//   descriptor or title included, opens a line is the subject of an -s word: "U.S. automaker
//   GM plans", "Apple executive Steve Jobs resigns");
// - an organisation or person name right after a number ("787 Dreamliner", "2 GHz",
//   "16:00 UTC") is a model or a unit: every name so written in the document is marked
//   `product`, and is no actor; so are the names actor_mentions found to be products
//   from their words ("Mac OS X").
// Part-of-speech tags (syntax/pos_tagger.h) tell nouns from verbs ("Apple plans to");
// without the model only "the" and the place rule apply. Linear in the document size.
#pragma once

#include "../nlp/document.h"
#include "../syntax/pos_tagger.h"
#include "actor_mentions.h"
#include "actor_resources.h"

namespace lede::actors {

// Sets lead, tail and modifier of the names (sorted by first token); adds and removes
// no name, so title and nominal indices stay valid. `tagger` tells nouns from verbs.
void mark_extents(const nlp::Document& doc, MentionSet& mentions, const ActorResources& resources,
                  const syntax::PosTagger& tagger);

}  // namespace lede::actors
