// app.cpp — the frame: input queue, layout of the panes, top bar, notices, help,
// progress, exports and the automation hook.
#include "app/app.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include "analysis_from_json.h"
#include "analysis_json.h"
#include "app/export_csv.h"
#include "app/fonts.h"
#include "app/tab_focus.h"
#include "share/worker_fields.h"

namespace lede::app {
namespace {

constexpr float kNarrowBelow = 900.0f;                // CSS px: panes become tabs
constexpr double kProgressAfterMs = 100.0;
constexpr float kMaxExportPx = 4096.0f;               // a PNG export's longest side, device px
// The spinner holds still for its first second: a wait under a second needs no motion to
// read as "working", and every changed frame is a composite that, in a browser without GPU
// compositing, costs the GPU process tens of milliseconds the analysis could use.
constexpr double kSpinAfterMs = 1000.0;

// ImGui 1.86 key indices are the platform's key codes; GLFW's match ASCII for letters.
constexpr int kKeyF = 'F';
constexpr int kKeyF1 = 290;

const char* selection_kind(Selection::Kind k) {
    switch (k) {
        case Selection::Kind::Actor: return "actor";
        case Selection::Kind::Relation: return "relation";
        case Selection::Kind::Time: return "time";
        case Selection::Kind::None: break;
    }
    return "none";
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

// Why an analysis holds no article to show, in the reader's words; empty when it has one.
// `input_blank`: what was analysed held nothing but white space. ("no-article" alone is not
// a refusal: the core also says it when it kept the prose of a page with no article body.)
std::string rejected_input(const Analysis& a, bool input_blank) {
    for (const Warning& w : a.warnings)
        if (w.code == "binary-input")
            return "That is not an article: it looks like a binary file (a picture, an archive, a program), not text.";
    if (!blank(a.article.text)) return {};
    for (const Warning& w : a.warnings)
        if (w.code == "empty-input") return "Nothing to analyse: that was empty.";
    return input_blank ? "Nothing to analyse: that held only spaces and line breaks, no text."
                       : "No article was found in that: it holds no running text (only links, menus or markup).";
}

// `text` cut at a character boundary and ended with "…" so it fits `width` (device px).
std::string fit_text(const ImFont* font, std::string text, float width) {
    auto w = [&](const std::string& t) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, t.c_str()).x; };
    if (w(text) <= width) return text;
    while (!text.empty()) {
        // One whole UTF-8 character off the end: its continuation bytes, then its lead byte.
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
        if (!text.empty()) text.pop_back();
        if (w(text + "\u2026") <= width) break;
    }
    return text + "\u2026";
}

}  // namespace

App::App(Services& services, std::string font_path) : services_(services), font_path_(std::move(font_path)) {}

void App::load_sample() {
    AnalysisRequest request;
    request.sample = true;
    request.origin = "sample";
    services_.request_analysis(request);
}

void App::open_share(const std::string& fragment) {
    share::DecodeResult r = share::decode(fragment);
    if (!r.ok()) {
        notice("This link could not be opened: " + r.message + ". Ask for a new link, or paste the article.", true);
        services_.share_opened(false, r.message, fragment);
        if (!doc_ && !waiting_) load_sample();
        return;
    }
    // The worker takes the decoded link's fields as the article's.
    AnalysisRequest request;
    request.shared = share::pack_for_worker(r.article);
    request.origin = "share";
    link_ = LinkRequest{fragment, r.article.published && r.article.published_given ? DateGiver::Link : DateGiver::None, true, false};
    services_.share_opened(true, "", fragment);
    services_.request_analysis(request);
}

void App::analysis_started(double bytes) {
    waiting_ = Waiting{bytes, services_.now_ms()};
}

void App::analysis_ready(std::string_view json, std::string_view text, std::string_view html, double ms,
                         const std::string& origin) {
    waiting_.reset();
    std::optional<LinkRequest> link = std::move(link_);
    link_.reset();
    AnalysisLoad loaded = analysis_from_json(json);
    if (!loaded.analysis) {
        notice("The analysis came back unreadable (" + loaded.error + "). Your text is kept: try Paste / Load again.", true);
        return;
    }
    auto doc = std::make_unique<Document>();
    doc->analysis = std::move(*loaded.analysis);
    // Input that holds no article (empty, only spaces or markup, binary bytes) never replaces
    // the article on screen: the reader is told what was wrong and keeps what they had.
    if (origin != "share" && origin != "sample") {
        if (const std::string why = rejected_input(doc->analysis, blank(text) && blank(html)); !why.empty()) {
            notice(why + (doc_ ? " The article on screen is kept." : ""), true);
            if (!doc_) load_sample();
            return;
        }
    }
    DateGiver giver = DateGiver::None;
    bool from_input = false;
    if ((origin == "share" || origin == "redate") && link) {
        // A link's article: the worker took its title, byline, date and paragraphs.
        doc->from_share = link->from_share;
        giver = link->giver;
    } else {
        from_input = origin != "sample";
        if (origin == "redate") giver = DateGiver::Reader;
        doc->keep_input(text, html);
    }
    date_giver_ = giver;
    doc_from_input_ = from_input;
    show(std::move(doc), ms, origin, std::string(json));
    // An article with no input of the page's own is kept for the next visit as the link it
    // was analysed from: with the typed date in it, a reload brings the date back.
    if (link && link->keep && origin == "redate") services_.share_opened(true, "", link->fragment);
}

void App::analysis_failed(const std::string& message) {
    waiting_.reset();
    link_.reset();
    notice("The analysis did not run: " + message + ". Your text is kept: reload the page or paste it again.", true);
}

void App::load_analysis_json(std::string json) {
    pending_json_ = std::move(json);
}

void App::notice(std::string message, bool error) {
    ++notice_serial_;
    notice_ = std::move(message);
    notice_error_ = error;
    notice_until_ = services_.now_ms() + (error ? 12000 : 3500);
}

void App::wheel(float notches_x, float notches_y) {
    wheel_x_ += notches_x;
    wheel_y_ += notches_y;
}

void App::touch(int phase, int id, float x, float y, double t_ms) {
    gestures_.touch(static_cast<TouchGestures::Phase>(std::clamp(phase, 0, 3)), id, x, y, t_ms);
}

