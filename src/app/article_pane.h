// article_pane.h — the Article pane: the cleaned title, meta line (byline, date, outlet),
// warnings, and the text wrapped in paragraphs with actor mentions coloured by type, time
// expressions underlined (hover: type, canonical name, normalised value; click: select),
// the selection's sentences lit, find (Ctrl/Cmd+F) and "show removed" (cleaned-away
// pieces of the input, greyed, each with its reason).
//
// Text can be selected as in a browser (drag, double press: a word, triple press: a paragraph,
// Shift+press or Shift+arrows: extend, a long press on a touch screen: a word, Ctrl/Cmd+A while
// the pane has the pointer's last press: all of it); a
// "Copy" button shows over the pane while something is selected. The selection is kept as
// places in the text (text_selection.h), so it survives scrolling and re-wrapping; the
// platform puts selected_text() on the clipboard (a copy event, or the button through App).
//
// Keys scroll it as a reader expects (PageUp/PageDown, Space/Shift+Space, Home/End, arrows).
// Text is laid out once per width (word wrap by the font's own metrics) and only the
// visible lines are drawn, so long articles scroll at full speed.
#pragma once

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/pane_context.h"
#include "app/text_selection.h"

namespace lede::app {

class ArticlePane {
public:
    void draw(PaneContext& ctx);
    void reset();                                     // a new document arrived
    void open_find();
    bool show_removed = false;
    bool find_open() const { return find_open_; }
    // Test hook facts: lines laid out, lines lit by the selection.
    int line_count() const { return static_cast<int>(lines_.size()); }
    int lit_line_count() const { return lit_lines_; }
    float scroll() const { return scroll_; }          // last frame's, device px
    std::string meta_line() const;                    // the meta line as drawn (byline · date · outlet), test hook
    float scroll_max() const { return scroll_max_; }
    ImVec2 view_min, view_max;                        // last frame's scrolling view (test hook)
    ImVec2 copy_min, copy_max;                        // last frame's Copy button; empty when not shown (test hook)

    // The text selection: what it holds, as the clipboard gets it (blocks joined by blank lines).
    bool has_text_selection() const { return !text_sel_.empty(); }
    std::string selected_text() const { return text_sel_.text(views_); }
    std::size_t selected_bytes() const;
    void select_all_text() { text_sel_.select_all(views_); }
    // Ctrl/Cmd+A as the platform saw it (a key pressed and released between two frames never
    // reaches ImGui 1.86): selects all when the pane has the last press.
    void select_all_if_focused() {
        if (focused_) text_sel_.select_all(views_);
    }
    // The platform's count and Shift state of the press about to be read (a browser's
    // MouseEvent.detail follows the system's double-click speed and sees presses that come
    // within one frame, which ImGui's own count misses); 0: use ImGui's.
    void press_hint(int clicks, bool shift) {
        hint_clicks_ = clicks;
        hint_shift_ = shift;
    }
    void clear_text_selection() { text_sel_.clear(); }
    // The "Copy" button was pressed since the last call.
    bool take_copy_request() {
        const bool r = copy_requested_;
        copy_requested_ = false;
        return r;
    }
    void copied(double now_s) { copied_at_ = now_s; }  // shows "Copied" on the button a moment
    // Test hook: where the character at byte `offset` of article.text was drawn last frame
    // (device px: x0, y0, x1, y1); false when it is not laid out.
    bool where(std::size_t offset, ImVec4& rect) const;

private:
    enum class BlockKind { Title, Meta, Warning, Paragraph, Heading, Quote, ListItem, Removed };
    struct Block {
        BlockKind kind = BlockKind::Paragraph;
        const std::string* source = nullptr;          // article.text, or own
        std::string own;                              // text owned by the block (title, meta, removed)
        std::size_t start = 0, end = 0;               // bytes of *source
        std::string tag;                              // removed: the reason
    };
    struct Line {
        int block = 0;
        std::size_t start = 0, end = 0;
        float y = 0;
    };

    // Where a laid-out line is drawn this frame, and the screen x of a byte of it.
    struct LineGeometry {
        ImFont* font;
        float x0, y0;                                 // the line's top-left, device px
        const char* base;                             // its block's source bytes
        const Line& line;
        float x_at(std::size_t off) const {
            return x0 + font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, base + line.start, base + std::clamp(off, line.start, line.end)).x;
        }
    };
    void ensure_layout(const PaneContext& ctx, float width);
    void scroll_to_selection(const PaneContext& ctx, float view_h);
    void draw_line(const PaneContext& ctx, const Line& line, float scroll, float view_h, bool hovered, const Mark*& hover_mark);
    void draw_article_marks(const PaneContext& ctx, const LineGeometry& g, float top, float bottom, bool hovered, const Mark*& hover_mark);
    void mark_pointer(PaneContext& ctx, const Mark* hover_mark, bool hovered);
    void build_blocks(const PaneContext& ctx);
    void layout(const PaneContext& ctx, float width);
    void draw_find_bar(PaneContext& ctx);
    void scroll_by_keys(const PaneContext& ctx, float view_h);
    void update_matches(const std::string& text);
    struct Hit {
        TextPos caret, under;                         // the nearest character boundary; the character under the pointer
    };
    Hit hit_test(const PaneContext& ctx, ImVec2 point) const;
    float line_x(const Fonts& fonts, const Theme& theme, const Line& line, std::size_t offset) const;  // screen x, device px
    void select_by_pointer(const PaneContext& ctx, bool hovered, ImVec2 button_min, ImVec2 button_max);
    void extend_by_keys(const PaneContext& ctx);
    void draw_copy_button(const PaneContext& ctx, ImVec2 top_right);
    ImFont* font_of(const Fonts& fonts, BlockKind kind) const;
    float indent_of(const Theme& theme, BlockKind kind) const;

    std::vector<Block> blocks_;
    std::vector<Line> lines_;
    float laid_width_ = -1, total_height_ = 0, laid_scale_ = 0;
    bool laid_removed_ = false;
    const Document* laid_doc_ = nullptr;
    unsigned seen_serial_ = 0;
    int lit_lines_ = 0;
    ImVec2 origin_;                                   // last frame's screen position of the text's top-left
    float left_ = 0;                                  // the text column's left edge, from origin_
    const Fonts* fonts_ = nullptr;                    // last frame's (App's, which outlive the pane)
    const Theme* theme_ = nullptr;

    std::vector<TextBlockView> views_;                // blocks_ as the selection model sees them
    TextSelection text_sel_;
    bool selecting_ = false;                          // the primary button went down on the text and is held
    bool focused_ = false;                            // the last press landed in this pane (Ctrl/Cmd+A is its)
    bool copy_requested_ = false;
    int hint_clicks_ = 0;
    bool hint_shift_ = false;
    double copied_at_ = -10;
    float scroll_ = 0, scroll_max_ = 0;

    bool find_open_ = false, find_focus_ = false;
    char query_[256] = {};
    std::string matched_query_;
    std::vector<Span> matches_;
    int current_match_ = -1;
    bool scroll_to_match_ = false;
};

}  // namespace lede::app
