// class_rules_test.cpp — PLOVER classes revised for intent, refusal and military force.
#include <catch2/catch.hpp>

#include "relations/class_rules.h"

using namespace lede;
using namespace lede::relations;

namespace {
ModalityReading with(Modality m, bool negated = false) {
    ModalityReading r;
    r.modality = m;
    r.negated = negated;
    return r;
}
}  // namespace

TEST_CASE("asserted events keep their class") {
    CHECK(revise_class("CONSULT", with(Modality::Asserted), false) == "CONSULT");
    CHECK(revise_class("ASSAULT", with(Modality::Asserted), false) == "ASSAULT");
}

TEST_CASE("promised cooperation is AGREE, announced force is THREATEN") {
    CHECK(revise_class("CONSULT", with(Modality::Future), false) == "AGREE");    // "will visit"
    CHECK(revise_class("AID", with(Modality::Proposed), false) == "AGREE");      // "offered aid"
    CHECK(revise_class("COERCE", with(Modality::Future), false) == "THREATEN");  // "will extend the curfew"
    CHECK(revise_class("SANCTION", with(Modality::Possible), false) == "THREATEN");
}

TEST_CASE("refused or negated cooperation is REJECT; negated force stays what it is") {
    CHECK(revise_class("RETREAT", with(Modality::Denied), false) == "REJECT");   // "refused to lift"
    CHECK(revise_class("AGREE", with(Modality::Asserted, true), false) == "REJECT");
    CHECK(revise_class("COERCE", with(Modality::Future, true), false) == "COERCE");  // "won't meddle"
}

TEST_CASE("an obligation is a DEMAND, military violence is FIGHT") {
    CHECK(revise_class("COOPERATE", with(Modality::Required), false) == "DEMAND");
    CHECK(revise_class("ASSAULT", with(Modality::Asserted), true) == "FIGHT");
}

TEST_CASE("speech and classes about intentions are kept") {
    CHECK(revise_class("SAY", with(Modality::Future), false) == "SAY");
    CHECK(revise_class("REJECT", with(Modality::Asserted, true), false) == "REJECT");
    CHECK(revise_class("THREATEN", with(Modality::Required), false) == "THREATEN");
}
