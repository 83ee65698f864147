// timeline_pane.cpp — building timeline items from an analysis and drawing the axis.
// Ticks come from a fixed ladder of steps (minutes up to millennia) aligned to calendar
// boundaries, the smallest step that keeps labels apart is used. Marks are placed first and
// labels after, so a label can be kept off every mark, not only off the labels before it.
#include "app/timeline_pane.h"

#include "app/graph_layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lede::app {
namespace {

enum class Unit { Minute, Hour, Day, Month, Year };
struct Step {
    Unit unit;
    int n;
    double days;                                      // approximate length, to choose the step
};
const Step kSteps[] = {
    {Unit::Minute, 1, 1.0 / 1440}, {Unit::Minute, 5, 5.0 / 1440}, {Unit::Minute, 15, 15.0 / 1440}, {Unit::Minute, 30, 30.0 / 1440},
    {Unit::Hour, 1, 1.0 / 24},     {Unit::Hour, 3, 3.0 / 24},     {Unit::Hour, 6, 6.0 / 24},       {Unit::Hour, 12, 0.5},
    {Unit::Day, 1, 1},             {Unit::Day, 2, 2},             {Unit::Day, 7, 7},               {Unit::Month, 1, 30.44},
    {Unit::Month, 3, 91.3},        {Unit::Month, 6, 182.6},       {Unit::Year, 1, 365.25},         {Unit::Year, 2, 730.5},
    {Unit::Year, 5, 1826},         {Unit::Year, 10, 3652},        {Unit::Year, 20, 7305},          {Unit::Year, 50, 18262},
    {Unit::Year, 100, 36525},      {Unit::Year, 200, 73050},      {Unit::Year, 500, 182625},       {Unit::Year, 1000, 365250},
};

std::string tick_label(double t, Unit unit) {
    switch (unit) {
        case Unit::Year: return format_instant(t, Precision::Year);
        case Unit::Month: return format_instant(t, Precision::Month);
        case Unit::Day: return format_instant(t, Precision::Day);
        default: {
            std::string s = format_instant(t, Precision::Minute);
            return s;
        }
    }
}

// An actor's name, or what stands for one the analysis did not find.
std::string actor_name(const Document& doc, const std::optional<std::string>& id, const char* unknown) {
    const int i = doc.actor(id);
    return i >= 0 ? doc.analysis.actors[static_cast<std::size_t>(i)].name : std::string(unknown);
}

// "Putin PROPOSE United States", "unknown source not COERCE Ukraine", "Peskov SAY".
std::string event_label(const Document& doc, const Relation& rel) {
    const std::string q = relation_qualifier(rel);
    std::string label = actor_name(doc, rel.source, "unknown source") + " " + (q.empty() ? "" : q + " ") + rel.event_class;
    if (rel.target) label += " " + actor_name(doc, rel.target, "unknown target");
    return label;
}

// The same day (for day and finer precisions) or the same interval (coarser ones).
bool same_place(const Interval& a, const Interval& b) {
    const bool fine_a = a.precision >= Precision::Day, fine_b = b.precision >= Precision::Day;
    if (fine_a && fine_b) return std::floor(a.start) == std::floor(b.start);
    return a.start == b.start && a.end == b.end && a.precision == b.precision;
}

// The tick times in [t0, t1] for the finest step (set in `step`) at least `min_gap` px apart:
// calendar years and months for long spans, fixed lengths below.
std::vector<double> tick_days(double t0, double t1, double per_px, float min_gap, const Step*& step) {
    step = &kSteps[std::size(kSteps) - 1];
    for (const Step& s : kSteps)
        if (s.days / per_px >= min_gap) {
            step = &s;
            break;
        }
    std::vector<double> out;
    int y, m, d;
    civil_from_days(t0, y, m, d);
    if (step->unit == Unit::Year) {
        for (int yy = static_cast<int>(std::floor(y / static_cast<double>(step->n))) * step->n; out.size() < 400; yy += step->n) {
            const double t = days_from_civil(yy, 1, 1);
            if (t > t1) break;
            out.push_back(t);
        }
    } else if (step->unit == Unit::Month) {
        int mm = ((m - 1) / step->n) * step->n + 1, yy = y;
        while (out.size() < 400) {
            const double t = days_from_civil(yy, mm, 1);
            if (t > t1) break;
            out.push_back(t);
            mm += step->n;
            if (mm > 12) {
                mm -= 12;
                ++yy;
            }
        }
    } else {
        const double len = step->days;
        for (double t = std::floor(t0 / len) * len; t <= t1 && out.size() < 400; t += len) out.push_back(t);
    }
    return out;
}

}  // namespace

