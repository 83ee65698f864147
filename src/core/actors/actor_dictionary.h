// actor_dictionary.h — links people and organisations to the PETRARCH2 actor dictionaries
// (assets/gazetteer/petrarch_actors.txt, written by tools/build_petrarch_gazetteer.py): the
// entry's canonical name ("Putin" -> "Vladimir Putin"), and the CAMEO code of the role that
// holds on the article's date (a dated role holds only when its dates include that date;
// an undated one is the entry's default). Why: an actor named as news names it ("Putin",
// "IAEA") becomes a known actor with an identity a reader or a coder can check, and
// the link says which written name matched, so it is explicit and visible (the JSON's
// `dictionary` extension field). The file is native-only (the page's bundle leaves out
// gazetteer *.txt files): without it nothing is linked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../analysis.h"
#include "actor_resources.h"

namespace lede::actors {

// One dictionary entry as the file stores it: kind 'P' (person) or 'O' (organisation),
// its canonical name, and its roles "CODE" or "CODE@FROM/TO" (ISO dates, either may be empty).
struct DictionaryEntry {
    char kind = 0;
    std::string_view name;
    std::string_view roles;
};

// The role of `roles` that holds on `date` ("YYYY-MM-DD...", or "" when unknown): of the
// dated roles whose dates include it, the one that began last; else the first undated role;
// else nothing (the entry's roles all lie at other dates).
struct HeldRole {
    std::string code;
    std::string from, to;                         // "" when open or undated
};
std::optional<HeldRole> role_on(std::string_view roles, std::string_view date);

// The entry a written name (any case) stands for in `dictionary` (ActorResources::dictionary),
// or nothing (unknown or no file).
std::optional<DictionaryEntry> dictionary_entry(const gazetteer::PhraseIndex& dictionary, std::string_view written);

// Sets `dictionary` on every PERSON and ORG actor whose name or an alias is an entry of its
// kind (name first, then aliases in order; a leading role title is skipped: "President Putin").
void link_dictionary_actors(std::vector<Actor>& actors, std::string_view date, const ActorResources& resources);

}  // namespace lede::actors
