// event_rows.h — the relations of one analysis as event-data rows (`lede batch --events`, the
// Python module's events()): one flat row per relation, in the layout event-data users know
// from PLOVER/POLECAT (story id, date, source and target actor with type and country, event
// type, negation and mode, sentence text). The README ("Analysing an archive") maps each
// column to its POLECAT field.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "actors/gazetteer.h"

namespace lede::cli {

// The columns of a row, in order (also the CSV header).
const std::vector<std::string>& event_columns();

// One row per relation of `analysis` (a lede.analysis/1 document, to_json_string parsed), in the
// relations' order; `story_id` is copied into every row. Values are strings, numbers, booleans
// or null. Never throws on a well-formed analysis. `gaz` (Resources::actors.gazetteer) gives
// the actors' countries.
std::vector<nlohmann::ordered_json> event_rows(const nlohmann::ordered_json& analysis,
                                               const nlohmann::json& story_id, const gazetteer::Gazetteer& gaz);

// The ISO 3166-1 alpha-2 country of an actor of `analysis` (by id), or "" when none is known:
// the country itself, a place or a people of it, or, through the actor's links and roles
// ("part-of", "President of"), the country of what it belongs to.
std::string actor_country(const nlohmann::ordered_json& analysis, const std::string& actor_id,
                          const gazetteer::Gazetteer& gaz);

}  // namespace lede::cli
