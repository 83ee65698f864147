// export_csv.cpp — CSV writers. Text columns are cut from article.text by their spans so
// a spreadsheet shows the words, and the offsets are kept for tools.
#include "app/export_csv.h"

#include <unordered_map>

namespace lede::app {
namespace {

std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string cut(const std::string& text, const Span& s) {
    if (s.end > text.size() || s.start > s.end) return {};
    return text.substr(s.start, s.end - s.start);
}

void row(std::string& out, std::initializer_list<std::string> fields) {
    bool first = true;
    for (const std::string& f : fields) {
        if (!first) out += ',';
        out += field(f);
        first = false;
    }
    out += "\r\n";
}

}  // namespace

std::string relations_csv(const Analysis& a) {
    std::unordered_map<std::string, std::string> names;
    for (const Actor& actor : a.actors) names[actor.id] = actor.name;
    auto name = [&](const std::optional<std::string>& id) { return id && names.count(*id) ? names[*id] : std::string(); };
    std::string out;
    row(out, {"source_id", "source", "class", "target_id", "target", "trigger", "negated", "modality", "time", "sentence",
              "sentence_start", "sentence_end"});
    const std::string& text = a.article.text;
    for (const Relation& r : a.relations)
        row(out, {r.source.value_or(""), name(r.source), r.event_class, r.target.value_or(""), name(r.target), cut(text, r.trigger),
                  r.negated ? "true" : "false", to_string(r.modality), r.time ? r.time->value : "", cut(text, r.sentence),
                  std::to_string(r.sentence.start), std::to_string(r.sentence.end)});
    return out;
}

std::string timeline_csv(const Analysis& a) {
    std::string out;
    row(out, {"value", "type", "text", "start", "end", "anchor"});
    for (const TimeExpr& t : a.times)
        row(out, {t.value, to_string(t.type), t.text, std::to_string(t.span.start), std::to_string(t.span.end), t.anchor});
    return out;
}

}  // namespace lede::app
