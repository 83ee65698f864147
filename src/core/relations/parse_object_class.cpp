// parse_object_class.cpp — see parse_object_class.h.
#include "parse_object_class.h"

#include <algorithm>
#include <optional>

namespace lede::relations {
namespace {

// The verb's object in the parse (a sentence index): its obj, else its passive subject; in a
// relative clause whose object is the relative word or missing ("the sanctions (that) the EU
// imposed"), the noun the clause modifies.
std::optional<std::size_t> parsed_object(const SentenceView& v, std::size_t verb) {
    std::optional<std::size_t> object, passive;
    for (std::size_t i = 0; i < v.heads.size(); ++i) {
        if (v.heads[i] != static_cast<int>(verb)) continue;
        if (v.deps[i] == "obj" && !object) object = i;
        if (v.deps[i] == "nsubj:pass" && !passive) passive = i;
    }
    if (!object) object = passive;
    const bool relative_word = object && (v.words[*object] == "that" || v.words[*object] == "which");
    if (v.deps[verb] == "acl:relcl" && v.heads[verb] >= 0 && (!object || relative_word))
        return static_cast<std::size_t>(v.heads[verb]);
    return object;
}

}  // namespace

void classes_from_parsed_objects(SentenceView& v, const TriggerLexicon& lexicon) {
    if (!v.parsed()) return;
    std::vector<bool> drop(v.triggers.size(), false);
    for (std::size_t k = 0; k < v.triggers.size(); ++k) {
        TriggerMatch& t = v.triggers[k];
        if (t.kind != TriggerKind::Verb || t.object_context || t.end != t.first + 1) continue;
        if (t.has_class(EventClass::Say)) continue;
        const std::size_t verb = t.head - v.first;
        const std::optional<std::size_t> object = parsed_object(v, verb);
        if (!object) continue;
        std::vector<EventClass> classes = lexicon.object_classes(v.words[verb], v.words[*object]);
        if (classes.empty()) continue;
        if (classes.size() == 1 && classes.front() == EventClass::NoEvent) drop[k] = true;
        else t.classes = std::move(classes);
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < v.triggers.size(); ++k)
        if (!drop[k]) {
            if (kept != k) v.triggers[kept] = std::move(v.triggers[k]);
            ++kept;
        }
    v.triggers.resize(kept);
}

}  // namespace lede::relations