void App::feed_input() {
    ImGuiIO& io = ImGui::GetIO();
    touch_ = gestures_.step(services_.now_ms(), theme_.scale > 0 ? theme_.scale : 1.0f);
    if (touch_.owns_pointer) {
        // No finger, glide or tap: no pointer, so nothing stays hovered under a lifted finger.
        io.MousePos = touch_.has_position ? ImVec2(touch_.x, touch_.y) : ImVec2(-FLT_MAX, -FLT_MAX);
        for (bool& down : io.MouseDown) down = false;
        io.MouseDown[0] = touch_.button;
    }
    // Tab past the last control (Shift+Tab before the first) leaves the canvas for the page.
    if (const int dir = tab_leaves_controls()) services_.leave_canvas(dir);
    // No pointer over an export frame: a tooltip or hover ring would be in the picture.
    if (doc_ && !capture_queue_.empty()) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseWheel += wheel_y_;
    io.MouseWheelH += wheel_x_;
    wheel_x_ = wheel_y_ = 0;
}

// A swipe that no pane took scrolls the window under the finger as the wheel would: the
// hovered window, or the nearest parent that scrolls (the Article pane, help, menus).
void App::scroll_hovered_by_touch() {
    if (touch_.consumed || (touch_.pan_y == 0 && touch_.pan_x == 0)) return;
    ImGuiWindow* w = GImGui->HoveredWindow;
    auto scrolls = [](const ImGuiWindow* win) {
        return !(win->Flags & ImGuiWindowFlags_NoScrollWithMouse) && (win->ScrollMax.y > 0 || win->ScrollMax.x > 0);
    };
    while (w && !scrolls(w) && (w->Flags & ImGuiWindowFlags_ChildWindow) && w->ParentWindow) w = w->ParentWindow;
    if (!w || !scrolls(w)) return;
    if (touch_.pan_y != 0 && w->ScrollMax.y > 0) ImGui::SetScrollY(w, w->Scroll.y - touch_.pan_y);
    if (touch_.pan_x != 0 && w->ScrollMax.x > 0) ImGui::SetScrollX(w, w->Scroll.x - touch_.pan_x);
}

void App::after_render(ImDrawData& data) { graph_.after_render(data); }

bool App::ensure_fonts(float scale) {
    if (fonts_.body && fonts_.scale == scale && !glyphs_stale_) return false;
    glyphs_stale_ = false;
    if (!load_fonts(fonts_, font_path_, scale, glyphs_.extra())) notice("The article font could not be loaded; only ASCII will show.", true);
    theme_.scale = scale;
    theme_.apply();
    return true;
}

void App::load_pending_json() {
    if (!pending_json_) return;
    const double t0 = services_.now_ms();
    std::string json = std::move(*pending_json_);
    pending_json_.reset();
    AnalysisLoad loaded = analysis_from_json(json);
    if (!loaded.analysis) {
        notice("That file is not a Lede analysis (" + loaded.error + ").", true);
        return;
    }
    auto doc = std::make_unique<Document>();
    doc->analysis = std::move(*loaded.analysis);
    date_giver_ = DateGiver::None;
    doc_from_input_ = false;
    show(std::move(doc), services_.now_ms() - t0, "analysis-json", std::move(json));
}

void App::show(std::unique_ptr<Document> doc, double ms, const std::string& origin, std::string json) {
    // The date field starts with the date someone gave, else empty (its hint shows the form).
    date_error_.clear();
    const std::string given = date_giver_ != DateGiver::None ? doc->analysis.article.published.value_or("") : std::string();
    std::snprintf(date_field_, sizeof date_field_, "%s", given.c_str());
    doc->analyse_ms = ms;
    doc->origin = origin;
    anchor_ = date_anchor(doc->analysis, date_giver_);
    doc->build_indexes();
    doc_ = std::move(doc);
    // Characters beyond the atlas's base set (Greek, Cyrillic, rarer symbols) are baked
    // before the next frame.
    const Article& article = doc_->analysis.article;
    const std::string* none = nullptr;
    for (const std::string* text : {&article.text, static_cast<const std::string*>(&doc_->input), article.title ? &*article.title : none,
                                    article.byline ? &*article.byline : none, article.outlet ? &*article.outlet : none})
        if (text && glyphs_.add_text(*text)) glyphs_stale_ = true;
    selection_ = Selection{};
    highlight_serial_ = ~0u;
    article_.reset();
    graph_.reset();
    graph_exporting_ = false;
    timeline_.reset();
    publish(doc_->origin, json);
}

