// graph_labels_test.cpp — the actor graph's default view at scale (src/app/graph_layout.h,
// src/app/graph_labels.h, no ImGui): on a synthetic article with 100 actors and 300 relations
// (the shape of bench/page_stress_input.mjs), the most connected actors are laid out, fitted
// to a desktop and a phone canvas, and every one of their labels is drawn with no label over
// another label or over a node, checked pairwise from the placement's own rectangles.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "app/graph_labels.h"
#include "app/graph_layout.h"

using namespace lede;
using namespace lede::app;

namespace {

// 100 actors named like the page's stress input, 300 relations between random pairs; one in
// ten negated, one in ten proposed. Deterministic (a fixed-seed LCG).
Document stress_document(int actors, int relations) {
    std::uint32_t seed = 20200925;
    auto rand = [&]() { return (seed = seed * 1103515245u + 12345u) / 4294967296.0; };
    const char* first[] = {"Anna", "Boris", "Chen", "Dmitry", "Elena", "Farid", "Grace", "Hiro", "Irina", "José", "Katarzyna", "Léa"};
    const char* last[] = {"Ivanova", "Smith", "Okafor", "Müller", "García", "Novak", "Petrov", "Silva", "Tanaka", "Dubois", "Kowalski"};
    const char* classes[] = {"SAY", "PROPOSE", "REJECT", "ACCUSE", "CONSULT", "COOPERATE", "THREATEN", "DEMAND", "SUPPORT", "MEET"};
    Document doc;
    Analysis& a = doc.analysis;
    std::string text;
    for (int i = 0; i < actors; ++i) {
        Actor actor;
        actor.id = "a" + std::to_string(i + 1);
        actor.name = std::string(first[static_cast<int>(rand() * 12)]) + " " + last[static_cast<int>(rand() * 11)] + " " + std::to_string(i + 1);
        actor.type = static_cast<ActorType>(i % 6);
        Mention m;
        m.span = {text.size(), text.size() + actor.name.size()};
        text += actor.name + ". ";
        actor.mentions.push_back(m);
        a.actors.push_back(actor);
    }
    for (int r = 0; r < relations; ++r) {
        Relation rel;
        rel.source = "a" + std::to_string(1 + static_cast<int>(rand() * actors));
        rel.target = "a" + std::to_string(1 + static_cast<int>(rand() * actors));
        rel.event_class = classes[static_cast<int>(rand() * 10)];
        rel.negated = r % 10 == 3;
        if (r % 10 == 7) rel.modality = Modality::Proposed;
        a.relations.push_back(rel);
    }
    a.article.text = text;
    doc.build_indexes();
    return doc;
}

// A label's width as the pane measures it (about 7 px a character at the UI's small font,
// + 12 px of box and air), and its height with air.
float label_width(const std::string& name) { return 7.0f * static_cast<float>(name.size()) + 12.0f; }
constexpr float kLabelH = 22, kTextH = 16;

struct Scene {
    std::vector<NodeLabelRequest> requests;
    LabelPlacement placement;
};

// What the pane does on a fresh document: build the default view, lay it out, fit it to the
// canvas and place the labels.
Scene default_view(const Document& doc, int max_nodes, float w, float h) {
    Graph g = build_graph(doc, max_nodes);
    std::vector<float> label_px;
    for (GraphNode& n : g.nodes) {
        n.label_width = label_width(doc.analysis.actors[static_cast<std::size_t>(n.actor)].name);
        label_px.push_back(n.label_width);
    }
    layout_graph(g);
    const GraphView v = fit_graph(g, label_px, kLabelH, w, h);
    Scene s;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const GraphNode& n = g.nodes[i];
        const float r = std::max(n.radius * v.zoom, 5.0f);
        s.requests.push_back({n.x * v.zoom + v.pan_x, n.y * v.zoom + v.pan_y, r, label_px[i] - 8, kTextH, false});
    }
    LabelGrid grid;
    s.placement = place_node_labels(s.requests, ScreenRect{0, 0, w, h}, grid);
    return s;
}

void check_no_overlap(const Scene& s, float w, float h) {
    const auto& labels = s.placement.node_labels;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        INFO("label " << i);
        CHECK(s.placement.node_shown[i]);
        CHECK(labels[i].x0 >= 0);
        CHECK(labels[i].y0 >= 0);
        CHECK(labels[i].x1 <= w);
        CHECK(labels[i].y1 <= h);
        for (std::size_t j = i + 1; j < labels.size(); ++j) CHECK_FALSE(rects_meet(labels[i], labels[j]));
        for (const ScreenRect& disc : s.placement.discs) CHECK_FALSE(rects_meet(labels[i], disc));
    }
}

}  // namespace

