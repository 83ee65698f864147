// timeline_pane.cpp — building timeline items from an analysis and drawing the axis.
// Ticks come from a fixed ladder of steps (minutes up to millennia) aligned to calendar
// boundaries, the smallest step that keeps labels apart is used.
#include "app/timeline_pane.h"

#include <algorithm>
#include <cmath>

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

}  // namespace

void TimelinePane::reset() {
    built_for_ = nullptr;
    fitted_ = false;
}

void TimelinePane::build(const PaneContext& ctx) {
    const Analysis& a = ctx.doc.analysis;
    items_.clear();
    label_width_.clear();
    lanes_ = {"Dates in the text", "Events"};
    undated_.clear();
    published_.reset();
    if (a.article.published)
        if (auto p = parse_timex(*a.article.published)) published_ = p->start;
    for (std::size_t i = 0; i < a.times.size(); ++i) {
        const TimeExpr& t = a.times[i];
        if (auto iv = parse_timex(t.value)) {
            items_.push_back({*iv, false, static_cast<int>(i), 0, t.text});
        } else if (undated_.size() < 400) {
            undated_ += (undated_.empty() ? "" : "  ·  ") + t.text + " (" + t.value + ")";
        }
    }
    std::vector<int> actor_lane(a.actors.size(), -1);
    for (std::size_t r = 0; r < a.relations.size(); ++r) {
        const Relation& rel = a.relations[r];
        if (!rel.time) continue;
        auto iv = parse_timex(rel.time->value);
        if (!iv) continue;
        const int s = ctx.doc.actor(rel.source), tg = ctx.doc.actor(rel.target);
        std::string label = (s >= 0 ? a.actors[s].name : std::string("?")) + " " + rel.event_class + (tg >= 0 ? " " + a.actors[tg].name : std::string());
        int lane = 1;
        if (lanes_per_actor_ && s >= 0) {
            if (actor_lane[s] < 0) {
                actor_lane[s] = static_cast<int>(lanes_.size());
                lanes_.push_back(a.actors[s].name);
            }
            lane = actor_lane[s];
        }
        items_.push_back({*iv, true, static_cast<int>(r), lane, label});
    }
    std::stable_sort(items_.begin(), items_.end(), [](const Item& x, const Item& y) { return x.when.start < y.when.start; });
    built_per_actor_ = lanes_per_actor_;
}

void TimelinePane::fit() {
    double lo = 1e18, hi = -1e18;
    for (const Item& it : items_) {
        lo = std::min(lo, it.when.start);
        hi = std::max(hi, it.when.end);
    }
    if (published_) {
        lo = std::min(lo, *published_);
        hi = std::max(hi, *published_ + 1);
    }
    if (lo > hi) {  // nothing dated: show the last month around today-ish
        lo = days_from_civil(2020, 1, 1);
        hi = lo + 365;
    }
    const double span = std::max(hi - lo, 3.0);
    const double mid = (lo + hi) * 0.5;
    t0_ = mid - span * 0.56;
    t1_ = mid + span * 0.56;
}

float TimelinePane::label_width(const ImFont* font, int item) {
    // Measured once per document and font size: a thousand labels measured every frame
    // were a visible share of a busy frame.
    if (label_font_size_ != font->FontSize || label_width_.size() != items_.size()) {
        label_width_.assign(items_.size(), -1.0f);
        label_font_size_ = font->FontSize;
    }
    float& w = label_width_[static_cast<std::size_t>(item)];
    if (w < 0) w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, items_[static_cast<std::size_t>(item)].label.c_str()).x;
    return w;
}