void App::publish(const std::string& origin, const std::string& json) {
    const Analysis& a = doc_->analysis;
    nlohmann::json info = {{"origin", origin},
                           {"ms", doc_->analyse_ms},
                           {"bytes", a.article.text.size()},
                           {"actors", a.actors.size()},
                           {"times", a.times.size()},
                           {"relations", a.relations.size()},
                           {"fromShare", doc_->from_share}};
    nlohmann::json codes = nlohmann::json::array();
    for (const Warning& w : a.warnings) codes.push_back(w.code);
    info["warnings"] = codes;
    const DateAnchor anchor = date_anchor(a, date_giver_);
    info["dateline"] = {{"source", to_string(anchor.source)}, {"date", anchor.date}};
    // Writing the analysis again took ~20-30 ms of the page's main thread, on the path to the
    // first analysed frame, to produce the JSON the worker had just sent.
    services_.analysed(json.empty() ? to_json_string(a) : json, info.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void App::copy_link() {
    if (!doc_ || doc_->empty()) {
        notice("There is no article to share yet.", true);
        return;
    }
    share::SharedArticle article = share::from_article(doc_->analysis.article);
    article.published_given = date_giver_ != DateGiver::None;   // the receiver is told the date was given
    const share::EncodeResult r = share::encode(article);
    if (!r.ok()) {
        notice("No link: " + r.message + ".", true);
        return;
    }
    services_.copy_link(r.fragment);
}

void App::copy_selection() {
    if (!article_.has_text_selection()) return;
    services_.copy_text(article_.selected_text());
    article_.copied(ImGui::GetTime());
}

void App::export_item(const std::string& what) {
    if (!doc_) return;
    const Analysis& a = doc_->analysis;
    if (what == "json") services_.download("lede-analysis.json", "application/json", to_json_string(a, 2));
    else if (what == "relations") services_.download("lede-relations.csv", "text/csv", relations_csv(a));
    else if (what == "timeline") services_.download("lede-timeline.csv", "text/csv", timeline_csv(a));
    else if (what == "graph" || what == "timeline-png") {
        if (capture_queue_.empty()) capture_delay_ = 2;   // the pane may need a frame to show (phone tabs)
        capture_queue_.push_back(what);
    }
}

std::optional<ImVec2> App::export_frame_size(float width, float height, float scale) const {
    if (!doc_ || capture_queue_.empty()) return std::nullopt;
    // CSS px: the graph's canvas is ~64 % of the width (the actor list beside it), so
    // ~1400 × 1250 of graph; the timeline gets the whole width. At most 4096 device px a side
    // (every WebGL 2 implementation renders that; 64 MB read back at the very most).
    const bool graph = capture_queue_.front() == "graph";
    const float w = std::max(width, (graph ? 2200.0f : 2000.0f) * scale);
    const float h = std::max(height, (graph ? 1300.0f : 1000.0f) * scale);
    const float k = std::min({1.0f, kMaxExportPx / w, kMaxExportPx / h});
    return ImVec2(std::floor(w * k), std::floor(h * k));
}

std::optional<App::Capture> App::take_capture() {
    auto c = std::move(capture_);
    capture_.reset();
    return c;
}

void App::captured(const Capture& capture, const std::vector<unsigned char>& rgba) {
    services_.download_png(capture.name, capture.width, capture.height, rgba);
}

void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(kKeyF, false)) {
        article_.open_find();
        requested_tab_ = 0;
    }
    if (ImGui::IsKeyPressed(kKeyF1, false)) help_open_ = !help_open_;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        if (help_open_) help_open_ = false;
        else if (selection_.kind != Selection::Kind::None) selection_.clear();
    }
    if (io.WantTextInput || io.KeyCtrl || io.KeySuper || io.KeyAlt) return;
    for (ImWchar c : io.InputQueueCharacters) {
        switch (c) {
            case '?': help_open_ = !help_open_; break;
            case '1': requested_tab_ = 0; break;
            case '2': requested_tab_ = 1; break;
            case '3': requested_tab_ = 2; break;
            case 'd':
                theme_.dark = !theme_.dark;
                theme_.apply();
                break;
            case 'r': article_.show_removed = !article_.show_removed; break;
            case 'l': copy_link(); break;
            case 'o': services_.open_paste_dialog(); break;
            case 'e': export_item("json"); break;
            default: break;
        }
    }
}

void App::draw_top_bar(PaneContext& ctx) {
    ImGui::PushFont(fonts_.small);
    const Palette& pal = theme_.colors();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.accent));
    ImGui::PushFont(fonts_.body);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Lede");
    ImGui::PopFont();
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::Button(narrow_ ? "Paste" : "Paste / Load")) services_.open_paste_dialog();
    ImGui::SameLine();
    if (ImGui::Button(narrow_ ? "Link" : "Copy link")) copy_link();
    ImGui::SameLine();
    if (ImGui::Button("Export")) ImGui::OpenPopup("export-menu");
    if (ImGui::BeginPopup("export-menu")) {
        if (ImGui::MenuItem("Analysis (JSON)", "E")) export_item("json");
        if (ImGui::MenuItem("Relations (CSV)")) export_item("relations");
        if (ImGui::MenuItem("Timeline (CSV)")) export_item("timeline");
        if (ImGui::MenuItem("Actor graph (PNG)")) export_item("graph");
        if (ImGui::MenuItem("Timeline (PNG)")) export_item("timeline-png");
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    auto view_items = [&] {
        ImGui::Checkbox("Show removed", &article_.show_removed);
        if (narrow_) {
            if (ImGui::MenuItem("Find", "Ctrl+F")) {
                article_.open_find();
                requested_tab_ = 0;
            }
        } else {
            ImGui::SameLine();
            if (ImGui::Button("Find")) article_.open_find();
        }
        if (!narrow_) ImGui::SameLine();
        if (ImGui::Button(theme_.dark ? "Light" : "Dark")) {
            theme_.dark = !theme_.dark;
            theme_.apply();
        }
        if (!narrow_) ImGui::SameLine();
        if (ImGui::Button(narrow_ ? "Keyboard shortcuts" : "?")) help_open_ = true;
    };
    if (narrow_) {
        if (ImGui::Button("More")) ImGui::OpenPopup("more-menu");
        if (ImGui::BeginPopup("more-menu")) {
            view_items();
            ImGui::EndPopup();
        }
    } else {
        view_items();
    }
    if (doc_ && !narrow_) {
        const Analysis& a = doc_->analysis;
        char status[160];
        std::snprintf(status, sizeof status, "%zu actors · %zu dates · %zu relations · %.0f ms", a.actors.size(), a.times.size(),
                      a.relations.size(), doc_->analyse_ms);
        const float w = ImGui::CalcTextSize(status).x;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX() + theme_.px(10), ImGui::GetWindowContentRegionMax().x - w));
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", status);
    }
    ImGui::PopFont();
    (void)ctx;
}

void App::redate(const std::string& dateline) {
    if (!doc_ || doc_->empty() || waiting_) return;
    const DatelineParse p = parse_dateline(dateline);
    if (!p.value) {
        date_error_ = p.error;
        return;
    }
    date_error_.clear();
    // The field lets go (a date chosen in the page's own date input leaves it active), so it
    // shows the date the new analysis comes back with.
    if (GImGui) ImGui::ClearActiveID();
    AnalysisRequest request;
    request.dateline = *p.value;
    request.origin = "redate";
    if (!doc_from_input_) {
        // No input of the page's own (a link, a saved analysis, the sample): the article goes
        // to the worker as a shared article with the typed date, so its text is analysed raw
        // and its title, byline and paragraphs stay (share/shared_analysis.h). It is also
        // encoded as a link, which the Copy link button then gives.
        share::SharedArticle s = share::from_article(doc_->analysis.article);
        s.published = *p.value;
        s.published_given = true;
        const share::EncodeResult link = share::encode(s);
        if (!link.ok()) {
            date_error_ = "This article cannot be analysed again: " + link.message + ".";
            return;
        }
        request.shared = share::pack_for_worker(s);
        link_ = LinkRequest{link.fragment, DateGiver::Reader, doc_->from_share, true};
    }
    // Else the text stays empty: the page sends again what it analysed last (lede-glue.js),
    // so cleaning, title and removed parts come out as before.
    services_.request_analysis(request);
}

