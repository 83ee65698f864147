// parse_object_class_test.cpp — the class pass's object contexts (relations/parse_object_class.h):
// the CAMEO dictionary's "verb _ object" patterns applied to the object the parse finds, where
// the lexicon's three-word window does not reach it.
#include <catch2/catch.hpp>

#include "relation_fixtures.h"
#include "relations/mention_index.h"
#include "relations/parse_object_class.h"

using namespace lede;
using namespace lede::relations;
using lede::test::Fixture;

namespace {

// The classes of the trigger on `verb` after the pass ({} when it was dropped).
std::vector<EventClass> classes_of(const std::string& text, const std::string& verb) {
    Fixture f(text);
    const TriggerLexicon& lexicon = test_resources().relations.triggers;
    const ActorMentionIndex index(f.doc, f.actors);
    SentenceView v = make_sentence_view(f.doc, f.doc.sentences.front(), index, test::syntax_models());
    REQUIRE(v.parsed());
    v.triggers = lexicon.match(f.doc, v.first, v.end, &v.tags);
    classes_from_parsed_objects(v, lexicon);
    for (const TriggerMatch& t : v.triggers)
        if (f.doc.token_text(t.head) == verb) return t.classes;
    return {};
}

}  // namespace

TEST_CASE("the dictionary's object contexts of a verb, by the object's word") {
    const TriggerLexicon& lexicon = test_resources().relations.triggers;
    CHECK(lexicon.object_classes("imposed", "sanctions") == std::vector<EventClass>{EventClass::Coerce});
    CHECK(lexicon.object_classes("impose", "regulation") == std::vector<EventClass>{EventClass::Demand});
    CHECK(lexicon.object_classes("imposes", "taxes") == std::vector<EventClass>{EventClass::NoEvent});
    CHECK(lexicon.object_classes("imposed", "apples").empty());
    CHECK(lexicon.object_classes("apples", "sanctions").empty());
}

TEST_CASE("an object out of the lexicon's reach picks the class through the parse") {
    // Within three words the lexicon's own pattern decides; the pass leaves it.
    CHECK(classes_of("The European Union imposed sanctions on Moscow.", "imposed") == std::vector<EventClass>{EventClass::Coerce});
    // Before the verb: a relative clause and a passive.
    CHECK(classes_of("The regulation that Brussels imposed angered farmers.", "imposed") == std::vector<EventClass>{EventClass::Demand});
    CHECK(classes_of("A new regulation was imposed by the ministry on Monday.", "imposed") == std::vector<EventClass>{EventClass::Demand});
    // An object of no event drops the trigger ("impose taxes" is no COERCE).
    CHECK(classes_of("New taxes were imposed on imported cars.", "imposed").empty());
    // No object context for the word: the lexicon's class stays.
    CHECK(classes_of("The rules that the government imposed were harsh.", "imposed") == std::vector<EventClass>{EventClass::Coerce});
}
