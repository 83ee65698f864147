// article_pane.h — the Article pane: the cleaned title, meta line (byline, date, outlet),
// warnings, and the text wrapped in paragraphs with actor mentions coloured by type, time
// expressions underlined (hover: type, canonical name, normalised value; click: select),
// the selection's sentences lit, find (Ctrl/Cmd+F) and "show removed" (cleaned-away
// pieces of the input, greyed, each with its reason).
//
// Keys scroll it as a reader expects (PageUp/PageDown, Space/Shift+Space, Home/End, arrows).
// Text is laid out once per width (word wrap by the font's own metrics) and only the
// visible lines are drawn, so long articles scroll at full speed.
#pragma once

#include <string>
#include <vector>

#include "app/pane_context.h"

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
    float scroll_max() const { return scroll_max_; }
    ImVec2 view_min, view_max;                        // last frame's scrolling view (test hook)

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

    void build_blocks(const PaneContext& ctx);
    void layout(const PaneContext& ctx, float width);
    void draw_find_bar(PaneContext& ctx);
    void scroll_by_keys(const PaneContext& ctx, float view_h);
    void update_matches(const std::string& text);
    ImFont* font_of(const PaneContext& ctx, BlockKind kind) const;
    float indent_of(const PaneContext& ctx, BlockKind kind) const;

    std::vector<Block> blocks_;
    std::vector<Line> lines_;
    float laid_width_ = -1, total_height_ = 0, laid_scale_ = 0;
    bool laid_removed_ = false;
    const Document* laid_doc_ = nullptr;
    unsigned seen_serial_ = 0;
    int lit_lines_ = 0;
    float scroll_ = 0, scroll_max_ = 0;

    bool find_open_ = false, find_focus_ = false;
    char query_[256] = {};
    std::string matched_query_;
    std::vector<Span> matches_;
    int current_match_ = -1;
    bool scroll_to_match_ = false;
};

}  // namespace lede::app