// Above the panes while the article on screen has no publication date of its own: what
// relative dates were counted from instead, said plainly, and a field to give the date.
void App::draw_date_notice() {
    date_field_rect_ = ImVec4(0, 0, 0, 0);
    if (!doc_ || doc_->empty()) return;
    const DateAnchor anchor = date_anchor(doc_->analysis, date_giver_);
    if (!anchor.offer_field()) return;
    const Palette& pal = theme_.colors();
    const bool caution = anchor.source == AnchorSource::FirstDateInText || anchor.source == AnchorSource::Today ||
                         anchor.source == AnchorSource::FromBody;
    ImGui::PushFont(fonts_.small);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(caution ? pal.caution : pal.panel));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(caution ? pal.caution_ink : pal.ink_soft));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme_.px(10), theme_.px(6)));
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string sentence = (caution ? "\u26A0 " : "") + anchor_sentence(anchor);
    // Height: the wrapped sentence, the field's row, and a line for a mistake when there is one.
    const float field_w = theme_.px(150), button_w = ImGui::CalcTextSize("Use this date").x + theme_.px(20);
    const float label_w = ImGui::CalcTextSize("Publication date:").x + theme_.px(8);
    const bool one_row = width > theme_.px(900);
    // On a phone the label takes a line of its own above the field and the button.
    const bool label_above = !one_row && label_w + field_w + button_w + theme_.px(50) > width;
    const float text_w = one_row ? width - field_w - button_w - label_w - theme_.px(60) : width - theme_.px(20);
    const ImVec2 text_size = ImGui::CalcTextSize(sentence.c_str(), nullptr, false, text_w);
    const float row_h = ImGui::GetFrameHeight();
    float h = (one_row ? std::max(text_size.y, row_h) : text_size.y + ImGui::GetStyle().ItemSpacing.y + row_h) + theme_.px(12);
    if (label_above) h += ImGui::GetTextLineHeightWithSpacing();
    if (!date_error_.empty()) h += ImGui::GetTextLineHeightWithSpacing() * 2;
    ImGui::BeginChild("date-notice", ImVec2(0, h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    if (one_row) ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(sentence.c_str());
    ImGui::PopTextWrapPos();
    if (one_row) ImGui::SameLine(text_w + theme_.px(30));
    if (label_above) {
        ImGui::TextUnformatted("Publication date:");
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Publication date:");
        ImGui::SameLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.ink));
    ImGui::SetNextItemWidth(field_w);
    ImGui::InputTextWithHint("##publication-date", "YYYY-MM-DD", date_field_, sizeof date_field_,
                             ImGuiInputTextFlags_AutoSelectAll);   // a click selects it: typing replaces
    ImGui::PopStyleColor();
    const ImVec2 fmin = ImGui::GetItemRectMin(), fmax = ImGui::GetItemRectMax();
    date_field_rect_ = ImVec4(fmin.x, fmin.y, fmax.x, fmax.y);
    // Enter (or leaving the field after typing) applies it, as does the button.
    bool apply = ImGui::IsItemDeactivatedAfterEdit();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The date the article was published: year-month-day, e.g. 2020-10-21");
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.ink));
    apply |= ImGui::Button("Use this date");
    ImGui::PopStyleColor();
    if (!date_error_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(caution ? pal.caution_ink : pal.ink));
        ImGui::TextWrapped("Not a date: %s.", date_error_.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    if (apply) redate(date_field_);
}

