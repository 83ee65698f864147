// graph_pane.h — the Actors pane: the force-directed actor graph (pan: drag the
// background or one finger; zoom: wheel, pinch or the +/- buttons; move a node: drag it; fit: double-click)
// with node size by mentions, colour by type, a legend, directed curved edges with arrows,
// class labels and thickness by count, filters by actor type and relation class, and
// beside it the actor list (mentions, relations, roles, aliases). Clicking a node, an edge
// or a list row selects it for every pane.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "app/graph_labels.h"
#include "app/graph_layout.h"
#include "app/pane_context.h"

namespace lede::app {

class GraphPane {
public:
    void draw(PaneContext& ctx);
    void reset();                                     // a new document arrived
    // A PNG export draws the whole graph fitted to the picture; the reader's view (zoom, pan,
    // what it was fitted for) comes back after it.
    void begin_export() {
        saved_view_ = SavedView{zoom_, pan_x_, pan_y_, fitted_for_, view_moved_, fitted_};
        fitted_ = false;
        exporting_ = true;
    }
    void end_export() {
        zoom_ = saved_view_.zoom, pan_x_ = saved_view_.pan_x, pan_y_ = saved_view_.pan_y;
        fitted_for_ = saved_view_.fitted_for, view_moved_ = saved_view_.moved, fitted_ = saved_view_.fitted;
        exporting_ = false;
    }
    // After ImGui::Render(): keeps the canvas's vertices of a frame that drew them, or puts
    // back the kept ones in a frame that found nothing changed (see draw_canvas).
    void after_render(ImDrawData& data);
    bool cache_enabled = true;                        // off: every frame rebuilds the scene (bench)
    bool scene_kept() const { return scene_kept_; }   // the last frame reused the kept scene
    bool scene_drawn() const { return scene_drawn_; } // the last frame drew a new scene
    // Screen rectangle of the graph canvas in the last frame (for PNG export).
    ImVec2 canvas_min, canvas_max;
    const Graph& graph() const { return graph_; }
    float zoom() const { return zoom_; }
    // What the last drawn scene put on screen (device px), for tests: node discs, the node
    // labels drawn and the edge labels drawn.
    const std::vector<ScreenRect>& disc_rects() const { return disc_rects_; }
    const std::vector<ScreenRect>& node_label_rects() const { return node_label_rects_; }
    const std::vector<ScreenRect>& edge_label_rects() const { return edge_label_rects_; }
    bool showing_all() const { return show_all_; }
    void set_show_all(bool all) { show_all_ = all; }

private:
    void draw_canvas(PaneContext& ctx, ImVec2 size);
    void draw_scene(PaneContext& ctx, ImDrawList* dl, ImVec2 size, const std::vector<ImVec2>& controls, int hover_node,
                    int hover_edge);
    void find_hover(const PaneContext& ctx, bool hovered, std::vector<ImVec2>& controls, int& hover_node, int& hover_edge);
    void handle_canvas_input(PaneContext& ctx, bool hovered, int hover_node, int hover_edge);
    void hover_tooltip(const PaneContext& ctx, int hover_node, int hover_edge);
    std::vector<int> draw_edges(const PaneContext& ctx, ImDrawList* dl, const std::vector<ImVec2>& controls, int hover_edge);
    void draw_nodes(const PaneContext& ctx, ImDrawList* dl, int hover_node);
    void draw_labels(const PaneContext& ctx, ImDrawList* dl, const std::vector<ImVec2>& controls, const std::vector<int>& edge_labels,
                     int hover_node, int hover_edge);
    void draw_legend(const PaneContext& ctx, ImDrawList* dl, ImVec2 size);
    std::uint64_t scene_key(const PaneContext& ctx, ImVec2 size, int hover_node, int hover_edge) const;
    void draw_list(PaneContext& ctx);
    void draw_list_row(PaneContext& ctx, int actor);
    void draw_filters(PaneContext& ctx);
    void fit(ImVec2 size);
    int first_relation_of(int node) const;
    std::string hover_tip_;                           // the node tooltip shown last frame (test hook)
public:
    const std::string& hover_tip() const { return hover_tip_; }
private:         // a relation on one of the node's edges, or -1
    ImVec2 to_screen(float x, float y) const;
    bool node_visible(const PaneContext& ctx, const GraphNode& n) const;
    bool edge_visible(const PaneContext& ctx, const GraphEdge& e) const;
    void measure_labels(const PaneContext& ctx, const ImFont* font);

    static constexpr float kLabelPx = 22;            // a node label's height with air, CSS px
    Graph graph_;
    std::vector<float> label_px_;                     // each node's label width, CSS px
    // Drawn text and its size in screen pixels, measured once per graph and font size rather
    // than every frame (thousands of edges: snprintf and text measuring were a visible share).
    std::vector<ImVec2> node_label_size_;
    std::vector<std::string> edge_caption_;           // "SAY", "REJECT ×3"
    std::vector<ImVec2> edge_caption_size_;
    const ImFont* measured_font_ = nullptr;
    float measured_font_size_ = 0;
    const Document* built_for_ = nullptr;
    bool fitted_ = false;
    ImVec2 fitted_for_;                               // the canvas size (CSS px) of the last fit
    bool view_moved_ = false;                         // panned, zoomed or dragged since the last fit
    float zoom_ = 1, pan_x_ = 0, pan_y_ = 0;          // screen = origin + (layout * zoom + pan) * scale
    struct SavedView {
        float zoom = 1, pan_x = 0, pan_y = 0;
        ImVec2 fitted_for;
        bool moved = false, fitted = false;
    } saved_view_;
    bool exporting_ = false;                          // the actors on screen stay (not as many as the picture has room for)
    ImVec2 origin_;
    float scale_ = 1;
    int dragging_node_ = -1;
    bool type_hidden_[6] = {};
    std::set<std::string> class_hidden_;
    bool show_edge_labels_ = true;
    bool hide_uncertain_ = false;                     // negated and hypothetical relations hidden
    bool show_all_ = false;                           // every actor, not only the most connected
    bool built_show_all_ = false;
    int built_count_ = 0;                             // the default view's actors when built
    std::vector<int> list_rows_;                      // the actor list's order
    const Document* list_rows_for_ = nullptr;
    std::vector<ScreenRect> disc_rects_, node_label_rects_, edge_label_rects_;
    // The canvas's draw list as last drawn, and what it was drawn from.
    struct SceneCache {
        bool valid = false;
        std::uint64_t key = 0;
        ImVector<ImDrawVert> vertices;
        ImVector<ImDrawIdx> indices;
        ImVector<ImDrawCmd> commands;
        ImDrawList* capture = nullptr;                // drawn this frame: keep it after Render()
        ImDrawList* replay = nullptr;                 // skipped this frame: restore it after Render()
    } scene_;
    bool scene_kept_ = false;
    bool scene_drawn_ = false;
};

}  // namespace lede::app
