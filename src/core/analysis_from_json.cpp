// analysis_from_json.cpp — defensive reading: every access checks the JSON type first,
// because nlohmann's typed getters throw and exceptions must not reach JavaScript.
#include "analysis_from_json.h"

#include <vector>

#include <nlohmann/json.hpp>

#include "analysis_json.h"
#include "base/utf8.h"

namespace lede {
namespace {

using json = nlohmann::json;

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return {};
    const std::string& s = it->get_ref<const std::string&>();
    return utf8::is_valid(s) ? s : utf8::repair(s).text;
}

std::optional<std::string> opt_str(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return str(j, key);
}

std::size_t num(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number_unsigned() ? it->get<std::size_t>() : 0;
}

std::optional<std::size_t> opt_num(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_unsigned()) return std::nullopt;
    return it->get<std::size_t>();
}

bool flag(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

Span span(const json& j) {
    if (!j.is_object()) return {};
    return {num(j, "start"), num(j, "end")};
}

std::optional<Span> opt_span(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_object()) return std::nullopt;
    return span(*it);
}

const json& array(const json& j, const char* key) {
    static const json empty = json::array();
    auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : empty;
}

template <typename Enum>
Enum enum_of(const std::string& s, std::initializer_list<Enum> values, Enum fallback) {
    for (Enum v : values)
        if (s == to_string(v)) return v;
    return fallback;
}

// Each part below reads what the part of the same name in analysis_json.cpp writes.
Article read_article(const json& art) {
    Article a;
    if (!art.is_object()) return a;
    a.title = opt_str(art, "title");
    a.published = opt_str(art, "published");
    a.published_source = opt_span(art, "published_source");
    a.byline = opt_str(art, "byline");
    a.outlet = opt_str(art, "outlet");
    if (auto lang = opt_str(art, "language")) a.language = *lang;
    a.text = str(art, "text");
    for (const json& p : array(art, "paragraphs"))
        a.paragraphs.push_back({span(p), enum_of(str(p, "kind"), {ParagraphKind::Paragraph, ParagraphKind::Heading,
                                                                  ParagraphKind::Quote, ParagraphKind::ListItem},
                                                 ParagraphKind::Paragraph)});
    for (const json& r : array(art, "origin"))
        if (r.is_object()) a.origin.push_back({span(r), num(r, "input")});
    return a;
}

Actor read_actor(const json& x) {
    Actor actor;
    actor.id = str(x, "id");
    actor.name = str(x, "name");
    actor.type = enum_of(str(x, "type"), {ActorType::Person, ActorType::Org, ActorType::Gpe, ActorType::Loc, ActorType::Norp, ActorType::Other},
                         ActorType::Other);
    for (const json& al : array(x, "aliases"))
        if (al.is_string()) actor.aliases.push_back(al.get<std::string>());
    for (const json& r : array(x, "roles"))
        if (r.is_object()) actor.roles.push_back({str(r, "title"), opt_str(r, "of")});
    for (const json& l : array(x, "links"))
        if (l.is_object()) actor.links.push_back({str(l, "kind"), str(l, "actor"), str(l, "name")});
    if (const auto d = x.find("dictionary"); d != x.end() && d->is_object())
        actor.dictionary = DictionaryLink{str(*d, "source"), str(*d, "name"), str(*d, "matched"), opt_str(*d, "code"),
                                          opt_str(*d, "from"), opt_str(*d, "to"), opt_str(*d, "on")};
    for (const json& m : array(x, "mentions"))
        if (m.is_object())
            actor.mentions.push_back({span(m), enum_of(str(m, "kind"), {MentionKind::Name, MentionKind::Title, MentionKind::Nominal,
                                                                          MentionKind::Pronoun},
                                                       MentionKind::Name)});
    return actor;
}

TimeExpr read_time(const json& t) {
    TimeExpr te;
    te.span = span(t);
    te.text = str(t, "text");
    te.type = enum_of(str(t, "type"), {TimeType::Date, TimeType::Time, TimeType::Duration, TimeType::Set}, TimeType::Date);
    te.value = str(t, "value");
    te.anchor = str(t, "anchor");
    return te;
}

Relation read_relation(const json& r) {
    Relation rel;
    rel.source = opt_str(r, "source");
    rel.target = opt_str(r, "target");
    rel.theme = opt_span(r, "theme");
    rel.event_class = str(r, "class");
    rel.trigger = span(r.value("trigger", json::object()));
    rel.sentence = span(r.value("sentence", json::object()));
    rel.negated = flag(r, "negated");
    rel.modality = enum_of(str(r, "modality"), {Modality::Asserted, Modality::Proposed, Modality::Possible, Modality::Required,
                                                Modality::Future, Modality::Denied},
                           Modality::Asserted);
    rel.conditional = flag(r, "conditional");
    rel.reported = flag(r, "reported");
    rel.quote = opt_span(r, "quote");
    auto time = r.find("time");
    if (time != r.end() && time->is_object()) {
        RelationTime rt;
        rt.value = str(*time, "value");
        rt.index = opt_num(*time, "index");
        rt.basis = str(*time, "basis");
        rel.time = std::move(rt);
    }
    return rel;
}

Event read_event(const json& e) {
    Event ev;
    ev.trigger = span(e.value("trigger", json::object()));
    ev.lemma = str(e, "lemma");
    ev.agent = opt_str(e, "agent");
    ev.patient = opt_str(e, "patient");
    ev.sentence = span(e.value("sentence", json::object()));
    ev.negated = flag(e, "negated");
    ev.relation = opt_num(e, "relation");
    return ev;
}

// The objects of array member `key`, each read by `read_one` (anything else in it skipped).
template <class T, class ReadOne>
void read_array(const json& j, const char* key, std::vector<T>& out, ReadOne read_one) {
    for (const json& item : array(j, key))
        if (item.is_object()) out.push_back(read_one(item));
}

}  // namespace

AnalysisLoad analysis_from_json(std::string_view text) {
    AnalysisLoad out;
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        out.error = "not JSON";
        return out;
    }
    if (str(j, "schema") != kSchema) {
        out.error = "not a lede.analysis/1 document";
        return out;
    }
    Analysis a;
    if (auto art = j.find("article"); art != j.end()) a.article = read_article(*art);
    if (auto in = j.find("input"); in != j.end() && in->is_object())
        a.input = AnalysedInput{enum_of(str(*in, "flavour"), {InputFlavour::Html, InputFlavour::Text, InputFlavour::Raw}, InputFlavour::Text),
                                num(*in, "bytes")};
    read_array(j, "removed", a.removed, [](const json& r) { return Removed{span(r), str(r, "reason")}; });
    read_array(j, "actors", a.actors, read_actor);
    read_array(j, "times", a.times, read_time);
    read_array(j, "relations", a.relations, read_relation);
    read_array(j, "events", a.events, read_event);
    read_array(j, "warnings", a.warnings, [](const json& w) { return Warning{str(w, "code"), str(w, "message")}; });
    out.analysis = std::move(a);
    return out;
}

}  // namespace lede