void TimelinePane::reset() {
    built_for_ = nullptr;
    fitted_ = false;
    open_stack_ = -1;
}

void TimelinePane::build(const PaneContext& ctx) {
    const Analysis& a = ctx.doc.analysis;
    items_.clear();
    stacks_.clear();
    label_width_.clear();
    lanes_ = {"Dates in the text", "Events"};
    undated_.clear();
    published_.reset();
    open_stack_ = -1;
    if (a.article.published)
        if (auto p = parse_timex(*a.article.published)) published_ = p->start;
    for (std::size_t i = 0; i < a.times.size(); ++i) {
        const TimeExpr& t = a.times[i];
        if (auto iv = parse_timex(t.value)) {
            items_.push_back({*iv, false, static_cast<int>(i), 0, t.text});
        } else if (undated_.size() < 400) {
            // In words, never the raw code ("for 18 months: 1 year 6 months", "now").
            const std::string words = describe_timex(t.value, t.type == TimeType::Set);
            undated_ += (undated_.empty() ? "" : "  ·  ") + t.text;
            if (words != t.text) undated_ += " (" + words + ")";
        }
    }
    std::vector<int> actor_lane(a.actors.size(), -1);
    for (std::size_t r = 0; r < a.relations.size(); ++r) {
        const Relation& rel = a.relations[r];
        if (!rel.time) continue;
        auto iv = parse_timex(rel.time->value);
        if (!iv) continue;
        const int s = ctx.doc.actor(rel.source);
        int lane = 1;
        if (lanes_per_actor_ && s >= 0) {
            if (actor_lane[s] < 0) {
                actor_lane[s] = static_cast<int>(lanes_.size());
                lanes_.push_back(a.actors[s].name);
            }
            lane = actor_lane[s];
        }
        Item item{*iv, true, static_cast<int>(r), lane, event_label(ctx.doc, rel)};
        item.at_publication = rel.time->basis == "published";
        items_.push_back(std::move(item));
    }
    // By lane, then time: a stack is a run of items of one lane at one place.
    std::stable_sort(items_.begin(), items_.end(), [](const Item& x, const Item& y) {
        return x.lane != y.lane ? x.lane < y.lane : x.when.start < y.when.start;
    });
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
        const Item& it = items_[static_cast<std::size_t>(i)];
        if (!stacks_.empty()) {
            Stack& last = stacks_.back();
            const Item& head = items_[static_cast<std::size_t>(last.first)];
            if (head.lane == it.lane && same_place(head.when, it.when)) {
                ++last.count;
                continue;
            }
        }
        stacks_.push_back({i, 1, it.label});
    }
    for (Stack& st : stacks_) {
        if (st.count == 1) continue;
        int events = 0, at_pub = 0;
        for (int k = st.first; k < st.first + st.count; ++k) {
            events += items_[static_cast<std::size_t>(k)].is_event;
            at_pub += items_[static_cast<std::size_t>(k)].at_publication;
        }
        st.label = std::to_string(st.count) + (events == st.count ? " events" : events == 0 ? " dates" : " items");
        if (at_pub == st.count) st.label += " (no date of their own)";
    }
    built_per_actor_ = lanes_per_actor_;
}

void TimelinePane::fit_all() {
    double lo = 1e18, hi = -1e18;
    for (const Item& it : items_) {
        lo = std::min(lo, it.when.start);
        hi = std::max(hi, it.when.end);
    }
    if (published_) {
        lo = std::min(lo, *published_);
        hi = std::max(hi, *published_ + 1);
    }
    if (lo > hi) {  // nothing dated: show a year
        lo = days_from_civil(2020, 1, 1);
        hi = lo + 365;
    }
    const double span = std::max(hi - lo, 3.0);
    const double mid = (lo + hi) * 0.5;
    t0_ = mid - span * 0.56;
    t1_ = mid + span * 0.56;
}

void TimelinePane::fit() {
    std::vector<Interval> when;
    for (const Item& it : items_) when.push_back(it.when);
    const auto focus = focus_span(when, published_);
    if (!focus) {
        fit_all();
        return;
    }
    const double span = std::max(focus->hi - focus->lo, 3.0);
    const double mid = (focus->lo + focus->hi) * 0.5;
    t0_ = mid - span * 0.56;
    t1_ = mid + span * 0.56;
}

