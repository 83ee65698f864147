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
    CHECK(revise_class(EventClass::Consult, with(Modality::Asserted), false) == EventClass::Consult);
    CHECK(revise_class(EventClass::Assault, with(Modality::Asserted), false) == EventClass::Assault);
}

TEST_CASE("promised cooperation is AGREE, announced force is THREATEN") {
    CHECK(revise_class(EventClass::Consult, with(Modality::Future), false) == EventClass::Agree);    // "will visit"
    CHECK(revise_class(EventClass::Aid, with(Modality::Proposed), false) == EventClass::Agree);      // "offered aid"
    CHECK(revise_class(EventClass::Coerce, with(Modality::Future), false) == EventClass::Threaten);  // "will extend the curfew"
    CHECK(revise_class(EventClass::Sanction, with(Modality::Possible), false) == EventClass::Threaten);
}

TEST_CASE("refused or negated cooperation is REJECT; negated force stays what it is") {
    CHECK(revise_class(EventClass::Retreat, with(Modality::Denied), false) == EventClass::Reject);   // "refused to lift"
    CHECK(revise_class(EventClass::Agree, with(Modality::Asserted, true), false) == EventClass::Reject);
    CHECK(revise_class(EventClass::Coerce, with(Modality::Future, true), false) == EventClass::Coerce);  // "won't meddle"
}

TEST_CASE("an obligation is a DEMAND, military violence is FIGHT") {
    CHECK(revise_class(EventClass::Cooperate, with(Modality::Required), false) == EventClass::Demand);
    CHECK(revise_class(EventClass::Assault, with(Modality::Asserted), true) == EventClass::Fight);
}

TEST_CASE("speech and classes about intentions are kept") {
    CHECK(revise_class(EventClass::Say, with(Modality::Future), false) == EventClass::Say);
    CHECK(revise_class(EventClass::Reject, with(Modality::Asserted, true), false) == EventClass::Reject);
    CHECK(revise_class(EventClass::Threaten, with(Modality::Required), false) == EventClass::Threaten);
}