// The first visit shows the sample: say so, and how to bring one's own article. A band above
// the panes, in the layout, so it covers none of the sample (the sample's first frame is the
// page's first analysed frame: nothing here waits for anything).
void App::draw_hint() {
    hint_rect_ = ImVec4(0, 0, 0, 0);
    if (!doc_ || doc_->origin != "sample" || hint_dismissed_ || hint_closed_ || waiting_) return;
    const Palette& pal = theme_.colors();
    const char* how = narrow_ ? "Paste an article anywhere (Ctrl+V, or the Paste button) or drop a file: Lede shows who its "
                                "actors are, what they did to each other, and when."
                              : "Paste an article anywhere (Ctrl+V) or drop a file: Lede shows who its actors are, what they "
                                "did to each other, and when.";
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(pal.hint));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.hint_ink));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme_.px(14), theme_.px(8)));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, theme_.px(8));
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts_.small);
    const float buttons_w = ImGui::CalcTextSize("Paste / Load").x + ImGui::CalcTextSize("Read the sample").x + theme_.px(60);
    const bool buttons_beside = !narrow_ && width > theme_.px(700);
    const float text_w = buttons_beside ? width - buttons_w - theme_.px(50) : width - theme_.px(30);
    const float how_h = ImGui::CalcTextSize(how, nullptr, false, text_w).y;
    ImGui::PopFont();
    const float first_h = fonts_.body->FontSize;
    const float h = first_h + ImGui::GetStyle().ItemSpacing.y + how_h +
                    (buttons_beside ? 0 : ImGui::GetStyle().ItemSpacing.y + ImGui::GetFrameHeight()) + theme_.px(18);
    ImGui::BeginChild("first-visit-hint", ImVec2(0, h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PushFont(fonts_.body);
    ImGui::TextUnformatted("This is a sample.");
    ImGui::PopFont();
    ImGui::PushFont(fonts_.small);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(how);
    ImGui::PopTextWrapPos();
    if (buttons_beside) ImGui::SetCursorPos(ImVec2(width - buttons_w, (h - ImGui::GetFrameHeight()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(1, 1, 1, 0.16f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1, 1, 1, 0.28f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(1, 1, 1, 0.40f));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(1, 1, 1, 0.75f));
    if (ImGui::Button("Paste / Load")) services_.open_paste_dialog();
    ImGui::SameLine();
    if (ImGui::Button("Read the sample")) hint_closed_ = true;
    ImGui::PopStyleColor(4);
    ImGui::PopFont();
    const ImVec2 mn = ImGui::GetWindowPos(), sz = ImGui::GetWindowSize();
    hint_rect_ = ImVec4(mn.x, mn.y, mn.x + sz.x, mn.y + sz.y);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

// A PNG export: the pane alone over the whole canvas (not the crop of it the page layout
// leaves), fitted anew to that size unless the reader moved its view, under a title band
// (the article's title, what the picture shows, the date and where it came from) drawn
// over the pane's own buttons, so the picture holds no controls.
void App::draw_export_view(float width, float height, PaneContext& ctx) {
    const bool graph = capture_queue_.front() == "graph";
    const Analysis& a = doc_->analysis;
    const Palette& pal = theme_.colors();
    if (graph && !graph_exporting_) {                 // the whole graph, fitted to the picture
        graph_.begin_export();
        graph_exporting_ = true;
    }
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("##export", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
    const float pad = theme_.px(12);
    const float title_h = fonts_.body->FontSize * 1.3f + fonts_.small->FontSize * 1.3f + pad * 1.5f;
    ImGui::Dummy(ImVec2(0, title_h));
    PaneContext pane_ctx{ctx.doc, ctx.selection, ctx.highlight, ctx.theme, ctx.fonts, false, ctx.touch, ctx.anchor};
    ImGui::BeginChild("export-pane", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (graph) graph_.draw(pane_ctx);
    else timeline_.draw(pane_ctx);
    ImGui::EndChild();
    ImGui::End();
    const ImVec2 cmin = graph ? graph_.canvas_min : timeline_.canvas_min;
    const ImVec2 cmax = graph ? graph_.canvas_max : timeline_.canvas_max;
    const float top = std::max(0.0f, cmin.y - title_h - pad);
    export_rect_ = ImVec4(std::max(0.0f, cmin.x), top, std::min(cmax.x, width), std::min(cmax.y, height));
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(ImVec2(export_rect_.x, top), ImVec2(export_rect_.z, cmin.y), pal.background);
    dl->PushClipRect(ImVec2(export_rect_.x, top), ImVec2(export_rect_.z, cmin.y), true);
    const std::string title = a.article.title.value_or("Untitled article");
    std::string what = graph ? "Actors and what they did to each other" : "Timeline of the dates and events";
    const DateAnchor anchor = date_anchor(a, date_giver_);
    switch (anchor.source) {
        case AnchorSource::Article: what += " \u00B7 published " + human_date(anchor.date); break;
        case AnchorSource::FromBody: what += " \u00B7 dated " + human_date(anchor.date) + " from a date in its text"; break;
        case AnchorSource::GivenByReader:
        case AnchorSource::GivenByLink: what += " \u00B7 published " + human_date(anchor.date) + " (date given by a reader)"; break;
        case AnchorSource::FirstDateInText:
        case AnchorSource::Today: what += " \u00B7 no publication date found"; break;
        case AnchorSource::Unknown: break;
    }
    what += " \u00B7 Lede";
    const float x = export_rect_.x + pad;
    const float room = export_rect_.z - x - pad;
    dl->AddText(fonts_.body, fonts_.body->FontSize, ImVec2(x, top + pad), pal.ink, fit_text(fonts_.body, title, room).c_str());
    dl->AddText(fonts_.small, fonts_.small->FontSize, ImVec2(x, top + pad + fonts_.body->FontSize * 1.3f), pal.ink_soft,
                fit_text(fonts_.small, what, room).c_str());
    dl->PopClipRect();
}

void App::draw_notices() {
    if (notice_.empty() || services_.now_ms() > notice_until_) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - theme_.px(24)), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::min(vp->Size.x - theme_.px(20), theme_.px(640)), vp->Size.y));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, notice_error_ ? ImVec4(0.55f, 0.12f, 0.12f, 0.97f) : ImVec4(0.15f, 0.35f, 0.25f, 0.97f));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme_.px(8));
    ImGui::Begin("##notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::PushFont(fonts_.small);
    ImGui::PushTextWrapPos(std::min(vp->Size.x - theme_.px(40), theme_.px(600)));
    ImGui::TextUnformatted(notice_.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0)) notice_until_ = 0;
    ImGui::PopFont();
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

void App::draw_help() {
    if (help_open_) ImGui::OpenPopup("Keyboard shortcuts");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::BeginPopupModal("Keyboard shortcuts", &help_open_, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::PushFont(fonts_.small);
        static const char* rows[][2] = {
            {"Ctrl/Cmd + V", "analyse the clipboard (anywhere on the page)"},
            {"o", "open Paste / Load (type, paste or choose a .txt/.html file)"},
            {"Ctrl/Cmd + F", "find in the article (Enter: next, Shift+Enter: previous)"},
            {"l", "copy a link that carries this article"},
            {"e", "download the analysis as JSON"},
            {"r", "show or hide what cleaning removed"},
            {"d", "switch light / dark theme"},
            {"1 2 3", "Article, Actors, Timeline (tabs on a phone)"},
            {"Esc", "clear the selection, close this help"},
            {"? or F1", "this help"},
            {"PgUp PgDn Space Home End ↑ ↓", "scroll the article (Shift+Space: back)"},
            {"Article text", "drag, double or triple click, long press: select · Shift+click, Shift+arrows: extend · Ctrl/Cmd+A, Ctrl/Cmd+C or Copy"},
            {"Tab, Shift+Tab", "move the keyboard focus between controls (past the last: on to the page) · Space or Enter: press"},
            {"Graph", "drag: pan · wheel or pinch: zoom · drag a node: move · double-click: fit"},
            {"Timeline", "wheel or pinch: zoom · drag or swipe: pan · double-click: fit"},
        };
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            for (auto& r : rows) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(r[0]);
                ImGui::TableNextColumn();
                ImGui::TextDisabled("%s", r[1]);
            }
            ImGui::EndTable();
        }
        ImGui::TextDisabled("Links keep the article in the part of the URL after #, which never reaches a server.");
        if (ImGui::Button("Close")) help_open_ = false;
        if (!help_open_) ImGui::CloseCurrentPopup();
        ImGui::PopFont();
        ImGui::EndPopup();
    }
}