float TimelinePane::label_width(const ImFont* font, int stack) {
    // Measured once per document and font size: a thousand labels measured every frame
    // were a visible share of a busy frame.
    if (label_font_size_ != font->FontSize || label_width_.size() != stacks_.size()) {
        label_width_.assign(stacks_.size(), -1.0f);
        label_font_size_ = font->FontSize;
    }
    float& w = label_width_[static_cast<std::size_t>(stack)];
    if (w < 0) w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, stacks_[static_cast<std::size_t>(stack)].label.c_str()).x;
    return w;
}

void TimelinePane::item_tooltip(const PaneContext& ctx, const Item& it) const {
    const Analysis& a = ctx.doc.analysis;
    ImGui::TextUnformatted(it.label.c_str());
    const std::string when = format_instant(it.when.start, it.when.precision);
    // Where the date came from: "Friday" → 25 Sep 2020, from the dateline.
    auto anchored = [&](const TimeExpr& t) {
        const std::string year = t.value.substr(0, 4);
        const bool relative = !t.anchor.empty() && t.text.find(year) == std::string::npos;
        if (!relative) {
            ImGui::TextDisabled("\"%s\" → %s, as written", t.text.c_str(), when.c_str());
            return;
        }
        const bool from_dateline = a.article.published && t.anchor.compare(0, 10, a.article.published->substr(0, 10)) == 0;
        if (from_dateline && ctx.anchor.source == AnchorSource::FromBody)
            ImGui::TextDisabled("\"%s\" → %s, counted from a date in the article's text (%s)", t.text.c_str(), t.value.c_str(), t.anchor.substr(0, 10).c_str());
        else if (from_dateline)
            ImGui::TextDisabled("\"%s\" → %s, from the dateline (%s)", t.text.c_str(), t.value.c_str(), t.anchor.substr(0, 10).c_str());
        else
            ImGui::TextDisabled("\"%s\" → %s, counted from %s (no dateline found)", t.text.c_str(), t.value.c_str(), t.anchor.substr(0, 10).c_str());
    };
    if (it.is_event) {
        const Relation& rel = a.relations[static_cast<std::size_t>(it.index)];
        if (it.at_publication)
            ImGui::TextDisabled(ctx.anchor.source == AnchorSource::FromBody ? "no date of its own: placed on the date from the text, %s"
                                                                           : "no date of its own: placed on the publication day, %s",
                                when.c_str());
        else if (rel.time && rel.time->index && *rel.time->index < a.times.size()) anchored(a.times[*rel.time->index]);
        else ImGui::TextDisabled("event · %s", when.c_str());
        const std::string q = relation_qualifier(rel);
        if (q == "not") ImGui::TextDisabled("negated: said not to happen");
        else if (!q.empty()) ImGui::TextDisabled("hypothetical (%s): not said to have happened", q.c_str());
    } else {
        anchored(a.times[static_cast<std::size_t>(it.index)]);
    }
    if (published_)
        ImGui::TextDisabled("%s %s", it.when.start >= *published_ + 1 ? "after" : "before", anchor_reference(ctx.anchor.source));
}

void TimelinePane::draw(PaneContext& ctx) {
    if (built_for_ != &ctx.doc || built_per_actor_ != lanes_per_actor_) {
        build(ctx);
        built_for_ = &ctx.doc;
        if (!fitted_) fit();
        fitted_ = true;
    }
    ImGui::PushFont(ctx.fonts.small);
    draw_controls(ctx);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // The line of what has no place on the axis: at most two lines, so the axis keeps its room.
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    float undated_h = 0;
    if (!undated_.empty()) {
        const float wrapped = ImGui::CalcTextSize(("Not on the axis: " + undated_).c_str(), nullptr, false, avail.x).y;
        undated_h = std::min(wrapped, line_h * 2) + ImGui::GetStyle().ItemSpacing.y;
    }
    const float canvas_h = std::max(avail.y - undated_h, std::min(avail.y, ctx.theme.px(90)));
    draw_canvas(ctx, ImVec2(avail.x, std::max(canvas_h, 1.0f)));
    draw_undated(ctx, avail.x, undated_h);
    ImGui::PopFont();
}

