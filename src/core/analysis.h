// analysis.h — the one result type of Lede (`lede.analysis/1`).
//
// Input flows one way: input -> clean -> extract (actors, times, relations) -> views.
// Every stage fills part of an `Analysis`; the UI and the CLI only read it.
// All spans are half-open UTF-8 byte offsets into `article.text`, except
// `Analysis::removed` and `Article::origin`, which point into the (UTF-8 repaired) input
// (`Analysis::input` says which flavour that was).
// The JSON form is written by analysis_json.h and documented in docs/analysis-schema.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lede {

struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - start; }
    bool empty() const { return end <= start; }
    bool operator==(const Span& o) const { return start == o.start && end == o.end; }
};

enum class ParagraphKind { Paragraph, Heading, Quote, ListItem };

struct Paragraph {
    Span span;
    ParagraphKind kind = ParagraphKind::Paragraph;
};

// `text[span)` was copied unchanged from `input[input_start, input_start + span.size())`.
struct OriginRun {
    Span span;
    std::size_t input_start = 0;
};

struct Article {
    std::optional<std::string> title;
    std::optional<std::string> published;         // ISO 8601, local time as printed
    std::optional<Span> published_source;         // in the input
    std::optional<std::string> byline;            // authors as printed, joined by ", "
    std::optional<std::string> outlet;            // site name when visible
    std::string language = "en";                  // BCP 47
    std::string text;                             // paragraphs joined by "\n\n"
    std::vector<Paragraph> paragraphs;
    std::vector<OriginRun> origin;
};

// A piece of the input the cleaner dropped, with a short reason code
// ("ui-label", "share-prompt", "media-player", "repeated-title", "menu", ...).
struct Removed {
    Span span;                                    // in the input
    std::string reason;
};

enum class ActorType { Person, Org, Gpe, Loc, Norp, Other };
enum class MentionKind { Name, Title, Nominal, Pronoun };

struct Mention {
    Span span;
    MentionKind kind = MentionKind::Name;
};

struct Role {
    std::string title;                            // "Director"
    std::optional<std::string> of;                // actor id or none
};

struct ActorLink {
    std::string kind;                             // "capital-of" | "member-of" | "part-of"
    std::string actor;                            // actor id
    std::string name;                             // that actor's name, for readers of the JSON
};

// ext: the entry of an actor dictionary an actor stands for (src/core/actors/actor_dictionary.h).
struct DictionaryLink {
    std::string source;                           // "petrarch2"
    std::string name;                             // the entry's canonical name: "Vladimir Putin"
    std::string matched;                          // the actor's written name that matched: "Putin"
    std::optional<std::string> code;              // CAMEO code of the role held on `on`: "RUSGOV"
    std::optional<std::string> from, to;          // that role's dates, when dated
    std::optional<std::string> on;                // the article's date the roles were checked against
};

struct Actor {
    std::string id;                               // "a1", stable within one analysis
    std::string name;                             // canonical: the fullest name used
    ActorType type = ActorType::Other;
    std::vector<std::string> aliases;
    std::vector<Role> roles;
    std::vector<ActorLink> links;
    std::vector<Mention> mentions;
    std::optional<DictionaryLink> dictionary;     // ext: written only when set
};

enum class TimeType { Date, Time, Duration, Set };

struct TimeExpr {
    Span span;
    std::string text;
    TimeType type = TimeType::Date;
    std::string value;                            // TIMEX3 value: "2020-09-25", "P3D", "PAST_REF"
    std::string anchor;                           // the anchor the value was resolved against
};

enum class Modality { Asserted, Proposed, Possible, Required, Future, Denied };

struct RelationTime {
    std::string value;
    std::optional<std::size_t> index;             // into Analysis::times
    std::string basis;                            // "text" | "published"
};

struct Relation {
    std::optional<std::string> source;            // actor ids
    std::optional<std::string> target;
    std::optional<Span> theme;
    std::string event_class;                      // PLOVER class or "SAY"
    Span trigger;
    Span sentence;
    bool negated = false;
    Modality modality = Modality::Asserted;
    bool conditional = false;                     // extension: in an "if"/"unless" clause
    bool reported = false;                        // extension: in the clause a speech verb reports
    std::optional<Span> quote;
    std::optional<RelationTime> time;
};

// Extension: every event predicate the relations stage reads (verbs, event nouns), PLOVER-
// classed or not ("unveiled", "the purchase"), with its agent and patient actors.
struct Event {
    Span trigger;
    std::string lemma;                            // "unveil"
    std::optional<std::string> agent;             // actor ids (who does it, to whom / what)
    std::optional<std::string> patient;
    Span sentence;
    bool negated = false;
    std::optional<std::size_t> relation;          // into Analysis::relations: the same trigger's relation
};

struct Warning {
    std::string code;                             // "invalid-utf8", "no-article", "input-too-large", ...
    std::string message;
};

// How long one pipeline stage took (diagnostics: not part of the JSON contract, since
// it differs from run to run; the CLI prints it with --timings, the page in its status).
struct StageTiming {
    std::string stage;
    double ms = 0;
};

// The flavour of the input the core cleaned: the clipboard's HTML, its plain text (also when
// the HTML gave no article and the core fell back to the text), or the text taken as the
// article as it is (`--raw`).
enum class InputFlavour { Html, Text, Raw };

// ext (JSON "input"): what the input offsets (removed[], article.origin[], published_source)
// point into: that flavour, repaired (invalid UTF-8 -> U+FFFD) and cut to the input limit,
// `bytes` long. A reader rebuilds it with analysed_input() (analysed_input.h).
struct AnalysedInput {
    InputFlavour flavour = InputFlavour::Text;
    std::size_t bytes = 0;
};

struct Analysis {
    Article article;
    std::optional<AnalysedInput> input;           // ext: set by analyze(); written only when set
    std::vector<Removed> removed;
    std::vector<Actor> actors;
    std::vector<TimeExpr> times;
    std::vector<Relation> relations;
    std::vector<Event> events;                    // extension, see Event
    std::vector<Warning> warnings;
    std::vector<StageTiming> timings;
};

const char* to_string(ParagraphKind);
const char* to_string(ActorType);
const char* to_string(MentionKind);
const char* to_string(TimeType);
const char* to_string(Modality);
const char* to_string(InputFlavour);

}  // namespace lede
