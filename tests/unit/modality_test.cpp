// modality_test.cpp — negation and modality read from the cue words before a trigger.
#include <catch2/catch.hpp>

#include "test_resources.h"

#include "nlp/tokenize.h"
#include "relations/modality.h"
#include "relations/word_forms.h"
#include "test_resources.h"

using namespace lede;
using namespace lede::relations;

namespace {
// Reads the modality of the word `trigger` in `text` with the shipped cues.
ModalityReading reading(const std::string& text, const std::string& trigger) {
    const auto doc = nlp::tokenize(text, lede::test_resources().nlp);
    std::vector<std::string> words;
    std::size_t at = 0;
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        words.push_back(normalize_word(doc.token_text(t)));
        if (words.back() == trigger) at = t;
    }
    return test_resources().relations.modality_cues.read(words, at, trigger);
}
}  // namespace

TEST_CASE("an asserted event") {
    const auto r = reading("Moscow denied the allegations.", "denied");
    CHECK_FALSE(r.negated);
    CHECK(r.modality == Modality::Asserted);
}

TEST_CASE("won't: future and negated") {
    const auto r = reading("both countries won\xE2\x80\x99t meddle in each other\xE2\x80\x99s elections", "meddle");
    CHECK(r.negated);
    CHECK(r.modality == Modality::Future);
}

TEST_CASE("had not interfered: negated, asserted") {
    const auto r = reading("we had not interfered in American processes", "interfered");
    CHECK(r.negated);
    CHECK(r.modality == Modality::Asserted);
}

TEST_CASE("must avoid: required") {
    CHECK(reading("Moscow and Washington must avoid confrontation", "avoid").modality == Modality::Required);
}

TEST_CASE("refused to lift: denied") {
    CHECK(reading("The government is refusing to lift the curfew", "lift").modality == Modality::Denied);
}

TEST_CASE("a proposal colours the clause it governs, and an offer is one itself") {
    CHECK(reading("Putin proposed on Friday that Russia and the US prepare a formal agreement", "agreement").modality ==
          Modality::Proposed);
    CHECK(reading("Putin offers US exchange of guarantees", "offers").modality == Modality::Proposed);
}

TEST_CASE("a cue past a clause boundary does not count") {
    const auto r = reading("He did not say so, and they attacked the town", "attacked");
    CHECK_FALSE(r.negated);
}

TEST_CASE("cue_length_at finds multi-word cues") {
    const std::vector<std::string> words{"china", "has", "to", "drop", "barriers"};
    CHECK(test_resources().relations.modality_cues.cue_length_at(words, 1, CueKind::Required) == 2);
    CHECK(test_resources().relations.modality_cues.cue_length_at(words, 0, CueKind::Required) == 0);
}

TEST_CASE("a cue kind the code does not know is returned, its cue ignored") {
    std::vector<std::string> unknown;
    const auto cues = ModalityCues::from_text("# kinds\nrequired must\nrequierd has to\nnegation not\n", &unknown);
    REQUIRE(unknown == std::vector<std::string>{"cue kind 'requierd'"});
    const std::vector<std::string> words{"china", "has", "to", "drop", "barriers"};
    CHECK(cues.cue_length_at(words, 1, CueKind::Required) == 0);
    CHECK(cue_kind_named("reversal") == CueKind::Reversal);
    CHECK(modality_of_kind(CueKind::Denied) == Modality::Denied);
    CHECK(modality_of_kind(CueKind::Negation) == Modality::Asserted);
}
