// analysis_json.cpp — see analysis_json.h.
#include "analysis_json.h"

#include <string_view>

#include "json_writer.h"

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

const char* to_string(InputFlavour f) {
    switch (f) {
        case InputFlavour::Html: return "html";
        case InputFlavour::Raw: return "raw";
        default: return "text";
    }
}

namespace {
using json = nlohmann::ordered_json;

json span(const Span& s) { return json{{"start", s.start}, {"end", s.end}}; }
template <class T>
json opt(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }
json opt_span(const std::optional<Span>& s) { return s ? span(*s) : json(nullptr); }
}  // namespace

// The reference form. to_json_string below writes the same members in the same order and
// must change with it (tests/unit/analysis_json_test.cpp fails on any difference).
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
    if (a.input) j["input"] = json{{"flavour", to_string(a.input->flavour)}, {"bytes", a.input->bytes}};

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
        if (const auto& d = x.dictionary)
            aj["dictionary"] = json{{"source", d->source}, {"name", d->name}, {"matched", d->matched}, {"code", opt(d->code)},
                                    {"from", opt(d->from)}, {"to", opt(d->to)}, {"on", opt(d->on)}};
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
        rj["conditional"] = r.conditional;
        rj["reported"] = r.reported;
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

// ---------------------------------------------------------------------------------------
// to_json_string writes the JSON text straight into one string instead of dumping
// to_json(a): in the page it runs in the analysis worker, in baseline-compiled wasm, on the
// way to the first result, where building the ordered_json DOM and then dumping it took
// ~64 ms of a 3 KB article's first analysis. The text is byte-for-byte what
// to_json(a).dump(indent, ' ', false, error_handler_t::replace) gives, which stays the
// reference (tests/unit/analysis_json_test.cpp compares the two).
namespace {

void write_span(JsonWriter& w, const Span& s) {
    w.begin_object();
    w.key("start"); w.number(s.start);
    w.key("end"); w.number(s.end);
    w.end_object();
}
void write_optional_span(JsonWriter& w, const std::optional<Span>& s) {
    if (s) write_span(w, *s); else w.null();
}
// The members of a span, for objects that start with them (`{"start":..,"end":..,"kind":..}`).
void write_span_members(JsonWriter& w, const Span& s) {
    w.key("start"); w.number(s.start);
    w.key("end"); w.number(s.end);
}

// Roughly the compact text's length, so that the one reservation usually holds it all: the
// strings' bytes plus what each item's keys, numbers and punctuation take (measured on the
// WCXB dev articles). Pretty text is at most about twice that (every line indented).
std::size_t estimated_json_size(const Analysis& a, bool pretty) {
    const Article& art = a.article;
    const auto length = [](const std::optional<std::string>& s) { return s ? s->size() : 0; };
    std::size_t n = 512 + art.text.size() + art.text.size() / 16 + length(art.title) +
                    length(art.byline) + length(art.outlet);
    n += 48 * (art.paragraphs.size() + art.origin.size() + a.removed.size());
    for (const auto& x : a.actors) {
        n += 96 + 2 * x.name.size() + 48 * x.mentions.size() + 64 * (x.roles.size() + x.links.size()) + (x.dictionary ? 192 : 0);
        for (const auto& alias : x.aliases) n += alias.size() + 3;
    }
    for (const auto& t : a.times) n += 80 + t.text.size() + t.value.size() + t.anchor.size();
    n += 300 * a.relations.size() + 160 * a.events.size();
    for (const auto& w : a.warnings) n += 32 + w.code.size() + w.message.size();
    return pretty ? 2 * n : n;
}

}  // namespace

