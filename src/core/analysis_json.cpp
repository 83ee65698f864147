// analysis_json.cpp — see analysis_json.h.
#include "analysis_json.h"

#include <string_view>
#include <vector>

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
const char* to_string(InputFlavour f) {
    switch (f) {
        case InputFlavour::Html: return "html";
        case InputFlavour::Raw: return "raw";
        default: return "text";
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

// The text is written straight into one string with JsonWriter rather than built as a DOM
// and dumped: in the page it runs in the analysis worker, in baseline-compiled wasm, on the
// way to the first result, where building nlohmann's ordered_json and dumping it took ~64 ms
// of a 3 KB article's first analysis. Each part below writes one member of the document, in
// the order of docs/analysis-schema.md; analysis_from_json.cpp reads them back, and
// tests/data/analysis/ holds whole documents it must write byte for byte.
namespace {

// The members of a span, for objects that start with them (`{"start":..,"end":..,"kind":..}`).
void write_span_members(JsonWriter& w, const Span& s) {
    w.key("start"); w.number(s.start);
    w.key("end"); w.number(s.end);
}
void write_span(JsonWriter& w, const Span& s) {
    w.begin_object();
    write_span_members(w, s);
    w.end_object();
}
void write_optional_span(JsonWriter& w, const std::optional<Span>& s) {
    if (s) write_span(w, *s); else w.null();
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

// "article": the cleaned text, its metadata, its paragraphs and where each run of it came
// from in the input.
void write_article(JsonWriter& w, const Article& art) {
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
}

// One element of "removed": a piece of the input's cruft, with the reason it was cut.
// Which flavour the core cleaned and how many bytes the removed and origin offsets point into.
void write_input(JsonWriter& w, const AnalysedInput& in) {
    w.begin_object();
    w.key("flavour"); w.string(to_string(in.flavour));
    w.key("bytes"); w.number(in.bytes);
    w.end_object();
}

void write_removed(JsonWriter& w, const Removed& r) {
    w.begin_object();
    write_span_members(w, r.span);
    w.key("reason"); w.string(r.reason);
    w.end_object();
}

// An actor's "dictionary": the actor-dictionary entry it was linked to (written only when set).
void write_dictionary(JsonWriter& w, const DictionaryLink& d) {
    w.begin_object();
    w.key("source"); w.string(d.source);
    w.key("name"); w.string(d.name);
    w.key("matched"); w.string(d.matched);
    w.key("code"); w.optional_string(d.code);
    w.key("from"); w.optional_string(d.from);
    w.key("to"); w.optional_string(d.to);
    w.key("on"); w.optional_string(d.on);
    w.end_object();
}

// An actor's "roles" and "links": what it is ("President" of a2) and what it belongs to.
void write_roles_and_links(JsonWriter& w, const Actor& x) {
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
}

// One element of "actors".
void write_actor(JsonWriter& w, const Actor& x) {
    w.begin_object();
    w.key("id"); w.string(x.id);
    w.key("name"); w.string(x.name);
    w.key("type"); w.string(to_string(x.type));
    w.key("aliases");
    w.begin_array();
    for (const auto& alias : x.aliases) w.string(alias);
    w.end_array();
    write_roles_and_links(w, x);
    if (x.dictionary) {
        w.key("dictionary");
        write_dictionary(w, *x.dictionary);
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

// One element of "times": a time expression with its TIMEX3 type and value.
void write_time(JsonWriter& w, const TimeExpr& t) {
    w.begin_object();
    write_span_members(w, t.span);
    w.key("text"); w.string(t.text);
    w.key("type"); w.string(to_string(t.type));
    w.key("value"); w.string(t.value);
    w.key("anchor"); w.string(t.anchor);
    w.end_object();
}

// One element of "relations".
void write_relation(JsonWriter& w, const Relation& r) {
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

// One element of "events".
void write_event(JsonWriter& w, const Event& e) {
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

// One element of "warnings": what the reader should know about this analysis.
void write_warning(JsonWriter& w, const Warning& x) {
    w.begin_object();
    w.key("code"); w.string(x.code);
    w.key("message"); w.string(x.message);
    w.end_object();
}

// An array member whose elements `write_one` writes.
template <class T, class WriteOne>
void write_array(JsonWriter& w, const char* key, const std::vector<T>& items, WriteOne write_one) {
    w.key(key);
    w.begin_array();
    for (const auto& item : items) write_one(w, item);
    w.end_array();
}

}  // namespace

std::string to_json_string(const Analysis& a, int indent) {
    std::string out;
    out.reserve(estimated_json_size(a, indent >= 0));
    JsonWriter w(out, indent);
    w.begin_object();
    w.key("schema"); w.string(kSchema);
    w.key("article"); write_article(w, a.article);
    if (a.input) {
        w.key("input"); write_input(w, *a.input);
    }
    write_array(w, "removed", a.removed, write_removed);
    write_array(w, "actors", a.actors, write_actor);
    write_array(w, "times", a.times, write_time);
    write_array(w, "relations", a.relations, write_relation);
    write_array(w, "events", a.events, write_event);
    write_array(w, "warnings", a.warnings, write_warning);
    w.end_object();
    return out;
}

}  // namespace lede
