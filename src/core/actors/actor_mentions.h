// actor_mentions.h — typed mentions of a document, before they are merged into actors.
//
// Starts from the NER tagger's spans (ner.h) and makes them into what Lede reports:
//  - types: PER -> Person, ORG -> Org, LOC -> Gpe (countries, capitals, regions, and by
//    default) or Loc (names with a landform word: "Atlantic Ocean"), MISC -> Norp when
//    it is a demonym ("Russian"), else dropped; a gazetteer entry overrides the tagger
//    (a country is a GPE, a demonym NORP) and finds countries, capitals and demonyms
//    the tagger missed;
//  - a known organisation (assets/gazetteer/organisations.txt: airlines, brands) is an
//    organisation whatever the tagger said, and is found where it saw nothing; a person
//    name with an acronym in it ("Mac OS X", "PT Cruiser") is a product, no actor;
//  - "European", "North American" (region_demonyms.txt) are NORP of no country;
//  - a capitalised run ending in a landform or facility word (landforms.txt) that the
//    tagger missed is a LOC: "Changi International Airport";
//  - one type per surface form (majority vote over the document; a word of a person's
//    full name is that person, "Doug Ford ... Ford said", unless an organisation's name
//    starts with it);
//  - a demonym right before an organisation joins it ("Russian" + "Foreign Ministry");
//  - titles are cut off names and kept as title mentions ("FBI Director Christopher
//    Wray" -> org "FBI", title "Director" of the person "Christopher Wray"), also in the
//    possessive form "the ministry’s spokesperson Maria Zakharova", where "the
//    ministry" becomes a nominal mention;
//  - a capitalised run ending in an organisation word ("Inc.", "Ministry", "Committee")
//    is an organisation ("House Homeland Security Committee"), whatever the tagger said;
//  - a name tagged once is found again where the tagger missed it, and a short form
//    of a longer organisation or person name takes that type ("Apple" / "Apple Inc.");
//    an organisation's first word alone is found as its short form when it is a name of
//    its own (never in lower case, no title, place or first name);
//  - organisations and places include a "the" before them, as news corpora annotate
//    ("the United States"); `lead` counts it, and the name itself excludes it (more
//    extent rules, descriptors and modifiers, are in actor_extent.h);
//  - "Bank of Canada", "University of Michigan": an organisation word, "of" and a
//    capitalised run are one organisation;
//  - a dateline's place in capitals ("FRANKFURT 1997-02-08", "MOSCOW, Sept 25") is a GPE,
//    and names already known are found again in headlines written in capitals;
//  - cruft is dropped: no letters, all lower case in a text that has capitals, the stem
//    of a contraction ("Don" of "Don't").
// The steps, in order, are the methods of MentionPass (mention_pass.h).
// Token ranges index Document::tokens. Linear in the number of tokens.
#pragma once

#include <string>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"
#include "../syntax/pos_tagger.h"
#include "actor_resources.h"

namespace lede::actors {

struct NameMention {
    std::size_t first = 0, end = 0;               // token range
    ActorType type = ActorType::Other;
    std::string country;                          // gazetteer country id when the name is one ("RU")
    std::string demonym_of;                       // for NORP, and ORG with a demonym ("Russian Foreign Ministry")
    std::string capital_of;                       // country id when the name is its capital
    // The range is the mention as written; the name itself is [first + lead, end - tail):
    // "the U.S. automaker GM" has lead 3, "Toulouse , France" tail 2.
    std::size_t lead = 0, tail = 0;
    bool modifier = false;                        // modifies a noun ("US government"): no mention of its own
    bool descriptor = false;                      // lead holds a descriptor ("U.S. automaker"): the bare name is a mention too
    bool weak = false;                            // typed from a longer tagged span ("Apple trademark"): takes the document's vote, casts none
    bool product = false;                         // a model or unit, not an actor ("787 Dreamliner", "2 GHz")
    std::size_t name_first() const { return first + lead; }
    std::size_t name_end() const { return end - tail; }
};

struct TitleMention {
    std::size_t first = 0, end = 0;               // the title words ("Director")
    std::string title;                            // as written, first letter capitalised
    int person = -1;                              // index into names: who holds it
    int of_name = -1;                             // index into names: the organisation or country
    std::string of_demonym;                       // "Russian President": country id of the demonym
    int of_nominal = -1;                          // index into nominals
};

// "the ministry": a common noun standing for an organisation named elsewhere.
struct NominalMention {
    std::size_t first = 0, end = 0;               // token range, with the determiner
    std::string head;                             // folded head noun, "ministry"
};

struct MentionSet {
    std::vector<NameMention> names;               // sorted by first token
    std::vector<TitleMention> titles;
    std::vector<NominalMention> nominals;
    bool upper_case = false;                      // the text is (mostly) in capitals
    bool lower_case = false;                      // the text has (almost) no capitals
};

// `tagger` (part-of-speech) serves the mentions' extents (actor_extent.h).
MentionSet find_mentions(const nlp::Document& doc, const ActorResources& resources, const syntax::PosTagger& tagger);

}  // namespace lede::actors