// Fit, lanes per actor, and the counts line.
void TimelinePane::draw_controls(PaneContext& ctx) {
    const Analysis& a = ctx.doc.analysis;
    if (ImGui::Button("Fit##timeline")) fit();
    ImGui::SameLine();
    ImGui::Checkbox("Lanes per actor", &lanes_per_actor_);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    // The same counts, in the same words, as the top bar.
    const int off_axis = static_cast<int>(a.times.size() + a.relations.size()) - static_cast<int>(items_.size());
    char header[96];
    if (off_axis > 0) std::snprintf(header, sizeof header, "%zu dates · %zu relations · %d not on the axis", a.times.size(), a.relations.size(), off_axis);
    else std::snprintf(header, sizeof header, "%zu dates · %zu relations", a.times.size(), a.relations.size());
    header_ = header;
    ImGui::TextDisabled("%s", header);
}

// The axis's child window: input, axis, lanes, stacks, edges, the open stack and the key.
void TimelinePane::draw_canvas(PaneContext& ctx, ImVec2 size) {
    ImGui::BeginChild("timeline-canvas-child", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    canvas_min = origin;
    canvas_max = ImVec2(origin.x + size.x, origin.y + size.y);
    ImGui::InvisibleButton("timeline-canvas", size);
    View v;
    v.hovered = ImGui::IsItemHovered();
    v.dl = ImGui::GetWindowDrawList();
    v.font = ctx.fonts.small;
    v.dl->PushClipRect(canvas_min, canvas_max, true);
    v.dl->AddRectFilled(canvas_min, canvas_max, ctx.theme.colors().panel);
    v.left = origin.x + ctx.theme.px(8);
    v.right = canvas_max.x - ctx.theme.px(8);
    v.per_px = (t1_ - t0_) / std::max(1.0f, v.right - v.left);
    // The frame draws with the scale from before this frame's zoom (as it always has): the
    // new one shows from the next frame.
    handle_view_input(ctx, v);
    // Room under the axis for the tick labels, and under those for the key (before / after).
    v.axis_y = canvas_max.y - v.font->FontSize * (published_ ? 2.9f : 2.0f);
    axis_y_ = v.axis_y;
    // Lanes: as tall as the canvas allows (a short pane still shows both lanes above the axis).
    v.lanes_top = canvas_min.y + v.font->FontSize * 1.8f;
    v.lane_h = std::clamp((v.axis_y - v.lanes_top - ctx.theme.px(4)) / static_cast<float>(std::max<std::size_t>(lanes_.size(), 1)),
                          v.font->FontSize * 1.6f, ctx.theme.px(40));
    draw_axis(ctx, v);
    draw_lanes(ctx, v);
    std::vector<Placed> placed = place_stacks(ctx, v);
    place_labels(ctx, v, placed);
    const int hover_stack = draw_stacks(ctx, v, placed);
    const bool over_edge = draw_edges(ctx, v);
    if (items_.empty()) {
        const char* msg = "No dated items in this article yet.";
        v.dl->AddText(v.font, v.font->FontSize, ImVec2(v.left + ctx.theme.px(4), v.lanes_top + v.lane_h * 1.2f),
                      ctx.theme.colors().ink_faint, msg);
    }
    if (hover_stack >= 0 && !over_edge) hover_stack_tooltip(ctx, hover_stack);
    draw_open_stack(ctx);
    if (published_) draw_key(ctx, v);
    v.dl->PopClipRect();
    ImGui::EndChild();
}

// Zoom (wheel, around the mouse), pan (drag), fit (double-click); on touch a horizontal swipe
// pans, a pinch zooms about its midpoint (a vertical swipe is left to scroll the page around
// the pane).
void TimelinePane::handle_view_input(PaneContext& ctx, const View& v) {
    const ImGuiIO& io = ImGui::GetIO();
    const double per_px = v.per_px;
    auto zoom_about = [&](double at, double f) {
        const double nt0 = at - (at - t0_) * f, nt1 = at + (t1_ - at) * f;
        if (nt1 - nt0 > 10.0 / 1440 && nt1 - nt0 < 3.0e6) {
            t0_ = nt0;
            t1_ = nt1;
        }
    };
    if (v.hovered && io.MouseWheel != 0) zoom_about(t0_ + (io.MousePos.x - v.left) * per_px, std::pow(0.85, io.MouseWheel));
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, 1.0f)) {
        t0_ -= io.MouseDelta.x * per_px;
        t1_ -= io.MouseDelta.x * per_px;
    }
    if (v.hovered && ImGui::IsMouseDoubleClicked(0)) fit();
    if (v.hovered && ctx.touch.moving() && (ctx.touch.zoom != 1 || std::fabs(ctx.touch.pan_x) >= std::fabs(ctx.touch.pan_y))) {
        ctx.touch.consumed = true;
        t0_ -= ctx.touch.pan_x * per_px;
        t1_ -= ctx.touch.pan_x * per_px;
        if (ctx.touch.zoom != 1) zoom_about(t0_ + (ctx.touch.zoom_x - v.left) * per_px, 1.0 / ctx.touch.zoom);
    }
}

