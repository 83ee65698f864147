// graph_layout.h — the actor graph and its force-directed layout.
//
// Nodes are actors (and the unnamed sides of relations, "unknown source"), edges are relations grouped by (source, target, certainty) with a count
// per class: all the asserted relations from A to B make one edge ("SAY ×2 · REJECT"), and
// the negated or hypothetical ones another, drawn dashed ("not COERCE", "proposed MEET").
// The default view keeps only the most connected actors (build_graph's `max_nodes`).
// The layout is deterministic: the same analysis gives the same picture on every load
// and every machine that does IEEE float the same way — start positions come from a
// golden-angle spiral in a fixed node order (most mentioned first), the iteration count is
// fixed, and no random numbers are used. Repulsion is Barnes–Hut (a quadtree, theta 0.8),
// so hundreds of nodes lay out in milliseconds. Parallel edges between two actors pull as
// one spring (stronger with the count, but not linearly), so a busy pair does not collapse
// the centre of the picture into one blot.
#pragma once

#include <string>
#include <vector>

#include "app/document.h"

namespace lede::app {

struct GraphNode {
    int actor = -1;                                   // index into analysis.actors
    float x = 0, y = 0;                               // layout units (about one per CSS px at zoom 1)
    float radius = 8;
    float label_width = 0;                            // layout units; the pane measures it before layout
    float label_height = 18;                          // and scales both when it zooms out (labels keep their size)
    bool pinned = false;                              // dragged by the user: the layout keeps it
    // A side the text does not name ("they were attacked", a subject the parse could not
    // find): actor is -1, unknown is 1 for "unknown source", 2 for "unknown target", and peer
    // the node of the actor on the relation's other side (one such node per actor and side).
    int unknown = 0;
    int peer = -1;
};

struct GraphEdge {
    int source = -1, target = -1;                     // indices into Graph::nodes
    std::string label;                                // the most frequent relation class
    std::vector<std::pair<std::string, int>> classes; // every class and its count, most frequent first
    std::string qualifier;                            // "" (asserted), "not", "proposed", "possible", "required", "future"
    int count = 0;
    int parallel_index = 0;                           // k-th edge between the same two nodes (either way)
    std::vector<int> relations;                       // indices into analysis.relations
};

struct Graph {
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<int> node_of_actor;                   // actor index -> node index, or -1
};

// The word a relation's negation or modality puts before its class: "" for an asserted
// relation, "not" for a negated or denied one, else the modality ("proposed", "future").
std::string relation_qualifier(const Relation& r);

// The most connected actors (relations first, then mentions; ties keep document order),
// at most `max_nodes` of them; all actors when max_nodes < 0.
std::vector<int> most_connected_actors(const Document& doc, int max_nodes);

// How many actors the default view shows on a canvas of w × h CSS px: about one per
// 14,000 px² (a node with a two-word label and the air around it), 6 to 30.
int default_actor_count(float w, float h);

// Nodes for the actors `most_connected_actors(doc, max_nodes)` picks, edges for relations
// whose source and target are both among them; a relation with one side unknown (no actor)
// and the other among them goes to that actor's "unknown source" or "unknown target" node.
Graph build_graph(const Document& doc, int max_nodes = -1);

// What a node is called on screen: its actor's name, or "unknown source" / "unknown target".
const std::string& node_name(const Document& doc, const GraphNode& node);

// The view that fits every node, its disc and its label (label_px wide, label_h high, under
// the node, in CSS px that do not scale with zoom) inside a w × h canvas (CSS px) with a
// margin. Zooming out grows the labels' footprints in layout units, so overlapping ones are
// moved apart again for the new zoom, a few rounds. screen = (layout * zoom + pan).
struct GraphView {
    float zoom = 1, pan_x = 0, pan_y = 0;
};
GraphView fit_graph(Graph& graph, const std::vector<float>& label_px, float label_h, float w, float h);

// Runs `iterations` steps of the force simulation from the deterministic start, then
// moves nodes apart until no two footprints (the disc and the label under it) overlap.
void layout_graph(Graph& graph, int iterations = 300);

// Only the last part of the layout: moves overlapping footprints apart (after the pane
// changed the label sizes for its zoom).
void separate_graph(Graph& graph, int sweeps);

// Continues the simulation a few steps (after a drag), keeping pinned nodes in place.
void relax_graph(Graph& graph, int iterations);

}  // namespace lede::app
