// graph_labels.cpp — see graph_labels.h. Why eight spots: under the node alone, two
// neighbours side by side kept one label of the pair hidden on most real graphs; the spots
// around the node free nearly all of them without moving the layout.
#include "app/graph_labels.h"

namespace lede::app {
namespace {

constexpr float kGap = 2;                             // air between a disc and its label

bool inside(const ScreenRect& r, const ScreenRect& canvas) {
    return r.x0 >= canvas.x0 && r.y0 >= canvas.y0 && r.x1 <= canvas.x1 && r.y1 <= canvas.y1;
}

ScreenRect at(float x0, float y0, float w, float h) { return {x0, y0, x0 + w, y0 + h}; }

}  // namespace

bool rects_meet(const ScreenRect& a, const ScreenRect& b) { return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0; }

LabelPlacement place_node_labels(const std::vector<NodeLabelRequest>& nodes, const ScreenRect& canvas, LabelGrid& taken) {
    LabelPlacement out;
    out.discs.reserve(nodes.size());
    for (const NodeLabelRequest& n : nodes) {
        const ScreenRect disc{n.x - n.radius, n.y - n.radius, n.x + n.radius, n.y + n.radius};
        out.discs.push_back(disc);
        taken.add(disc);
    }
    out.node_labels.resize(nodes.size());
    out.node_shown.assign(nodes.size(), 0);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const NodeLabelRequest& n = nodes[i];
        const float r = n.radius + kGap, w = n.w, h = n.h;
        const ScreenRect spots[8] = {
            at(n.x - w * 0.5f, n.y + r, w, h),        // under
            at(n.x - w * 0.5f, n.y - r - h, w, h),    // over
            at(n.x + r, n.y - h * 0.5f, w, h),        // right
            at(n.x - r - w, n.y - h * 0.5f, w, h),    // left
            at(n.x + r, n.y + r, w, h),                // the corners, off the disc's square
            at(n.x - r - w, n.y + r, w, h),
            at(n.x + r, n.y - r - h, w, h),
            at(n.x - r - w, n.y - r - h, w, h),
        };
        out.node_labels[i] = spots[0];
        if (n.force) {
            out.node_shown[i] = 1;
            taken.add(spots[0]);
            continue;
        }
        for (const ScreenRect& s : spots) {
            if (!inside(s, canvas) || taken.overlaps(s)) continue;
            out.node_labels[i] = s;
            out.node_shown[i] = 1;
            taken.add(s);
            break;
        }
    }
    return out;
}

int place_edge_label(const std::vector<ScreenRect>& candidates, const ScreenRect& canvas, LabelGrid& taken) {
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (!inside(candidates[i], canvas) || taken.overlaps(candidates[i])) continue;
        taken.add(candidates[i]);
        return static_cast<int>(i);
    }
    return -1;
}

}  // namespace lede::app
