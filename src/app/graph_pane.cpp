// graph_pane.cpp — drawing and interaction of the actor graph, and the actor list.
// Edges are quadratic Béziers bent to the right of their direction, so A→B and B→A never
// overlap; labels are placed greedily, most important node first, and a label that would
// cover another is left out (hover or select the node to see it).
#include "app/graph_pane.h"

#include "app/fingerprint.h"
#include "app/label_grid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace lede::app {
namespace {

constexpr int kTypeCount = 6;
const ActorType kTypes[kTypeCount] = {ActorType::Person, ActorType::Org, ActorType::Gpe, ActorType::Loc, ActorType::Norp, ActorType::Other};

ImVec2 bezier(ImVec2 a, ImVec2 c, ImVec2 b, float t) {
    const float u = 1 - t;
    return ImVec2(u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y);
}

float dist2(ImVec2 a, ImVec2 b) { return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y); }

// The legend: one entry per actor type present, in rows along the canvas's bottom edge
// (wrapping when the canvas is narrow). Positions are relative to the canvas's bottom-left.
struct LegendEntry {
    int type;
    ImVec2 at;
};
std::vector<LegendEntry> legend_layout(const PaneContext& ctx, const ImFont* font, float width, float& height) {
    bool present[kTypeCount] = {};
    for (const Actor& actor : ctx.doc.analysis.actors) present[static_cast<int>(actor.type)] = true;
    const float row_h = font->FontSize * 1.3f, pad = ctx.theme.px(10);
    std::vector<LegendEntry> out;
    float x = pad;
    int row = 0;
    for (int i = 0; i < kTypeCount; ++i) {
        if (!present[i]) continue;
        const float w = ctx.theme.px(15) + font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, actor_type_label(kTypes[i])).x + ctx.theme.px(14);
        if (x > pad && x + w > width - pad) {
            x = pad;
            ++row;
        }
        out.push_back({i, ImVec2(x, static_cast<float>(row))});
        x += w;
    }
    const float rows = out.empty() ? 0.0f : static_cast<float>(row + 1);
    height = rows * row_h + ctx.theme.px(8);
    for (LegendEntry& e : out) e.at.y = -height + e.at.y * row_h;
    return out;
}

}  // namespace

void GraphPane::reset() {
    built_for_ = nullptr;
    dragging_node_ = -1;
    scene_.valid = false;
}

std::uint64_t GraphPane::scene_key(const PaneContext& ctx, ImVec2 size, int hover_node, int hover_edge) const {
    // Everything the scene is drawn from: the document and selection, the view, the node
    // positions, hover, filters, theme, fonts and the canvas rectangle.
    Fingerprint f;
    f.value(&ctx.doc);
    f.value(ctx.selection.serial);
    f.value(zoom_), f.value(pan_x_), f.value(pan_y_), f.value(scale_);
    f.value(canvas_min), f.value(size);
    for (const GraphNode& n : graph_.nodes) f.value(n.x), f.value(n.y);
    f.value(hover_node), f.value(hover_edge);
    f.value(type_hidden_);
    for (const std::string& c : class_hidden_) f.bytes(c.data(), c.size() + 1);
    f.value(show_edge_labels_);
    f.value(ctx.theme.dark), f.value(ctx.theme.scale);
    f.value(ctx.fonts.small), f.value(ctx.fonts.small->FontSize), f.value(ctx.fonts.ranges.Size);
    f.value(ImGui::GetIO().Fonts->TexID);
    return f.result();
}

