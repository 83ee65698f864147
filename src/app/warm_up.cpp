// warm_up.cpp — the made-up analysis: two paragraphs, three actors (one with a role and a
// link), dates of the kinds the JSON holds, relations asserted, negated, proposed and with an
// unnamed side, so each reader of each array runs. Nothing of it is kept or shown.
#include "app/warm_up.h"

#include <string>

#include "analysis_from_json.h"
#include "analysis_json.h"
#include "app/document.h"
#include "app/graph_layout.h"

namespace lede::app {

void warm_up_analysis_code() {
    Analysis a;
    Article& art = a.article;
    art.title = "Warm-up";
    art.published = "2020-09-25T11:36";
    art.text = "Anna Berg met Paris officials on Friday.\n\nThe ministry said it would not agree.";
    art.paragraphs = {{{0, 40}, ParagraphKind::Paragraph}, {{42, art.text.size()}, ParagraphKind::Quote}};
    art.origin = {{{0, art.text.size()}, 0}};
    const char* names[] = {"Anna Berg", "Paris", "the ministry"};
    const ActorType types[] = {ActorType::Person, ActorType::Gpe, ActorType::Org};
    for (int i = 0; i < 3; ++i) {
        Actor actor;
        actor.id = "a" + std::to_string(i + 1);
        actor.name = names[i];
        actor.type = types[i];
        actor.mentions = {{{static_cast<std::size_t>(i * 10), static_cast<std::size_t>(i * 10 + 5)}, MentionKind::Name}};
        if (i == 0) actor.roles = {{"Minister", std::string("a3")}};
        if (i == 1) actor.links = {{"part-of", "a3", "the ministry"}};
        a.actors.push_back(actor);
    }
    a.times = {{{30, 36}, "Friday", TimeType::Date, "2020-09-25", "2020-09-25"},
               {{60, 69}, "two years", TimeType::Duration, "P2Y", ""}};
    for (int i = 0; i < 4; ++i) {
        Relation r;
        r.source = i == 3 ? std::nullopt : std::optional<std::string>("a1");
        r.target = i == 2 ? std::string("a3") : std::string("a2");
        r.event_class = i % 2 ? "AGREE" : "MEET";
        r.trigger = {10, 13};
        r.sentence = {0, 40};
        r.negated = i == 1;
        r.modality = i == 2 ? Modality::Proposed : Modality::Asserted;
        r.time = RelationTime{"2020-09-25", std::size_t{0}, "text"};
        a.relations.push_back(r);
    }
    a.warnings = {{"no-dateline", "warm-up"}};
    AnalysisLoad loaded = analysis_from_json(to_json_string(a));
    if (!loaded.analysis) return;
    Document doc;
    doc.analysis = std::move(*loaded.analysis);
    doc.build_indexes();
    Graph g = build_graph(doc);
    layout_graph(g);
}

}  // namespace lede::app
