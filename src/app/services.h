// services.h — what the ImGui app asks of its platform (the web page today): run an
// analysis, tell the page an analysis is on screen, put a link or text on the clipboard, save a
// file, open the paste dialog. The app never includes a platform header;
// src/platform/web implements this.
#pragma once

#include <string>
#include <vector>

namespace lede::app {

// Text for the core to analyse (or the sample bundled with it).
struct AnalysisRequest {
    std::string text;
    bool raw = false;                                 // the text is the article: no cleaning
    std::string dateline;                             // "YYYY-MM-DD[THH:MM]" or empty; ignored if invalid
    bool sample = false;                              // analyse the bundled sample instead of `text`
    // A share link's article instead of `text`, decoded by the page and packed for the worker
    // (share/worker_fields.h): the worker analyses its text with the link's title, byline,
    // date and paragraphs as the article's.
    std::string shared;
    std::string origin;                               // "share", "sample", ...: passed back with the result
};

class Services {
public:
    virtual ~Services() = default;
    // Runs the core off the UI thread; the platform answers with App::analysis_started,
    // then App::analysis_ready or App::analysis_failed.
    virtual void request_analysis(const AnalysisRequest& request) = 0;
    // A new analysis is on screen: its JSON and a small JSON object of facts (ms, origin).
    virtual void analysed(const std::string& analysis_json, const std::string& info_json) = 0;
    // The result of opening a share link (ok, or a message saying what is wrong).
    virtual void share_opened(bool ok, const std::string& message, const std::string& fragment) = 0;
    // Build "<page>#a=<fragment>" and put it on the clipboard.
    virtual void copy_link(const std::string& fragment) = 0;
    virtual void download(const std::string& name, const std::string& mime, const std::string& bytes) = 0;
    // RGBA rows bottom-up, as glReadPixels gives them.
    virtual void download_png(const std::string& name, int width, int height, const std::vector<unsigned char>& rgba) = 0;
    virtual void open_paste_dialog() = 0;
    // Put text the reader selected on the system clipboard (the Article pane's Copy button).
    virtual void copy_text(const std::string& text) { (void)text; }
    // Tab went past the canvas's last control (dir +1) or Shift+Tab before its first (-1):
    // the page's focus moves to its next (previous) element (tab_focus.h).
    virtual void leave_canvas(int dir) { (void)dir; }
    virtual double now_ms() = 0;
};

}  // namespace lede::app