TEST_CASE("the default view keeps the most connected actors", "[graph]") {
    const Document doc = stress_document(100, 300);
    const Graph g = build_graph(doc, 24);
    REQUIRE(g.nodes.size() == 24);
    int least_kept = 1 << 30, most_left = 0;
    for (std::size_t actor = 0; actor < doc.analysis.actors.size(); ++actor) {
        if (g.node_of_actor[actor] >= 0) least_kept = std::min(least_kept, doc.relation_count[actor]);
        else most_left = std::max(most_left, doc.relation_count[actor]);
    }
    CHECK(least_kept >= most_left);
    CHECK(build_graph(doc, -1).nodes.size() == 100);
}

TEST_CASE("edges between the same pair are merged, negated and hypothetical ones apart", "[graph]") {
    Document doc = stress_document(3, 0);
    auto add = [&](const char* s, const char* t, const char* cls, bool negated, Modality m) {
        Relation r;
        r.source = s;
        r.target = t;
        r.event_class = cls;
        r.negated = negated;
        r.modality = m;
        doc.analysis.relations.push_back(r);
    };
    add("a1", "a2", "SAY", false, Modality::Asserted);
    add("a1", "a2", "REJECT", false, Modality::Asserted);
    add("a1", "a2", "SAY", false, Modality::Asserted);
    add("a1", "a2", "COERCE", true, Modality::Asserted);
    add("a1", "a2", "MEET", false, Modality::Proposed);
    add("a2", "a1", "SAY", false, Modality::Asserted);
    doc.build_indexes();
    const Graph g = build_graph(doc);
    REQUIRE(g.edges.size() == 4);
    const GraphEdge& asserted = g.edges[0];
    CHECK(asserted.qualifier.empty());
    CHECK(asserted.count == 3);
    REQUIRE(asserted.classes.size() == 2);
    CHECK(asserted.classes[0] == std::make_pair(std::string("SAY"), 2));
    CHECK(g.edges[1].qualifier == "not");
    CHECK(g.edges[2].qualifier == "proposed");
    CHECK(g.edges[3].source == asserted.target);
}

TEST_CASE("no two labels of the default view overlap, nor a label a node, at 100 actors and 300 relations", "[graph]") {
    const Document doc = stress_document(100, 300);
    // The canvas sizes (CSS px) the page gives the graph at 1280×800, 1920×1080 and 390×844.
    const float sizes[][2] = {{467, 380}, {700, 560}, {364, 430}, {1000, 800}};
    for (const auto& size : sizes) {
        const int count = default_actor_count(size[0], size[1]);
        INFO("canvas " << size[0] << " x " << size[1] << ", " << count << " actors");
        CHECK(count >= 10);
        const Scene s = default_view(doc, count, size[0], size[1]);
        CHECK(static_cast<int>(s.requests.size()) == count);
        check_no_overlap(s, size[0], size[1]);
    }
    {  // every actor, wide canvas: what is drawn still never overlaps
        const Scene s = default_view(doc, -1, 1200, 900);
        const auto& p = s.placement;
        int shown = 0;
        for (std::size_t i = 0; i < p.node_labels.size(); ++i) {
            if (!p.node_shown[i]) continue;
            ++shown;
            for (std::size_t j = i + 1; j < p.node_labels.size(); ++j)
                if (p.node_shown[j]) CHECK_FALSE(rects_meet(p.node_labels[i], p.node_labels[j]));
            for (const ScreenRect& disc : p.discs) CHECK_FALSE(rects_meet(p.node_labels[i], disc));
        }
        CHECK(shown > 0);
    }
}

TEST_CASE("an edge label goes to the first free spot, or nowhere", "[graph]") {
    LabelGrid grid;
    grid.add({0, 0, 50, 20});
    const std::vector<ScreenRect> spots = {{10, 5, 40, 15}, {60, 5, 90, 15}, {100, 5, 130, 15}};
    CHECK(place_edge_label(spots, {0, 0, 200, 200}, grid) == 1);
    CHECK(place_edge_label({{70, 5, 80, 15}}, {0, 0, 200, 200}, grid) == -1);   // taken by the one just placed
    CHECK(place_edge_label({{190, 5, 210, 15}}, {0, 0, 200, 200}, grid) == -1); // off the canvas
}