void App::draw_progress(float width, float height) {
    if (!waiting_ || services_.now_ms() - waiting_->since_ms < kProgressAfterMs) return;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), IM_COL32(0, 0, 0, 110));
    const ImVec2 c(width * 0.5f, height * 0.45f);
    const float r = theme_.px(22);
    // Twelve spokes; after kSpinAfterMs the lit one steps ten times a second, so a frame
    // changes only on a step and the frames between are not drawn again (platform frame()).
    constexpr int kSpokes = 12;
    const double waited = services_.now_ms() - waiting_->since_ms;
    const int lit = waited < kSpinAfterMs ? 0 : static_cast<int>((waited - kSpinAfterMs) / 100.0) % kSpokes;
    for (int i = 0; i < kSpokes; ++i) {
        const float angle = 6.2831853f * i / kSpokes;
        const ImVec2 dir(std::cos(angle), std::sin(angle));
        const int age = (lit - i + kSpokes) % kSpokes;       // 0: lit now; fades over the turn
        ImU32 col = theme_.colors().accent;
        const int alpha = 255 - age * 200 / kSpokes;
        col = (col & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
        dl->AddLine(ImVec2(c.x + dir.x * r * 0.45f, c.y + dir.y * r * 0.45f), ImVec2(c.x + dir.x * r, c.y + dir.y * r), col,
                    theme_.px(3.5f));
    }
    char msg[96];
    std::snprintf(msg, sizeof msg, "Analysing %.0f KB…", waiting_->bytes / 1024.0);
    const ImVec2 ts = fonts_.small->CalcTextSizeA(fonts_.small->FontSize, FLT_MAX, 0, msg);
    dl->AddText(fonts_.small, fonts_.small->FontSize, ImVec2(c.x - ts.x * 0.5f, c.y + r + theme_.px(10)), IM_COL32_WHITE, msg);
}

void App::frame(float width, float height, float scale) {
    load_pending_json();
    // An export frame is drawn off screen at its own size: the layout keeps the canvas's.
    if (!doc_ || capture_queue_.empty()) narrow_ = width / scale < kNarrowBelow;
    static Document empty_doc;
    if (!doc_) empty_doc.build_indexes();
    const Document& doc = doc_ ? *doc_ : empty_doc;
    if (highlight_serial_ != selection_.serial) {
        highlight_ = Highlight::of(doc, selection_);
        highlight_serial_ = selection_.serial;
    }
    handle_shortcuts();
    tab_through_controls("Lede", enter_dir_);
    enter_dir_ = 0;

    PaneContext ctx{doc, selection_, highlight_, theme_, fonts_, narrow_, touch_, doc_ ? anchor_ : DateAnchor{}};
    exporting_ = doc_ && !capture_queue_.empty();
    if (exporting_) {
        draw_export_view(width, height, ctx);
        take_export_capture();
        return;
    }
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::Begin("Lede", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
    draw_top_bar(ctx);
    draw_date_notice();
    draw_hint();
    const Palette& pal = theme_.colors();
    auto pane_title = [&](const char* title, const char* hint) {
        ImGui::PushFont(fonts_.small);
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(pal.ink_faint), "%s", title);
        if (hint) {
            ImGui::SameLine();
            ImGui::TextDisabled("%s", hint);
        }
        ImGui::PopFont();
    };
    if (!doc_ && !waiting_) {
        ImGui::Dummy(ImVec2(0, theme_.px(40)));
        ImGui::TextDisabled("Paste an article (Ctrl/Cmd+V) or use Paste / Load.");
    }
    if (narrow_) {
        if (ImGui::BeginTabBar("panes")) {
            const char* names[] = {"Article", "Actors", "Timeline"};
            for (int i = 0; i < 3; ++i) {
                // Only a tab asked for by a shortcut or command is forced; clicks work as usual.
                const ImGuiTabItemFlags flags = requested_tab_ == i ? ImGuiTabItemFlags_SetSelected : 0;
                const bool open = ImGui::BeginTabItem(names[i], nullptr, flags);
                tab_rects_[i] = ImVec4(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y, ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y);
                if (open) {
                    tab_ = i;
                    // The article's window is part of the root's Tab ring (its Copy button); arrows,
                    // Space and PageUp/PageDown in it are reading keys, not ImGui's (NoNavInputs).
                    ImGui::BeginChild(names[i], ImVec2(0, 0), false,
                                      i == 0 ? ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoNavInputs : 0);
                    if (i == 0) article_.draw(ctx);
                    else if (i == 1) graph_.draw(ctx);
                    else timeline_.draw(ctx);
                    ImGui::EndChild();
                    ImGui::EndTabItem();
                }
            }
            requested_tab_ = -1;
            ImGui::EndTabBar();
        }
    } else {
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float gap = theme_.px(8);
        const float article_w = std::floor(avail.x * 0.42f);
        ImGui::BeginChild("pane-article", ImVec2(article_w, avail.y), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoNavInputs);
        pane_title("ARTICLE", nullptr);
        article_.draw(ctx);
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("pane-right", ImVec2(0, avail.y), false, ImGuiWindowFlags_NoBackground);
        const float actors_h = std::floor(avail.y * 0.58f);
        ImGui::BeginChild("pane-actors", ImVec2(0, actors_h), false);
        pane_title("ACTORS", nullptr);
        graph_.draw(ctx);
        ImGui::EndChild();
        ImGui::Dummy(ImVec2(0, gap * 0.25f));
        ImGui::BeginChild("pane-timeline", ImVec2(0, 0), false);
        pane_title("TIMELINE", nullptr);
        timeline_.draw(ctx);
        ImGui::EndChild();
        ImGui::EndChild();
    }
    ImGui::End();
    if (article_.take_copy_request()) copy_selection();
    if (touch_.long_press_taken) gestures_.take_long_press();
    scroll_hovered_by_touch();
    draw_notices();
    draw_help();
    draw_progress(width, height);

    if (!doc_) capture_queue_.clear();
}