void GraphPane::after_render(ImDrawData& data) {
    scene_kept_ = scene_.replay != nullptr;
    scene_drawn_ = scene_.capture != nullptr;
    if (scene_.capture) {
        const ImDrawList& list = *scene_.capture;
        scene_.vertices = list.VtxBuffer;
        scene_.indices = list.IdxBuffer;
        scene_.commands = list.CmdBuffer;
        scene_.valid = true;
    } else if (scene_.replay) {
        ImDrawList& list = *scene_.replay;
        const int more_vertices = scene_.vertices.Size - list.VtxBuffer.Size, more_indices = scene_.indices.Size - list.IdxBuffer.Size;
        data.TotalVtxCount += more_vertices;
        data.TotalIdxCount += more_indices;
        ImGui::GetIO().MetricsRenderVertices += more_vertices;   // what is really drawn (state, bench)
        ImGui::GetIO().MetricsRenderIndices += more_indices;
        list.VtxBuffer = scene_.vertices;
        list.IdxBuffer = scene_.indices;
        list.CmdBuffer = scene_.commands;
    }
    scene_.capture = scene_.replay = nullptr;
}

ImVec2 GraphPane::to_screen(float x, float y) const {
    return ImVec2(origin_.x + (x * zoom_ + pan_x_) * scale_, origin_.y + (y * zoom_ + pan_y_) * scale_);
}

bool GraphPane::node_visible(const PaneContext& ctx, const GraphNode& n) const {
    const ActorType t = ctx.doc.analysis.actors[n.actor].type;
    return !type_hidden_[static_cast<int>(t)];
}

bool GraphPane::edge_visible(const PaneContext& ctx, const GraphEdge& e) const {
    return node_visible(ctx, graph_.nodes[e.source]) && node_visible(ctx, graph_.nodes[e.target]) &&
           (class_hidden_.empty() || !class_hidden_.count(e.label));
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

void GraphPane::fit(ImVec2 size) {
    if (graph_.nodes.empty()) {
        zoom_ = 1;
        pan_x_ = size.x / scale_ * 0.5f;
        pan_y_ = size.y / scale_ * 0.5f;
        return;
    }
    const float w = size.x / scale_, h = size.y / scale_;
    const float margin = 24;
    // Labels keep their size on screen while the layout shrinks: after each fit that zooms
    // out, the footprints grow by 1/zoom and overlapping ones are moved apart again, a few
    // rounds, since moving them apart zooms out a little more.
    for (int round = 0; round < 6; ++round) {
        // The largest zoom at which every node, its disc and its label are inside the canvas.
        const float zx = fitting_zoom(graph_, label_px_, w - 2 * margin, true, kLabelPx, 0.05f, 2.0f);
        const float zy = fitting_zoom(graph_, label_px_, h - 2 * margin, false, kLabelPx, 0.05f, 2.0f);
        zoom_ = std::min(zx, zy);
        const Extent ex = extent(graph_, label_px_, zoom_, true, kLabelPx);
        const Extent ey = extent(graph_, label_px_, zoom_, false, kLabelPx);
        pan_x_ = w * 0.5f - (ex.lo + ex.hi) * 0.5f;
        pan_y_ = h * 0.5f - (ey.lo + ey.hi) * 0.5f;
        // Far zoomed out (a narrow pane), label footprints would grow past the nodes' spacing
        // and separating them would stretch the layout into a column: the label grid hides
        // the labels that collide instead.
        if (zoom_ >= 0.999f || zoom_ < separate_above_zoom(graph_.nodes.size()) || round == 5) break;
        for (std::size_t i = 0; i < graph_.nodes.size(); ++i) {
            graph_.nodes[i].label_width = label_px_[i] / zoom_;
            graph_.nodes[i].label_height = kLabelPx / zoom_;
        }
        separate_graph(graph_, 30);
    }
}

void GraphPane::draw_filters(PaneContext& ctx) {
    if (ImGui::Button("Filters")) ImGui::OpenPopup("graph-filters");
    if (ImGui::BeginPopup("graph-filters")) {
        ImGui::TextDisabled("Actor types");
        for (int i = 0; i < kTypeCount; ++i) {
            bool shown = !type_hidden_[i];
            ImGui::PushStyleColor(ImGuiCol_CheckMark, ImGui::ColorConvertU32ToFloat4(ctx.theme.actor_color(kTypes[i])));
            if (ImGui::Checkbox(actor_type_label(kTypes[i]), &shown)) type_hidden_[i] = !shown;
            ImGui::PopStyleColor();
        }
        std::set<std::string> classes;
        for (const GraphEdge& e : graph_.edges) classes.insert(e.label);
        if (!classes.empty()) {
            ImGui::Separator();
            ImGui::TextDisabled("Relation classes");
            for (const std::string& c : classes) {
                bool shown = !class_hidden_.count(c);
                if (ImGui::Checkbox(c.c_str(), &shown)) {
                    if (shown) class_hidden_.erase(c);
                    else class_hidden_.insert(c);
                }
            }
        }
        ImGui::Separator();
        ImGui::Checkbox("Edge labels", &show_edge_labels_);
        ImGui::EndPopup();
    }
}

void GraphPane::measure_labels(const PaneContext& ctx, const ImFont* font) {
    if (measured_font_ == font && measured_font_size_ == font->FontSize && node_label_size_.size() == graph_.nodes.size()) return;
    node_label_size_.clear();
    for (const GraphNode& n : graph_.nodes)
        node_label_size_.push_back(font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, ctx.doc.analysis.actors[n.actor].name.c_str()));
    edge_caption_.clear();
    edge_caption_size_.clear();
    for (const GraphEdge& e : graph_.edges) {
        edge_caption_.push_back(e.count > 1 ? e.label + " ×" + std::to_string(e.count) : e.label);
        edge_caption_size_.push_back(font->CalcTextSizeA(font->FontSize * 0.9f, FLT_MAX, 0, edge_caption_.back().c_str()));
    }
    measured_font_ = font;
    measured_font_size_ = font->FontSize;
}

