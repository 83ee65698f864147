// event_rows.cpp — relations to event-data rows (see event_rows.h). Works on the JSON form of
// the analysis, so the names of types and modes are written in one place (analysis_json.cpp).
#include "event_rows.h"

#include <string_view>

namespace lede::cli {

namespace {

using ojson = nlohmann::ordered_json;

const ojson* find_actor(const ojson& analysis, const std::string& id) {
    for (const ojson& a : analysis["actors"])
        if (a["id"] == id) return &a;
    return nullptr;
}

// A country of the actor's own names (name first, then aliases): a country named, a people
// ("Russian"), or a capital standing for its government ("Moscow said").
std::string own_country(const ojson& actor, const gazetteer::Gazetteer& gaz) {
    const std::string type = actor["type"];
    const bool place = type == "GPE" || type == "LOC" || type == "NORP" || type == "ORG";
    if (!place) return "";
    std::vector<std::string> names{actor["name"].get<std::string>()};
    for (const ojson& al : actor["aliases"]) names.push_back(al.get<std::string>());
    for (const std::string& n : names) {
        if (const auto* c = gaz.country_named(n)) return c->id;
        if (const auto* c = gaz.country_of_demonym(n)) return c->id;
        if (type == "GPE")
            if (const auto* c = gaz.country_of_capital(n)) return c->id;
    }
    return "";
}

// Depth-limited: links and roles may form cycles ("a1 part-of a2", "a2 ... of a1").
std::string country_of(const ojson& analysis, const std::string& id, int depth, const gazetteer::Gazetteer& gaz) {
    if (depth > 3) return "";
    const ojson* actor = find_actor(analysis, id);
    if (!actor) return "";
    if (std::string c = own_country(*actor, gaz); !c.empty()) return c;
    // Where it belongs: a city part-of a country, an official "Minister of" a government.
    for (const ojson& l : (*actor)["links"])
        if (std::string c = country_of(analysis, l["actor"].get<std::string>(), depth + 1, gaz); !c.empty()) return c;
    for (const ojson& r : (*actor)["roles"])
        if (r["of"].is_string())
            if (std::string c = country_of(analysis, r["of"].get<std::string>(), depth + 1, gaz); !c.empty()) return c;
    return "";
}

ojson text_of(const std::string& text, const ojson& span) {
    if (!span.is_object()) return nullptr;
    const std::size_t start = span["start"], end = span["end"];
    if (start > end || end > text.size()) return nullptr;
    return text.substr(start, end - start);
}

void put_actor(ojson& row, const char* role, const ojson& analysis, const ojson& id, const gazetteer::Gazetteer& gaz) {
    const std::string prefix = role;
    const ojson* actor = id.is_string() ? find_actor(analysis, id.get<std::string>()) : nullptr;
    row[prefix + "_id"] = actor ? (*actor)["id"] : ojson(nullptr);
    row[prefix + "_actor"] = actor ? (*actor)["name"] : ojson(nullptr);
    row[prefix + "_type"] = actor ? (*actor)["type"] : ojson(nullptr);
    const std::string country = actor ? country_of(analysis, id.get<std::string>(), 0, gaz) : "";
    row[prefix + "_country"] = country.empty() ? ojson(nullptr) : ojson(country);
}

}  // namespace

const std::vector<std::string>& event_columns() {
    static const std::vector<std::string> columns{
        "story_id", "event_n", "date", "date_basis", "published", "source_id", "source_actor", "source_type",
        "source_country", "target_id", "target_actor", "target_type", "target_country", "event_type",
        "negated", "mode", "trigger", "theme", "quote", "sentence"};
    return columns;
}

std::string actor_country(const nlohmann::ordered_json& analysis, const std::string& actor_id,
                          const gazetteer::Gazetteer& gaz) {
    return country_of(analysis, actor_id, 0, gaz);
}

std::vector<nlohmann::ordered_json> event_rows(const nlohmann::ordered_json& analysis,
                                               const nlohmann::json& story_id, const gazetteer::Gazetteer& gaz) {
    std::vector<ojson> rows;
    const std::string& text = analysis["article"]["text"].get_ref<const std::string&>();
    const ojson& published = analysis["article"]["published"];
    std::size_t n = 0;
    for (const ojson& r : analysis["relations"]) {
        ojson row;
        row["story_id"] = story_id;
        row["event_n"] = n++;
        // The event's own date when the text gives one, else the story's (basis says which).
        const ojson& time = r["time"];
        row["date"] = time.is_object() ? time["value"] : published;
        row["date_basis"] = time.is_object() ? time["basis"] : ojson(published.is_null() ? nullptr : "published");
        row["published"] = published;
        put_actor(row, "source", analysis, r["source"], gaz);
        put_actor(row, "target", analysis, r["target"], gaz);
        row["event_type"] = r["class"];
        row["negated"] = r["negated"];
        row["mode"] = r["modality"];
        row["trigger"] = text_of(text, r["trigger"]);
        row["theme"] = text_of(text, r["theme"]);
        row["quote"] = text_of(text, r["quote"]);
        row["sentence"] = text_of(text, r["sentence"]);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace lede::cli
