// parse_modality.cpp — see parse_modality.h. The cue table stays the one list of words
// (modality_cues.tsv): the parse only says which words belong to the trigger's clause.
#include "parse_modality.h"

#include "parse_arguments.h"

namespace lede::relations {
namespace {

// The cue of `kind` that the single word w is, or with "to" after it ("plans to").
bool is_cue(const ModalityCues& cues, const std::string& w, CueKind kind, bool with_to) {
    const std::vector<std::string> words = with_to ? std::vector<std::string>{w, "to"} : std::vector<std::string>{w};
    return cues.cue_length_at(words, 0, kind) == words.size();
}

constexpr CueKind kModalKinds[] = {CueKind::Future, CueKind::Possible, CueKind::Required, CueKind::Proposed,
                                   CueKind::Denied};

// The trigger's head and the verbs it hangs from through xcomp, nearest first.
std::vector<std::size_t> clause_chain(const SentenceView& s, std::size_t head) {
    std::vector<std::size_t> chain{head};
    for (int k = 0; k < 3; ++k) {
        const std::size_t x = chain.back();
        const auto parent = s.head_of(x);
        if (!parent || universal_relation(s.dep(x)) != "xcomp") break;
        chain.push_back(*parent);
    }
    return chain;
}

bool is_say_trigger(const SentenceView& s, std::size_t token) {
    for (const auto& t : s.triggers)
        if (t.first <= token && token < t.end)
            if (t.has_class(EventClass::Say)) return true;
    return false;
}

// The clause is the complement of a speech verb: up through xcomp/conj to a ccomp or
// parataxis whose head is a SAY trigger.
bool reported_clause(const SentenceView& s, std::size_t head) {
    std::size_t x = head;
    for (int k = 0; k < 4; ++k) {
        const auto parent = s.head_of(x);
        if (!parent) return false;
        const std::string d = universal_relation(s.dep(x));
        if (d == "ccomp" || d == "parataxis") return is_say_trigger(s, *parent);
        if (d != "xcomp" && d != "conj") return false;
        x = *parent;
    }
    return false;
}

bool opens_with_condition(const SentenceView& s, std::size_t verb, const FunctionWords& fw) {
    for (std::size_t c : dependents(s, verb))
        if (s.dep(c) == "mark" && fw.is(WordClass::Condition, s.word(c))) return true;
    return false;
}

void read_verb(const SentenceView& s, std::size_t x, bool governor, const ModalityCues& cues, ParsedModality& out) {
    for (std::size_t c : dependents(s, x)) {
        const std::string& d = s.dep(c);
        if (d != "advmod" && d != "aux" && d != "aux:pass") continue;
        const std::string& w = s.word(c);
        if (is_cue(cues, w, CueKind::Negation, false)) out.negated = true;
        if (d == "advmod") continue;
        for (const CueKind kind : kModalKinds)
            if (is_cue(cues, w, kind, false)) out.modality = stronger_modality(out.modality, modality_of_kind(kind));
    }
    if (!governor) return;
    for (const CueKind kind : kModalKinds)
        if (is_cue(cues, s.word(x), kind, true)) out.modality = stronger_modality(out.modality, modality_of_kind(kind));
}

}  // namespace

ParsedModality parse_modality(const SentenceView& s, const TriggerMatch& t, const ModalityCues& cues,
                              const FunctionWords& fw) {
    ParsedModality out;
    if (!s.parsed() || t.head < s.first || t.head >= s.end) return out;
    const std::vector<std::size_t> chain = clause_chain(s, t.head);
    for (std::size_t i = 0; i < chain.size(); ++i) read_verb(s, chain[i], i > 0, cues, out);
    for (std::size_t x : chain) {
        out.conditional |= opens_with_condition(s, x, fw);
        const auto parent = s.head_of(x);
        if (parent && s.dep(x) == "conj") out.conditional |= opens_with_condition(s, *parent, fw);
    }
    out.reported = reported_clause(s, t.head);
    // "called off the talks", "cancelled the visit": the noun's event does not take place.
    // (The particle is read as the word after the verb: the parser often labels "off" a
    // preposition of the noun.)
    const auto verb = s.head_of(t.head);
    const std::string d = universal_relation(s.dep(t.head));
    if (t.kind == TriggerKind::Noun && verb && (d == "obj" || d == "obl" || d == "xcomp")) {
        std::vector<std::string> phrase{s.word(*verb)};
        if (*verb + 1 < s.end && s.word(*verb + 1) == "off") phrase.push_back("off");
        out.negated |= cues.cue_length_at(phrase, 0, CueKind::Reversal) == phrase.size();
    }
    return out;
}

ModalityReading merge_modality(ModalityReading cue, const ParsedModality& parsed) {
    cue.negated |= parsed.negated;
    cue.modality = stronger_modality(cue.modality, parsed.modality);
    if (parsed.conditional && cue.modality == Modality::Asserted) cue.modality = Modality::Possible;
    return cue;
}

}  // namespace lede::relations
