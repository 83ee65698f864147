// actor_context_type.h — the words around a name that overrule the tagger's person guess.
//
// The tagger reads "Northrop Grumman" or "Lockheed Martin" as people: two capitalised words,
// one of them a surname. News says otherwise around them, and the whole document follows:
//  - a name right before a role only an organisation has and a person
//    ("Northrop Grumman CEO Ron Sugar", assets/gazetteer/company_titles.txt) is an organisation;
//  - a "person" whose first word is no known first name, joined by "and"/"or" to an
//    organisation ("Boeing and Lockheed Martin", "Lockheed Martin 's Atlas V and Boeing 's
//    Delta IV") is an organisation, unless a title stands before one of its words somewhere;
//  - a name followed by ", <title> of/for ..." ("Jusman Syafii Djamal , minister of transport
//    for Indonesia") is a person.
// Every mention of a retyped form takes the new type; gazetteer facts (countries, demonyms,
// known organisations) stand.
#pragma once

#include <vector>

#include "../nlp/document.h"
#include "actor_mentions.h"
#include "gazetteer.h"

namespace lede::actors {

// `names` sorted by first token; types are changed in place.
void retype_by_context(const nlp::Document& doc, std::vector<NameMention>& names, const gazetteer::Gazetteer& gaz);

}  // namespace lede::actors
