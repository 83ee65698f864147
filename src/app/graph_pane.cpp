// graph_pane.cpp — drawing and interaction of the actor graph, and the actor list.
// Edges are quadratic Béziers bent to the right of their direction, so A→B and B→A never
// overlap; labels are placed by graph_labels.h (most connected node first, around its node,
// never over another label or a node; one with no free spot is left out: hover shows it).
// By default only the most connected actors are drawn (the header's "Show all" draws all).
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
    list_rows_for_ = nullptr;
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
    f.value(show_edge_labels_), f.value(hide_uncertain_);
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

int GraphPane::first_relation_of(int node) const {
    for (const GraphEdge& e : graph_.edges)
        if ((e.source == node || e.target == node) && !e.relations.empty()) return e.relations.front();
    return -1;
}

ImVec2 GraphPane::to_screen(float x, float y) const {
    return ImVec2(origin_.x + (x * zoom_ + pan_x_) * scale_, origin_.y + (y * zoom_ + pan_y_) * scale_);
}

bool GraphPane::node_visible(const PaneContext& ctx, const GraphNode& n) const {
    if (n.actor < 0) return n.peer >= 0 && graph_.nodes[static_cast<std::size_t>(n.peer)].actor >= 0 &&
                            node_visible(ctx, graph_.nodes[static_cast<std::size_t>(n.peer)]);   // an unknown side: with its actor
    const ActorType t = ctx.doc.analysis.actors[n.actor].type;
    return !type_hidden_[static_cast<int>(t)];
}

bool GraphPane::edge_visible(const PaneContext& ctx, const GraphEdge& e) const {
    if (!node_visible(ctx, graph_.nodes[e.source]) || !node_visible(ctx, graph_.nodes[e.target])) return false;
    if (hide_uncertain_ && !e.qualifier.empty()) return false;
    if (class_hidden_.empty()) return true;
    for (const auto& c : e.classes)
        if (!class_hidden_.count(c.first)) return true;
    return false;
}


void GraphPane::fit(ImVec2 size) {
    const GraphView v = fit_graph(graph_, label_px_, kLabelPx, size.x / scale_, size.y / scale_);
    zoom_ = v.zoom;
    pan_x_ = v.pan_x;
    pan_y_ = v.pan_y;
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
        bool uncertain = false;
        for (const GraphEdge& e : graph_.edges) {
            for (const auto& c : e.classes) classes.insert(c.first);
            uncertain |= !e.qualifier.empty();
        }
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
        bool shown = !hide_uncertain_;
        if (ImGui::Checkbox("Negated and hypothetical (dashed)", &shown)) hide_uncertain_ = !shown;
        if (!uncertain) {
            ImGui::SameLine();
            ImGui::TextDisabled("(none here)");
        }
        ImGui::EndPopup();
    }
}

void GraphPane::measure_labels(const PaneContext& ctx, const ImFont* font) {
    if (measured_font_ == font && measured_font_size_ == font->FontSize && node_label_size_.size() == graph_.nodes.size()) return;
    node_label_size_.clear();
    for (const GraphNode& n : graph_.nodes)
        node_label_size_.push_back(font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, node_name(ctx.doc, n).c_str()));
    edge_caption_.clear();
    edge_caption_size_.clear();
    for (const GraphEdge& e : graph_.edges) {
        // "SAY ×2 · REJECT", "not COERCE"; past two classes the rest is counted ("+3").
        std::string caption = e.qualifier.empty() ? "" : e.qualifier + " ";
        for (std::size_t c = 0; c < e.classes.size() && c < 2; ++c) {
            if (c) caption += " · ";
            caption += e.classes[c].first;
            if (e.classes[c].second > 1) caption += " ×" + std::to_string(e.classes[c].second);
        }
        if (e.classes.size() > 2) caption += " +" + std::to_string(e.classes.size() - 2);
        edge_caption_.push_back(caption);
        edge_caption_size_.push_back(font->CalcTextSizeA(font->FontSize * 0.9f, FLT_MAX, 0, edge_caption_.back().c_str()));
    }
    measured_font_ = font;
    measured_font_size_ = font->FontSize;
}

