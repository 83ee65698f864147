// app.h — the Lede canvas: one frame function that draws the top bar (Paste / Load, Copy
// link, Export, Show removed, Find, theme, help) and the three panes (Article, Actors,
// Timeline) side by side on wide screens or as tabs on a phone, with a notice above them
// when the article shows no publication date (dateline.h: what relative dates were counted
// from, and a field to give the date) and a first-visit hint over the sample; turns an analysis
// (the core's JSON, from the platform's analysis worker, or a saved file) into the
// Document the panes read.
//
// Platform-free: the platform (src/platform/web) feeds input and the screen size, calls
// `frame()` between ImGui::NewFrame and ImGui::Render, reads pixels when `capture()` asks
// for a PNG, and implements `Services`. The app never runs the analysis itself: it asks
// the platform (Services::request_analysis), which runs the core off the UI thread, so the
// canvas draws (and its progress indicator turns) while an article is analysed.
#pragma once

#include <memory>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

#include "app/article_pane.h"
#include "app/dateline.h"
#include "app/fonts.h"
#include "app/graph_pane.h"
#include "app/pane_context.h"
#include "app/services.h"
#include "app/timeline_pane.h"
#include "app/touch_gestures.h"
#include "share/share_link.h"

namespace lede::app {

class App {
public:
    App(Services& services, std::string font_path);

    // Input. An analysis the platform started (a paste, the sample, a restored article) is
    // announced by analysis_started and arrives by analysis_ready or analysis_failed.
    void load_sample();
    void open_share(const std::string& fragment);
    void analysis_started(double bytes);
    // `json` is the core's `lede.analysis/1` output; `text`/`html` are the flavours it was
    // asked about (removed[] points into the one its "input" names); `origin` says where it came from.
    void analysis_ready(std::string_view json, std::string_view text, std::string_view html, double ms,
                        const std::string& origin);
    void analysis_failed(const std::string& message);
    // A saved `lede.analysis/1` JSON (an export, or bench/page_stress_input.mjs output);
    // read at the start of the next frame.
    void load_analysis_json(std::string json);
    void notice(std::string message, bool error);

    // Pointer input the platform takes from the browser itself (its GLFW gets both wrong):
    // the wheel in ImGui notches (positive: away from the reader, i.e. scroll up / zoom in;
    // fractional from trackpads), touches in device pixels (TouchGestures::Phase).
    void wheel(float notches_x, float notches_y);
    void touch(int phase, int id, float x, float y, double t_ms);
    void mouse_moved() { gestures_.mouse_moved(); }
    // Between the platform backend's NewFrame and ImGui::NewFrame: the wheel and touch since
    // the last frame go into ImGui's io (a touch drives the pointer until the mouse moves).
    void feed_input();

    // Between ImGui::Render() and drawing: panes that skipped an unchanged scene restore it.
    void after_render(ImDrawData& data);
    // Fonts: the platform rebuilds the GPU texture when this returns true.
    bool ensure_fonts(float scale);

    // Draws one frame into the current ImGui context; `width`/`height` in device pixels.
    void frame(float width, float height, float scale);

    // While a PNG export is under way, the size (device px) its frames are drawn at instead of
    // the canvas's: bigger than any screen, so the picture holds the whole pane at a useful
    // resolution. The platform draws those frames off screen (the canvas keeps showing the
    // page) and passes this size to frame().
    std::optional<ImVec2> export_frame_size(float width, float height, float scale) const;

    // A PNG export request for the last frame's pixels (device pixels, top-left origin).
    struct Capture {
        std::string name;
        int x = 0, y = 0, width = 0, height = 0;
    };
    std::optional<Capture> take_capture();
    void captured(const Capture& capture, const std::vector<unsigned char>& rgba);

    // What the platform did with the last frame: drew it, or left the canvas as it was
    // because the frame's draw data matched what is on screen (counted for state()).
    void frame_presented(bool drawn) { ++(drawn ? frames_drawn_ : frames_unchanged_); }
    // "present always" (bench/page_perf.mjs): draw every frame, changed or not.
    bool present_every_frame() const { return present_every_frame_; }
    // The last frame drew a new graph scene, which the graph does only when something in it
    // changed (pan, zoom, drag, a moving layout, hover, selection...): that frame differs.
    bool graph_scene_drawn() const { return graph_.scene_drawn(); }
    // An article or a message: what makes a frame worth drawing at start-up (see web_main).
    bool has_something_to_show() const { return doc_ != nullptr || !notice_.empty(); }

    // Re-analyses the article on screen with `dateline` ("YYYY-MM-DD[THH:MM]", checked) as
    // its publication date, given by the reader: the date field of the no-date notice.
    void redate(const std::string& dateline);

