// timeline_pane.h — the Timeline pane: a horizontal axis that zooms from millennia to
// minutes with ticks that adapt to the zoom, the article's time expressions (points or
// spans by their precision) and its events (relations at their dates) in lanes, optional
// lanes per actor, the publication date marked, and what lies after it (an upcoming
// election) drawn apart from what lies before. Wheel or pinch zooms, drag or a sideways swipe
// pans, double-click fits, click selects for every pane.
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
    double span_days() const { return t1_ - t0_; }    // the visible range (test hook)
    double start_day() const { return t0_; }

private:
    struct Item {
        Interval when;
        bool is_event = false;                        // a relation, else a time expression
        int index = -1;                               // into relations or times
        int lane = 0;
        std::string label;
    };
    void build(const PaneContext& ctx);
    float label_width(const ImFont* font, int item);  // cached per document and font size
    void fit();

    std::vector<Item> items_;
    std::vector<float> label_width_;                  // -1: not measured yet
    float label_font_size_ = 0;
    std::vector<std::string> lanes_;
    std::string undated_;
    std::optional<double> published_;
    const Document* built_for_ = nullptr;
    bool lanes_per_actor_ = false, built_per_actor_ = false;
    double t0_ = 0, t1_ = 1;                          // visible range, days since epoch
    bool fitted_ = false;
};

}  // namespace lede::app
