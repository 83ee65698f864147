// graph_labels.h — where the actor graph's labels go on screen, so that none covers another
// label or a node (pure: no ImGui; the pane draws what this decides, the unit test checks it).
//
// Node labels are placed in the order given (the pane gives the most connected actors first),
// each at the first free spot of eight around its node (under it, over it, right, left, then
// the corners); a label that finds no free spot inside the canvas is left out (hover or select
// its node to see it). Edge labels come after, each at the first free spot along its curve, and
// are left out where they do not fit. Node discs are taken before any label is placed.
#pragma once

#include <vector>

#include "app/label_grid.h"

namespace lede::app {

struct NodeLabelRequest {
    float x = 0, y = 0, radius = 0;                   // the node's centre and disc radius, screen px
    float w = 0, h = 0;                               // the label's size with its backing box, screen px
    bool force = false;                               // hovered or lit: drawn under the node whatever it covers
};

struct LabelPlacement {
    std::vector<ScreenRect> discs;                    // every node's disc, as its bounding square
    std::vector<ScreenRect> node_labels;              // per node: its label's rectangle ...
    std::vector<char> node_shown;                     // ... and whether it is drawn
};

// Places every node's label; the grid comes back holding the discs and the labels drawn.
LabelPlacement place_node_labels(const std::vector<NodeLabelRequest>& nodes, const ScreenRect& canvas, LabelGrid& taken);

// The first of `candidates` (an edge label's spots along its curve, best first) that is inside
// the canvas and free; it is then taken. -1 if none is.
int place_edge_label(const std::vector<ScreenRect>& candidates, const ScreenRect& canvas, LabelGrid& taken);

// True if a and b overlap (touching edges do not).
bool rects_meet(const ScreenRect& a, const ScreenRect& b);

}  // namespace lede::app
