// analysis_json.cpp — see analysis_json.h.
#include "analysis_json.h"

namespace lede {

const char* to_string(ParagraphKind k) {
    switch (k) {
        case ParagraphKind::Heading: return "heading";
        case ParagraphKind::Quote: return "quote";
        case ParagraphKind::ListItem: return "list-item";
        default: return "paragraph";
    }
}
const char* to_string(ActorType t) {
    switch (t) {
        case ActorType::Person: return "PERSON";
        case ActorType::Org: return "ORG";
        case ActorType::Gpe: return "GPE";
        case ActorType::Loc: return "LOC";
        case ActorType::Norp: return "NORP";
        default: return "OTHER";
    }
}
const char* to_string(MentionKind k) {
    switch (k) {
        case MentionKind::Title: return "title";
        case MentionKind::Nominal: return "nominal";
        case MentionKind::Pronoun: return "pronoun";
        default: return "name";
    }
}
const char* to_string(TimeType t) {
    switch (t) {
        case TimeType::Time: return "TIME";
        case TimeType::Duration: return "DURATION";
        case TimeType::Set: return "SET";
        default: return "DATE";
    }
}
const char* to_string(Modality m) {
    switch (m) {
        case Modality::Proposed: return "proposed";
        case Modality::Possible: return "possible";
        case Modality::Required: return "required";
        case Modality::Future: return "future";
        case Modality::Denied: return "denied";
        default: return "asserted";
    }
}

namespace {
using json = nlohmann::ordered_json;

json span(const Span& s) { return json{{"start", s.start}, {"end", s.end}}; }
template <class T>
json opt(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }
json opt_span(const std::optional<Span>& s) { return s ? span(*s) : json(nullptr); }
}  // namespace

json to_json(const Analysis& a) {
    json j;
    j["schema"] = kSchema;
    const Article& art = a.article;
    json article;
    article["title"] = opt(art.title);
    article["published"] = opt(art.published);
    article["published_source"] = opt_span(art.published_source);
    article["byline"] = opt(art.byline);
    article["outlet"] = opt(art.outlet);
    article["language"] = art.language;
    article["text"] = art.text;
    json paragraphs = json::array();
    for (const auto& p : art.paragraphs) {
        json pj = span(p.span);
        pj["kind"] = to_string(p.kind);
        paragraphs.push_back(std::move(pj));
    }
    article["paragraphs"] = std::move(paragraphs);
    json origin = json::array();
    for (const auto& r : art.origin) {
        json rj = span(r.span);
        rj["input"] = r.input_start;
        origin.push_back(std::move(rj));
    }
    article["origin"] = std::move(origin);
    j["article"] = std::move(article);

    json removed = json::array();
    for (const auto& r : a.removed) {
        json rj = span(r.span);
        rj["reason"] = r.reason;
        removed.push_back(std::move(rj));
    }
    j["removed"] = std::move(removed);

    json actors = json::array();
    for (const auto& x : a.actors) {
        json aj;
        aj["id"] = x.id;
        aj["name"] = x.name;
        aj["type"] = to_string(x.type);
        aj["aliases"] = x.aliases;
        json roles = json::array();
        for (const auto& r : x.roles) roles.push_back(json{{"title", r.title}, {"of", opt(r.of)}});
        aj["roles"] = std::move(roles);
        json links = json::array();
        for (const auto& l : x.links) links.push_back(json{{"kind", l.kind}, {"actor", l.actor}, {"name", l.name}});
        aj["links"] = std::move(links);
        json mentions = json::array();
        for (const auto& m : x.mentions) {
            json mj = span(m.span);
            mj["kind"] = to_string(m.kind);
            mentions.push_back(std::move(mj));
        }
        aj["mentions"] = std::move(mentions);
        actors.push_back(std::move(aj));
    }
    j["actors"] = std::move(actors);

    json times = json::array();
    for (const auto& t : a.times) {
        json tj = span(t.span);
        tj["text"] = t.text;
        tj["type"] = to_string(t.type);
        tj["value"] = t.value;
        tj["anchor"] = t.anchor;
        times.push_back(std::move(tj));
    }
    j["times"] = std::move(times);

    json relations = json::array();
    for (const auto& r : a.relations) {
        json rj;
        rj["source"] = opt(r.source);
        rj["target"] = opt(r.target);
        rj["theme"] = opt_span(r.theme);
        rj["class"] = r.event_class;
        rj["trigger"] = span(r.trigger);
        rj["sentence"] = span(r.sentence);
        rj["negated"] = r.negated;
        rj["modality"] = to_string(r.modality);
        rj["quote"] = opt_span(r.quote);
        if (r.time) {
            rj["time"] = json{{"value", r.time->value},
                              {"index", r.time->index ? json(*r.time->index) : json(nullptr)},
                              {"basis", r.time->basis}};
        } else {
            rj["time"] = nullptr;
        }
        relations.push_back(std::move(rj));
    }
    j["relations"] = std::move(relations);

    json events = json::array();
    for (const auto& e : a.events) {
        json ej;
        ej["trigger"] = span(e.trigger);
        ej["lemma"] = e.lemma;
        ej["agent"] = opt(e.agent);
        ej["patient"] = opt(e.patient);
        ej["sentence"] = span(e.sentence);
        ej["negated"] = e.negated;
        ej["relation"] = opt(e.relation);
        events.push_back(std::move(ej));
    }
    j["events"] = std::move(events);

    json warnings = json::array();
    for (const auto& w : a.warnings) warnings.push_back(json{{"code", w.code}, {"message", w.message}});
    j["warnings"] = std::move(warnings);
    return j;
}

std::string to_json_string(const Analysis& a, int indent) {
    // `replace` keeps dump() from throwing should an invalid byte ever slip through.
    return to_json(a).dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace lede