void GraphPane::draw(PaneContext& ctx) {
    // The default view shows as many actors as the canvas has room for with their labels
    // (the canvas size is estimated from the room left for the pane, before its header).
    const ImVec2 room = ImGui::GetContentRegionAvail();
    const float header_h = ImGui::GetFrameHeightWithSpacing() * (ctx.narrow ? 2.0f : 1.0f);
    const int fits = default_actor_count((ctx.narrow ? room.x : room.x * 0.64f) / ctx.theme.scale,
                                         ((ctx.narrow ? room.y * 0.58f : room.y) - header_h) / ctx.theme.scale);
    if (built_for_ != &ctx.doc || built_show_all_ != show_all_ || (!show_all_ && built_count_ != fits && !exporting_)) {
        graph_ = build_graph(ctx.doc, show_all_ ? -1 : fits);
        built_show_all_ = show_all_;
        built_count_ = fits;
        // Labels take room: the layout keeps them apart, measured at zoom 1 in layout units.
        ImGui::PushFont(ctx.fonts.small);
        label_px_.clear();
        for (GraphNode& n : graph_.nodes) {
            // + the label's backing box and some air, so neighbouring labels never touch
            n.label_width = ImGui::CalcTextSize(node_name(ctx.doc, n).c_str()).x / std::max(ctx.theme.scale, 0.5f) + 12;
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
    const int all_actors = static_cast<int>(ctx.doc.analysis.actors.size()), shown_actors = static_cast<int>(
        std::count_if(graph_.nodes.begin(), graph_.nodes.end(), [](const GraphNode& n) { return n.actor >= 0; }));
    int links = 0;
    for (const GraphEdge& e : graph_.edges) links += e.count;
    // The button before the counts, so a narrow pane cuts the words, never the button.
    if (shown_actors < all_actors) {
        if (ImGui::Button("Show all")) show_all_ = true;
        if (!ctx.narrow) ImGui::SameLine();
        ImGui::TextDisabled("%d of %d actors · %d relations", shown_actors, all_actors, links);
    } else {
        if (show_all_ && all_actors > fits) {
            if (ImGui::Button("Most connected")) show_all_ = false;
            if (!ctx.narrow) ImGui::SameLine();
        }
        ImGui::TextDisabled("%d actors · %d relations", shown_actors, links);
    }
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
    std::vector<ImVec2> controls(graph_.edges.size());
    find_hover(ctx, hovered, controls, hover_node, hover_edge);
    handle_canvas_input(ctx, hovered, hover_node, hover_edge);
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

    hover_tooltip(ctx, hover_node, hover_edge);
    dl->PopClipRect();
    ImGui::EndChild();
}

// The nearest node under the mouse, else the nearest edge within a few pixels; fills each
// edge's curve control point (screen px) on the way.
void GraphPane::find_hover(const PaneContext& ctx, bool hovered, std::vector<ImVec2>& controls, int& hover_node, int& hover_edge) {
    const ImGuiIO& io = ImGui::GetIO();
    hover_tip_.clear();
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

}

// Select, drag nodes, pan, zoom, fit: the mouse on the canvas (the last item), and touch.
void GraphPane::handle_canvas_input(PaneContext& ctx, bool hovered, int hover_node, int hover_edge) {
    const ImGuiIO& io = ImGui::GetIO();
    if (hovered && ImGui::IsMouseClicked(0)) {
        if (hover_node >= 0) {
            dragging_node_ = hover_node;
            const GraphNode& n = graph_.nodes[hover_node];
            if (n.actor >= 0) ctx.selection.set(Selection::Kind::Actor, n.actor);
            else if (const int r = first_relation_of(hover_node); r >= 0) ctx.selection.set(Selection::Kind::Relation, r);
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

}

// What the hovered node or edge is, in a tooltip (and in hover_tip_, the test hook).
void GraphPane::hover_tooltip(const PaneContext& ctx, int hover_node, int hover_edge) {
    const Analysis& a = ctx.doc.analysis;
    if (hover_node >= 0 && dragging_node_ < 0 && graph_.nodes[hover_node].actor < 0) {
        const GraphNode& n = graph_.nodes[hover_node];
        char why[256];
        std::snprintf(why, sizeof why, n.unknown == 1 ? "the text does not say who did this to %s" : "the text does not say to whom %s did this",
                      node_name(ctx.doc, graph_.nodes[static_cast<std::size_t>(n.peer)]).c_str());
        ImGui::BeginTooltip();
        ImGui::Text("%s", node_name(ctx.doc, n).c_str());
        ImGui::TextDisabled("%s", why);
        ImGui::EndTooltip();
        hover_tip_ = node_name(ctx.doc, n) + ": " + why;
    } else if (hover_node >= 0 && dragging_node_ < 0) {
        const Actor& actor = a.actors[graph_.nodes[hover_node].actor];
        hover_tip_ = actor.name;
        ImGui::BeginTooltip();
        ImGui::Text("%s", actor.name.c_str());
        ImGui::TextDisabled("%s · %d mentions · %d relations", actor_type_label(actor.type), ctx.doc.mention_count[graph_.nodes[hover_node].actor],
                            ctx.doc.relation_count[graph_.nodes[hover_node].actor]);
        ImGui::EndTooltip();
    } else if (hover_edge >= 0) {
        const GraphEdge& e = graph_.edges[hover_edge];
        ImGui::BeginTooltip();
        ImGui::Text("%s → %s", node_name(ctx.doc, graph_.nodes[e.source]).c_str(), node_name(ctx.doc, graph_.nodes[e.target]).c_str());
        for (const auto& c : e.classes)
            ImGui::Text("%s%s%s ×%d", e.qualifier.c_str(), e.qualifier.empty() ? "" : " ", c.first.c_str(), c.second);
        if (!e.qualifier.empty())
            ImGui::TextDisabled(e.qualifier == "not" ? "negated: said not to happen" : "hypothetical: not said to have happened");
        ImGui::TextDisabled("%d relation%s · click to select", e.count, e.count == 1 ? "" : "s");
        ImGui::EndTooltip();
    }
}

void GraphPane::draw_scene(PaneContext& ctx, ImDrawList* dl, ImVec2 size, const std::vector<ImVec2>& controls, int hover_node,
                           int hover_edge) {
    const std::vector<int> edge_labels = draw_edges(ctx, dl, controls, hover_edge);
    // Nodes, then their labels (most important first; skipped when they would overlap).
    measure_labels(ctx, ctx.fonts.small);
    draw_nodes(ctx, dl, hover_node);
    draw_labels(ctx, dl, controls, edge_labels, hover_node, hover_edge);
    draw_legend(ctx, dl, size);
}

// The edges: curves (dashed when negated or hypothetical) with arrow heads. Returns the
// edges whose label is wanted (all when labels are on, else the lit and hovered), in order.
std::vector<int> GraphPane::draw_edges(const PaneContext& ctx, ImDrawList* dl, const std::vector<ImVec2>& controls, int hover_edge) {
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    const bool dim = hl.any;
    std::vector<int> edge_labels;                     // edges whose label is wanted, in drawing order
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
        if (e.qualifier.empty()) {
            dl->AddBezierQuadratic(p0, c, p2, col, thick, std::clamp(static_cast<int>(std::ceil(std::sqrt(bend / 2.0f))), 1, 16));
        } else {
            // Negated or hypothetical: dashed, about 6 px on and 5 off along the curve.
            const float chord = std::sqrt(dist2(p0, p2)) + bend;
            const int dashes = std::clamp(static_cast<int>(chord / ctx.theme.px(11)), 2, 200);
            for (int k = 0; k < dashes; ++k) {
                const float t0 = static_cast<float>(k) / static_cast<float>(dashes);
                const float t1 = t0 + 0.55f / static_cast<float>(dashes);
                dl->AddLine(bezier(p0, c, p2, t0), bezier(p0, c, p2, t1), col, thick);
            }
        }
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
        if (show_edge_labels_ || lit || is_hover) edge_labels.push_back(static_cast<int>(i));
    }

    return edge_labels;
}

void GraphPane::draw_nodes(const PaneContext& ctx, ImDrawList* dl, int hover_node) {
    const Analysis& a = ctx.doc.analysis;
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    const bool dim = hl.any;
    for (int i = 0; i < static_cast<int>(graph_.nodes.size()); ++i) {
        const GraphNode& n = graph_.nodes[i];
        if (!node_visible(ctx, n)) continue;
        const bool lit = n.actor >= 0 && !hl.actors.empty() && hl.actors[n.actor];
        const bool selected = n.actor >= 0 && ctx.selection.is(Selection::Kind::Actor, n.actor);
        const ImVec2 p = to_screen(n.x, n.y);
        const float r = std::max(n.radius * zoom_ * scale_, ctx.theme.px(5));
        if (n.actor < 0) {                            // an unknown side: a hollow grey ring, "?" inside
            dl->AddCircleFilled(p, r, pal.panel);
            dl->AddCircle(p, r, dim ? pal.ink_faint : pal.ink_soft, 0, ctx.theme.line(1.5f));
            if (i == hover_node) dl->AddCircle(p, r + ctx.theme.px(3), pal.accent, 0, ctx.theme.line(2.5f));
            continue;
        }
        const Actor& actor = a.actors[n.actor];
        dl->AddCircleFilled(p, r, ctx.theme.actor_color(actor.type, dim && !lit ? 0.3f : 0.95f));
        if (selected || i == hover_node) dl->AddCircle(p, r + ctx.theme.px(3), pal.accent, 0, ctx.theme.line(2.5f));
        else if (r >= ctx.theme.px(8)) dl->AddCircle(p, r, pal.panel, 0, ctx.theme.line(1.2f));   // a rim only where it shows
    }
}

void GraphPane::draw_labels(const PaneContext& ctx, ImDrawList* dl, const std::vector<ImVec2>& controls, const std::vector<int>& edge_labels,
                            int hover_node, int hover_edge) {
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    const bool dim = hl.any;
    ImFont* font = ctx.fonts.small;
    LabelGrid placed;
    // Where the labels go (graph_labels.h): discs first, then node labels most connected
    // first, then edge labels where they fit; nothing drawn covers a label or a node.
    std::vector<NodeLabelRequest> requests;
    std::vector<int> request_node;
    for (int i = 0; i < static_cast<int>(graph_.nodes.size()); ++i) {
        const GraphNode& n = graph_.nodes[i];
        if (!node_visible(ctx, n)) continue;
        const bool lit = n.actor >= 0 && !hl.actors.empty() && hl.actors[n.actor];
        const ImVec2 p = to_screen(n.x, n.y);
        const ImVec2 ts = node_label_size_[static_cast<std::size_t>(i)];
        requests.push_back({p.x, p.y, std::max(n.radius * zoom_ * scale_, ctx.theme.px(5)), ts.x + 4, ts.y, lit || i == hover_node});
        request_node.push_back(i);
    }
    const ScreenRect bounds{canvas_min.x, canvas_min.y, canvas_max.x, canvas_max.y};
    const LabelPlacement placement = place_node_labels(requests, bounds, placed);
    disc_rects_ = placement.discs;
    node_label_rects_.clear();
    edge_label_rects_.clear();
    for (std::size_t k = 0; k < requests.size(); ++k) {
        if (!placement.node_shown[k]) continue;
        const GraphNode& n = graph_.nodes[static_cast<std::size_t>(request_node[k])];
        const bool lit = n.actor >= 0 && !hl.actors.empty() && hl.actors[n.actor];
        const ScreenRect& rect = placement.node_labels[k];
        node_label_rects_.push_back(rect);
        dl->AddRectFilled(ImVec2(rect.x0, rect.y0), ImVec2(rect.x1, rect.y1), (pal.panel & 0x00FFFFFF) | (200u << 24));
        const ImU32 ink = n.actor < 0 ? pal.ink_soft : dim && !lit ? pal.ink_faint : pal.ink;   // unknown sides: softer, as unnamed
        dl->AddText(font, font->FontSize, ImVec2(rect.x0 + 2, rect.y0), ink, node_name(ctx.doc, n).c_str());
    }
    std::vector<ScreenRect> spots;
    for (const int i : edge_labels) {
        const GraphEdge& e = graph_.edges[i];
        const char* label = edge_caption_[static_cast<std::size_t>(i)].c_str();
        const ImVec2 ts = edge_caption_size_[static_cast<std::size_t>(i)];
        bool lit = false;
        for (int r : e.relations) lit |= !hl.relations.empty() && hl.relations[r];
        // Spots along the curve, the middle first.
        const ImVec2 p0 = to_screen(graph_.nodes[e.source].x, graph_.nodes[e.source].y);
        const ImVec2 p2 = to_screen(graph_.nodes[e.target].x, graph_.nodes[e.target].y);
        spots.clear();
        for (const float t : {0.5f, 0.4f, 0.6f, 0.3f, 0.7f}) {
            const ImVec2 q = bezier(p0, controls[static_cast<std::size_t>(i)], p2, t);
            spots.push_back({q.x - ts.x * 0.5f - 3, q.y - ts.y * 0.5f, q.x + ts.x * 0.5f + 3, q.y + ts.y * 0.5f});
        }
        ScreenRect rect = spots.front();
        if (lit || i == hover_edge) placed.add(rect);
        else {
            const int spot = place_edge_label(spots, bounds, placed);
            if (spot < 0) continue;
            rect = spots[static_cast<std::size_t>(spot)];
        }
        edge_label_rects_.push_back(rect);
        dl->AddRectFilled(ImVec2(rect.x0, rect.y0), ImVec2(rect.x1, rect.y1), lit ? pal.accent : pal.background, ctx.theme.px(4));
        dl->AddText(font, font->FontSize * 0.9f, ImVec2(rect.x0 + 3, rect.y0), lit ? IM_COL32_WHITE : pal.ink_soft, label);
    }

}

void GraphPane::draw_legend(const PaneContext& ctx, ImDrawList* dl, ImVec2 size) {
    const Palette& pal = ctx.theme.colors();
    ImFont* font = ctx.fonts.small;
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
        // The counts' columns are as wide as their headers, so a header is never cut ("Men…")
        // and the names get the rest of the row.
        ImGui::TableSetupColumn("Actor", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("Mentions", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Mentions").x);
        ImGui::TableSetupColumn("Links", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Links").x);
        ImGui::TableHeadersRow();
        // Names wrap rather than being cut. Up to a few hundred rows every row is built; past
        // that only the rows on screen (ImGuiListClipper assumes one row height, so a long
        // list's scroll position is then approximate): with 500 actors, building every row
        // was the largest part of a frame.
        // Every actor, also those the default graph leaves out: the graph's first (most
        // mentioned and connected), then the rest in the same order.
        if (list_rows_for_ != &ctx.doc || list_rows_.size() != a.actors.size()) {
            list_rows_ = most_connected_actors(ctx.doc, -1);
            std::stable_sort(list_rows_.begin(), list_rows_.end(), [&](int x, int y) {
                return ctx.doc.mention_count[x] + ctx.doc.relation_count[x] > ctx.doc.mention_count[y] + ctx.doc.relation_count[y];
            });
            list_rows_for_ = &ctx.doc;
        }
        std::vector<int> rows;
        for (const int actor : list_rows_)
            if (!type_hidden_[static_cast<int>(a.actors[static_cast<std::size_t>(actor)].type)]) rows.push_back(actor);
        if (rows.size() <= 200) {
            for (const int actor : rows) draw_list_row(ctx, actor);
        } else {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(rows.size()));
            while (clipper.Step()) {
                for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_list_row(ctx, rows[static_cast<std::size_t>(row)]);
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopFont();
    ImGui::EndChild();
}

void GraphPane::draw_list_row(PaneContext& ctx, int actor_index) {
    const Actor& actor = ctx.doc.analysis.actors[static_cast<std::size_t>(actor_index)];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(actor_index);
    const bool selected = ctx.selection.is(Selection::Kind::Actor, actor_index);
    const bool lit = !ctx.highlight.actors.empty() && ctx.highlight.actors[actor_index];
    if (lit && !selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ctx.theme.colors().selection);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddCircleFilled(ImVec2(p.x + ctx.theme.px(5), p.y + ImGui::GetFontSize() * 0.55f), ctx.theme.px(5), ctx.theme.actor_color(actor.type));
    const float wrap = ImGui::GetContentRegionAvail().x - ctx.theme.px(14);
    const float name_h = ImGui::CalcTextSize(actor.name.c_str(), nullptr, false, std::max(wrap, ctx.theme.px(40))).y;
    if (ImGui::Selectable("##row", selected, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowItemOverlap, ImVec2(0, name_h)))
        ctx.selection.set(Selection::Kind::Actor, actor_index);
    const bool row_hovered = ImGui::IsItemHovered();
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + ctx.theme.px(14), p.y));
    ImGui::PushTextWrapPos(0.0f);                     // the cell's right edge
    ImGui::TextUnformatted(actor.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(after);
    std::string detail = actor_type_label(actor.type);
    for (const Role& r : actor.roles) detail += " · " + r.title;
    if (!actor.aliases.empty()) {
        detail += " · also: ";
        for (std::size_t i = 0; i < actor.aliases.size() && i < 4; ++i) detail += (i ? ", " : "") + actor.aliases[i];
    }
    if (row_hovered) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ctx.theme.px(360));
        ImGui::TextUnformatted(actor.name.c_str());
        ImGui::TextDisabled("%s", detail.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::TextDisabled("%s", detail.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", ctx.doc.mention_count[actor_index]);
    ImGui::TableNextColumn();
    ImGui::Text("%d", ctx.doc.relation_count[actor_index]);
    ImGui::PopID();
}

}  // namespace lede::app
