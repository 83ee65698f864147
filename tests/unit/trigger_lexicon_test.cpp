// trigger_lexicon_test.cpp — patterns, inflections, gaps and names in the trigger lexicon.
#include <catch2/catch.hpp>

#include "test_resources.h"

#include "nlp/tokenize.h"
#include "relations/trigger_lexicon.h"

using namespace lede;
using namespace lede::relations;

namespace {
const char* kLexicon =
    "# test lexicon\n"
    "DISAPPROVE v accuse\n"
    "AGREE      v reach _ agreement\n"
    "FIGHT      n air strike\n"
    "ASSAULT    n strike\n"
    "SAY        v say\n"
    "PROTEST    v stop work\n"
    "MOBILIZE   w on alert\n";
const char* kIrregular = "say said says\n";

std::vector<TriggerMatch> run(const TriggerLexicon& lex, const nlp::Document& doc) {
    return lex.match(doc, 0, doc.tokens.size());
}
}  // namespace

TEST_CASE("verbs match in every inflection, irregular ones from the list") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto doc = nlp::tokenize("Officials accused Russia and said so.", lede::test_resources().nlp);
    const auto m = run(lex, doc);
    REQUIRE(m.size() == 2);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Disapprove});
    CHECK(doc.token_text(m[0].head) == "accused");
    CHECK(m[0].form == VerbForm::Past);
    CHECK(m[1].classes == std::vector<EventClass>{EventClass::Say});
}

TEST_CASE("a gap takes up to three words") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto doc = nlp::tokenize("They reached a formal agreement.", lede::test_resources().nlp);
    const auto m = run(lex, doc);
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes.front() == EventClass::Agree);
    CHECK(m[0].end - m[0].first == 4);
    CHECK(run(lex, nlp::tokenize("They reached one two three four agreement.", lede::test_resources().nlp)).empty());
}

TEST_CASE("the longest pattern wins and nouns match their plural") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto m = run(lex, nlp::tokenize("The air strikes continued.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes.front() == EventClass::Fight);
}

TEST_CASE("a capitalised word inside a sentence is a name, not a trigger") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    CHECK(run(lex, nlp::tokenize("He joined Strike Force One.", lede::test_resources().nlp)).empty());
    CHECK(run(lex, nlp::tokenize("Strike leaders met.", lede::test_resources().nlp)).size() == 1);   // sentence start
}

TEST_CASE("part-of-speech tags gate verb and noun readings") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto doc = nlp::tokenize("Workers stop work", lede::test_resources().nlp);
    const std::vector<std::string> verb_tags{"NOUN", "VBP", "NOUN"};
    const std::vector<std::string> noun_tags{"NOUN", "NOUN", "NOUN"};
    CHECK(lex.match(doc, 0, 3, &verb_tags).size() == 1);
    CHECK(lex.match(doc, 0, 3, &noun_tags).empty());
}

TEST_CASE("a compound noun of the lexicon matches whatever the tagger makes of its last word") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto doc = nlp::tokenize("They ordered an air strike", lede::test_resources().nlp);
    const std::vector<std::string> verb_last{"PRON", "VBD", "DET", "NOUN", "VB"};
    const auto m = lex.match(doc, 0, 5, &verb_last);
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes.front() == EventClass::Fight);
    CHECK(m[0].end - m[0].first == 2);
    // a one-word noun still needs its noun tag
    const auto one = nlp::tokenize("They strike", lede::test_resources().nlp);
    const std::vector<std::string> verb{"PRON", "VBP"};
    CHECK(lex.match(one, 0, 2, &verb).empty());
}

TEST_CASE("verbs the tagger misreads: a headline's -s form, a base form after an auxiliary") {
    const auto lex = TriggerLexicon::from_text(kLexicon, kIrregular);
    const auto headline = nlp::tokenize("Airbus accuses Boeing", lede::test_resources().nlp);
    const std::vector<std::string> no_finite{"PROPN", "NOUN", "PROPN"};
    CHECK(lex.match(headline, 0, 3, &no_finite).size() == 1);
    const auto clause = nlp::tokenize("Airbus accuses Boeing and left", lede::test_resources().nlp);
    const std::vector<std::string> finite{"PROPN", "NOUN", "PROPN", "CCONJ", "VBD"};
    CHECK(lex.match(clause, 0, 5, &finite).empty());
    const auto modal = nlp::tokenize("It will not publicly accuse them", lede::test_resources().nlp);
    const std::vector<std::string> after_aux{"PRON", "AUX", "PART", "ADV", "ADP", "PRON"};
    CHECK(lex.match(modal, 0, 6, &after_aux).size() == 1);
}