// The export view has been drawn for a couple of frames (a pane fits its new size on the
// first): take the picture of this one, title band included.
void App::take_export_capture() {
    if (--capture_delay_ > 0) return;
    const bool graph = capture_queue_.front() == "graph";
    capture_queue_.pop_front();
    capture_delay_ = 2;
    if (graph && graph_exporting_) {                  // the reader's view again
        graph_.end_export();
        graph_exporting_ = false;
    }
    Capture c;
    c.name = graph ? "lede-graph.png" : "lede-timeline.png";
    c.x = static_cast<int>(export_rect_.x);
    c.y = static_cast<int>(export_rect_.y);
    c.width = static_cast<int>(export_rect_.z) - c.x;
    c.height = static_cast<int>(export_rect_.w) - c.y;
    if (c.width > 0 && c.height > 0) capture_ = c;
}

std::string App::state_json() const {
    nlohmann::json s;
    s["narrow"] = narrow_;
    s["tab"] = tab_;
    s["theme"] = theme_.dark ? "dark" : "light";
    s["scale"] = theme_.scale;
    s["helpOpen"] = help_open_;
    s["showRemoved"] = article_.show_removed;
    s["findOpen"] = article_.find_open();
    s["pending"] = waiting_.has_value() || pending_json_.has_value();
    s["notice"] = notice_;
    s["noticeError"] = notice_error_;
    s["noticeSerial"] = notice_serial_;               // bumps on every notice (the same message twice too)
    nlohmann::json sel = {{"kind", selection_kind(selection_.kind)}, {"index", selection_.index}};
    if (doc_ && selection_.kind == Selection::Kind::Actor && selection_.index >= 0) sel["id"] = doc_->analysis.actors[selection_.index].id;
    s["selection"] = sel;
    nlohmann::json sentences = nlohmann::json::array(), spans = nlohmann::json::array();
    for (const Span& sp : highlight_.sentences) sentences.push_back({sp.start, sp.end});
    for (const Span& sp : highlight_.spans) spans.push_back({sp.start, sp.end});
    s["highlight"] = {{"sentences", sentences}, {"spans", spans}};
    s["articleLines"] = article_.line_count();
    s["litLines"] = article_.lit_line_count();
    s["articleSelection"] = {{"bytes", article_.selected_bytes()}};
    nlohmann::json nodes = nlohmann::json::array();
    if (doc_)
        for (const GraphNode& n : graph_.graph().nodes)
            nodes.push_back({{"id", n.actor >= 0 ? doc_->analysis.actors[n.actor].id : std::string(n.unknown == 1 ? "unknown-source" : "unknown-target")},
                             {"name", node_name(*doc_, n)}, {"x", std::round(n.x * 100) / 100}, {"y", std::round(n.y * 100) / 100}});
    s["graph"] = {{"nodes", nodes}, {"edges", graph_.graph().edges.size()}, {"zoom", graph_.zoom()}, {"showingAll", graph_.showing_all()}};
    // The graph's last drawn discs and labels (device px), for the no-overlap browser test.
    auto boxes = [](const std::vector<ScreenRect>& v) {
        nlohmann::json out = nlohmann::json::array();
        for (const ScreenRect& r : v) out.push_back({r.x0, r.y0, r.x1, r.y1});
        return out;
    };
    s["graphLabels"] = {{"discs", boxes(graph_.disc_rects())}, {"nodes", boxes(graph_.node_label_rects())}, {"edges", boxes(graph_.edge_label_rects())}};
    s["timelineItems"] = timeline_.item_count();
    s["timeline"] = {{"start", timeline_.start_day()}, {"span", timeline_.span_days()}, {"marker", timeline_.marker_label()}};
    s["articleMeta"] = article_.meta_line();
    s["graphHover"] = graph_.hover_tip();
    // The timeline's last drawn stacks (device px: mark, label, count), what lies outside the
    // view, and its counts line, for the browser tests.
    nlohmann::json stacks = nlohmann::json::array();
    for (const TimelinePane::StackRect& r : timeline_.stack_rects())
        stacks.push_back({{"mark", {r.mx0, r.my0, r.mx1, r.my1}}, {"label", {r.lx0, r.ly0, r.lx1, r.ly1}}, {"count", r.count}});
    s["timeline"]["stacks"] = stacks;
    s["timeline"]["earlier"] = timeline_.earlier_count();
    s["timeline"]["later"] = timeline_.later_count();
    s["timeline"]["stackOpen"] = timeline_.stack_open();
    s["timeline"]["axisY"] = timeline_.axis_y();
    s["timeline"]["header"] = timeline_.header();
    s["timeline"]["hover"] = timeline_.hovered_stack();
    s["article"] = {{"scroll", article_.scroll()}, {"scrollMax", article_.scroll_max()}};
    s["touchOwnsPointer"] = touch_.owns_pointer;
    s["textInput"] = ImGui::GetIO().WantTextInput;    // a text field is being typed in (the page's paste types into it)
    // Where things are on screen (device px: x0, y0, x1, y1), for tests that point, tap or
    // scroll at them with real input events.
    auto rect = [](ImVec2 a, ImVec2 b) { return nlohmann::json::array({a.x, a.y, b.x, b.y}); };
    s["rects"] = {{"article", rect(article_.view_min, article_.view_max)},
                  {"graph", rect(graph_.canvas_min, graph_.canvas_max)},
                  {"timeline", rect(timeline_.canvas_min, timeline_.canvas_max)},
                  {"copy", rect(article_.copy_min, article_.copy_max)}};
    // The control the keyboard focus is on, when ImGui draws its focus frame (tab_focus.h).
    const ImGuiContext& g = *GImGui;
    nlohmann::json focus = {{"visible", g.NavWindow && g.NavId != 0 && !g.NavDisableHighlight}};
    if (g.NavWindow && g.NavId != 0) {
        const ImRect& r = g.NavWindow->NavRectRel[g.NavLayer];
        const ImVec2 o(g.NavWindow->Pos.x - g.NavWindow->Scroll.x, g.NavWindow->Pos.y - g.NavWindow->Scroll.y);
        focus["rect"] = {o.x + r.Min.x, o.y + r.Min.y, o.x + r.Max.x, o.y + r.Max.y};
        focus["window"] = g.NavWindow->Name;
    }
    s["keyboardFocus"] = focus;
    nlohmann::json tabs = nlohmann::json::array();
    if (narrow_)
        for (const ImVec4& r : tab_rects_) tabs.push_back({r.x, r.y, r.z, r.w});
    s["tabs"] = tabs;
    auto rect4 = [](const ImVec4& r) { return nlohmann::json::array({r.x, r.y, r.z, r.w}); };
    if (doc_) {
        const DateAnchor anchor = date_anchor(doc_->analysis, date_giver_);
        s["dateline"] = {{"source", to_string(anchor.source)}, {"date", anchor.date}, {"sentence", anchor_sentence(anchor)},
                         {"field", date_field_}, {"error", date_error_}, {"fieldRect", rect4(date_field_rect_)}};
    }
    s["hint"] = {{"shown", hint_rect_.z > hint_rect_.x}, {"dismissed", hint_dismissed_}, {"rect", rect4(hint_rect_)}};
    s["graphSceneKept"] = graph_.scene_kept();
    s["framesDrawn"] = frames_drawn_;                 // frames the canvas was drawn ...
    s["framesUnchanged"] = frames_unchanged_;         // ... and frames left as they were (same draw data)
    s["atlasGlyphs"] = fonts_.body ? fonts_.body->Glyphs.Size : 0;
    // What the last frame drew (bench/page_perf.mjs): vertex upload dominates a busy frame.
    s["drawVertices"] = ImGui::GetIO().MetricsRenderVertices;
    s["drawIndices"] = ImGui::GetIO().MetricsRenderIndices;
    if (doc_) s["title"] = doc_->analysis.article.title.value_or("");
    return s.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string App::command(const std::string& line) {
    if (line.rfind("type ", 0) == 0) {                // the page: a paste while a text field is being typed in
        ImGui::GetIO().AddInputCharactersUTF8(line.c_str() + 5);
        return nlohmann::json({{"ok", true}}).dump();
    }
    std::istringstream in(line);
    std::string verb, a1, a2;
    in >> verb >> a1;
    std::getline(in >> std::ws, a2);
    nlohmann::json ok = {{"ok", true}};
    if (verb == "state") return state_json();
    if (verb == "scene-cache") {                      // bench/page_perf.mjs: "scene-cache off" redraws every frame
        graph_.cache_enabled = a1 != "off";
        return ok.dump();
    }
    if (verb == "present") {                          // bench/page_perf.mjs: "present always" draws unchanged frames too
        present_every_frame_ = a1 == "always";
        return ok.dump();
    }
    if (verb == "select" && doc_) {
        const Analysis& a = doc_->analysis;
        int index = -1;
        if (a1 == "actor") {
            index = doc_->actor(a2);
            if (index < 0 && !a2.empty() && std::isdigit(static_cast<unsigned char>(a2[0]))) index = std::atoi(a2.c_str());
            if (index >= 0 && index < static_cast<int>(a.actors.size())) selection_.set(Selection::Kind::Actor, index);
            else index = -1;
        } else if (a1 == "relation" || a1 == "time") {
            index = std::atoi(a2.c_str());
            const auto n = a1 == "time" ? a.times.size() : a.relations.size();
            if (index >= 0 && index < static_cast<int>(n)) selection_.set(a1 == "time" ? Selection::Kind::Time : Selection::Kind::Relation, index);
            else index = -1;
        } else if (a1 == "none") {
            selection_.clear();
            return ok.dump();
        }
        if (index < 0) return nlohmann::json({{"ok", false}, {"error", "no such item"}}).dump();
        return ok.dump();
    }
    if (verb == "graph-all") {                        // tests: every actor in the graph, or the most connected
        graph_.set_show_all(a1 == "on");
        return ok.dump();
    }
    if (verb == "tab") {
        requested_tab_ = a1 == "graph" || a1 == "actors" ? 1 : a1 == "timeline" ? 2 : 0;
        tab_ = requested_tab_;
        return ok.dump();
    }
    if (verb == "theme") {
        theme_.dark = a1 != "light";
        theme_.apply();
        return ok.dump();
    }
    if (verb == "removed") {
        article_.show_removed = a1 == "on";
        return ok.dump();
    }
    if (verb == "help") {
        help_open_ = a1 != "off";
        return ok.dump();
    }
    if (verb == "export") {
        export_item(a1);
        return ok.dump();
    }
    if (verb == "copy-link") {
        copy_link();
        return ok.dump();
    }
    if (verb == "selection") {                        // web/lede-text.js: what a copy event puts on the clipboard
        return nlohmann::json({{"text", article_.selected_text()}}).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    if (verb == "select-text") {                      // "all", "none", or "key": Ctrl/Cmd+A (lede-text.js)
        if (a1 == "all") article_.select_all_text();
        else if (a1 == "key") article_.select_all_if_focused();
        else article_.clear_text_selection();
        return ok.dump();
    }
    if (verb == "press") {                            // lede-text.js: the browser's click count and Shift of a press
        article_.press_hint(std::atoi(a1.c_str()), a2 == "shift");
        return ok.dump();
    }
    if (verb == "copied") {
        article_.copied(ImGui::GetTime());
        return ok.dump();
    }
    if (verb == "article-where") {
        ImVec4 r;
        if (!article_.where(static_cast<std::size_t>(std::atoll(a1.c_str())), r)) return nlohmann::json({{"ok", false}}).dump();
        return nlohmann::json({{"ok", true}, {"rect", {r.x, r.y, r.z, r.w}}}).dump();
    }
    if (verb == "focus-control") {                    // the page's focus came to the canvas by Tab / Shift+Tab
        enter_dir_ = a1 == "last" ? -1 : +1;
        return ok.dump();
    }
    if (verb == "hint") {                             // the page: "off" once the reader brought an article
        hint_dismissed_ = a1 == "off";
        return ok.dump();
    }
    if (verb == "dateline") {                         // as typing it in the no-date notice's field
        redate(a1);
        return nlohmann::json({{"ok", date_error_.empty()}, {"error", date_error_}}).dump();
    }
    if (verb == "find") {
        article_.open_find();
        return ok.dump();
    }
    return nlohmann::json({{"ok", false}, {"error", "unknown command"}}).dump();
}

}  // namespace lede::app
