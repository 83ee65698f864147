// extract_relations.cpp — see extract_relations.h. Wires the relation units together;
// the linguistic rules live in the units, this file only decides what becomes a relation.
#include "extract_relations.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "mention_index.h"
#include "class_rules.h"
#include "event_arguments.h"
#include "event_predicates.h"
#include "function_words.h"
#include "group_actors.h"
#include "lemmas.h"
#include "modality.h"
#include "parse_modality.h"
#include "parse_object_class.h"
#include "quotes.h"
#include "trigger_lexicon.h"
#include "word_forms.h"
#include "../syntax/pos_tagger.h"

namespace lede {
namespace {

using namespace relations;

// A verb reading right after a determiner ("the state", "a return") is a noun: drop it.
bool determiner_before(const SentenceView& s, const TriggerMatch& t, const FunctionWords& fw) {
    if (t.first <= s.first) return false;
    const std::string& w = s.word(t.first - 1);
    return fw.is(WordClass::Determiner, w) && w != "that" && w != "no" && w != "all" && w != "both";
}

// The noun is the object of a verb trigger just before it ("denied these allegations"):
// it is that verb's theme, not an event of its own.
// Returns that verb's index in s.triggers.
std::optional<std::size_t> object_of_verb(const SentenceView& s, const TriggerMatch& t, const FunctionWords& fw) {
    std::size_t u = t.first;
    for (int k = 0; k < 4 && u > s.first; ++k) {
        --u;
        for (std::size_t i = 0; i < s.triggers.size(); ++i) {
            const TriggerMatch& o = s.triggers[i];
            if (o.kind == TriggerKind::Verb && o.first <= u && u < o.end && !o.has_class(EventClass::Say)) return i;
        }
        const std::string& w = s.word(u);
        if (is_punctuation(w) || fw.is(WordClass::Preposition, w) || fw.is(WordClass::Clause, w) || fw.is(WordClass::Be, w)) return std::nullopt;
        bool mention = false;
        for (const auto& m : s.mentions) mention |= m.first <= u && u < m.end;
        if (mention) return std::nullopt;
    }
    return std::nullopt;
}

// "gave a warm welcome", "held talks": a light verb lends its subject and object to the event
// noun it takes, and the noun says what happened. Maps the light verb's trigger index to
// its noun's.
std::map<std::size_t, std::size_t> light_verb_objects(const SentenceView& s, const FunctionWords& fw) {
    std::map<std::size_t, std::size_t> out;
    for (std::size_t i = 0; i < s.triggers.size(); ++i) {
        const TriggerMatch& t = s.triggers[i];
        if (t.kind != TriggerKind::Noun) continue;
        const auto verb = object_of_verb(s, t, fw);
        if (!verb || out.count(*verb)) continue;
        const TriggerMatch& v = s.triggers[*verb];
        if (v.end - v.first == 1 && fw.is(WordClass::LightVerb, s.word(v.head))) out[*verb] = i;
    }
    return out;
}

bool military_phrase(const SentenceView& s, const std::optional<MentionRef>& m, std::size_t trigger,
                     const FunctionWords& fw) {
    if (!m) return false;
    // the source's own words and the few after it ("Serb forces", "British aircraft using ...")
    const std::size_t end = std::min({trigger, m->end + 3, s.end});
    for (std::size_t t = m->first; t < end; ++t)
        if (fw.is(WordClass::Military, s.word(t))) return true;
    return false;
}

// "<speaker> said that <X> must <do>": a demand by the speaker on X, whatever the verb.
// Returns the modal's token and X's actor when the reported clause of `say` has that shape.
struct ReportedDemand {
    std::size_t modal_first = 0, modal_end = 0;
    std::optional<std::size_t> addressee;
};

std::optional<ReportedDemand> reported_demand(const SentenceView& v, const TriggerMatch& say, const ModalityCues& cues,
                                              const FunctionWords& fw, const ActorMentionIndex& index,
                                              const std::vector<Actor>& actors, std::optional<std::size_t> speaker) {
    std::size_t t = say.end;
    // "said (here) (Wednesday) that", "issued a reminder to Iraq that"
    while (t < v.end && t < say.end + 8 && v.word(t) != "that" && !is_punctuation(v.word(t))) ++t;
    if (t >= v.end || v.word(t) != "that") return std::nullopt;
    ReportedDemand d;
    for (std::size_t u = t + 1; u < v.end && u < t + 12; ++u) {
        const std::string& w = v.word(u);
        if (is_punctuation(w)) break;
        if (!d.addressee) {
            for (const auto& m : v.mentions)
                if (m.first <= u && u < m.end) d.addressee = m.actor;
            if (!d.addressee && (fw.is(WordClass::PronounGroup, w) || fw.is(WordClass::PronounPerson, w))) {
                const bool person = fw.is(WordClass::PronounPerson, w);
                if (speaker && (actors[*speaker].type == ActorType::Person) == person) d.addressee = speaker;
                else d.addressee = person ? index.last_actor_before(u, {ActorType::Person})
                                          : index.last_actor_before(u, {ActorType::Org, ActorType::Gpe, ActorType::Norp});
            }
        }
        const std::size_t n = cues.cue_length_at(v.words, u - v.first, CueKind::Required);
        if (n == 0) continue;
        d.modal_first = u;
        d.modal_end = std::min(v.end, u + n + 1);     // the modal and the verb after it
        return d;
    }
    return std::nullopt;
}

constexpr std::size_t kMaxTimeDistance = 48;   // bytes between the trigger and its time, names not counted

// Bytes of [from, to) that lie outside actor mentions: "testified before the US House
// Homeland Security Committee earlier this month" keeps the time close to its verb.
std::size_t distance_without_names(const std::vector<Span>& mentions, std::size_t from, std::size_t to) {
    std::size_t d = to - from;
    auto it = std::partition_point(mentions.begin(), mentions.end(), [&](const Span& m) { return m.end <= from; });
    for (; it != mentions.end() && it->start < to; ++it) {
        const std::size_t a = std::max(it->start, from), b = std::min(it->end, to);
        if (b > a) d -= std::min(d, b - a);
    }
    return d;
}

// `mentions`: every actor mention, sorted and not overlapping.
std::optional<RelationTime> event_time(const std::vector<TimeExpr>& times, const std::vector<Span>& mentions, Span sentence,
                                       Span trigger, const std::string& published) {
    std::optional<std::size_t> best;
    std::size_t best_distance = 0;
    // Times come in text order: start at the sentence's first one, stop past its end.
    const auto from = std::partition_point(times.begin(), times.end(),
                                           [&](const TimeExpr& x) { return x.span.start < sentence.start; });
    for (std::size_t i = static_cast<std::size_t>(from - times.begin()); i < times.size(); ++i) {
        const TimeExpr& x = times[i];
        if (x.span.start >= sentence.end) break;
        if (x.type == TimeType::Duration || x.type == TimeType::Set || x.value.empty()) continue;
        if (x.span.end > sentence.end) continue;
        const std::size_t d = x.span.start >= trigger.end ? distance_without_names(mentions, trigger.end, x.span.start)
                              : x.span.end <= trigger.start ? distance_without_names(mentions, x.span.end, trigger.start)
                                                            : 0;
        // Far from the trigger, a date usually belongs to something else in the sentence
        // ("the 1972 pact", "as the race nears election day on November 3").
        if (d > kMaxTimeDistance) continue;
        if (!best || d < best_distance) best = i, best_distance = d;
    }
    if (best) return RelationTime{times[*best].value, *best, "text"};
    if (published.empty()) return std::nullopt;
    return RelationTime{published.substr(0, 10), std::nullopt, "published"};
}

// Every actor mention's span, in text order, overlaps merged.
std::vector<Span> mention_spans(const std::vector<Actor>& actors) {
    std::vector<Span> spans;
    for (const Actor& a : actors)
        for (const Mention& m : a.mentions) spans.push_back(m.span);
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    std::vector<Span> merged;
    for (const Span& sp : spans) {
        if (!merged.empty() && sp.start <= merged.back().end) merged.back().end = std::max(merged.back().end, sp.end);
        else merged.push_back(sp);
    }
    return merged;
}

Span token_span(const nlp::Document& doc, std::size_t first, std::size_t end) {
    return {doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
}

std::optional<std::string> actor_id(const std::vector<Actor>& actors, std::optional<std::size_t> i) {
    if (!i || *i >= actors.size()) return std::nullopt;
    return actors[*i].id;
}

// ", arguing that ...", ", adding that ...": a participle after a comma shares the subject of
// the clause before it.
void share_clause_subject(const SentenceView& v, const TriggerMatch& t, std::optional<std::size_t> clause_subject,
                          Arguments& args) {
    if (t.kind == TriggerKind::Verb && t.form == VerbForm::Gerund && t.first > v.first && v.word(t.first - 1) == "," &&
        clause_subject && !args.passive)
        args.source = clause_subject, args.source_mention.reset();
}

// "Ford, which lost $5 billion", "AirTanker, who retains ...": a verb whose clause opens with a
// relative pronoun has the noun before it as subject — the actor named there, or nobody
// (an empty optional inside: "five which can carry 290 passengers"). Nothing when no relative
// pronoun opens the clause.
std::optional<std::optional<std::size_t>> relative_subject(const SentenceView& v, const TriggerMatch& t,
                                                          const ActorMentionIndex& index) {
    std::size_t u = t.first;
    // auxiliaries, modals and adverbs between: "which had just exited", "who will not attend"
    while (u > v.first && v.tagged() && (v.tag(u - 1) == "AUX" || v.tag(u - 1) == "ADV" || v.tag(u - 1) == "PART")) --u;
    if (u == v.first || (v.word(u - 1) != "which" && v.word(u - 1) != "who")) return std::nullopt;
    std::size_t before = u - 1;
    if (before > v.first && v.word(before - 1) == ",") --before;
    if (before == v.first) return std::optional<std::size_t>();
    const MentionRef* m = index.at(before - 1);
    return m ? std::optional<std::size_t>(m->actor) : std::optional<std::size_t>();
}

// The dictionary form of a trigger's head word: a verb's or a noun's by its kind (a word
// pattern's by its tag).
std::string event_lemma(const Lemmas& lemmas, const SentenceView& v, const TriggerMatch& t) {
    const bool verb = t.kind == TriggerKind::Verb || (t.kind == TriggerKind::Words && v.tagged() &&
                                                      syntax::is_verb_tag(v.tag(t.head)));
    return verb ? lemmas.verb(v.word(t.head)) : lemmas.noun(v.word(t.head));
}

// Each event points to the first relation with the same trigger (both in text order).
void link_events(const std::vector<Relation>& relations, std::vector<Event>& events) {
    for (Event& e : events) {
        auto it = std::partition_point(relations.begin(), relations.end(),
                                       [&](const Relation& r) { return r.trigger.start < e.trigger.start; });
        for (; it != relations.end() && it->trigger.start == e.trigger.start; ++it)
            if (it->trigger == e.trigger) {
                e.relation = static_cast<std::size_t>(it - relations.begin());
                break;
            }
    }
}

// Group phrases (group_actors.h) join the actors for the argument rules: one actor per
// name (case folded) across the document, after the named ones, with a provisional id.
void add_group_actors(const nlp::Document& doc, const FunctionWords& fw, const std::vector<SentenceView>& views,
                      std::vector<Actor>& actors) {
    std::map<std::string, std::size_t> by_name;
    for (const SentenceView& v : views)
        for (const GroupPhrase& p : find_group_phrases(v, fw)) {
            Actor g = group_actor(doc, p);
            const auto found = by_name.find(normalize_word(g.name));
            if (found != by_name.end()) {
                actors[found->second].mentions.push_back(g.mentions.front());
                continue;
            }
            by_name.emplace(normalize_word(g.name), actors.size());
            g.id = "g" + std::to_string(by_name.size());
            actors.push_back(std::move(g));
        }
}

// The group actors some relation names are reported, numbered on from the named actors'
// ids; the others are dropped, and so are the event roles they had.
std::vector<Actor> report_group_actors(const std::vector<Actor>& actors, std::size_t named, RelationLayer& layer) {
    std::size_t next = 0;
    for (std::size_t i = 0; i < named; ++i)
        if (actors[i].id.size() > 1 && actors[i].id[0] == 'a')
            next = std::max<std::size_t>(next, std::strtoul(actors[i].id.c_str() + 1, nullptr, 10));
    std::map<std::string, std::string> final_id;
    std::vector<Actor> out;
    for (const Relation& r : layer.relations)
        for (const auto* role : {&r.source, &r.target}) {
            if (!*role || final_id.count(**role)) continue;
            for (std::size_t i = named; i < actors.size(); ++i)
                if (actors[i].id == **role) {
                    out.push_back(actors[i]);
                    out.back().id = final_id[**role] = "a" + std::to_string(++next);
                }
        }
    const auto renumber = [&final_id](std::optional<std::string>& role) {
        if (!role || (*role)[0] != 'g') return;
        const auto it = final_id.find(*role);
        if (it == final_id.end()) role.reset();
        else role = it->second;
    };
    for (Relation& r : layer.relations) renumber(r.source), renumber(r.target);
    for (Event& e : layer.events) renumber(e.agent), renumber(e.patient);
    return out;
}

// The stage as named passes over one document: triggers (the lexicon's, per sentence) ->
// frame (which trigger reports an event, and whose arguments it takes: its own, a light
// verb's, the verb it is an adjunct of) -> arguments (event_arguments.h, the parse's and the
// clause rules') -> class (class_rules.h) -> modality (modality.h, parse_modality.h); then
// the event layer. Each pass is a method; extract_relation_layer reads as their list.
struct RelationPass {
    RelationPass(const RelationResources& r, const syntax::SyntaxModels& m, const nlp::Document& d,
                 const std::vector<Actor>& n, const std::vector<TimeExpr>& t, const std::string& p, bool b,
                 const StageClock* c)
        : resources(r), syntax(m), doc(d), named(n), times(t), published(p), baseline(b), clock(c) {}
    const RelationResources& resources;
    const syntax::SyntaxModels& syntax;
    const nlp::Document& doc;
    const std::vector<Actor>& named;
    const std::vector<TimeExpr>& times;
    const std::string& published;
    const bool baseline;
    const StageClock* clock;
    const ModalityCues& cues = resources.modality_cues;
    const FunctionWords& fw = resources.function_words;
    std::vector<Actor> actors = named;           // and the group actors (add_group_phrases)
    std::optional<ActorMentionIndex> index;
    std::vector<Span> names = mention_spans(named);
    std::vector<SentenceView> views;
    std::vector<std::vector<TriggerMatch>> other_predicates;   // per view: events beyond the lexicon
    std::vector<TriggerMatch> say_verbs;
    std::set<std::size_t> quoted_verbs;                         // speech verbs of direct quotes
    std::map<std::size_t, std::size_t> quote_speakers;          // speech verb token -> speaker
    std::optional<std::size_t> subject;                         // the events' last subject, across sentences
    RelationLayer layer;

    // Per sentence: what the frame pass hands on from one trigger to the next.
    struct SentenceState {
        SentenceState(const SentenceView& view, Span s) : v(view), span(s) {}
        const SentenceView& v;
        Span span;
        std::optional<Arguments> last_verb_args;   // for nouns that are adjuncts of a verb
        std::optional<std::size_t> last_subject;   // the source of the last verb, speech included
        std::set<std::size_t> demanded_by_speaker; // modals already reported as a speaker's DEMAND
        std::map<std::size_t, std::size_t> light;  // light verb's trigger index -> its noun's
        std::map<std::size_t, std::pair<Arguments, ModalityReading>> lent;   // noun index -> its light verb's
        std::vector<std::optional<Arguments>> trigger_args;                  // for the events
    };

    void find_triggers();
    void add_group_phrases();
    void add_quotes();
    void relate(const SentenceView& v);
    bool frame_and_arguments(SentenceState& st, std::size_t ti, Arguments& args, ModalityReading& reading);
    ModalityReading modality(const SentenceView& v, const TriggerMatch& t) const;
    void add_speaker_demand(SentenceState& st, const TriggerMatch& t, const Arguments& args);
    void emit(SentenceState& st, const TriggerMatch& t, const Arguments& args, const ModalityReading& reading);
    void add_events(const SentenceView& v, const std::vector<std::optional<Arguments>>& trigger_args);
    RelationLayer finish();
};

void RelationPass::find_triggers() {
    const TriggerLexicon& lexicon = resources.triggers;
    const EventNouns& event_nouns = resources.event_nouns;
    index.emplace(doc, actors);
    views.reserve(doc.sentences.size());
    for (const auto& sentence : doc.sentences) {
        if (clock && clock->expired()) break;
        SentenceView v = make_sentence_view(doc, sentence, *index, syntax, false);
        for (auto& t : lexicon.match(doc, v.first, v.end, v.tagged() ? &v.tags : nullptr)) {
            if (t.kind == TriggerKind::Verb && !v.tagged() && determiner_before(v, t, fw)) continue;
            if (t.has_class(EventClass::Say) && t.kind == TriggerKind::Verb) say_verbs.push_back(t);
            v.triggers.push_back(std::move(t));
        }
        // Only sentences with a trigger are parsed (half the stage's time otherwise): the
        // other predicates of the event layer keep the clause rules there.
        if (!baseline && !v.triggers.empty()) parse_sentence_view(v, syntax.parser);
        classes_from_parsed_objects(v, lexicon);   // the class pass's object contexts
        other_predicates.push_back(event_predicates(v, event_nouns));
        views.push_back(std::move(v));
    }
}

void RelationPass::add_group_phrases() {
    add_group_actors(doc, fw, views, actors);
    index.emplace(doc, actors);
    for (SentenceView& v : views) v.mentions = index->within(v.first, v.end);
}

// Direct quotes first: their speech verbs are not reported a second time.
void RelationPass::add_quotes() {
    for (const Quote& q : find_quotes(doc, *index, actors, say_verbs, fw)) {
        const std::size_t anchor = q.anchor_token;
        auto sit = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), anchor,
                                    [](std::size_t a, const nlp::Sentence& s) { return a < s.end_token; });
        if (sit == doc.sentences.end()) continue;
        Relation r;
        r.source = actor_id(actors, q.speaker);
        r.event_class = event_class_name(EventClass::Say);
        r.trigger = q.verb ? token_span(doc, q.verb->first, q.verb->end) : token_span(doc, anchor, anchor + 1);
        r.sentence = sit->span;
        r.quote = q.quote;
        r.time = event_time(times, names, r.sentence, r.trigger, published);
        if (q.verb) quoted_verbs.insert(q.verb->head);
        if (q.verb && q.speaker) quote_speakers[q.verb->head] = *q.speaker;
        layer.relations.push_back(std::move(r));
    }
}

// The modality pass: the cue words before the trigger, and the parse's reading of its clause.
ModalityReading RelationPass::modality(const SentenceView& v, const TriggerMatch& t) const {
    const ModalityReading cue = cues.read(v.words, t.first - v.first, v.word(t.head));
    return merge_modality(cue, parse_modality(v, t, cues, fw));
}

// The frame and arguments passes for trigger ti: false when it reports no event of its own
// (a speech verb of a direct quote, a noun that is a verb's object, a light verb, a noun or
// speech verb with no one taking part).
bool RelationPass::frame_and_arguments(SentenceState& st, std::size_t ti, Arguments& args, ModalityReading& reading) {
    const SentenceView& v = st.v;
    const TriggerMatch& t = v.triggers[ti];
    const bool say = t.has_class(EventClass::Say);
    if (say && quoted_verbs.count(t.head)) {
        auto sp = quote_speakers.find(t.head);
        st.trigger_args[ti] = Arguments{};
        if (sp != quote_speakers.end()) st.last_subject = st.trigger_args[ti]->source = sp->second;
        return false;
    }
    if (baseline) {
        args = nearest_arguments(v, t);
        st.trigger_args[ti] = args;
        return true;
    }
    const ArgumentContext ctx{v, *index, actors, fw};
    const auto borrowed = st.lent.find(ti);
    if (borrowed != st.lent.end()) {
        args = borrowed->second.first;
        args.theme.reset();
    } else if (t.kind == TriggerKind::Noun && object_of_verb(v, t, fw)) {
        return false;
    } else if (t.kind == TriggerKind::Noun && st.last_verb_args && is_prepositional_adjunct(ctx, t)) {
        args = *st.last_verb_args;     // "killed three Albanians in a gunbattle"
        args.theme.reset();
    } else {
        ArgumentContext here = ctx;
        here.clause_subject = st.last_subject;
        args = find_arguments(here, t);
    }
    share_clause_subject(v, t, st.last_subject, args);
    if (t.kind == TriggerKind::Verb && !say) st.last_verb_args = args;
    if (t.kind == TriggerKind::Verb && args.source) st.last_subject = args.source;
    st.trigger_args[ti] = args;
    if (t.kind == TriggerKind::Noun && !args.source && !args.target) return false;
    if (say && !args.source) return false;
    // (a speech noun too: "issued a stern reminder to Iraq that it must cooperate")
    if (say) add_speaker_demand(st, t, args);
    reading = borrowed != st.lent.end() ? borrowed->second.second : modality(v, t);
    if (auto noun = st.light.find(ti); noun != st.light.end()) {
        st.lent[noun->second] = {args, reading};     // the noun reports the event
        return false;
    }
    return true;
}

// "<speaker> said that <X> must <do>": the speaker's DEMAND on X.
void RelationPass::add_speaker_demand(SentenceState& st, const TriggerMatch& t, const Arguments& args) {
    auto d = reported_demand(st.v, t, cues, fw, *index, actors, args.source);
    if (!d || d->addressee == args.source) return;
    Relation r;
    r.source = actor_id(actors, args.source);
    r.target = actor_id(actors, d->addressee);
    r.event_class = event_class_name(EventClass::Demand);
    r.trigger = token_span(doc, d->modal_first, d->modal_end);
    r.sentence = st.span;
    r.modality = Modality::Required;
    r.time = event_time(times, names, st.span, r.trigger, published);
    layer.relations.push_back(std::move(r));
    st.demanded_by_speaker.insert(d->modal_first);
}

// The class pass and the relations of one trigger: one per lexicon class, revised for intent.
void RelationPass::emit(SentenceState& st, const TriggerMatch& t, const Arguments& args, const ModalityReading& reading) {
    const bool military = military_phrase(st.v, args.source_mention, t.first, fw);
    for (const EventClass lexicon_class : t.classes) {
        Relation r;
        r.source = actor_id(actors, args.source);
        r.target = actor_id(actors, args.target);
        // (a nationality may be on both sides: "Palestinian police ... Palestinian groups")
        if (r.source && r.target && *r.source == *r.target &&
            (baseline || !args.target || actors[*args.target].type != ActorType::Norp))
            r.target.reset();
        r.theme = args.theme;
        const EventClass revised = baseline ? lexicon_class : revise_class(lexicon_class, reading, military);
        r.event_class = event_class_name(revised);
        // "must cooperate" already stated as the speaker's demand on the clause's subject
        if (!baseline && revised == EventClass::Demand && reading.modality == Modality::Required &&
            lexicon_class != EventClass::Demand) {
            bool covered = false;
            for (std::size_t m : st.demanded_by_speaker) covered |= m < t.first && t.first <= m + 4;
            if (covered) continue;
        }
        r.trigger = token_span(doc, t.first, t.end);
        r.sentence = st.span;
        r.negated = reading.negated;
        r.modality = reading.modality;
        if (!baseline) {
            const ParsedModality parsed = parse_modality(st.v, t, cues, fw);
            r.conditional = parsed.conditional;
            r.reported = parsed.reported;
        }
        r.time = event_time(times, names, st.span, r.trigger, published);
        layer.relations.push_back(std::move(r));
    }
}

void RelationPass::relate(const SentenceView& v) {
    SentenceState st(v, token_span(doc, v.first, v.end));
    if (!baseline) st.light = light_verb_objects(v, fw);
    st.trigger_args.resize(v.triggers.size());
    for (std::size_t ti = 0; ti < v.triggers.size(); ++ti) {
        Arguments args;
        ModalityReading reading;
        if (frame_and_arguments(st, ti, args, reading)) emit(st, v.triggers[ti], args, reading);
    }
    add_events(v, st.trigger_args);
}

// The event layer: the lexicon's triggers with the arguments found above, and the other
// predicates in between with their own, in text order. Pronouns of the other predicates
// read the last subject of either kind, the previous sentence's too ("DaimlerChrysler
// announced ... It also plans ...").
void RelationPass::add_events(const SentenceView& v, const std::vector<std::optional<Arguments>>& trigger_args) {
    const std::vector<TriggerMatch>& others = other_predicates[static_cast<std::size_t>(&v - views.data())];
    const Span sentence_span = token_span(doc, v.first, v.end);
    const ArgumentContext ctx{v, *index, actors, fw};
    std::size_t oi = 0;
    auto add_event = [&](const TriggerMatch& t, const Arguments& args) {
        Event e;
        e.trigger = token_span(doc, t.first, t.end);
        e.lemma = event_lemma(resources.lemmas, v, t);
        e.agent = actor_id(actors, args.source);
        e.patient = actor_id(actors, args.target);
        if (e.agent && e.patient && *e.agent == *e.patient) e.patient.reset();
        e.sentence = sentence_span;
        e.negated = cues.read(v.words, t.first - v.first, v.word(t.head)).negated;
        if (t.kind == TriggerKind::Verb && args.source) subject = args.source;
        layer.events.push_back(std::move(e));
    };
    for (std::size_t ti = 0; ti <= v.triggers.size(); ++ti) {
        const std::size_t until = ti < v.triggers.size() ? v.triggers[ti].first : v.end;
        for (; oi < others.size() && others[oi].first < until; ++oi) {
            const TriggerMatch& t = others[oi];
            Arguments args;
            if (baseline) {
                args = nearest_arguments(v, t);
            } else {
                ArgumentContext here = ctx;
                here.clause_subject = subject;
                args = find_arguments(here, t);
                share_clause_subject(v, t, subject, args);
                if (const auto rel = relative_subject(v, t, *index); rel && !args.passive)
                    args.source = *rel, args.source_mention.reset();
            }
            add_event(t, args);
        }
        if (ti < v.triggers.size()) add_event(v.triggers[ti], trigger_args[ti].value_or(Arguments{}));
    }
}

RelationLayer RelationPass::finish() {
    std::stable_sort(layer.relations.begin(), layer.relations.end(),
                     [](const Relation& a, const Relation& b) { return a.trigger.start < b.trigger.start; });
    std::stable_sort(layer.events.begin(), layer.events.end(),
                     [](const Event& a, const Event& b) { return a.trigger.start < b.trigger.start; });
    link_events(layer.relations, layer.events);
    layer.group_actors = report_group_actors(actors, named.size(), layer);
    return std::move(layer);
}

}  // namespace

std::vector<Relation> extract_relations(const RelationResources& resources, const syntax::SyntaxModels& syntax,
                                        const nlp::Document& doc, const std::vector<Actor>& actors,
                                        const std::vector<TimeExpr>& times, const std::string& published,
                                        bool baseline, const StageClock* clock) {
    return extract_relation_layer(resources, syntax, doc, actors, times, published, baseline, clock).relations;
}

RelationLayer extract_relation_layer(const RelationResources& resources, const syntax::SyntaxModels& syntax,
                                     const nlp::Document& doc, const std::vector<Actor>& named,
                                     const std::vector<TimeExpr>& times, const std::string& published,
                                     bool baseline, const StageClock* clock) {
    if (doc.tokens.empty()) return {};
    RelationPass pass(resources, syntax, doc, named, times, published, baseline, clock);
    pass.find_triggers();
    if (!baseline) {
        pass.add_group_phrases();
        pass.add_quotes();
    }
    for (const SentenceView& v : pass.views) {
        if (clock && clock->expired()) break;
        pass.relate(v);
    }
    return pass.finish();
}

}  // namespace lede
