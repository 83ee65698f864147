// graph_layout.cpp — Fruchterman–Reingold style forces with Barnes–Hut repulsion and a
// cooling schedule. Why not a random start: a shared link must show the same picture to
// the person who opens it.
#include "app/graph_layout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <tuple>

namespace lede::app {
namespace {

constexpr float kIdealEdge = 110.0f;                  // spring rest length
constexpr float kTheta = 0.8f;                        // Barnes–Hut opening criterion
// Keeps unlinked actors near the others. At 0.06 the sample's seven unlinked actors drifted
// so far out that the fit zoomed to ~0.2 and the linked hub's labels piled up.
constexpr float kGravity = 0.2f;
constexpr float kFootprintGap = 4.0f;                 // air between two footprints

struct Quad {
    float cx = 0, cy = 0, half = 0;                   // square cell
    float mass = 0, mx = 0, my = 0;                   // total mass and centre of mass
    int body = -1;                                    // a single node, when a leaf
    std::unique_ptr<Quad> child[4];

    int index_of(float x, float y) const { return (x >= cx ? 1 : 0) + (y >= cy ? 2 : 0); }
    void insert(int i, float x, float y, int depth) {
        if (mass == 0 && body < 0 && !child[0] && !child[1] && !child[2] && !child[3]) {
            body = i;
            mass = 1;
            mx = x;
            my = y;
            return;
        }
        if (depth > 40) {                             // coincident points: just add the mass
            mx = (mx * mass + x) / (mass + 1);
            my = (my * mass + y) / (mass + 1);
            mass += 1;
            return;
        }
        if (body >= 0) {
            const int old = body;
            const float ox = mx, oy = my;
            body = -1;
            push(old, ox, oy, depth);
        }
        push(i, x, y, depth);
        mx = (mx * mass + x) / (mass + 1);
        my = (my * mass + y) / (mass + 1);
        mass += 1;
    }
    void push(int i, float x, float y, int depth) {
        const int q = index_of(x, y);
        if (!child[q]) {
            child[q] = std::make_unique<Quad>();
            child[q]->half = half * 0.5f;
            child[q]->cx = cx + (q & 1 ? child[q]->half : -child[q]->half);
            child[q]->cy = cy + (q & 2 ? child[q]->half : -child[q]->half);
        }
        child[q]->insert(i, x, y, depth + 1);
    }
    void repulse(int i, float x, float y, float k2, float& fx, float& fy) const {
        if (mass == 0 || body == i) return;
        const float dx = x - mx, dy = y - my;
        float d2 = dx * dx + dy * dy;
        const bool leaf = body >= 0;
        if (leaf || (2 * half) * (2 * half) < kTheta * kTheta * d2) {
            if (d2 < 1e-4f) {                         // same spot: push apart along a fixed direction
                fx += 0.5f * static_cast<float>((i % 7) - 3);
                fy += 0.5f * static_cast<float>((i % 5) - 2);
                return;
            }
            const float f = k2 * mass / d2;
            fx += dx * f;
            fy += dy * f;
            return;
        }
        for (const auto& c : child)
            if (c) c->repulse(i, x, y, k2, fx, fy);
    }
};

struct Spring {
    int a = 0, b = 0;
    float weight = 1;
};

// One spring per linked pair, whatever the number and direction of its edges.
std::vector<Spring> springs_of(const Graph& g) {
    std::map<std::pair<int, int>, int> count;
    for (const GraphEdge& e : g.edges)
        if (e.source != e.target) count[{std::min(e.source, e.target), std::max(e.source, e.target)}] += e.count;
    std::vector<Spring> out;
    for (const auto& entry : count)
        out.push_back({entry.first.first, entry.first.second, 1.0f + 0.25f * std::log(static_cast<float>(entry.second))});
    return out;
}

void simulate(Graph& g, int iterations, float start_temperature) {
    const int n = static_cast<int>(g.nodes.size());
    if (n <= 1) return;
    const std::vector<Spring> springs = springs_of(g);
    const float k2 = kIdealEdge * kIdealEdge;
    std::vector<float> fx(n), fy(n);
    for (int it = 0; it < iterations; ++it) {
        const float temperature = start_temperature * (1.0f - static_cast<float>(it) / static_cast<float>(iterations)) + 1.0f;
        float minx = g.nodes[0].x, maxx = minx, miny = g.nodes[0].y, maxy = miny;
        for (const GraphNode& v : g.nodes) {
            minx = std::min(minx, v.x);
            maxx = std::max(maxx, v.x);
            miny = std::min(miny, v.y);
            maxy = std::max(maxy, v.y);
        }
        Quad root;
        root.cx = (minx + maxx) * 0.5f;
        root.cy = (miny + maxy) * 0.5f;
        root.half = std::max(maxx - minx, maxy - miny) * 0.5f + 1.0f;
        for (int i = 0; i < n; ++i) root.insert(i, g.nodes[i].x, g.nodes[i].y, 0);
        for (int i = 0; i < n; ++i) {
            fx[i] = fy[i] = 0;
            root.repulse(i, g.nodes[i].x, g.nodes[i].y, k2, fx[i], fy[i]);
            fx[i] -= kGravity * g.nodes[i].x * std::sqrt(static_cast<float>(n));
            fy[i] -= kGravity * g.nodes[i].y * std::sqrt(static_cast<float>(n));
        }
        for (const Spring& sp : springs) {
            GraphNode &a = g.nodes[sp.a], &b = g.nodes[sp.b];
            const float dx = b.x - a.x, dy = b.y - a.y;
            const float d = std::sqrt(dx * dx + dy * dy) + 0.01f;
            const float f = d / kIdealEdge * sp.weight;
            fx[sp.a] += dx * f;
            fy[sp.a] += dy * f;
            fx[sp.b] -= dx * f;
            fy[sp.b] -= dy * f;
        }
        for (int i = 0; i < n; ++i) {
            if (g.nodes[i].pinned) continue;
            const float len = std::sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
            if (len < 1e-6f) continue;
            const float step = std::min(len, temperature);
            g.nodes[i].x += fx[i] / len * step;
            g.nodes[i].y += fy[i] / len * step;
        }
    }
}

// A node's footprint: its disc and the label centred under it (layout units).
struct Box {
    float x0, y0, x1, y1;
};
Box footprint(const GraphNode& v) {
    const float half = std::max(v.radius, v.label_width * 0.5f) + kFootprintGap;
    return {v.x - half, v.y - v.radius - kFootprintGap, v.x + half, v.y + v.radius + v.label_height + kFootprintGap};
}

// Pushes overlapping footprints apart along the axis where they overlap least, half each
// (a pinned node does not move). Pairs are sorted by x so each node meets only its
// neighbours in x; a few dozen sweeps settle even hundreds of nodes.
void separate(Graph& g, int sweeps) {
    const int n = static_cast<int>(g.nodes.size());
    std::vector<int> order(n);
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return footprint(g.nodes[a]).x0 < footprint(g.nodes[b]).x0; });
        bool moved = false;
        for (int oi = 0; oi < n; ++oi) {
            for (int oj = oi + 1; oj < n; ++oj) {
                GraphNode &a = g.nodes[order[oi]], &b = g.nodes[order[oj]];
                const Box ba = footprint(a), bb = footprint(b);
                if (bb.x0 >= ba.x1) break;            // sorted by x0: nothing further overlaps a
                const float ox = std::min(ba.x1, bb.x1) - std::max(ba.x0, bb.x0);
                const float oy = std::min(ba.y1, bb.y1) - std::max(ba.y0, bb.y0);
                if (ox <= 0 || oy <= 0) continue;
                const float share_a = a.pinned ? 0.0f : b.pinned ? 1.0f : 0.5f;
                const float share_b = 1.0f - share_a;
                if (a.pinned && b.pinned) continue;
                if (ox < oy) {
                    const float dir = (b.x > a.x || (b.x == a.x && order[oj] > order[oi])) ? 1.0f : -1.0f;
                    a.x -= dir * ox * share_a;
                    b.x += dir * ox * share_b;
                } else {
                    const float dir = (b.y > a.y || (b.y == a.y && order[oj] > order[oi])) ? 1.0f : -1.0f;
                    a.y -= dir * oy * share_a;
                    b.y += dir * oy * share_b;
                }
                moved = true;
            }
        }
        if (!moved) break;
    }
}

}  // namespace