void GraphPane::draw(PaneContext& ctx) {
    if (built_for_ != &ctx.doc) {
        graph_ = build_graph(ctx.doc);
        // Labels take room: the layout keeps them apart, measured at zoom 1 in layout units.
        ImGui::PushFont(ctx.fonts.small);
        label_px_.clear();
        for (GraphNode& n : graph_.nodes) {
            // + the label's backing box and some air, so neighbouring labels never touch
            n.label_width = ImGui::CalcTextSize(ctx.doc.analysis.actors[n.actor].name.c_str()).x / std::max(ctx.theme.scale, 0.5f) + 12;
            label_px_.push_back(n.label_width);
        }
        ImGui::PopFont();
        layout_graph(graph_);
        built_for_ = &ctx.doc;
        fitted_ = false;
        measured_font_ = nullptr;
    }
    scale_ = ctx.theme.scale;
    ImGui::PushFont(ctx.fonts.small);
    draw_filters(ctx);
    ImGui::SameLine();
    const bool fit_clicked = ImGui::Button("Fit");
    ImGui::SameLine();
    const bool zoom_in = ImGui::Button("+");
    ImGui::SameLine();
    const bool zoom_out = ImGui::Button("−");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%d actors · %d links", static_cast<int>(graph_.nodes.size()), static_cast<int>(graph_.edges.size()));
    ImGui::PopFont();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImVec2 canvas_size;
    if (ctx.narrow) canvas_size = ImVec2(avail.x, std::max(avail.y * 0.58f, ctx.theme.px(200)));
    else canvas_size = ImVec2(std::max(avail.x * 0.64f, ctx.theme.px(200)), avail.y);
    // A canvas that changed size (window resized, phone rotated, pixel ratio changed) is
    // fitted again, unless the reader has moved the view since the last fit.
    const ImVec2 css_size(canvas_size.x / scale_, canvas_size.y / scale_);
    const bool resized = std::fabs(css_size.x - fitted_for_.x) > 1 || std::fabs(css_size.y - fitted_for_.y) > 1;
    if (fit_clicked || !fitted_ || (resized && !view_moved_)) {
        float legend_h = 0;
        legend_layout(ctx, ctx.fonts.small, canvas_size.x, legend_h);
        fit(ImVec2(canvas_size.x, std::max(canvas_size.y - legend_h, canvas_size.y * 0.5f)));
        fitted_ = true;
        fitted_for_ = css_size;
        view_moved_ = false;
    }
    if (zoom_in || zoom_out) {
        view_moved_ = true;
        const float f = zoom_in ? 1.25f : 0.8f;
        const float cx = canvas_size.x / scale_ * 0.5f, cy = canvas_size.y / scale_ * 0.5f;
        pan_x_ = cx - (cx - pan_x_) * f;
        pan_y_ = cy - (cy - pan_y_) * f;
        zoom_ *= f;
    }
    draw_canvas(ctx, canvas_size);
    if (!ctx.narrow) ImGui::SameLine();
    draw_list(ctx);
}