void TimelinePane::draw(PaneContext& ctx) {
    if (built_for_ != &ctx.doc || built_per_actor_ != lanes_per_actor_) {
        build(ctx);
        built_for_ = &ctx.doc;
        if (!fitted_) fit();
        fitted_ = true;
    }
    const Analysis& a = ctx.doc.analysis;
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    ImGui::PushFont(ctx.fonts.small);
    if (ImGui::Button("Fit##timeline")) fit();
    ImGui::SameLine();
    ImGui::Checkbox("Lanes per actor", &lanes_per_actor_);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%d dated items", static_cast<int>(items_.size()));

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float undated_h = undated_.empty() ? 0 : ImGui::GetFontSize() * 2.6f;
    const ImVec2 size(avail.x, std::max(avail.y - undated_h, ctx.theme.px(120)));
    ImGui::BeginChild("timeline-canvas-child", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    canvas_min = origin;
    canvas_max = ImVec2(origin.x + size.x, origin.y + size.y);
    ImGui::InvisibleButton("timeline-canvas", size);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(canvas_min, canvas_max, true);
    dl->AddRectFilled(canvas_min, canvas_max, pal.panel);

    const float left = origin.x + ctx.theme.px(8), right = canvas_max.x - ctx.theme.px(8);
    const double per_px = (t1_ - t0_) / std::max(1.0f, right - left);
    auto X = [&](double t) { return left + static_cast<float>((t - t0_) / per_px); };

    // Zoom (wheel, around the mouse), pan (drag), fit (double-click).
    if (hovered && io.MouseWheel != 0) {
        const double at = t0_ + (io.MousePos.x - left) * per_px;
        const double f = std::pow(0.85, io.MouseWheel);
        const double nt0 = at - (at - t0_) * f, nt1 = at + (t1_ - at) * f;
        if (nt1 - nt0 > 10.0 / 1440 && nt1 - nt0 < 3.0e6) {
            t0_ = nt0;
            t1_ = nt1;
        }
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, 1.0f)) {
        t0_ -= io.MouseDelta.x * per_px;
        t1_ -= io.MouseDelta.x * per_px;
    }
    if (hovered && ImGui::IsMouseDoubleClicked(0)) fit();
    // Touch: a horizontal swipe pans, a pinch zooms about its midpoint (a vertical swipe is
    // left to scroll the page around the pane).
    if (hovered && ctx.touch.moving() && (ctx.touch.zoom != 1 || std::fabs(ctx.touch.pan_x) >= std::fabs(ctx.touch.pan_y))) {
        ctx.touch.consumed = true;
        t0_ -= ctx.touch.pan_x * per_px;
        t1_ -= ctx.touch.pan_x * per_px;
        if (ctx.touch.zoom != 1) {
            const double at = t0_ + (ctx.touch.zoom_x - left) * per_px;
            const double f = 1.0 / ctx.touch.zoom;
            const double nt0 = at - (at - t0_) * f, nt1 = at + (t1_ - at) * f;
            if (nt1 - nt0 > 10.0 / 1440 && nt1 - nt0 < 3.0e6) {
                t0_ = nt0;
                t1_ = nt1;
            }
        }
    }

    // Axis and ticks.
    ImFont* font = ctx.fonts.small;
    const float axis_y = canvas_max.y - font->FontSize * 2.0f;
    dl->AddLine(ImVec2(left, axis_y), ImVec2(right, axis_y), pal.ink_faint, ctx.theme.px(1));
    const Step* step = &kSteps[std::size(kSteps) - 1];
    const float min_gap = ctx.theme.px(90);
    for (const Step& s : kSteps)
        if (s.days / per_px >= min_gap) {
            step = &s;
            break;
        }
    std::vector<double> ticks;
    int y, m, d;
    civil_from_days(t0_, y, m, d);
    if (step->unit == Unit::Year) {
        for (int yy = static_cast<int>(std::floor(y / static_cast<double>(step->n))) * step->n; ticks.size() < 400; yy += step->n) {
            const double t = days_from_civil(yy, 1, 1);
            if (t > t1_) break;
            ticks.push_back(t);
        }
    } else if (step->unit == Unit::Month) {
        int mm = ((m - 1) / step->n) * step->n + 1, yy = y;
        while (ticks.size() < 400) {
            const double t = days_from_civil(yy, mm, 1);
            if (t > t1_) break;
            ticks.push_back(t);
            mm += step->n;
            if (mm > 12) {
                mm -= 12;
                ++yy;
            }
        }
    } else {
        const double len = step->days;
        for (double t = std::floor(t0_ / len) * len; t <= t1_ && ticks.size() < 400; t += len) ticks.push_back(t);
    }
    for (double t : ticks) {
        const float x = X(t);
        if (x < left - 1) continue;
        dl->AddLine(ImVec2(x, canvas_min.y + ctx.theme.px(4)), ImVec2(x, axis_y), (pal.ink_faint & 0x00FFFFFF) | (50u << 24), 1);
        dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + ctx.theme.px(5)), pal.ink_faint, ctx.theme.px(1));
        const std::string label = tick_label(t, step->unit);
        dl->AddText(font, font->FontSize, ImVec2(x + ctx.theme.px(3), axis_y + ctx.theme.px(4)), pal.ink_soft, label.c_str());
    }

    // Publication date.
    if (published_) {
        const float x = X(*published_);
        dl->AddLine(ImVec2(x, canvas_min.y), ImVec2(x, axis_y), pal.accent, ctx.theme.px(2));
        // Near the right edge the word goes left of the line, so it is never cut.
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "published").x;
        const float tx = x + ctx.theme.px(4) + w > right ? x - ctx.theme.px(4) - w : x + ctx.theme.px(4);
        dl->AddText(font, font->FontSize, ImVec2(tx, canvas_min.y + ctx.theme.px(4)), pal.accent, "published");
    }

    // Lanes and items.
    const float lane_h = ctx.theme.px(40);
    const float lanes_top = canvas_min.y + font->FontSize * 1.8f;
    std::vector<float> label_end(lanes_.size(), -1e9f);
    // The last mark drawn in each lane: a mark that would land on it in the same colour
    // (dense timelines: several items per pixel column) is not drawn again.
    struct Mark {
        float x0 = -1e9f, x1 = -1e9f;
        ImU32 col = 0;
        bool event = false;
    };
    std::vector<Mark> last_mark(lanes_.size());
    int hover_item = -1;
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
        const float ly = lanes_top + lane_h * static_cast<float>(l);
        if (ly > axis_y - lane_h * 0.5f) break;
        dl->AddText(font, font->FontSize * 0.9f, ImVec2(left, ly - font->FontSize * 0.2f), pal.ink_faint, lanes_[l].c_str());
    }
    for (int i = 0; i < static_cast<int>(items_.size()); ++i) {
        const Item& it = items_[i];
        const float cy = lanes_top + lane_h * static_cast<float>(it.lane) + lane_h * 0.55f;
        if (cy > axis_y - ctx.theme.px(6)) continue;
        const float x0 = X(it.when.start), x1 = X(it.when.end);
        if (x1 < left - 200 || x0 > right + 10) continue;
        const bool future = published_ && it.when.start >= *published_ + 1;
        const bool lit = it.is_event ? (!hl.relations.empty() && hl.relations[it.index]) : (!hl.times.empty() && hl.times[it.index]);
        const bool selected = it.is_event ? ctx.selection.is(Selection::Kind::Relation, it.index) : ctx.selection.is(Selection::Kind::Time, it.index);
        ImU32 col = it.is_event ? (future ? pal.future : pal.ink_soft) : (future ? pal.future : pal.time);
        if (hl.any && !lit) col = (col & 0x00FFFFFF) | (70u << 24);
        const float r = ctx.theme.px(it.is_event ? 5.5f : 5);
        const bool point = x1 - x0 < ctx.theme.px(8);
        float hx0, hx1;
        Mark& last = last_mark[it.lane];
        const bool repeat = std::fabs(x0 - last.x0) < 0.5f && std::fabs(x1 - last.x1) < 0.5f && col == last.col && it.is_event == last.event;
        if (point) {
            const float cx = (x0 + x1) * 0.5f;
            if (!repeat) {
                if (it.is_event) dl->AddNgonFilled(ImVec2(cx, cy), r * 1.2f, col, 4);   // events: diamonds
                else dl->AddCircleFilled(ImVec2(cx, cy), r, col);
                if (future) dl->AddCircle(ImVec2(cx, cy), r + ctx.theme.px(2), col, 0, ctx.theme.line(1));
            }
            hx0 = cx - r;
            hx1 = cx + r;
        } else {
            if (!repeat) {
                dl->AddRectFilled(ImVec2(x0, cy - r), ImVec2(x1, cy + r), (col & 0x00FFFFFF) | (110u << 24), r);
                dl->AddRect(ImVec2(x0, cy - r), ImVec2(x1, cy + r), col, r, 0, ctx.theme.line(1.2f));
            }
            hx0 = x0;
            hx1 = x1;
        }
        last = Mark{x0, x1, col, it.is_event};
        if (selected || lit) dl->AddRect(ImVec2(hx0 - 3, cy - r - 3), ImVec2(hx1 + 3, cy + r + 3), pal.accent, ctx.theme.px(4), 0, ctx.theme.line(2));
        const ImVec2 ts(label_width(font, i), font->FontSize);
        float lx = std::max(hx1 + ctx.theme.px(4), left);
        // A label that would run past the right edge sits left of its mark instead.
        if (lx + ts.x > right && hx0 - ctx.theme.px(4) - ts.x >= left) lx = hx0 - ctx.theme.px(4) - ts.x;
        if (lx > label_end[it.lane] || lit) {
            dl->AddText(font, font->FontSize, ImVec2(lx, cy - font->FontSize * 0.55f), hl.any && !lit ? pal.ink_faint : pal.ink,
                        it.label.c_str());
            label_end[it.lane] = std::max(label_end[it.lane], lx + ts.x + ctx.theme.px(8));
        }
        if (hovered && io.MousePos.y > cy - r - 4 && io.MousePos.y < cy + r + 4 && io.MousePos.x > hx0 - 4 && io.MousePos.x < hx1 + 4)
            hover_item = i;
    }
    if (items_.empty()) {
        const char* msg = "No dated items in this article yet.";
        dl->AddText(font, font->FontSize, ImVec2(left + ctx.theme.px(4), lanes_top + lane_h * 2.2f), pal.ink_faint, msg);
    }
    if (hover_item >= 0) {
        const Item& it = items_[hover_item];
        ImGui::BeginTooltip();
        ImGui::TextUnformatted(it.label.c_str());
        const std::string when = format_instant(it.when.start, it.when.precision);
        if (it.is_event) ImGui::TextDisabled("event · %s · %s", when.c_str(), a.relations[it.index].time ? a.relations[it.index].time->value.c_str() : "");
        else ImGui::TextDisabled("%s · %s · %s", to_string(a.times[it.index].type), a.times[it.index].value.c_str(), when.c_str());
        if (published_) ImGui::TextDisabled(it.when.start >= *published_ + 1 ? "after publication" : "before publication");
        ImGui::EndTooltip();
        if (ImGui::IsMouseClicked(0)) ctx.selection.set(it.is_event ? Selection::Kind::Relation : Selection::Kind::Time, it.index);
    }
    // Key: past and future relative to the publication date.
    if (published_) {
        const float ky = canvas_max.y - font->FontSize * 0.95f;
        float kx = right - ctx.theme.px(250);
        dl->AddCircleFilled(ImVec2(kx, ky + font->FontSize * 0.45f), ctx.theme.px(4), pal.time);
        dl->AddText(font, font->FontSize * 0.9f, ImVec2(kx + ctx.theme.px(8), ky), pal.ink_faint, "before publication");
        kx += ctx.theme.px(135);
        dl->AddCircleFilled(ImVec2(kx, ky + font->FontSize * 0.45f), ctx.theme.px(4), pal.future);
        dl->AddText(font, font->FontSize * 0.9f, ImVec2(kx + ctx.theme.px(8), ky), pal.ink_faint, "after");
    }
    dl->PopClipRect();
    ImGui::EndChild();
    if (!undated_.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Not on the axis: %s", undated_.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopFont();
}

}  // namespace lede::app