std::string relation_qualifier(const Relation& r) {
    if (r.negated || r.modality == Modality::Denied) return "not";
    switch (r.modality) {
    case Modality::Proposed: return "proposed";
    case Modality::Possible: return "possible";
    case Modality::Required: return "required";
    case Modality::Future: return "future";
    default: return "";
    }
}

std::vector<int> most_connected_actors(const Document& doc, int max_nodes) {
    const std::size_t n = doc.analysis.actors.size();
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    if (max_nodes < 0 || static_cast<std::size_t>(max_nodes) >= n) return order;
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        if (doc.relation_count[x] != doc.relation_count[y]) return doc.relation_count[x] > doc.relation_count[y];
        return doc.mention_count[x] > doc.mention_count[y];
    });
    order.resize(static_cast<std::size_t>(max_nodes));
    std::sort(order.begin(), order.end());
    return order;
}

int default_actor_count(float w, float h) {
    const float n = std::max(w, 0.0f) * std::max(h, 0.0f) / 14000.0f;
    return static_cast<int>(std::clamp(n, 6.0f, 30.0f));
}

namespace {

// The node standing for the unknown source (side 1) or target (side 2) of `peer`'s relations.
int unknown_node(Graph& g, int side, int peer) {
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
        if (g.nodes[i].unknown == side && g.nodes[i].peer == peer) return static_cast<int>(i);
    GraphNode node;
    node.unknown = side;
    node.peer = peer;
    node.radius = 6.0f;
    g.nodes.push_back(node);
    return static_cast<int>(g.nodes.size()) - 1;
}

}  // namespace