std::string to_json_string(const Analysis& a, int indent) {
    std::string out;
    out.reserve(estimated_json_size(a, indent >= 0));
    JsonWriter w(out, indent);
    w.begin_object();
    w.key("schema"); w.string(kSchema);

    const Article& art = a.article;
    w.key("article");
    w.begin_object();
    w.key("title"); w.optional_string(art.title);
    w.key("published"); w.optional_string(art.published);
    w.key("published_source"); write_optional_span(w, art.published_source);
    w.key("byline"); w.optional_string(art.byline);
    w.key("outlet"); w.optional_string(art.outlet);
    w.key("language"); w.string(art.language);
    w.key("text"); w.string(art.text);
    w.key("paragraphs");
    w.begin_array();
    for (const auto& p : art.paragraphs) {
        w.begin_object();
        write_span_members(w, p.span);
        w.key("kind"); w.string(to_string(p.kind));
        w.end_object();
    }
    w.end_array();
    w.key("origin");
    w.begin_array();
    for (const auto& r : art.origin) {
        w.begin_object();
        write_span_members(w, r.span);
        w.key("input"); w.number(r.input_start);
        w.end_object();
    }
    w.end_array();
    w.end_object();

    if (a.input) {
        w.key("input");
        w.begin_object();
        w.key("flavour"); w.string(to_string(a.input->flavour));
        w.key("bytes"); w.number(a.input->bytes);
        w.end_object();
    }

    w.key("removed");
    w.begin_array();
    for (const auto& r : a.removed) {
        w.begin_object();
        write_span_members(w, r.span);
        w.key("reason"); w.string(r.reason);
        w.end_object();
    }
    w.end_array();

    w.key("actors");
    w.begin_array();
    for (const auto& x : a.actors) {
        w.begin_object();
        w.key("id"); w.string(x.id);
        w.key("name"); w.string(x.name);
        w.key("type"); w.string(to_string(x.type));
        w.key("aliases");
        w.begin_array();
        for (const auto& alias : x.aliases) w.string(alias);
        w.end_array();
        w.key("roles");
        w.begin_array();
        for (const auto& r : x.roles) {
            w.begin_object();
            w.key("title"); w.string(r.title);
            w.key("of"); w.optional_string(r.of);
            w.end_object();
        }
        w.end_array();
        w.key("links");
        w.begin_array();
        for (const auto& l : x.links) {
            w.begin_object();
            w.key("kind"); w.string(l.kind);
            w.key("actor"); w.string(l.actor);
            w.key("name"); w.string(l.name);
            w.end_object();
        }
        w.end_array();
        if (const auto& d = x.dictionary) {
            w.key("dictionary");
            w.begin_object();
            w.key("source"); w.string(d->source);
            w.key("name"); w.string(d->name);
            w.key("matched"); w.string(d->matched);
            w.key("code"); w.optional_string(d->code);
            w.key("from"); w.optional_string(d->from);
            w.key("to"); w.optional_string(d->to);
            w.key("on"); w.optional_string(d->on);
            w.end_object();
        }
        w.key("mentions");
        w.begin_array();
        for (const auto& m : x.mentions) {
            w.begin_object();
            write_span_members(w, m.span);
            w.key("kind"); w.string(to_string(m.kind));
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("times");
    w.begin_array();
    for (const auto& t : a.times) {
        w.begin_object();
        write_span_members(w, t.span);
        w.key("text"); w.string(t.text);
        w.key("type"); w.string(to_string(t.type));
        w.key("value"); w.string(t.value);
        w.key("anchor"); w.string(t.anchor);
        w.end_object();
    }
    w.end_array();

    w.key("relations");
    w.begin_array();
    for (const auto& r : a.relations) {
        w.begin_object();
        w.key("source"); w.optional_string(r.source);
        w.key("target"); w.optional_string(r.target);
        w.key("theme"); write_optional_span(w, r.theme);
        w.key("class"); w.string(r.event_class);
        w.key("trigger"); write_span(w, r.trigger);
        w.key("sentence"); write_span(w, r.sentence);
        w.key("negated"); w.boolean(r.negated);
        w.key("modality"); w.string(to_string(r.modality));
        w.key("conditional"); w.boolean(r.conditional);
        w.key("reported"); w.boolean(r.reported);
        w.key("quote"); write_optional_span(w, r.quote);
        w.key("time");
        if (r.time) {
            w.begin_object();
            w.key("value"); w.string(r.time->value);
            w.key("index"); w.optional_number(r.time->index);
            w.key("basis"); w.string(r.time->basis);
            w.end_object();
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();

    w.key("events");
    w.begin_array();
    for (const auto& e : a.events) {
        w.begin_object();
        w.key("trigger"); write_span(w, e.trigger);
        w.key("lemma"); w.string(e.lemma);
        w.key("agent"); w.optional_string(e.agent);
        w.key("patient"); w.optional_string(e.patient);
        w.key("sentence"); write_span(w, e.sentence);
        w.key("negated"); w.boolean(e.negated);
        w.key("relation"); w.optional_number(e.relation);
        w.end_object();
    }
    w.end_array();

    w.key("warnings");
    w.begin_array();
    for (const auto& x : a.warnings) {
        w.begin_object();
        w.key("code"); w.string(x.code);
        w.key("message"); w.string(x.message);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return out;
}

}  // namespace lede
