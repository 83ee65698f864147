// timeline_pane.h — the Timeline pane: a horizontal axis that zooms from millennia to
// minutes with ticks that adapt to the zoom, the article's time expressions (points or
// spans by their precision) and its events (relations at their dates) in lanes, optional
// lanes per actor, the publication date marked, and what lies after it (an upcoming
// election) drawn apart from what lies before. Wheel or pinch zooms, drag or a sideways swipe
// pans, double-click fits, click selects for every pane.
// Items of one lane on one day (or one same interval) make one counted stack that lists
// them on click; labels never cover another label or a mark; the view opens on the span the
// article is about (focus_span), items outside it counted at the edges; relative dates say
// on hover what they were anchored to; durations and vague references are put in words.
#pragma once

#include <string>
#include <vector>

#include "app/pane_context.h"
#include "app/timeline_model.h"

namespace lede::app {

class TimelinePane {
public:
    void draw(PaneContext& ctx);
    void reset();
    ImVec2 canvas_min, canvas_max;                    // last frame's canvas (PNG export)
    int item_count() const { return static_cast<int>(items_.size()); }
    // The last drawn frame's stacks (device px), for tests: each mark, its label if drawn
    // (else x0 > x1) and how many items it holds; and the items left of / right of the view.
    struct StackRect {
        float mx0, my0, mx1, my1;                     // the mark
        float lx0, ly0, lx1, ly1;                     // the label
        int count;
    };
    const std::vector<StackRect>& stack_rects() const { return stack_rects_; }
    int earlier_count() const { return earlier_; }
    int later_count() const { return later_; }
    bool stack_open() const { return open_stack_ >= 0; }
    float axis_y() const { return axis_y_; }
    const std::string& header() const { return header_; }   // the counts line, as drawn
    int hovered_stack() const { return hover_index_; }      // into stack_rects(), or -1
    double span_days() const { return t1_ - t0_; }    // the visible range (test hook)
    double start_day() const { return t0_; }
    const std::string& marker_label() const { return marker_label_; }   // "published", "date from the text"...

private:
    struct Item {
        Interval when;
        bool is_event = false;                        // a relation, else a time expression
        int index = -1;                               // into relations or times
        int lane = 0;
        std::string label;
        bool at_publication = false;                  // an event with no date of its own
    };
    // Items (consecutive in items_) of one lane on one day, or with one same interval.
    struct Stack {
        int first = 0, count = 0;
        std::string label;                            // the item's, or "18 events"
    };
    // One frame's geometry of the axis's canvas (device px), shared by its drawing parts.
    struct View {
        ImDrawList* dl = nullptr;
        ImFont* font = nullptr;
        bool hovered = false;                         // the pointer is over the canvas
        float left = 0, right = 0;                    // the axis's ends
        double per_px = 1;                            // days per pixel
        float axis_y = 0, lanes_top = 0, lane_h = 0;
        float x(double t, double t0) const { return left + static_cast<float>((t - t0) / per_px); }
    };
    // A stack in view: where its mark is, how it is drawn, and its label if it has room.
    struct Placed {
        int stack;
        float cy, hx0, hx1, r;
        bool lit, selected, future;
        ImU32 col;
        float lx0 = 0, lx1 = -1;                      // the label, if drawn
    };
    void draw_controls(PaneContext& ctx);
    void draw_canvas(PaneContext& ctx, ImVec2 size);
    void handle_view_input(PaneContext& ctx, const View& v);
    void draw_axis(PaneContext& ctx, const View& v);
    void draw_lanes(PaneContext& ctx, const View& v);
    std::vector<Placed> place_stacks(PaneContext& ctx, const View& v);
    void place_labels(PaneContext& ctx, const View& v, std::vector<Placed>& placed);
    int draw_stacks(PaneContext& ctx, const View& v, const std::vector<Placed>& placed);
    bool draw_edges(PaneContext& ctx, const View& v);
    void hover_stack_tooltip(PaneContext& ctx, int stack);
    void draw_open_stack(PaneContext& ctx);
    void draw_key(PaneContext& ctx, const View& v);
    void draw_undated(PaneContext& ctx, float width, float height);
    void build(const PaneContext& ctx);
    float label_width(const ImFont* font, int stack); // cached per document and font size
    void fit();                                       // the span the article is about
    void fit_all();                                   // every item
    void item_tooltip(const PaneContext& ctx, const Item& it) const;

    std::vector<Stack> stacks_;
    std::vector<StackRect> stack_rects_;
    int earlier_ = 0, later_ = 0;
    int open_stack_ = -1;                             // the stack whose list is open
    float axis_y_ = 0;
    std::string header_;
    int hover_index_ = -1;
    std::vector<Item> items_;
    std::vector<float> label_width_;                  // -1: not measured yet
    float label_font_size_ = 0;
    std::vector<std::string> lanes_;
    std::string undated_;
    std::optional<double> published_;
    std::string marker_label_;                        // the publication marker's word last drawn (test hook)
    const Document* built_for_ = nullptr;
    bool lanes_per_actor_ = false, built_per_actor_ = false;
    double t0_ = 0, t1_ = 1;                          // visible range, days since epoch
    bool fitted_ = false;
};

}  // namespace lede::app