const std::string& node_name(const Document& doc, const GraphNode& node) {
    static const std::string source = "unknown source", target = "unknown target";
    if (node.actor >= 0) return doc.analysis.actors[static_cast<std::size_t>(node.actor)].name;
    return node.unknown == 2 ? target : source;
}

Graph build_graph(const Document& doc, int max_nodes) {
    const Analysis& a = doc.analysis;
    Graph g;
    // Most mentioned first: they start near the centre and keep stable places.
    std::vector<int> order = most_connected_actors(doc, max_nodes);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        return doc.mention_count[x] + doc.relation_count[x] > doc.mention_count[y] + doc.relation_count[y];
    });
    g.node_of_actor.assign(a.actors.size(), -1);
    for (int actor : order) {
        GraphNode node;
        node.actor = actor;
        node.radius = 6.0f + 4.0f * std::sqrt(static_cast<float>(std::max(1, doc.mention_count[actor])));
        node.radius = std::min(node.radius, 34.0f);
        g.node_of_actor[actor] = static_cast<int>(g.nodes.size());
        g.nodes.push_back(node);
    }
    std::map<std::tuple<int, int, std::string>, int> edge_of;
    std::map<std::pair<int, int>, int> pair_count;
    for (std::size_t r = 0; r < a.relations.size(); ++r) {
        const Relation& rel = a.relations[r];
        const int s = doc.actor(rel.source), t = doc.actor(rel.target);
        if (s < 0 && t < 0) continue;                 // nothing named to hang it on
        int ns = s >= 0 ? g.node_of_actor[s] : -1, nt = t >= 0 ? g.node_of_actor[t] : -1;
        if ((s >= 0 && ns < 0) || (t >= 0 && nt < 0)) continue;   // a named side the view leaves out
        if (ns < 0) ns = unknown_node(g, 1, nt);
        if (nt < 0) nt = unknown_node(g, 2, ns);
        const std::string qualifier = relation_qualifier(rel);
        auto key = std::make_tuple(ns, nt, qualifier);
        auto it = edge_of.find(key);
        if (it == edge_of.end()) {
            GraphEdge e;
            e.source = ns;
            e.target = nt;
            e.qualifier = qualifier;
            e.parallel_index = pair_count[{std::min(ns, nt), std::max(ns, nt)}]++;
            it = edge_of.emplace(key, static_cast<int>(g.edges.size())).first;
            g.edges.push_back(std::move(e));
        }
        GraphEdge& e = g.edges[it->second];
        ++e.count;
        e.relations.push_back(static_cast<int>(r));
        auto c = std::find_if(e.classes.begin(), e.classes.end(), [&](const auto& x) { return x.first == rel.event_class; });
        if (c == e.classes.end()) e.classes.push_back({rel.event_class, 1});
        else ++c->second;
    }
    for (GraphEdge& e : g.edges) {
        std::stable_sort(e.classes.begin(), e.classes.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
        e.label = e.classes.front().first;
    }
    return g;
}