    // Test and automation hook: "state", "select actor a1", "select time 0", "tab graph",
    // "theme light", "removed on", "export json|relations|timeline|graph|timeline-png",
    // "copy-link", "find <text>", "scene-cache on|off", "present always|changed",
    // "selection" (the Article pane's selected text, what a copy takes), "select-text all|none|key",
    // "press <clicks> [shift]" (the browser's count of the press the next frame reads),
    // "copied" (a copy took it), "article-where <byte>" (where a character of article.text is
    // drawn),
    // "hint on|off" (the page says whether the first-visit hint was dismissed),
    // "dateline YYYY-MM-DD", "focus-control first|last" (the page's focus came to the canvas
    // by Tab or Shift+Tab: its first or last control takes it). Returns JSON.
    std::string command(const std::string& line);

private:
    struct Waiting {                                  // an analysis in the worker
        double bytes = 0;
        double since_ms = 0;
    };
    void load_pending_json();
    // `json`: the document's analysis as the JSON it was read from, when nothing was changed
    // after reading it (published as is, not written again); empty: it is serialised.
    void show(std::unique_ptr<Document> doc, double ms, const std::string& origin, std::string json);
    void publish(const std::string& origin, const std::string& json);
    void draw_top_bar(PaneContext& ctx);
    void draw_date_notice();                          // no publication date: say so, offer the field
    void draw_hint();                                 // first visit: "This is a sample..."
    void draw_export_view(float width, float height, PaneContext& ctx);
    void take_export_capture();
    void draw_notices();
    void draw_help();
    void draw_progress(float width, float height);
    void handle_shortcuts();
    void scroll_hovered_by_touch();
    void export_item(const std::string& what);
    void copy_link();
    void copy_selection();
    std::string state_json() const;

    Services& services_;
    std::string font_path_;
    Theme theme_;
    Fonts fonts_;
    GlyphCoverage glyphs_;                            // the characters articles brought so far
    bool glyphs_stale_ = false;                       // the atlas lacks some of them
    std::unique_ptr<Document> doc_;
    Selection selection_;
    Highlight highlight_;
    unsigned highlight_serial_ = ~0u;
    std::optional<Waiting> waiting_;
    std::optional<std::string> pending_json_;         // a saved analysis to read next frame
    // A share link being analysed (one opened, or one made to analyse again an article with
    // no input of the page's own: see redate): the worker lays its fields over the article
    // (AnalyzeOptions::article); the page only says who gave the date.
    struct LinkRequest {
        std::string fragment;
        DateGiver giver = DateGiver::None;
        bool from_share = false;                      // the article came from a share link
        bool keep = false;                            // kept for the next visit (share_opened) once shown
    };
    std::optional<LinkRequest> link_;
    ArticlePane article_;
    GraphPane graph_;
    TimelinePane timeline_;
    int tab_ = 0;                                     // narrow layout: 0 article, 1 actors, 2 timeline
    int requested_tab_ = -1;                          // a tab to bring forward on the next frame
    ImVec4 tab_rects_[3];                             // narrow layout: the tabs on screen (test hook)
    bool help_open_ = false;
    bool present_every_frame_ = false;
    long frames_drawn_ = 0, frames_unchanged_ = 0;
    bool narrow_ = false;
    std::string notice_;
    bool notice_error_ = false;
    long notice_serial_ = 0;
    double notice_until_ = 0;
    std::optional<Capture> capture_;
    int capture_delay_ = 0;
    // PNG exports asked for and not yet taken, oldest first: one capture per frame, so
    // "graph" then "timeline-png" in quick succession gives two files, not one.
    std::deque<std::string> capture_queue_;
    // Honest dates (dateline.h): who gave the publication date of the article on screen, the
    // date field's text and what is wrong with it.
    DateGiver date_giver_ = DateGiver::None;
    DateAnchor anchor_;                               // of the article on screen, with date_giver_ (show())
    bool doc_from_input_ = false;                     // the page holds the input the doc came from
    char date_field_[40] = {};
    std::string date_error_;
    ImVec4 date_field_rect_{0, 0, 0, 0};
    // The first-visit hint over the sample, until the first article of the reader's own
    // (the page remembers that in IndexedDB and says "hint off"), or closed for this visit.
    bool hint_dismissed_ = false;
    bool hint_closed_ = false;
    ImVec4 hint_rect_{0, 0, 0, 0};
    // A PNG export draws its pane alone over the whole canvas, with a title, for the frames
    // until its capture (see draw_export_view).
    bool exporting_ = false;
    bool graph_exporting_ = false;                    // the graph's view is the export's (GraphPane::begin_export)
    ImVec4 export_rect_{0, 0, 0, 0};                  // device px: x0, y0, x1, y1 of the picture
    int enter_dir_ = 0;                               // the page's focus came by Tab (+1) or Shift+Tab (-1)
    TouchGestures gestures_;
    TouchFrame touch_;                                // this frame's
    float wheel_x_ = 0, wheel_y_ = 0;                 // notches since the last frame
};

}  // namespace lede::app