// The axis, its ticks and their labels, and the publication date's line.
void TimelinePane::draw_axis(PaneContext& ctx, const View& v) {
    const Palette& pal = ctx.theme.colors();
    ImDrawList* dl = v.dl;
    ImFont* font = v.font;
    dl->AddLine(ImVec2(v.left, v.axis_y), ImVec2(v.right, v.axis_y), pal.ink_faint, ctx.theme.px(1));
    const Step* step = nullptr;
    for (double t : tick_days(t0_, t1_, v.per_px, ctx.theme.px(90), step)) {
        const float x = v.x(t, t0_);
        if (x < v.left - 1) continue;
        dl->AddLine(ImVec2(x, canvas_min.y + ctx.theme.px(4)), ImVec2(x, v.axis_y), (pal.ink_faint & 0x00FFFFFF) | (50u << 24), 1);
        dl->AddLine(ImVec2(x, v.axis_y), ImVec2(x, v.axis_y + ctx.theme.px(5)), pal.ink_faint, ctx.theme.px(1));
        const std::string label = tick_label(t, step->unit);
        dl->AddText(font, font->FontSize, ImVec2(x + ctx.theme.px(3), v.axis_y + ctx.theme.px(4)), pal.ink_soft, label.c_str());
    }
    if (!published_) return;
    const float x = v.x(*published_, t0_);
    dl->AddLine(ImVec2(x, canvas_min.y), ImVec2(x, v.axis_y), pal.accent, ctx.theme.px(2));
    // Near the right edge the word goes left of the line, so it is never cut. Named for what
    // it is: "published", or "date from the text" when cleaning read it inside the text.
    const char* marker = anchor_marker(ctx.anchor.source);
    marker_label_ = marker;
    const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, marker).x;
    const float tx = x + ctx.theme.px(4) + w > v.right ? x - ctx.theme.px(4) - w : x + ctx.theme.px(4);
    dl->AddText(font, font->FontSize, ImVec2(tx, canvas_min.y + ctx.theme.px(4)), pal.accent, marker);
}

void TimelinePane::draw_lanes(PaneContext& ctx, const View& v) {
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        const float ly = v.lanes_top + v.lane_h * static_cast<float>(l);
        if (ly + v.lane_h * 0.55f > v.axis_y - ctx.theme.px(4)) break;
        v.dl->AddText(v.font, v.font->FontSize * 0.9f, ImVec2(v.left, ly - v.font->FontSize * 0.2f), ctx.theme.colors().ink_faint,
                      lanes_[l].c_str());
    }
}

// Where each stack in view sits, lit, selected, in the future; counts those outside the view.
std::vector<TimelinePane::Placed> TimelinePane::place_stacks(PaneContext& ctx, const View& v) {
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    std::vector<Placed> placed;
    earlier_ = later_ = 0;
    for (int si = 0; si < static_cast<int>(stacks_.size()); ++si) {
        const Stack& st = stacks_[static_cast<std::size_t>(si)];
        const Item& it = items_[static_cast<std::size_t>(st.first)];
        if (it.when.end <= t0_) {
            earlier_ += st.count;
            continue;
        }
        if (it.when.start >= t1_) {
            later_ += st.count;
            continue;
        }
        const float cy = v.lanes_top + v.lane_h * static_cast<float>(it.lane) + v.lane_h * 0.55f;
        if (cy > v.axis_y - ctx.theme.px(6)) continue;
        const float x0 = v.x(it.when.start, t0_), x1 = v.x(it.when.end, t0_);
        bool lit = false, selected = false;
        for (int k = st.first; k < st.first + st.count; ++k) {
            const Item& m = items_[static_cast<std::size_t>(k)];
            lit |= m.is_event ? (!hl.relations.empty() && hl.relations[m.index]) : (!hl.times.empty() && hl.times[m.index]);
            selected |= m.is_event ? ctx.selection.is(Selection::Kind::Relation, m.index) : ctx.selection.is(Selection::Kind::Time, m.index);
        }
        const bool future = published_ && it.when.start >= *published_ + 1;
        ImU32 col = it.is_event ? (future ? pal.future : pal.ink_soft) : (future ? pal.future : pal.time);
        if (hl.any && !lit) col = (col & 0x00FFFFFF) | (70u << 24);
        const float r = ctx.theme.px(it.is_event ? 5.5f : 5) * (st.count > 1 ? 1.25f : 1.0f);
        float hx0 = x0, hx1 = x1;
        if (x1 - x0 < ctx.theme.px(8)) {
            const float cx = (x0 + x1) * 0.5f;
            hx0 = cx - r;
            hx1 = cx + r;
        }
        placed.push_back({si, cy, hx0, hx1, r, lit, selected, future, col});
    }
    return placed;
}