void GraphPane::draw_canvas(PaneContext& ctx, ImVec2 size) {
    const Analysis& a = ctx.doc.analysis;
    const Palette& pal = ctx.theme.colors();
    ImGui::BeginChild("graph-canvas-child", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    origin_ = ImGui::GetCursorScreenPos();
    canvas_min = origin_;
    canvas_max = ImVec2(origin_.x + size.x, origin_.y + size.y);
    ImGui::InvisibleButton("graph-canvas", size, ImGuiButtonFlags_MouseButtonLeft);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(canvas_min, canvas_max, true);
    dl->AddRectFilled(canvas_min, canvas_max, pal.panel);
    const ImGuiIO& io = ImGui::GetIO();

    if (graph_.nodes.empty()) {
        const char* msg = "No actors found in this article yet.";
        const ImVec2 ts = ImGui::CalcTextSize(msg);
        dl->AddText(ImVec2(origin_.x + (size.x - ts.x) * 0.5f, origin_.y + size.y * 0.45f), pal.ink_faint, msg);
        dl->PopClipRect();
        ImGui::EndChild();
        return;
    }

    // Hover: the nearest node under the mouse, else the nearest edge within a few pixels.
    int hover_node = -1, hover_edge = -1;
    if (hovered || dragging_node_ >= 0) {
        float best = 1e30f;
        for (int i = 0; i < static_cast<int>(graph_.nodes.size()); ++i) {
            const GraphNode& n = graph_.nodes[i];
            if (!node_visible(ctx, n)) continue;
            const float r = std::max(n.radius * zoom_ * scale_, ctx.theme.px(6));
            const float d = dist2(io.MousePos, to_screen(n.x, n.y));
            if (d < r * r && d < best) {
                best = d;
                hover_node = i;
            }
        }
    }
    std::vector<ImVec2> controls(graph_.edges.size());
    for (std::size_t i = 0; i < graph_.edges.size(); ++i) {
        const GraphEdge& e = graph_.edges[i];
        const ImVec2 p0 = to_screen(graph_.nodes[e.source].x, graph_.nodes[e.source].y);
        const ImVec2 p2 = to_screen(graph_.nodes[e.target].x, graph_.nodes[e.target].y);
        const float dx = p2.x - p0.x, dy = p2.y - p0.y, len = std::sqrt(dx * dx + dy * dy) + 0.001f;
        const float bend = len * 0.12f + ctx.theme.px(16) * static_cast<float>(e.parallel_index);
        controls[i] = ImVec2((p0.x + p2.x) * 0.5f - dy / len * bend, (p0.y + p2.y) * 0.5f + dx / len * bend);
        if (hover_node < 0 && hovered && edge_visible(ctx, e) && e.source != e.target) {
            for (int s = 1; s < 16; ++s)
                if (dist2(io.MousePos, bezier(p0, controls[i], p2, s / 16.0f)) < ctx.theme.px(5) * ctx.theme.px(5)) hover_edge = static_cast<int>(i);
        }
    }

    // Interaction: select, drag nodes, pan, zoom, fit.
    if (hovered && ImGui::IsMouseClicked(0)) {
        if (hover_node >= 0) {
            dragging_node_ = hover_node;
            ctx.selection.set(Selection::Kind::Actor, graph_.nodes[hover_node].actor);
        } else if (hover_edge >= 0) {
            ctx.selection.set(Selection::Kind::Relation, graph_.edges[hover_edge].relations.front());
        }
    }
    if (ImGui::IsMouseReleased(0)) dragging_node_ = -1;
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, 1.0f)) {
        view_moved_ = true;
        if (dragging_node_ >= 0) {
            GraphNode& n = graph_.nodes[dragging_node_];
            n.x += io.MouseDelta.x / (zoom_ * scale_);
            n.y += io.MouseDelta.y / (zoom_ * scale_);
            n.pinned = true;
        } else {
            pan_x_ += io.MouseDelta.x / scale_;
            pan_y_ += io.MouseDelta.y / scale_;
        }
    }
    if (hovered && ImGui::IsMouseDoubleClicked(0) && hover_node < 0) fitted_ = false;   // refitted next frame, above the legend
    if (hovered && io.MouseWheel != 0) {
        view_moved_ = true;
        const float f = std::pow(1.15f, io.MouseWheel);
        const float mx = (io.MousePos.x - origin_.x) / scale_, my = (io.MousePos.y - origin_.y) / scale_;
        const float nz = std::clamp(zoom_ * f, 0.03f, 8.0f);
        pan_x_ = mx - (mx - pan_x_) * (nz / zoom_);
        pan_y_ = my - (my - pan_y_) * (nz / zoom_);
        zoom_ = nz;
    }
    // Touch: one finger pans, two pinch (zoom about their midpoint, which also pans).
    if (hovered && ctx.touch.moving()) {
        ctx.touch.consumed = true;
        view_moved_ = true;
        pan_x_ += ctx.touch.pan_x / scale_;
        pan_y_ += ctx.touch.pan_y / scale_;
        if (ctx.touch.zoom != 1) {
            const float mx = (ctx.touch.zoom_x - origin_.x) / scale_, my = (ctx.touch.zoom_y - origin_.y) / scale_;
            const float nz = std::clamp(zoom_ * ctx.touch.zoom, 0.03f, 8.0f);
            pan_x_ = mx - (mx - pan_x_) * (nz / zoom_);
            pan_y_ = my - (my - pan_y_) * (nz / zoom_);
            zoom_ = nz;
        }
    }

    // Unchanged since the last frame (no pan, zoom, drag, hover, selection, filter or resize):
    // the last frame's vertices are drawn again (after_render) instead of being rebuilt. With
    // hundreds of actors and thousands of links that was most of an idle frame's CPU time.
    const std::uint64_t key = scene_key(ctx, size, hover_node, hover_edge);
    if (cache_enabled && scene_.valid && scene_.key == key) {
        scene_.replay = dl;
    } else {
        draw_scene(ctx, dl, size, controls, hover_node, hover_edge);
        scene_.key = key;
        scene_.capture = dl;
    }

    if (hover_node >= 0 && dragging_node_ < 0) {
        const Actor& actor = a.actors[graph_.nodes[hover_node].actor];
        ImGui::BeginTooltip();
        ImGui::Text("%s", actor.name.c_str());
        ImGui::TextDisabled("%s · %d mentions · %d relations", actor_type_label(actor.type), ctx.doc.mention_count[graph_.nodes[hover_node].actor],
                            ctx.doc.relation_count[graph_.nodes[hover_node].actor]);
        ImGui::EndTooltip();
    } else if (hover_edge >= 0) {
        const GraphEdge& e = graph_.edges[hover_edge];
        ImGui::BeginTooltip();
        ImGui::Text("%s → %s", a.actors[graph_.nodes[e.source].actor].name.c_str(), a.actors[graph_.nodes[e.target].actor].name.c_str());
        ImGui::TextDisabled("%s · %d relation%s · click to select", e.label.c_str(), e.count, e.count == 1 ? "" : "s");
        ImGui::EndTooltip();
    }
    dl->PopClipRect();
    ImGui::EndChild();
}

