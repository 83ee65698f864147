// parse_modality_test.cpp — the modality pass's reading of the parse (relations/parse_modality.h):
// negation and auxiliaries away from the trigger, governing verbs with "to", conditions,
// reported clauses and reversals ("called off the talks"); and, through extract_relations,
// that a conditional or future use of force is a threat.
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/extract_relations.h"
#include "relations/mention_index.h"
#include "relations/parse_modality.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;

namespace {

// The reading for the word `head_word`; `say` marks the word `say_word` as a SAY trigger.
ParsedModality read(const std::string& text, const std::string& head_word, TriggerKind kind = TriggerKind::Verb,
                    const std::string& say_word = "") {
    Fixture f(text);
    const ActorMentionIndex index(f.doc, f.actors);
    SentenceView v = make_sentence_view(f.doc, f.doc.sentences.front(), index, test::syntax_models());
    REQUIRE(v.parsed());
    TriggerMatch t;
    for (std::size_t i = v.first; i < v.end; ++i) {
        if (f.doc.token_text(i) == head_word) t.first = t.head = i, t.end = i + 1;
        if (!say_word.empty() && f.doc.token_text(i) == say_word) {
            TriggerMatch s;
            s.first = s.head = i, s.end = i + 1, s.classes = {EventClass::Say};
            v.triggers.push_back(s);
        }
    }
    REQUIRE(t.end > 0);
    t.kind = kind;
    return parse_modality(v, t, test_resources().relations.modality_cues, test_resources().relations.function_words);
}

}  // namespace

TEST_CASE("negation on the verb, and on the verb that controls it") {
    CHECK(read("The rebels did not attack the town.", "attack").negated);
    CHECK(read("Iran did not agree to meet the inspectors.", "meet").negated);
    CHECK_FALSE(read("The rebels attacked the town.", "attacked").negated);
}

TEST_CASE("future and threats from auxiliaries and governing verbs") {
    CHECK(read("Israel will probably strike the plant.", "strike").modality == Modality::Future);
    CHECK(read("Russia plans to impose new sanctions.", "impose").modality == Modality::Future);
    CHECK(read("Iran threatened to shell Iraqi towns.", "shell").modality == Modality::Future);
    CHECK(read("The army attacked the town.", "attacked").modality == Modality::Asserted);
}

TEST_CASE("an if or unless clause is conditional") {
    CHECK(read("If Iran enriches uranium, Israel will strike.", "enriches").conditional);
    CHECK_FALSE(read("Iran enriches uranium.", "enriches").conditional);
}

TEST_CASE("the complement of a speech verb is reported") {
    CHECK(read("Officials said the army shelled the village.", "shelled", TriggerKind::Verb, "said").reported);
    CHECK_FALSE(read("The army shelled the village.", "shelled").reported);
}

TEST_CASE("an event noun that is called off or cancelled does not take place") {
    CHECK(read("The two sides called off the talks.", "talks", TriggerKind::Noun).negated);
    CHECK(read("The ministry cancelled the visit.", "visit", TriggerKind::Noun).negated);
    CHECK_FALSE(read("The two sides held talks.", "talks", TriggerKind::Noun).negated);
}

TEST_CASE("merging: a conditional assertion is only possible, the stronger modality wins") {
    ParsedModality p;
    p.conditional = true;
    CHECK(merge_modality({}, p).modality == Modality::Possible);
    p.modality = Modality::Future;
    ModalityReading cue;
    cue.modality = Modality::Required;
    CHECK(merge_modality(cue, p).modality == Modality::Required);
    p.negated = true;
    CHECK(merge_modality(cue, p).negated);
}

TEST_CASE("a threatened use of force is a threat, and the relation says it is reported") {
    Fixture f("Officials said Israel threatened to impose sanctions against Iran.");
    f.actor("a1", ActorType::Gpe, {"Israel"}).actor("a2", ActorType::Gpe, {"Iran"});
    const auto rs = extract_relations(test::relation_resources(), test::syntax_models(), f.doc, f.actors, {}, "", false);
    const Relation* impose = nullptr;
    for (const Relation& r : rs)
        if (f.span(r.trigger) == "impose") impose = &r;
    REQUIRE(impose);
    CHECK(impose->event_class == "THREATEN");
    CHECK(impose->modality == Modality::Future);
    CHECK(impose->reported);
    CHECK(impose->source == std::optional<std::string>("a1"));
}