// Labels: right of their mark (else left of it), never over a label or a mark of the lane.
// A span's bar ("September 2020") takes only its ends: a label may lie over the bar, on
// its own backing, or a month-long bar would keep every label of its month away.
void TimelinePane::place_labels(PaneContext& ctx, const View& v, std::vector<Placed>& placed) {
    auto lane_of = [&](const Placed& p) {
        return static_cast<std::size_t>(items_[static_cast<std::size_t>(stacks_[static_cast<std::size_t>(p.stack)].first)].lane);
    };
    std::vector<std::vector<std::pair<float, float>>> lane_taken(lanes_.size());
    for (const Placed& p : placed) {
        auto& taken = lane_taken[lane_of(p)];
        const float cap = ctx.theme.px(2);
        if (p.hx1 - p.hx0 <= 2 * p.r + 0.5f) {
            taken.push_back({p.hx0 - cap, p.hx1 + cap});
        } else {
            taken.push_back({p.hx0 - cap, p.hx0 + cap});
            taken.push_back({p.hx1 - cap, p.hx1 + cap});
        }
    }
    auto free_in = [&](const std::vector<std::pair<float, float>>& taken, float x0, float x1) {
        for (const auto& t : taken)
            if (x0 < t.second && x1 > t.first) return false;
        return true;
    };
    for (Placed& p : placed) {
        auto& taken = lane_taken[lane_of(p)];
        const float w = label_width(v.font, p.stack), gap = ctx.theme.px(4);
        const float right_x = std::max(p.hx1 + gap, v.left), left_x = p.hx0 - gap - w;
        // The label's own mark is in `taken`: test beside it, not over it.
        const bool right_ok = right_x + w <= v.right && free_in(taken, right_x, right_x + w + gap);
        const bool left_ok = left_x >= v.left && free_in(taken, left_x - gap, left_x + w);
        if (!right_ok && !left_ok && !p.lit) continue;
        p.lx0 = right_ok || (!left_ok && p.lit) ? right_x : left_x;
        p.lx1 = p.lx0 + w;
        taken.push_back({p.lx0, p.lx1 + gap});
    }
}

