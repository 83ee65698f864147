// parse_arguments.cpp — see parse_arguments.h. Walks at most a few arcs from the trigger: the
// parser is right on ~80 % of arcs, and every extra arc followed multiplies its errors, so
// roles come from the trigger's own dependents, its controller or its noun, and one level of
// modifiers below them.
#include "parse_arguments.h"

#include <algorithm>

#include "group_actors.h"
#include "nominal_reference.h"

namespace lede::relations {
namespace {

const MentionRef* mention_at(const SentenceView& s, std::size_t t) {
    const MentionRef* best = nullptr;
    for (const auto& m : s.mentions)
        if (m.first <= t && t < m.end && (!best || m.end - m.first < best->end - best->first)) best = &m;
    return best;
}

// The preposition of a nominal (its "case" dependent), or "".
std::string case_of(const SentenceView& s, std::size_t t) {
    for (std::size_t c : dependents(s, t))
        if (s.dep(c) == "case") return s.word(c);
    return "";
}

// Prepositions that mark someone taking part in the event ("sanctions against Iran",
// "talks with Hamas", "a strike on Gaza", "aid to Liberia").
bool participant_preposition(const std::string& p) {
    return p == "against" || p == "with" || p == "on" || p == "to" || p == "toward" || p == "towards" ||
           p == "into" || p == "over" || p == "upon";
}

struct Found {
    std::optional<std::size_t> actor;
    std::optional<MentionRef> mention;
};

const char* const kOwnName[] = {"appos", "flat", nullptr};
const char* const kModifier[] = {"nmod:poss", "compound", "amod", nullptr};
const char* const kOfPhrase[] = {"nmod", nullptr};

// Token x hangs from t through at most three flat/compound arcs (one name phrase).
bool in_name_phrase(const SentenceView& s, std::size_t x, std::size_t t) {
    for (int k = 0; k < 3; ++k) {
        const auto h = s.head_of(x);
        if (!h || (s.dep(x) != "flat" && s.dep(x) != "compound")) return false;
        if (*h == t) return true;
        x = *h;
    }
    return false;
}

// "FBI Director Christopher Wray": UD heads a run of names on its first word; the person is
// the last name of the run (an actor name right before another is its modifier).
const MentionRef* run_head(const SentenceView& s, const MentionRef* m, std::size_t t) {
    for (int k = 0; k < 3; ++k) {
        const MentionRef* next = nullptr;
        for (std::size_t u = m->end; u < s.end && u <= m->end + 1 && !next; ++u)
            if (const MentionRef* o = mention_at(s, u); o && o->actor != m->actor && in_name_phrase(s, u, t)) next = o;
        if (!next) break;
        m = next;
    }
    return m;
}

bool has_relation(const std::string& label, const char* const* kinds) {
    for (const char* const* k = kinds; *k; ++k)
        if (label == *k) return true;
    return false;
}

// Who word t stands for (see the header); `depth` bounds the hops through relative clauses.
// Pronouns are read only as subjects (`subject`): an object pronoun ("allowing them to
// listen") is more often someone unnamed than the last actor named.
Found actor_of(const ArgumentContext& ctx, std::size_t t, bool subject = false, int depth = 0) {
    const SentenceView& s = ctx.sentence;
    if (const MentionRef* m = mention_at(s, t)) return {run_head(s, m, t)->actor, *run_head(s, m, t)};
    const std::string& w = s.word(t);
    // "Ford, which lost ...": the relative pronoun is the noun the clause modifies
    if ((w == "which" || w == "who" || w == "that") && depth < 2) {
        const auto verb = s.head_of(t);
        if (verb && s.dep(*verb) == "acl:relcl")
            if (const auto noun = s.head_of(*verb)) return actor_of(ctx, *noun, subject, depth + 1);
        return {};
    }
    if (ctx.words.is(WordClass::PronounPerson, w) || ctx.words.is(WordClass::PronounGroup, w))
        return {subject ? pronoun_actor(ctx, w, t) : std::nullopt, std::nullopt};
    if (const NominalReference n = nominal_reference(*s.doc, ctx.index, ctx.words, t); n.found)
        return {n.actor, std::nullopt};
    // a name on the phrase: appositive, possessor, modifier, then "of/from X"
    // (the name of the phrase's own referent first: "FBI Director Christopher Wray" is Wray;
    // then the modifier nearest the noun: "Ankara's Cankaya district administration")
    const std::vector<std::size_t> children = dependents(s, t);
    for (const char* const* kinds : {kOwnName, kModifier, kOfPhrase})
        for (auto c = children.rbegin(); c != children.rend(); ++c) {
            if (!has_relation(s.dep(*c), kinds)) continue;
            if (kinds == kOfPhrase && case_of(s, *c) != "of" && case_of(s, *c) != "from") continue;
            if (const MentionRef* m = mention_at(s, *c)) return {m->actor, *m};
        }
    return {};
}

// The dependents of `verb` by role.
struct Roles {
    std::optional<std::size_t> subject, passive_subject, object, indirect, agent;
    std::vector<std::size_t> obliques;    // obl and the objects' nmod, in that order
    bool passive_aux = false;
    bool passive = false;                 // a passive subject or auxiliary, or a noun's participle
};

Roles roles_of(const SentenceView& s, std::size_t verb) {
    Roles r;
    for (std::size_t c : dependents(s, verb)) {
        const std::string& d = s.dep(c);
        if (d == "nsubj" && !r.subject) r.subject = c;
        else if (d == "nsubj:pass" && !r.passive_subject) r.passive_subject = c;
        else if (d == "obj" && !r.object) r.object = c;
        else if (d == "iobj" && !r.indirect) r.indirect = c;
        else if (d == "obl:agent") r.agent = c;
        else if (d == "aux:pass") r.passive_aux = true;
        else if (d == "obl") r.obliques.push_back(c);
    }
    // "an event hosted by Apple": a participle modifying a noun is a passive of its own
    const bool participle = s.dep(verb) == "acl" && !s.tags.empty() && s.tag(verb) == "VBN";
    r.passive = r.passive_subject || r.passive_aux || participle;
    for (std::size_t i = 0; r.passive && !r.agent && i < r.obliques.size(); ++i)
        if (case_of(s, r.obliques[i]) == "by") {
            r.agent = r.obliques[i];
            r.obliques.erase(r.obliques.begin() + static_cast<std::ptrdiff_t>(i));
        }
    // "imposed sanctions on Iran", "strikes in Gaza against Hamas": the participant may hang
    // from the object or from another oblique
    const std::size_t own = r.obliques.size();
    for (std::size_t i = 0; i < own; ++i)
        for (std::size_t c : dependents(s, r.obliques[i]))
            if (s.dep(c) == "nmod") r.obliques.push_back(c);
    if (r.object)
        for (std::size_t c : dependents(s, *r.object))
            if (s.dep(c) == "nmod") r.obliques.push_back(c);
    return r;
}

// The subject a verb without one takes from the verb it depends on: the controller of an
// xcomp (its object when it has one: "urged Iran to stop"), else the subject of a verb it is
// conjoined to or an adverbial clause of (", killing ...", "sent troops to fight").
// `controlled` tells whether only xcomp arcs were followed.
std::optional<std::size_t> inherited_subject(const SentenceView& s, std::size_t verb, bool& controlled) {
    std::size_t v = verb;
    controlled = true;
    for (int k = 0; k < 3; ++k) {
        const auto parent = s.head_of(v);
        if (!parent) return std::nullopt;
        const std::string d = universal_relation(s.dep(v));
        if (d != "xcomp" && d != "conj" && d != "advcl") return std::nullopt;
        controlled &= d == "xcomp";
        // a conjoined noun or adjective is no clause of the verb
        if (d == "conj" && !s.tags.empty() && s.tag(*parent).rfind("VB", 0) != 0 && s.tag(*parent) != "AUX")
            return std::nullopt;
        const Roles r = roles_of(s, *parent);
        if (d == "xcomp" && r.object) return r.object;
        if (r.subject) return r.subject;
        if (r.passive_subject && d != "advcl") return r.passive_subject;
        v = *parent;
    }
    return std::nullopt;
}

void take_source(const ArgumentContext& ctx, std::size_t t, ParsedArguments& out) {
    out.found_source = true;
    const Found f = actor_of(ctx, t, true);
    out.source = f.actor;
    out.source_mention = f.mention;
}

// The first participant among the obliques (places are passed over).
Found oblique_target(const ArgumentContext& ctx, const Roles& r, std::optional<std::size_t> source) {
    for (std::size_t c : r.obliques) {
        const std::string p = case_of(ctx.sentence, c);
        if (!participant_preposition(p)) continue;
        const Found f = actor_of(ctx, c);
        if (f.actor && f.actor != source) return f;
    }
    return {};
}

void verb_arguments(const ArgumentContext& ctx, std::size_t verb, ParsedArguments& out) {
    const SentenceView& s = ctx.sentence;
    const Roles r = roles_of(s, verb);
    out.passive = r.passive;
    const std::string& rel = s.dep(verb);
    if (r.subject) {
        take_source(ctx, *r.subject, out);
    } else if (r.agent) {
        take_source(ctx, *r.agent, out);
    } else if (rel == "acl" && s.head_of(verb)) {
        // "troops attacking the town" (the noun acts); "talks hosted by X" (the noun undergoes)
        if (!out.passive && !s.tags.empty() && s.tag(verb) == "VBG") take_source(ctx, *s.head_of(verb), out);
    } else if (const auto inherited = inherited_subject(s, verb, out.source_controlled)) {
        take_source(ctx, *inherited, out);
        out.source_inherited = true;
    }
    if (!out.source_inherited) out.source_controlled = false;
    if (r.agent && r.subject) take_source(ctx, *r.agent, out);
    const auto set_target = [&](const Found& f) {
        if (!f.actor || f.actor == out.source) return false;
        out.target = f.actor;
        out.found_target = true;
        return true;
    };
    out.target_direct = true;
    if (r.passive_subject && set_target(actor_of(ctx, *r.passive_subject))) return;
    if (rel == "acl" && out.passive && s.head_of(verb) && set_target(actor_of(ctx, *s.head_of(verb)))) return;
    const Found oblique = oblique_target(ctx, r, out.source);
    // people named by a common noun are more often what is sent or given ("contribute 4,000
    // troops to Liberia"): they yield to a named participant
    const Found object = r.object ? actor_of(ctx, *r.object) : Found{};
    const bool named_oblique = oblique.actor && !is_group_actor(ctx.actors[*oblique.actor]);
    if (object.actor && !(named_oblique && is_group_actor(ctx.actors[*object.actor])) && set_target(object)) return;
    out.target_direct = false;
    if (oblique.actor && set_target(oblique)) return;
    if (r.indirect) set_target(actor_of(ctx, *r.indirect));
    // (a place is never the target here: where it happened is not to whom)
}

void noun_arguments(const ArgumentContext& ctx, std::size_t noun, ParsedArguments& out) {
    const SentenceView& s = ctx.sentence;
    for (std::size_t c : dependents(s, noun)) {
        const std::string& d = s.dep(c);
        const std::string p = d == "nmod" ? case_of(s, c) : "";
        const bool by = d == "nmod:poss" || d == "compound" || d == "amod" || p == "by" || p == "from";
        if (by && !out.source) {
            const Found f = actor_of(ctx, c);
            if (!f.actor) continue;
            out.found_source = true;
            out.source = f.actor;
            out.source_mention = f.mention;
        } else if (d == "nmod" && participant_preposition(p) && !out.target) {
            const Found f = actor_of(ctx, c);
            if (f.actor && f.actor != out.source) out.target = f.actor, out.found_target = true;
        }
    }
}

// "demanded that Z withdraw", "its demand that Z withdraw": the one a demand is made of is the
// subject of the clause it states (a "that" clause or one without a mark: ccomp of a verb,
// acl or ccomp of a noun), when the parse gave no target.
void clause_subject_target(const ArgumentContext& ctx, std::size_t head, ParsedArguments& out) {
    const SentenceView& s = ctx.sentence;
    for (std::size_t clause : dependents(s, head)) {
        const std::string& d = s.dep(clause);
        if (d != "ccomp" && d != "acl") continue;
        bool stated = true, found = false;
        for (std::size_t c : dependents(s, clause)) {
            if (s.dep(c) == "mark" && s.word(c) != "that") stated = false;   // "if", "whether", "to"
            if (!stated || found || (s.dep(c) != "nsubj" && s.dep(c) != "nsubj:pass")) continue;
            found = true;
            const Found f = actor_of(ctx, c, true);
            if (f.actor && f.actor != out.source) out.target = f.actor, out.found_target = true;
        }
        if (stated && found) return;
    }
}

}  // namespace

std::string universal_relation(const std::string& label) {
    const std::size_t colon = label.find(':');
    return colon == std::string::npos ? label : label.substr(0, colon);
}

std::vector<std::size_t> dependents(const SentenceView& s, std::size_t token) {
    std::vector<std::size_t> out;
    const int h = static_cast<int>(token - s.first);
    for (std::size_t i = 0; i < s.heads.size(); ++i)
        if (s.heads[i] == h) out.push_back(s.first + i);
    return out;
}

ParsedArguments parse_arguments(const ArgumentContext& ctx, const TriggerMatch& trigger) {
    ParsedArguments out;
    const SentenceView& s = ctx.sentence;
    if (!s.parsed() || trigger.head < s.first || trigger.head >= s.end) return out;
    if (trigger.kind == TriggerKind::Noun) noun_arguments(ctx, trigger.head, out);
    else verb_arguments(ctx, trigger.head, out);
    const bool demand = trigger.has_class(EventClass::Demand);
    if (demand && !out.target) clause_subject_target(ctx, trigger.head, out);
    // whom one speaks to is the clause rules' (the parse often hangs the reported clause's
    // obliques on the speech verb)
    if (trigger.has_class(EventClass::Say)) out.target.reset(), out.found_target = false;
    return out;
}

}  // namespace lede::relations