void GraphPane::draw_scene(PaneContext& ctx, ImDrawList* dl, ImVec2 size, const std::vector<ImVec2>& controls, int hover_node,
                           int hover_edge) {
    const Analysis& a = ctx.doc.analysis;
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    // Edges.
    const bool dim = hl.any;
    LabelGrid placed;
    std::vector<std::pair<ImVec2, int>> edge_labels;
    for (std::size_t i = 0; i < graph_.edges.size(); ++i) {
        const GraphEdge& e = graph_.edges[i];
        if (!edge_visible(ctx, e)) continue;
        bool lit = false;
        for (int r : e.relations) lit |= !hl.relations.empty() && hl.relations[r];
        const bool is_hover = static_cast<int>(i) == hover_edge;
        const ImU32 col = lit || is_hover ? pal.accent : (dim ? (pal.edge & 0x00FFFFFF) | (60u << 24) : pal.edge);
        const float thick = ctx.theme.line((1.0f + 1.2f * std::log2(static_cast<float>(e.count) + 1.0f)) * (lit ? 1.4f : 1.0f));
        const GraphNode& sn = graph_.nodes[e.source];
        const GraphNode& tn = graph_.nodes[e.target];
        const ImVec2 p0 = to_screen(sn.x, sn.y), p2 = to_screen(tn.x, tn.y);
        if (e.source == e.target) {
            const float r = sn.radius * zoom_ * scale_;
            dl->AddCircle(ImVec2(p0.x, p0.y - r * 1.3f), r * 0.6f, col, 0, thick);
            continue;
        }
        const ImVec2 c = controls[i];
        // Off the canvas (zoomed in): a Bézier lies inside the box of its three points.
        if (std::max({p0.x, c.x, p2.x}) < canvas_min.x || std::min({p0.x, c.x, p2.x}) > canvas_max.x ||
            std::max({p0.y, c.y, p2.y}) < canvas_min.y || std::min({p0.y, c.y, p2.y}) > canvas_max.y)
            continue;
        // As few segments as keep the polyline within a quarter pixel of the curve: n uniform
        // segments of a quadratic Bézier stray at most |p0 - 2c + p2| / (8 n²) from it. The
        // curves bend gently, so that is a few segments each; a fixed count per length of
        // chord (ImGui's adaptive subdivision before that) made edges most of a busy frame's
        // vertices.
        const float bend = std::sqrt(dist2(ImVec2(p0.x + p2.x, p0.y + p2.y), ImVec2(2 * c.x, 2 * c.y)));
        dl->AddBezierQuadratic(p0, c, p2, col, thick, std::clamp(static_cast<int>(std::ceil(std::sqrt(bend / 2.0f))), 1, 16));
        // Arrow head where the curve enters the target's circle.
        const float rt = tn.radius * zoom_ * scale_ + ctx.theme.px(2);
        // Bisection on [0.5, 1] (the distance to the target grows as t falls): with thousands
        // of edges, stepping t down by 0.01 was a visible share of the frame.
        float inside = 1.0f, outside = 0.5f;
        for (int k = 0; k < 8; ++k) {
            const float mid = (inside + outside) * 0.5f;
            (dist2(bezier(p0, c, p2, mid), p2) < rt * rt ? inside : outside) = mid;
        }
        const float t = outside;
        const ImVec2 tip = bezier(p0, c, p2, t);
        const ImVec2 back = bezier(p0, c, p2, std::max(0.0f, t - 0.05f));
        const float dx = tip.x - back.x, dy = tip.y - back.y, len = std::sqrt(dx * dx + dy * dy) + 0.001f;
        const float ah = ctx.theme.px(7) + thick, aw = ctx.theme.px(4) + thick * 0.6f;
        const ImVec2 ux(dx / len, dy / len);
        dl->AddTriangleFilled(tip, ImVec2(tip.x - ux.x * ah - ux.y * aw, tip.y - ux.y * ah + ux.x * aw),
                              ImVec2(tip.x - ux.x * ah + ux.y * aw, tip.y - ux.y * ah - ux.x * aw), col);
        if (show_edge_labels_ || lit || is_hover) edge_labels.push_back({bezier(p0, c, p2, 0.5f), static_cast<int>(i)});
    }

    // Nodes, then their labels (most important first; skipped when they would overlap).
    ImFont* font = ctx.fonts.small;
    measure_labels(ctx, font);
    for (int i = 0; i < static_cast<int>(graph_.nodes.size()); ++i) {
        const GraphNode& n = graph_.nodes[i];
        if (!node_visible(ctx, n)) continue;
        const Actor& actor = a.actors[n.actor];
        const bool lit = !hl.actors.empty() && hl.actors[n.actor];
        const bool selected = ctx.selection.is(Selection::Kind::Actor, n.actor);
        const ImVec2 p = to_screen(n.x, n.y);
        const float r = std::max(n.radius * zoom_ * scale_, ctx.theme.px(5));
        dl->AddCircleFilled(p, r, ctx.theme.actor_color(actor.type, dim && !lit ? 0.3f : 0.95f));
        if (selected || i == hover_node) dl->AddCircle(p, r + ctx.theme.px(3), pal.accent, 0, ctx.theme.line(2.5f));
        else if (r >= ctx.theme.px(8)) dl->AddCircle(p, r, pal.panel, 0, ctx.theme.line(1.2f));   // a rim only where it shows
    }
    for (int i = 0; i < static_cast<int>(graph_.nodes.size()); ++i) {
        const GraphNode& n = graph_.nodes[i];
        if (!node_visible(ctx, n)) continue;
        const Actor& actor = a.actors[n.actor];
        const bool lit = !hl.actors.empty() && hl.actors[n.actor];
        const bool force = lit || i == hover_node;
        const ImVec2 p = to_screen(n.x, n.y);
        const float r = std::max(n.radius * zoom_ * scale_, ctx.theme.px(3));
        const ImVec2 ts = node_label_size_[static_cast<std::size_t>(i)];
        const ScreenRect rect{p.x - ts.x * 0.5f - 2, p.y + r + 2, p.x + ts.x * 0.5f + 2, p.y + r + 2 + ts.y};
        if (!force && placed.overlaps(rect)) continue;
        placed.add(rect);
        dl->AddRectFilled(ImVec2(rect.x0, rect.y0), ImVec2(rect.x1, rect.y1), (pal.panel & 0x00FFFFFF) | (200u << 24));
        dl->AddText(font, font->FontSize, ImVec2(rect.x0 + 2, rect.y0), dim && !lit ? pal.ink_faint : pal.ink, actor.name.c_str());
    }
    for (const auto& [pos, i] : edge_labels) {
        const GraphEdge& e = graph_.edges[i];
        const char* label = edge_caption_[static_cast<std::size_t>(i)].c_str();
        const ImVec2 ts = edge_caption_size_[static_cast<std::size_t>(i)];
        const ScreenRect rect{pos.x - ts.x * 0.5f - 3, pos.y - ts.y * 0.5f, pos.x + ts.x * 0.5f + 3, pos.y + ts.y * 0.5f};
        bool lit = false;
        for (int r : e.relations) lit |= !hl.relations.empty() && hl.relations[r];
        if (!lit && i != hover_edge && placed.overlaps(rect)) continue;
        placed.add(rect);
        dl->AddRectFilled(ImVec2(rect.x0, rect.y0), ImVec2(rect.x1, rect.y1), lit ? pal.accent : pal.background, ctx.theme.px(4));
        dl->AddText(font, font->FontSize * 0.9f, ImVec2(rect.x0 + 3, rect.y0), lit ? IM_COL32_WHITE : pal.ink_soft, label);
    }

    // Legend: the types present, along the bottom edge (fit() keeps the nodes above it).
    float legend_h = 0;
    for (const LegendEntry& e : legend_layout(ctx, font, size.x, legend_h)) {
        const ImVec2 at(canvas_min.x + e.at.x, canvas_max.y + e.at.y);
        dl->AddCircleFilled(ImVec2(at.x + ctx.theme.px(5), at.y + font->FontSize * 0.55f), ctx.theme.px(5),
                            ctx.theme.actor_color(kTypes[e.type], type_hidden_[e.type] ? 0.25f : 1.0f));
        dl->AddText(font, font->FontSize, ImVec2(at.x + ctx.theme.px(15), at.y), type_hidden_[e.type] ? pal.ink_faint : pal.ink_soft,
                    actor_type_label(kTypes[e.type]));
    }

}