// Draws the placed stacks and finds what the pointer is over: a label or a mark, each its
// own stack's. Returns that stack, or -1.
int TimelinePane::draw_stacks(PaneContext& ctx, const View& v, const std::vector<Placed>& placed) {
    const Palette& pal = ctx.theme.colors();
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = v.dl;
    ImFont* font = v.font;
    int hover_stack = -1, hover_rank = 0;
    hover_index_ = -1;
    stack_rects_.clear();
    for (const Placed& p : placed) {
        const Stack& st = stacks_[static_cast<std::size_t>(p.stack)];
        const Item& it = items_[static_cast<std::size_t>(st.first)];
        const float cy = p.cy, r = p.r;
        if (p.hx1 - p.hx0 <= 2 * r + 0.5f) {
            const float cx = (p.hx0 + p.hx1) * 0.5f;
            if (it.is_event) dl->AddNgonFilled(ImVec2(cx, cy), r * 1.2f, p.col, 4);   // events: diamonds
            else dl->AddCircleFilled(ImVec2(cx, cy), r, p.col);
            if (p.future) dl->AddCircle(ImVec2(cx, cy), r + ctx.theme.px(2), p.col, 0, ctx.theme.line(1));
        } else {
            dl->AddRectFilled(ImVec2(p.hx0, cy - r), ImVec2(p.hx1, cy + r), (p.col & 0x00FFFFFF) | (110u << 24), r);
            dl->AddRect(ImVec2(p.hx0, cy - r), ImVec2(p.hx1, cy + r), p.col, r, 0, ctx.theme.line(1.2f));
        }
        if (st.count > 1) {
            // A stack: a second outline behind the mark, and its count on it.
            const float cx = (p.hx0 + p.hx1) * 0.5f;
            dl->AddCircle(ImVec2(cx + ctx.theme.px(3), cy - ctx.theme.px(3)), r * 1.1f, p.col, 0, ctx.theme.line(1.2f));
        }
        if (p.selected || p.lit)
            dl->AddRect(ImVec2(p.hx0 - 3, cy - r - 3), ImVec2(p.hx1 + 3, cy + r + 3), pal.accent, ctx.theme.px(4), 0, ctx.theme.line(2));
        const float ly0 = cy - font->FontSize * 0.55f, ly1 = ly0 + font->FontSize;
        if (p.lx1 >= p.lx0) dl->AddRectFilled(ImVec2(p.lx0 - 2, ly0), ImVec2(p.lx1 + 2, ly1), (pal.panel & 0x00FFFFFF) | (225u << 24), ctx.theme.px(3));
        if (p.lx1 >= p.lx0)
            dl->AddText(font, font->FontSize, ImVec2(p.lx0, ly0), ctx.highlight.any && !p.lit ? pal.ink_faint : (st.count > 1 ? pal.ink_soft : pal.ink), st.label.c_str());
        stack_rects_.push_back({p.hx0, cy - r, p.hx1, cy + r, p.lx0, ly0, p.lx1, ly1, st.count});
        // What the pointer is over: a point mark first, then a label, then a span's bar (a
        // label may lie on a bar: hovering the label is hovering the label's item).
        const bool on_mark = io.MousePos.y > cy - r - 4 && io.MousePos.y < cy + r + 4 && io.MousePos.x > p.hx0 - 4 && io.MousePos.x < p.hx1 + 4;
        const bool on_label = p.lx1 >= p.lx0 && io.MousePos.y >= ly0 && io.MousePos.y < ly1 && io.MousePos.x >= p.lx0 && io.MousePos.x < p.lx1;
        const int rank = !v.hovered ? 0 : on_mark && p.hx1 - p.hx0 <= 2 * r + 0.5f ? 3 : on_label ? 2 : on_mark ? 1 : 0;
        if (rank > hover_rank) {
            hover_rank = rank;
            hover_stack = p.stack;
            hover_index_ = static_cast<int>(stack_rects_.size()) - 1;
        }
    }
    return hover_stack;
}

// Items outside the view: counted at the edges; a click there shows everything. Returns
// whether the pointer is over one of the two counts.
bool TimelinePane::draw_edges(PaneContext& ctx, const View& v) {
    const Palette& pal = ctx.theme.colors();
    const ImGuiIO& io = ImGui::GetIO();
    ImFont* font = v.font;
    auto edge_pill = [&](const char* text, bool at_left) {
        const ImVec2 ts = font->CalcTextSizeA(font->FontSize * 0.9f, FLT_MAX, 0, text);
        const float pad = ctx.theme.px(5), y0 = canvas_min.y + ctx.theme.px(3);
        const float x0 = at_left ? v.left : v.right - ts.x - 2 * pad;
        const ImVec2 mn(x0, y0), mx(x0 + ts.x + 2 * pad, y0 + ts.y + ctx.theme.px(2));
        const bool over = v.hovered && io.MousePos.x >= mn.x && io.MousePos.x < mx.x && io.MousePos.y >= mn.y && io.MousePos.y < mx.y;
        v.dl->AddRectFilled(mn, mx, over ? pal.selection : pal.background, ctx.theme.px(8));
        v.dl->AddText(font, font->FontSize * 0.9f, ImVec2(x0 + pad, y0 + ctx.theme.px(1)), pal.ink_soft, text);
        if (over) {
            ImGui::SetTooltip("Outside this view: click to show every dated item (double-click the timeline to come back)");
            if (ImGui::IsMouseClicked(0)) fit_all();
        }
        return over;
    };
    char edge_text[64];
    bool over_edge = false;
    if (earlier_ > 0) {
        std::snprintf(edge_text, sizeof edge_text, "← %d earlier", earlier_);
        over_edge |= edge_pill(edge_text, true);
    }
    if (later_ > 0) {
        std::snprintf(edge_text, sizeof edge_text, "%d later →", later_);
        over_edge |= edge_pill(edge_text, false);
    }
    return over_edge;
}