TEST_CASE("the shipped lexicon loads") {
    const auto& lex = test_resources().relations.triggers;
    CHECK(lex.size() > 300);
    const auto doc = nlp::tokenize("Moscow has vehemently denied these allegations.", lede::test_resources().nlp);
    const auto m = lex.match(doc, 0, doc.tokens.size());
    REQUIRE(m.size() == 2);
    CHECK(m[0].classes.front() == EventClass::Reject);
    CHECK(m[1].classes.front() == EventClass::Disapprove);
}

namespace {
// The format of the generated CAMEO dictionary (assets/events/cameo_triggers.tsv): word sets,
// verb families, irregular forms and patterns of no event.
const char* kCameo =
    "&military\tarmy armies troops armed_forces\n"
    "@freeze\tfreeze\n"
    "@impose\timpose levy\n"
    "@withdraw\twithdraw pull_out\n"
    "=\tfreeze froze frozen\n"
    "COERCE\tv\timpose\n"
    "SANCTION\tv\t@freeze _ relations\n"
    "COERCE\tv\t@freeze _ asset\n"
    "COERCE\tv\t@impose _ curfew\n"
    "-\tv\t@impose _ taxes\n"
    "RETREAT\tv\t@withdraw _ &military\n"
    "-\tw\tasian cup\n";
}  // namespace

TEST_CASE("the object picks among a verb family's classes") {
    const auto lex = TriggerLexicon::from_texts({kCameo}, "");
    auto m = run(lex, nlp::tokenize("The bank froze their assets.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Coerce});
    CHECK(m[0].form == VerbForm::Past);
    m = run(lex, nlp::tokenize("Moscow froze relations with Kiev.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Sanction});
    // Without a context the verb alone gives nothing: its block has no code of its own.
    CHECK(run(lex, nlp::tokenize("The lake froze.", lede::test_resources().nlp)).empty());
}

TEST_CASE("a pattern of no event hides the shorter ones at its word") {
    const auto lex = TriggerLexicon::from_texts({kCameo}, "");
    CHECK(run(lex, nlp::tokenize("Parliament imposed new taxes.", lede::test_resources().nlp)).empty());
    auto m = run(lex, nlp::tokenize("The army imposed a curfew.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Coerce});
    m = run(lex, nlp::tokenize("They imposed order.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Coerce});
    CHECK(run(lex, nlp::tokenize("He played in the Asian Cup final.", lede::test_resources().nlp)).empty());
}

TEST_CASE("word sets and phrasal verbs of a family") {
    const auto lex = TriggerLexicon::from_texts({kCameo}, "");
    auto m = run(lex, nlp::tokenize("Russia pulled out its armed forces.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Retreat});
    const auto doc = nlp::tokenize("Russia withdrew the armies.", lede::test_resources().nlp);
    m = run(lex, doc);
    CHECK(m.empty());   // "withdrew" is irregular and not listed here
    const auto lex2 = TriggerLexicon::from_texts({"=\twithdraw withdrew\n", kCameo}, "");
    m = run(lex2, doc);
    REQUIRE(m.size() == 1);
    CHECK(doc.token_text(m[0].head) == "withdrew");
}

TEST_CASE("dictionaries read first win ties") {
    const auto lex = TriggerLexicon::from_texts({kCameo, "AID v impose\n"}, "");
    const auto m = run(lex, nlp::tokenize("They imposed order.", lede::test_resources().nlp));
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Coerce});
}

TEST_CASE("a class name the code does not know is returned, the pattern keeps its known ones") {
    std::vector<std::string> unknown;
    const auto lex = TriggerLexicon::from_texts({"&none\nAGREE|AGRE v accept\nDISAPROVE v accuse\nSAY x say\n"
                                                 "FIGHT v @fight _ war\nFIGHT n hold &wars\nAID v give &none\n"},
                                                "", &unknown);
    CHECK(unknown == std::vector<std::string>{"event class 'AGRE'", "event class 'DISAPROVE'", "pattern kind 'x'",
                                              "verb family '@fight'", "word set '&wars'"});
    const auto doc = nlp::tokenize("They accept it and accuse him, they say.", lede::test_resources().nlp);
    const auto m = lex.match(doc, 0, doc.tokens.size());
    REQUIRE(m.size() == 1);
    CHECK(m[0].classes == std::vector<EventClass>{EventClass::Agree});
}

TEST_CASE("event class names round-trip") {
    for (int i = 0; i <= static_cast<int>(EventClass::NoEvent); ++i) {
        const auto c = static_cast<EventClass>(i);
        CHECK(event_class_named(event_class_name(c)) == c);
    }
    CHECK(std::string(event_class_name(EventClass::Say)) == "SAY");
    CHECK_FALSE(event_class_named("say"));
}