void GraphPane::draw_list(PaneContext& ctx) {
    const Analysis& a = ctx.doc.analysis;
    ImGui::BeginChild("actor-list", ImVec2(0, 0), false);
    ImGui::PushFont(ctx.fonts.small);
    if (a.actors.empty()) {
        // Wrapped: the list column can be narrow.
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("Actors appear here once the article is analysed.");
        ImGui::PopStyleColor();
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!a.actors.empty() && ImGui::BeginTable("actors", 3, flags)) {
        ImGui::TableSetupColumn("Actor", ImGuiTableColumnFlags_WidthStretch, 4.0f);
        ImGui::TableSetupColumn("Mentions", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("Links", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        // Rows of one height (name, then the details on one line, clipped by the cell; the
        // tooltip has them whole), so only the rows on screen are built: with 500 actors,
        // building every row was the largest part of a frame.
        std::vector<const GraphNode*> rows;
        for (const GraphNode& n : graph_.nodes)
            if (node_visible(ctx, n)) rows.push_back(&n);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_list_row(ctx, *rows[static_cast<std::size_t>(row)]);
        }
        ImGui::EndTable();
    }
    ImGui::PopFont();
    ImGui::EndChild();
}

void GraphPane::draw_list_row(PaneContext& ctx, const GraphNode& n) {
    const Actor& actor = ctx.doc.analysis.actors[n.actor];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(n.actor);
    const bool selected = ctx.selection.is(Selection::Kind::Actor, n.actor);
    const bool lit = !ctx.highlight.actors.empty() && ctx.highlight.actors[n.actor];
    if (lit && !selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ctx.theme.colors().selection);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddCircleFilled(ImVec2(p.x + ctx.theme.px(5), p.y + ImGui::GetFontSize() * 0.55f), ctx.theme.px(5), ctx.theme.actor_color(actor.type));
    ImGui::SetCursorScreenPos(ImVec2(p.x + ctx.theme.px(14), p.y));
    if (ImGui::Selectable(actor.name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns))
        ctx.selection.set(Selection::Kind::Actor, n.actor);
    std::string detail = actor_type_label(actor.type);
    for (const Role& r : actor.roles) detail += " · " + r.title;
    if (!actor.aliases.empty()) {
        detail += " · also: ";
        for (std::size_t i = 0; i < actor.aliases.size() && i < 4; ++i) detail += (i ? ", " : "") + actor.aliases[i];
    }
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ctx.theme.px(360));
        ImGui::TextUnformatted(actor.name.c_str());
        ImGui::TextDisabled("%s", detail.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", ctx.doc.mention_count[n.actor]);
    ImGui::TableNextColumn();
    ImGui::Text("%d", ctx.doc.relation_count[n.actor]);
    ImGui::PopID();
}

}  // namespace lede::app