// The hovered stack's tooltip; a click selects its one item or opens its list.
void TimelinePane::hover_stack_tooltip(PaneContext& ctx, int hover_stack) {
    const Stack& st = stacks_[static_cast<std::size_t>(hover_stack)];
    const Item& head = items_[static_cast<std::size_t>(st.first)];
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ctx.theme.px(420));
    if (st.count == 1) {
        item_tooltip(ctx, head);
    } else {
        ImGui::Text("%s · %s", st.label.c_str(), format_instant(head.when.start, std::min(head.when.precision, Precision::Day)).c_str());
        for (int k = st.first; k < st.first + std::min(st.count, 6); ++k) ImGui::BulletText("%s", items_[static_cast<std::size_t>(k)].label.c_str());
        if (st.count > 6) ImGui::TextDisabled("and %d more", st.count - 6);
        ImGui::TextDisabled("click to list them all");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    if (ImGui::IsMouseClicked(0)) {
        if (st.count == 1) ctx.selection.set(head.is_event ? Selection::Kind::Relation : Selection::Kind::Time, head.index);
        else {
            open_stack_ = hover_stack;
            ImGui::OpenPopup("timeline-stack");
        }
    }
}

// An open stack: its items as a list; choosing one selects it for every pane.
void TimelinePane::draw_open_stack(PaneContext& ctx) {
    if (!ImGui::BeginPopup("timeline-stack")) {
        open_stack_ = -1;
        return;
    }
    if (open_stack_ >= 0 && open_stack_ < static_cast<int>(stacks_.size())) {
        const Stack& st = stacks_[static_cast<std::size_t>(open_stack_)];
        const Item& head = items_[static_cast<std::size_t>(st.first)];
        ImGui::TextDisabled("%s · %s", st.label.c_str(), format_instant(head.when.start, std::min(head.when.precision, Precision::Day)).c_str());
        ImGui::Separator();
        for (int k = st.first; k < st.first + st.count; ++k) {
            const Item& m = items_[static_cast<std::size_t>(k)];
            const bool sel = m.is_event ? ctx.selection.is(Selection::Kind::Relation, m.index) : ctx.selection.is(Selection::Kind::Time, m.index);
            ImGui::PushID(k);
            if (ImGui::Selectable(m.label.c_str(), sel)) ctx.selection.set(m.is_event ? Selection::Kind::Relation : Selection::Kind::Time, m.index);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                item_tooltip(ctx, m);
                ImGui::EndTooltip();
            }
            ImGui::PopID();
        }
    }
    ImGui::EndPopup();
}

// Key: past and future relative to the publication date.
void TimelinePane::draw_key(PaneContext& ctx, const View& v) {
    const Palette& pal = ctx.theme.colors();
    ImFont* font = v.font;
    const float ky = canvas_max.y - font->FontSize * 0.95f;
    const std::string before = std::string("before ") + anchor_reference(ctx.anchor.source);
    const float kf = font->FontSize * 0.9f;
    const float before_w = font->CalcTextSizeA(kf, FLT_MAX, 0, before.c_str()).x;
    const float after_w = font->CalcTextSizeA(kf, FLT_MAX, 0, "after").x;
    float kx = v.right - ctx.theme.px(8) - (ctx.theme.px(8) + before_w + ctx.theme.px(22) + ctx.theme.px(8) + after_w);
    v.dl->AddCircleFilled(ImVec2(kx, ky + font->FontSize * 0.45f), ctx.theme.px(4), pal.time);
    v.dl->AddText(font, kf, ImVec2(kx + ctx.theme.px(8), ky), pal.ink_faint, before.c_str());
    kx += ctx.theme.px(8) + before_w + ctx.theme.px(22);
    v.dl->AddCircleFilled(ImVec2(kx, ky + font->FontSize * 0.45f), ctx.theme.px(4), pal.future);
    v.dl->AddText(font, font->FontSize * 0.9f, ImVec2(kx + ctx.theme.px(8), ky), pal.ink_faint, "after");
}

// What has no place on the axis, under it: two lines at most; the whole list on hover.
void TimelinePane::draw_undated(PaneContext& ctx, float width, float height) {
    if (undated_.empty()) return;
    const std::string line = "Not on the axis: " + undated_;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(p, ImVec2(p.x + width, p.y + height), true);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopClipRect();
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ctx.theme.px(420));
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

}  // namespace lede::app
