// event_arguments.cpp — see event_arguments.h. Clause heuristics over tokens, actor
// mentions and triggers; find_arguments merges in the parse's roles (parse_arguments.h). Each scan is bounded by the sentence, so the
// whole pass is linear in the sentence length times the number of triggers.
#include "event_arguments.h"

#include <algorithm>

#include "../syntax/dependency_parser.h"
#include "../syntax/pos_tagger.h"
#include "group_actors.h"
#include "nominal_reference.h"
#include "parse_arguments.h"
#include "quotes.h"

namespace lede::relations {
namespace {

constexpr std::size_t kMaxTargetDistance = 25;  // tokens right of the trigger

// Quote marks are no boundary: scare quotes sit inside clauses ("hoping to “denigrate” Biden").
bool hard_boundary(const std::string& w) { return w == ";" || w == ":" || w == "—"; }

const MentionRef* mention_at(const SentenceView& s, std::size_t t) {
    const MentionRef* best = nullptr;
    for (const auto& m : s.mentions)
        if (m.first <= t && t < m.end && (!best || m.end - m.first < best->end - best->first)) best = &m;
    return best;
}

// "US House Homeland Security Committee": a name right before another is its modifier;
// the phrase's head is the later one.
const MentionRef* head_of_run(const SentenceView& s, const MentionRef* m) {
    for (int k = 0; k < 3 && m; ++k) {
        const MentionRef* next = nullptr;
        for (const auto& o : s.mentions)
            if (o.first == m->end && o.actor != m->actor) next = &o;
        if (!next) break;
        m = next;
    }
    return m;
}

const TriggerMatch* trigger_at(const SentenceView& s, std::size_t t) {
    for (const auto& tr : s.triggers)
        if (tr.first <= t && t < tr.end) return &tr;
    return nullptr;
}

bool is_say(const TriggerMatch& t) { return t.has_class(EventClass::Say); }

// The preposition governing the phrase that starts at token `first` (skipping up to two
// determiners or modifiers), or "".
std::string governing_preposition(const ArgumentContext& ctx, std::size_t first) {
    const SentenceView& s = ctx.sentence;
    std::size_t t = first;
    // A phrase that opens with its determiner ("the UK") has no modifier before it.
    const bool determined = first < s.end && ctx.words.is(WordClass::Determiner, s.word(first));
    for (int k = 0; k < 3 && t > s.first; ++k) {
        --t;
        const std::string& w = s.word(t);
        if (ctx.words.is(WordClass::Preposition, w)) return w;
        if (!ctx.words.is(WordClass::Determiner, w) || is_punctuation(w)) {
            // one modifier word ("three", "top") may stand between
            if (is_punctuation(w) || trigger_at(s, t) || mention_at(s, t)) return "";
            if (k >= 1 || determined) return "";
        }
    }
    return "";
}

// "that" opens a complement clause when a verb of saying/deciding stands just before it.
bool complementiser(const ArgumentContext& ctx, std::size_t that_token) {
    const SentenceView& s = ctx.sentence;
    if (s.tagged()) return s.tag(that_token) == "SCONJ";
    for (std::size_t k = 1; k <= 4 && k <= that_token - s.first; ++k) {
        const std::size_t t = that_token - k;
        if (const TriggerMatch* tr = trigger_at(s, t)) return tr->kind != TriggerKind::Noun;
        if (mention_at(s, t)) return false;
        const std::string& w = s.word(t);
        if (is_punctuation(w)) return false;
        if (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0) return true;  // "believed that"
    }
    return false;
}

struct Subject {
    std::optional<std::size_t> actor;
    std::optional<MentionRef> mention;
    std::optional<std::size_t> conjunct;     // the other actor of "A and B"
    bool found = false;                      // a pronoun counts, even unresolved
};

std::optional<std::size_t> resolve_pronoun(const ArgumentContext& ctx, const std::string& w, std::size_t t) {
    if (ctx.clause_subject && *ctx.clause_subject < ctx.actors.size()) {
        const bool person = ctx.actors[*ctx.clause_subject].type == ActorType::Person;
        if (ctx.words.is(WordClass::PronounPerson, w) == person) return ctx.clause_subject;
    }
    if (ctx.words.is(WordClass::PronounPerson, w))
        return ctx.index.last_actor_before(t, {ActorType::Person});
    if (ctx.words.is(WordClass::PronounGroup, w))
        return ctx.index.last_actor_before(t, {ActorType::Org, ActorType::Gpe, ActorType::Norp});
    return std::nullopt;
}

// With tags: the phrase starting at `first` is the object of a verb just before it
// ("killed three ethnic Albanians"), so it is not the subject of what follows.
bool object_of_verb_before(const SentenceView& s, std::size_t first) {
    if (!s.tagged()) return false;
    std::size_t t = first;
    for (int k = 0; k < 4 && t > s.first; ++k) {
        const std::string& tag = s.tag(--t);
        if (tag == "DET" || tag == "ADJ" || tag == "NUM" || tag == "ADV") continue;
        return tag == "VB" || tag == "VBD" || tag == "VBP" || tag == "VBZ" || tag == "VBG";
    }
    return false;
}

// The mention stands right before the verb group of the trigger: only its head noun, auxiliaries,
// modals and adverbs lie between ("the UK is pushing", "Ugandan rebels surrendered", "said
// Turkey will allow"). Such a mention is the trigger's subject even after another verb.
bool right_before_verb_group(const ArgumentContext& ctx, const MentionRef& m, std::size_t trigger) {
    const SentenceView& s = ctx.sentence;
    if (!s.tagged() || trigger - m.end > 4) return false;
    bool auxiliary = false;
    for (std::size_t t = m.end; t < trigger; ++t) {
        const std::string& tag = s.tag(t);
        const std::string& w = s.word(t);
        if (ctx.words.is(WordClass::Preposition, w) || ctx.words.is(WordClass::Clause, w) || is_punctuation(w)) return false;
        if (mention_at(s, t) || trigger_at(s, t)) return false;
        if (tag != "NOUN" && tag != "AUX" && tag != "ADV" && tag != "PART" && !ctx.words.is(WordClass::Be, w) &&
            !ctx.words.is(WordClass::Have, w))
            return false;
        auxiliary |= tag == "AUX" || ctx.words.is(WordClass::Be, w);
    }
    // "Albanians fighting ...": without an auxiliary a gerund modifies the noun, it is no clause
    return auxiliary || s.tag(trigger) != "VBG";
}

// "The Asia-Pacific Economic Cooperation (APEC)": the bracketed short form stands for the name
// before it; that name is the phrase's head.
const MentionRef* before_bracketed(const SentenceView& s, const MentionRef* m) {
    if (m->first < s.first + 2 || m->end >= s.end || s.word(m->first - 1) != "(" || s.word(m->end) != ")") return m;
    const MentionRef* full = mention_at(s, m->first - 2);
    return full && full->end == m->first - 1 ? full : m;
}

// A clause-opening phrase "Rebels in the Ivory Coast", "workers affiliated with the Union":
// the preposition follows a noun (or participle) and no finite verb stands before it.
bool inside_subject_phrase(const SentenceView& s, std::size_t preposition) {
    if (!s.tagged() || preposition <= s.first) return false;
    const std::string& before = s.tag(preposition - 1);
    if (before != "NOUN" && before != "PROPN" && before != "VBN") return false;
    for (std::size_t t = s.first; t < preposition; ++t) {
        const std::string& tag = s.tag(t);
        if (tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "AUX" || is_punctuation(s.word(t))) return false;
    }
    return true;
}

Subject subject_left(const ArgumentContext& ctx, std::size_t from) {
    const SentenceView& s = ctx.sentence;
    Subject out;
    const MentionRef* inner = nullptr;     // an actor inside a clause-opening noun phrase
    for (std::size_t t = from; t-- > s.first;) {
        const std::string& w = s.word(t);
        if (hard_boundary(w)) break;
        if (w == "that" && complementiser(ctx, t)) break;
        if (const MentionRef* m = mention_at(s, t)) {
            const std::string prep = governing_preposition(ctx, m->first);
            const bool object = !prep.empty() && prep != "of";
            // "Lebanon's new President Elias Hrawi": the possessor modifies a later head.
            const bool possessor = m->end < s.end && s.word(m->end) == "'s" && m->end + 1 < from;
            const bool adjacent = !object && !possessor && right_before_verb_group(ctx, *m, from);
            if (object || (possessor && mention_at(s, m->end + 1)) || (!adjacent && object_of_verb_before(s, m->first))) {
                if (object && !inner) {
                    std::size_t p = m->first;
                    while (p > s.first && s.word(p - 1) != prep) --p;
                    if (p > s.first && inside_subject_phrase(s, p - 1)) inner = m;
                }
                t = m->first;
                continue;
            }
            m = before_bracketed(s, m);
            out.actor = m->actor;
            out.mention = *m;
            out.found = true;
            // coordination: "Russia and the US", "Israel and the Palestinians"
            std::size_t c = m->first;
            while (c > s.first && ctx.words.is(WordClass::Determiner, s.word(c - 1))) --c;
            // (a comma is not enough: "Kenzo Oshima, the UN coordinator," is an apposition)
            if (c > s.first + 1 && s.word(c - 1) == "and") {
                if (const MentionRef* left = mention_at(s, c - 2)) {
                    if (left->actor != m->actor) {
                        out.conjunct = m->actor;
                        out.actor = left->actor;
                        out.mention = *left;
                    }
                }
            }
            return out;
        }
        if (const NominalReference nominal = nominal_reference(*s.doc, ctx.index, ctx.words, t); nominal.found) {
            out.found = true;
            out.actor = nominal.actor;
            return out;
        }
        if (ctx.words.is(WordClass::PronounPerson, w) || ctx.words.is(WordClass::PronounGroup, w) || ctx.words.is(WordClass::PronounSpeaker, w)) {
            if (w == "him" || w == "them" || w == "us" || w == "her" || w == "it") {
                // object pronouns (and "it" after a verb) are not subjects
                if (t > s.first && (ctx.words.is(WordClass::Preposition, s.word(t - 1)) || trigger_at(s, t - 1))) continue;
                if (w != "it") continue;
            }
            out.found = true;
            out.actor = resolve_pronoun(ctx, w, t);
            return out;
        }
    }
    if (inner) {
        out.actor = inner->actor;
        out.mention = *inner;
        out.found = true;
    }
    return out;
}

bool is_be(const ArgumentContext& ctx, const std::string& w) { return ctx.words.is(WordClass::Be, w); }

bool passive_trigger(const ArgumentContext& ctx, const TriggerMatch& tr) {
    if (tr.kind != TriggerKind::Verb) return false;
    const SentenceView& s = ctx.sentence;
    // With tags the participle tag decides: "put", "set", "hit" look like base forms.
    if (s.tagged() ? s.tag(tr.head) != "VBN" : tr.form != VerbForm::Past) return false;
    // "is opposed to", "was committed to": an adjectival participle, not a passive
    if (tr.end < s.end && s.word(tr.end) == "to") return false;
    std::size_t t = tr.first;
    for (int k = 0; k < 3 && t > s.first; ++k) {
        const std::string& w = s.word(--t);
        if (is_be(ctx, w) && w != "'s") return true;
        if (!ctx.words.is(WordClass::AdverbSkip, w) && !(w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0)) return false;
    }
    return false;
}

// The agent of a passive: the actor after "by" within the clause right of the trigger.
std::optional<MentionRef> by_agent(const ArgumentContext& ctx, std::size_t from) {
    const SentenceView& s = ctx.sentence;
    for (std::size_t t = from; t < s.end && t < from + 25; ++t) {
        const std::string& w = s.word(t);
        if (hard_boundary(w)) break;
        if (w != "by") continue;
        for (std::size_t u = t + 1; u < s.end && u < t + 6; ++u) {
            if (const MentionRef* m = mention_at(s, u)) return *m;
            if (is_punctuation(s.word(u))) break;
        }
        break;
    }
    return std::nullopt;
}

// "figures released April 3 by NPD Group", "an event hosted by Apple": a participle with no
// auxiliary before it and "by <actor>" within a few words is a passive modifying the noun before.
std::optional<MentionRef> reduced_relative_agent(const ArgumentContext& ctx, const TriggerMatch& tr) {
    const SentenceView& s = ctx.sentence;
    if (tr.kind != TriggerKind::Verb || !s.tagged() || s.tag(tr.head) != "VBN" || tr.first == s.first) return std::nullopt;
    // it follows the noun it modifies (a verb misread as a participle follows its subject)
    if (s.tag(tr.first - 1) != "NOUN") return std::nullopt;
    for (std::size_t t = tr.first, k = 0; t > s.first && k < 3; ++k) {
        const std::string& w = s.word(--t);
        if (ctx.words.is(WordClass::Have, w) || ctx.words.is(WordClass::Be, w)) return std::nullopt;
        if (!ctx.words.is(WordClass::AdverbSkip, w)) break;
    }
    for (std::size_t t = tr.end; t < s.end && t < tr.end + 4; ++t) {
        const std::string& w = s.word(t);
        if (w == "by") {
            std::size_t u = t + 1;
            while (u < s.end && ctx.words.is(WordClass::Determiner, s.word(u))) ++u;
            if (u < s.end)
                if (const MentionRef* m = mention_at(s, u)) return *m;
            return std::nullopt;
        }
        // "rejected calls by Kofi Annan": the agent of an object noun, not of the participle
        if (is_punctuation(w) || ctx.words.is(WordClass::Clause, w) || s.tag(t) == "NOUN") break;
    }
    return std::nullopt;
}

// A ", <someone> said" or ", according to" tail: the clause of the trigger ends there.
bool attribution_follows(const ArgumentContext& ctx, std::size_t comma) {
    const SentenceView& s = ctx.sentence;
    for (std::size_t t = comma + 1; t < s.end && t <= comma + 7; ++t) {
        const std::string& w = s.word(t);
        if (ctx.words.is(WordClass::Attribution, w)) return true;
        if (const TriggerMatch* tr = trigger_at(s, t))
            if (is_say(*tr) && tr->kind == TriggerKind::Verb) return true;
        if (is_punctuation(w)) return false;
    }
    return false;
}

struct Target {
    std::optional<MentionRef> mention;
};

// A nationality names a different group on each noun it modifies ("Palestinian police ... from
// Palestinian armed groups"): another mention of a NORP source can be the target.
bool same_party(const ArgumentContext& ctx, const MentionRef& m, std::optional<std::size_t> source,
                const std::optional<MentionRef>& source_mention) {
    if (!source || m.actor != *source) return false;
    if (ctx.actors[m.actor].type != ActorType::Norp || !source_mention) return true;
    return source_mention->first == m.first;
}

Target target_right(const ArgumentContext& ctx, const TriggerMatch& tr, std::optional<std::size_t> source,
                    const std::optional<MentionRef>& source_mention, bool skip_by_agents, bool through_that) {
    const SentenceView& s = ctx.sentence;
    Target out;
    const bool threat = tr.has_class(EventClass::Threaten);
    for (std::size_t t = tr.end; t < s.end && t < tr.end + kMaxTargetDistance; ++t) {
        if (out.mention && t > out.mention->end + 8) break;
        const std::string& w = s.word(t);
        if (hard_boundary(w)) break;
        if (w == "," && attribution_follows(ctx, t)) break;
        if (ctx.words.is(WordClass::Clause, w)) {
            // "demanded that the United States ...": the object clause of the trigger itself.
            const bool right_after = t <= tr.end + 2 && w == "that";
            // "threatened to strike unless Israel rescinded ...": a threat is aimed at whoever
            // must meet its condition.
            const bool condition = threat && ctx.words.is(WordClass::Condition, w);
            if (!(through_that && right_after) && !condition) break;
        }
        if (const MentionRef* m = mention_at(s, t)) {
            if (same_party(ctx, *m, source, source_mention)) {
                t = m->end - 1;
                continue;
            }
            if (skip_by_agents && governing_preposition(ctx, m->first) == "by") {
                t = m->end - 1;
                continue;
            }
            // "Lebanon's new President Elias Hrawi": prefer the head after the possessive.
            // (Only modifiers may stand between: in "Serbia's suppression of Albanian unrest" the
            // head is the suppression, and Serbia stays.)
            if (m->end + 1 < s.end && s.word(m->end) == "'s")
                for (std::size_t h = m->end + 1; h < s.end && h <= m->end + 4; ++h) {
                    if (const MentionRef* head = mention_at(s, h)) {
                        m = head;
                        break;
                    }
                    const std::string& between = s.word(h);
                    if (is_punctuation(between) || ctx.words.is(WordClass::Preposition, between) || trigger_at(s, h)) break;
                }
            m = head_of_run(s, m);
            // People named by a common noun yield to a name further on ("contribute 4,000 troops
            // to a force in Liberia"): they are more often what is sent or given.
            const bool group = is_group_actor(ctx.actors[m->actor]);
            if (!out.mention || (!group && is_group_actor(ctx.actors[out.mention->actor]))) out.mention = *m;
            // A place after "in"/"at" yields to an "against X" further on ("cleansing in
            // Montenegro against the Albanian population").
            const std::string prep = governing_preposition(ctx, m->first);
            if (prep == "against") {
                out.mention = *m;
                return out;
            }
            if (is_group_actor(ctx.actors[out.mention->actor])) {
                t = m->end - 1;
                continue;
            }
            const std::string first_prep = governing_preposition(ctx, out.mention->first);
            if (first_prep != "in" && first_prep != "at") return out;
            t = m->end - 1;
        }
    }
    return out;
}

// The noun phrase right after the trigger, up to six words, when it is not an actor.
std::optional<Span> theme_right(const ArgumentContext& ctx, const TriggerMatch& tr) {
    const SentenceView& s = ctx.sentence;
    std::size_t t = tr.end;
    while (t < s.end && (ctx.words.is(WordClass::AdverbSkip, s.word(t)) ||
                         (s.word(t).size() > 3 && s.word(t).compare(s.word(t).size() - 2, 2, "ly") == 0)))
        ++t;
    const std::size_t start = t;
    for (; t < s.end && t < start + 6; ++t) {
        const std::string& w = s.word(t);
        if (is_punctuation(w) || (ctx.words.is(WordClass::Preposition, w) && w != "of") || ctx.words.is(WordClass::Clause, w) ||
            ctx.words.is(WordClass::Coordination, w) || w == "as" || ctx.words.is(WordClass::Be, w) || mention_at(s, t))
            break;
        if (t > start && trigger_at(s, t) && trigger_at(s, t)->kind == TriggerKind::Verb) break;
    }
    if (t == start) return std::nullopt;
    // a lone determiner is no theme
    if (t == start + 1 && ctx.words.is(WordClass::Determiner, s.word(start))) return std::nullopt;
    const auto& toks = s.doc->tokens;
    return Span{toks[start].span.start, toks[t - 1].span.end};
}

// For speech: the clause after "said (that)" up to the end of the sentence.
std::optional<Span> reported_clause(const ArgumentContext& ctx, const TriggerMatch& tr) {
    const SentenceView& s = ctx.sentence;
    std::size_t t = tr.end;
    if (t < s.end && s.word(t) == "that") ++t;
    else return std::nullopt;
    std::size_t e = s.end;
    while (e > t && is_punctuation(s.word(e - 1))) --e;
    if (e <= t) return std::nullopt;
    const auto& toks = s.doc->tokens;
    return Span{toks[t].span.start, toks[e - 1].span.end};
}

// Source and target of an event noun from its own phrase: "Saddam Hussein's proposal",
// "a U.S. request", "calls by Kofi Annan", "an offer from Afghanistan".
void noun_phrase_arguments(const ArgumentContext& ctx, const TriggerMatch& tr, Arguments& a) {
    const SentenceView& s = ctx.sentence;
    // modifier or possessor just before the noun (up to two words between)
    std::size_t t = tr.first;
    for (int k = 0; k < 3 && t > s.first; ++k) {
        --t;
        const std::string& w = s.word(t);
        if (w == "'s" || w == "'") continue;
        if (const MentionRef* m = mention_at(s, t)) {
            a.source = m->actor;
            a.source_mention = *m;
            break;
        }
        // "their individual claims", "its demands": the possessor is someone named before
        if (ctx.words.is(WordClass::PossessivePerson, w) || ctx.words.is(WordClass::PossessiveGroup, w)) {
            const bool person = ctx.words.is(WordClass::PossessivePerson, w);
            if (ctx.clause_subject && *ctx.clause_subject < ctx.actors.size() &&
                (ctx.actors[*ctx.clause_subject].type == ActorType::Person) == person)
                a.source = ctx.clause_subject;
            else
                a.source = person ? ctx.index.last_actor_before(t, {ActorType::Person})
                                  : ctx.index.last_actor_before(t, {ActorType::Org, ActorType::Gpe, ActorType::Norp});
            break;
        }
        if (is_punctuation(w) || ctx.words.is(WordClass::Preposition, w) || trigger_at(s, t)) break;
    }
    // "by X", "from X" after the noun name its source; "against/with/to/on/for X" its target
    std::size_t u = tr.end;
    for (int k = 0; k < 2 && u < s.end; ++k, ++u) {
        const std::string& w = s.word(u);
        if (!ctx.words.is(WordClass::Preposition, w)) continue;
        std::size_t v = u + 1;
        while (v < s.end && ctx.words.is(WordClass::Determiner, s.word(v))) ++v;
        const MentionRef* m = v < s.end ? mention_at(s, v) : nullptr;
        if (!m) break;
        if ((w == "by" || w == "from") && !a.source) {
            a.source = m->actor;
            a.source_mention = *m;
        } else if (w != "by" && w != "from" && w != "of" && w != "in" && w != "at" && !a.target &&
                   (!a.source || *a.source != m->actor)) {
            a.target = m->actor;
        }
        break;
    }
}

}  // namespace

void parse_sentence_view(SentenceView& s, const syntax::DependencyParser& parser) {
    if (!s.tagged() || !parser.ready() || s.parsed()) return;
    std::vector<std::string_view> raw;
    raw.reserve(s.end - s.first);
    for (std::size_t t = s.first; t < s.end; ++t) raw.push_back(s.doc->token_text(t));
    syntax::Parse parse = parser.parse(raw, s.tags);
    s.heads = std::move(parse.heads);
    s.deps = std::move(parse.labels);
}

SentenceView make_sentence_view(const nlp::Document& doc, const nlp::Sentence& sentence, const ActorMentionIndex& mentions,
                                const syntax::SyntaxModels& syntax, bool parse) {
    SentenceView s;
    s.doc = &doc;
    s.first = sentence.first_token;
    s.end = sentence.end_token;
    s.words.reserve(s.end - s.first);
    for (std::size_t t = s.first; t < s.end; ++t) s.words.push_back(normalize_word(doc.token_text(t)));
    s.mentions = mentions.within(s.first, s.end);
    const syntax::PosTagger& tagger = syntax.tagger;
    if (tagger.ready()) {
        std::vector<std::string_view> raw;
        raw.reserve(s.end - s.first);
        for (std::size_t t = s.first; t < s.end; ++t) raw.push_back(doc.token_text(t));
        s.tags = tagger.tag(raw);
    }
    if (parse) parse_sentence_view(s, syntax.parser);
    return s;
}

std::optional<std::size_t> pronoun_actor(const ArgumentContext& ctx, const std::string& word, std::size_t t) {
    return resolve_pronoun(ctx, word, t);
}

bool is_prepositional_adjunct(const ArgumentContext& ctx, const TriggerMatch& trigger) {
    const std::string p = governing_preposition(ctx, trigger.first);
    return !p.empty() && p != "of" && p != "by" && p != "from";
}

Arguments find_arguments(const ArgumentContext& ctx, const TriggerMatch& tr) {
    Arguments a = heuristic_arguments(ctx, tr);
    if (ctx.sentence.parsed()) take_parsed_arguments(parse_arguments(ctx, tr), a);
    return a;
}

// The parse's roles fill what the clause heuristics leave open; its controller of an xcomp
// ("X threatened to impose": X imposes) overrides their subject, and its direct object (or
// passive subject) their target. (Measured on the tuning data,
// PLOVER dev and MEANTIME airbus/apple: a parse subject overriding the heuristics' lost more
// subjects to parse errors than it gained; their subject rules read the words right before
// the verb group, where the parse adds little.)
void take_parsed_arguments(const ParsedArguments& p, Arguments& a) {
    if (p.source && (!a.source || p.source_controlled)) {
        a.source = p.source;
        a.source_mention = p.source_mention;
    }
    if (p.target && p.target != a.source && (!a.target || p.target_direct)) {
        a.target = p.target;
        a.theme.reset();
    }
}

Arguments heuristic_arguments(const ArgumentContext& ctx, const TriggerMatch& tr) {
    Arguments a;
    const bool say = is_say(tr);
    if (tr.kind == TriggerKind::Noun) noun_phrase_arguments(ctx, tr, a);

    // "“…,” said Putin": the words before a speech verb that follows a quote are the quote's,
    // and its speaker stands after the verb.
    std::size_t before = tr.first;
    while (before > ctx.sentence.first && ctx.sentence.word(before - 1) == ",") --before;
    const bool after_quote = say && before > ctx.sentence.first &&
                             closes_quote(*ctx.sentence.doc, before - 1);
    Subject subj;
    if (!a.source && !after_quote) subj = subject_left(ctx, tr.first);
    a.passive = passive_trigger(ctx, tr);
    const std::optional<MentionRef> reduced = a.passive ? std::nullopt : reduced_relative_agent(ctx, tr);
    if (reduced) {
        // "an event hosted by Apple": the agent acts; a name right before is the target
        a.passive = true;
        a.source = reduced->actor;
        a.source_mention = *reduced;
        const MentionRef* modified = mention_at(ctx.sentence, tr.first - 1);
        if (modified && modified->actor != reduced->actor) a.target = modified->actor;
    } else if (a.passive) {
        if (subj.actor) a.target = subj.actor;
        if (auto agent = by_agent(ctx, tr.end)) {
            a.source = agent->actor;
            a.source_mention = *agent;
        }
    } else if (!a.source) {
        a.source = subj.actor;
        a.source_mention = subj.mention;
    }

    if (say) {
        // The addressee only: "told reporters", "testified before the committee".
        // ", said Putin": the speaker after the verb — only where the verb opens its clause
        // (in "Officials said Turkey will ..." Turkey is the subject of what was said).
        const bool inverted = tr.first == ctx.sentence.first || is_punctuation(ctx.sentence.word(tr.first - 1));
        if (!subj.found && !a.source && inverted) {
            for (std::size_t t = tr.end; t < ctx.sentence.end && t < tr.end + 8; ++t) {
                const MentionRef* m = mention_at(ctx.sentence, t);
                if (m) {
                    a.source = m->actor;
                    a.source_mention = *m;
                    break;
                }
                // "said the firm's chief executive, Alan Mulally": a title, then the name
                const bool apposition = ctx.sentence.word(t) == "," && t + 1 < ctx.sentence.end && mention_at(ctx.sentence, t + 1);
                if (is_punctuation(ctx.sentence.word(t)) && !apposition) break;
            }
        }
        for (std::size_t t = tr.end; t < ctx.sentence.end && t < tr.end + 4; ++t) {
            const std::string& w = ctx.sentence.word(t);
            if (is_punctuation(w) || w == "that") break;
            if (const MentionRef* m = mention_at(ctx.sentence, t)) {
                m = head_of_run(ctx.sentence, m);
                if (!a.source || m->actor != *a.source) a.target = m->actor;
                break;
            }
        }
        a.theme = reported_clause(ctx, tr);
        return a;
    }

    // (a reduced relative's object is the noun it modifies, never a name to its right)
    if (!a.target && !reduced) {
        Target tg = target_right(ctx, tr, a.source, a.source_mention, a.passive, true);
        if (tg.mention) a.target = tg.mention->actor;
    }
    if (!a.target && subj.conjunct && !a.passive) a.target = subj.conjunct;
    if (!a.target) a.theme = theme_right(ctx, tr);
    return a;
}

Arguments nearest_arguments(const SentenceView& s, const TriggerMatch& tr) {
    Arguments a;
    for (std::size_t t = tr.first; t-- > s.first;) {
        if (const MentionRef* m = mention_at(s, t)) {
            a.source = m->actor;
            a.source_mention = *m;
            break;
        }
    }
    for (std::size_t t = tr.end; t < s.end; ++t) {
        if (const MentionRef* m = mention_at(s, t)) {
            a.target = m->actor;
            break;
        }
    }
    return a;
}

}  // namespace lede::relations