namespace {

// Labels are moved apart down to this zoom: far lower for a small graph, whose few labels
// fit anyway, than for a big one, which separating would stretch into a column.
float separate_above_zoom(std::size_t nodes) { return nodes <= 40 ? 0.2f : 0.6f; }

// The screen extent [lo, hi] of all nodes on one axis at `zoom`, with what each node needs
// around its centre: half its label across, its disc above and its label below.
struct Extent {
    float lo, hi;
};
Extent extent(const Graph& g, const std::vector<float>& label_px, float zoom, bool across, float label_h) {
    Extent e{1e9f, -1e9f};
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const GraphNode& n = g.nodes[i];
        const float r = n.radius * zoom;
        const float c = (across ? n.x : n.y) * zoom;
        const float before = across ? std::max(label_px[i] * 0.5f, r) : r;
        const float after = across ? before : r + label_h;
        e.lo = std::min(e.lo, c - before);
        e.hi = std::max(e.hi, c + after);
    }
    return e;
}

// The largest zoom in [lo, hi] at which the nodes' extent fits `room` on one axis (the
// extent grows with zoom, so bisection finds it).
float fitting_zoom(const Graph& g, const std::vector<float>& label_px, float room, bool across, float label_h, float lo, float hi) {
    auto fits = [&](float z) {
        const Extent e = extent(g, label_px, z, across, label_h);
        return e.hi - e.lo <= room;
    };
    if (fits(hi)) return hi;
    if (!fits(lo)) return lo;
    for (int step = 0; step < 24; ++step) {
        const float mid = 0.5f * (lo + hi);
        (fits(mid) ? lo : hi) = mid;
    }
    return lo;
}

}  // namespace

GraphView fit_graph(Graph& g, const std::vector<float>& label_px, float label_h, float w, float h) {
    GraphView v;
    if (g.nodes.empty() || label_px.size() != g.nodes.size()) {
        v.pan_x = w * 0.5f;
        v.pan_y = h * 0.5f;
        return v;
    }
    const float margin = 24;
    for (int round = 0; round < 8; ++round) {
        // The largest zoom at which every node, its disc and its label are inside the canvas.
        const float zx = fitting_zoom(g, label_px, w - 2 * margin, true, label_h, 0.05f, 2.0f);
        const float zy = fitting_zoom(g, label_px, h - 2 * margin, false, label_h, 0.05f, 2.0f);
        v.zoom = std::min(zx, zy);
        const Extent ex = extent(g, label_px, v.zoom, true, label_h);
        const Extent ey = extent(g, label_px, v.zoom, false, label_h);
        v.pan_x = w * 0.5f - (ex.lo + ex.hi) * 0.5f;
        v.pan_y = h * 0.5f - (ey.lo + ey.hi) * 0.5f;
        // Far zoomed out (a narrow pane), label footprints would grow past the nodes' spacing
        // and separating them would stretch the layout into a column: the label placement
        // hides the labels that collide instead.
        if (v.zoom >= 0.999f || v.zoom < separate_above_zoom(g.nodes.size()) || round == 7) break;
        for (std::size_t i = 0; i < g.nodes.size(); ++i) {
            g.nodes[i].label_width = label_px[i] / v.zoom;
            g.nodes[i].label_height = label_h / v.zoom;
        }
        separate(g, 30);
    }
    return v;
}

void layout_graph(Graph& g, int iterations) {
    // Golden-angle spiral: evenly spread, no two nodes on one spot, no randomness.
    const float golden = 2.39996323f;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const float r = kIdealEdge * 0.6f * std::sqrt(static_cast<float>(i) + 0.5f);
        g.nodes[i].x = r * std::cos(golden * static_cast<float>(i));
        g.nodes[i].y = r * std::sin(golden * static_cast<float>(i));
        g.nodes[i].pinned = false;
    }
    simulate(g, iterations, kIdealEdge * 2.0f);
    separate(g, 60);
}

void separate_graph(Graph& g, int sweeps) { separate(g, sweeps); }

void relax_graph(Graph& g, int iterations) {
    simulate(g, iterations, 4.0f);
    separate(g, 10);
}

}  // namespace lede::app
