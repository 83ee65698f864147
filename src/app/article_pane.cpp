// article_pane.cpp — layout and drawing of the article. Offsets stay UTF-8 byte offsets
// from the core all the way to the screen: a line is a byte range of its block's source,
// and the x of any offset is the font's width of the bytes before it on that line.
#include "app/article_pane.h"

#include <algorithm>
#include <cfloat>
#include <cstring>

namespace lede::app {
namespace {

constexpr float kLineSpacing = 1.5f;

std::string month_day(const std::string& iso) {
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
    const int m = std::atoi(iso.substr(5, 2).c_str());
    if (m < 1 || m > 12) return iso;
    std::string out = std::to_string(std::atoi(iso.substr(8, 2).c_str())) + " " + months[m - 1] + " " + iso.substr(0, 4);
    if (iso.size() >= 16 && iso[10] == 'T') out += ", " + iso.substr(11, 5);
    return out;
}

// A removed piece of the input, made printable: whitespace runs become one space and long
// pieces are cut (at a UTF-8 boundary) with an ellipsis.
std::string printable_piece(const std::string& input, Span span) {
    std::string out;
    const std::size_t end = std::min(span.end, input.size());
    for (std::size_t i = span.start; i < end && out.size() < 280; ++i) {
        const unsigned char c = static_cast<unsigned char>(input[i]);
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else if (c >= 0x20) {
            out += static_cast<char>(c);
        }
    }
    if (end - span.start > 280) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
        if (!out.empty()) out.pop_back();
        out += "…";
    }
    return out;
}

std::size_t next_char(const std::string& s, std::size_t i) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    return i;
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void ArticlePane::reset() {
    text_sel_.clear();
    selecting_ = false;
    laid_width_ = -1;
    laid_doc_ = nullptr;
    matched_query_.clear();
    matches_.clear();
    current_match_ = -1;
}

void ArticlePane::open_find() {
    find_open_ = true;
    find_focus_ = true;
}

ImFont* ArticlePane::font_of(const Fonts& fonts, BlockKind kind) const {
    switch (kind) {
        case BlockKind::Title: return fonts.title;
        case BlockKind::Meta:
        case BlockKind::Warning:
        case BlockKind::Removed: return fonts.small;
        default: return fonts.body;
    }
}

float ArticlePane::indent_of(const Theme& theme, BlockKind kind) const {
    switch (kind) {
        case BlockKind::Quote: return theme.px(22);
        case BlockKind::ListItem: return theme.px(20);
        case BlockKind::Removed: return theme.px(12);
        case BlockKind::Warning: return theme.px(10);
        default: return 0;
    }
}

void ArticlePane::build_blocks(const PaneContext& ctx) {
    blocks_.clear();
    const Analysis& a = ctx.doc.analysis;
    auto own_block = [&](BlockKind kind, std::string text, std::string tag = {}) {
        Block b;
        b.kind = kind;
        b.own = std::move(text);
        b.end = b.own.size();
        b.tag = std::move(tag);
        blocks_.push_back(std::move(b));
    };
    if (a.article.title) own_block(BlockKind::Title, *a.article.title);
    std::string meta;
    auto add_meta = [&](const std::string& s) { meta += (meta.empty() ? "" : "  ·  ") + s; };
    if (a.article.byline) add_meta("By " + *a.article.byline);
    // The publication date, said as what it is (dateline.h): a date read inside the text is not
    // one; a stand-in (first date in the text, today) is the notice's, not the meta line's.
    if (a.article.published) {
        switch (ctx.anchor.source) {
            case AnchorSource::FromBody: add_meta("date from the text: " + month_day(*a.article.published)); break;
            case AnchorSource::GivenByReader: add_meta(month_day(*a.article.published) + " (date you gave)"); break;
            case AnchorSource::GivenByLink: add_meta(month_day(*a.article.published) + " (date given with the link)"); break;
            case AnchorSource::FirstDateInText:
            case AnchorSource::Today: break;
            case AnchorSource::Article:
            case AnchorSource::Unknown: add_meta(month_day(*a.article.published)); break;
        }
    }
    if (a.article.outlet) add_meta(*a.article.outlet);
    if (ctx.doc.from_share) add_meta("opened from a link");
    if (!meta.empty()) own_block(BlockKind::Meta, meta);
    for (const Warning& w : a.warnings)
        if (w.code != "no-dateline") own_block(BlockKind::Warning, "⚠ " + w.message, w.code);

    // Removed pieces go before the first paragraph that comes after them in the input.
    std::vector<std::pair<std::size_t, std::size_t>> para_input;  // paragraph -> input offset
    for (const Paragraph& p : a.article.paragraphs) {
        std::size_t in = SIZE_MAX;
        for (const OriginRun& r : a.article.origin)
            if (r.span.end > p.span.start && r.span.start < p.span.end) {
                in = r.input_start + (p.span.start > r.span.start ? p.span.start - r.span.start : 0);
                break;
            }
        para_input.push_back({in, 0});
    }
    std::size_t next_removed = 0;
    std::vector<const Removed*> removed;
    if (show_removed)
        for (const Removed& r : a.removed) removed.push_back(&r);
    std::sort(removed.begin(), removed.end(), [](const Removed* x, const Removed* y) { return x->span.start < y->span.start; });
    auto flush_removed = [&](std::size_t before_input) {
        while (next_removed < removed.size() && removed[next_removed]->span.start < before_input) {
            const Removed& r = *removed[next_removed++];
            std::string piece = printable_piece(ctx.doc.input, r.span);
            if (!piece.empty()) own_block(BlockKind::Removed, piece, r.reason);
        }
    };
    const std::string& text = a.article.text;
    std::vector<Paragraph> paragraphs = a.article.paragraphs;
    if (paragraphs.empty() && !text.empty()) paragraphs.push_back({{0, text.size()}, ParagraphKind::Paragraph});
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const Paragraph& p = paragraphs[i];
        if (p.span.end > text.size() || p.span.start >= p.span.end) continue;
        if (i < para_input.size() && para_input[i].first != SIZE_MAX) flush_removed(para_input[i].first);
        Block b;
        b.source = &text;
        b.start = p.span.start;
        b.end = p.span.end;
        switch (p.kind) {
            case ParagraphKind::Heading: b.kind = BlockKind::Heading; break;
            case ParagraphKind::Quote: b.kind = BlockKind::Quote; break;
            case ParagraphKind::ListItem: b.kind = BlockKind::ListItem; break;
            case ParagraphKind::Paragraph: b.kind = BlockKind::Paragraph; break;
        }
        blocks_.push_back(std::move(b));
    }
    flush_removed(SIZE_MAX);
    views_.clear();
    for (Block& b : blocks_) {
        if (!b.source) b.source = &b.own;
        views_.push_back({*b.source, b.start, b.end});
    }
}

void ArticlePane::layout(const PaneContext& ctx, float width) {
    lines_.clear();
    float y = ctx.theme.px(6);
    for (int bi = 0; bi < static_cast<int>(blocks_.size()); ++bi) {
        const Block& b = blocks_[bi];
        ImFont* font = font_of(ctx.fonts, b.kind);
        const float line_h = font->FontSize * (b.kind == BlockKind::Title ? 1.25f : kLineSpacing);
        const float wrap = std::max(ctx.theme.px(60), width - indent_of(ctx.theme, b.kind) - (b.kind == BlockKind::Removed ? ctx.theme.px(110) : 0));
        const char* base = b.source->data();
        std::size_t s = b.start;
        while (s < b.end) {
            std::size_t hard = b.source->find('\n', s);
            if (hard == std::string::npos || hard > b.end) hard = b.end;
            const char* eol = font->CalcWordWrapPositionA(1.0f, base + s, base + hard, wrap);
            std::size_t e = static_cast<std::size_t>(eol - base);
            if (e <= s) e = next_char(*b.source, s);
            lines_.push_back({bi, s, std::min(e, b.end), y});
            y += line_h;
            s = e;
            while (s < b.end && ((*b.source)[s] == ' ' || (*b.source)[s] == '\n')) ++s;
        }
        y += b.kind == BlockKind::Title ? ctx.theme.px(6) : b.kind == BlockKind::Removed ? ctx.theme.px(4) : font->FontSize * 0.75f;
    }
    total_height_ = y + ctx.theme.px(40);
}

void ArticlePane::update_matches(const std::string& text) {
    const std::string q = query_;
    if (q == matched_query_) return;
    matched_query_ = q;
    matches_.clear();
    current_match_ = -1;
    if (q.empty()) return;
    for (std::size_t i = 0; i + q.size() <= text.size() && matches_.size() < 10000; ++i) {
        std::size_t k = 0;
        while (k < q.size() && ascii_lower(text[i + k]) == ascii_lower(q[k])) ++k;
        if (k == q.size()) {
            matches_.push_back({i, i + q.size()});
            i += q.size() - 1;
        }
    }
    if (!matches_.empty()) {
        current_match_ = 0;
        scroll_to_match_ = true;
    }
}

void ArticlePane::draw_find_bar(PaneContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::PushFont(ctx.fonts.small);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Find");
    ImGui::SameLine();
    if (find_focus_) {
        ImGui::SetKeyboardFocusHere();
        find_focus_ = false;
    }
    ImGui::SetNextItemWidth(std::min(ctx.theme.px(260), ImGui::GetContentRegionAvail().x * 0.5f));
    const bool enter = ImGui::InputText("##find", query_, sizeof query_, ImGuiInputTextFlags_EnterReturnsTrue);
    update_matches(ctx.doc.analysis.article.text);
    if (enter && !matches_.empty()) {
        const int n = static_cast<int>(matches_.size());
        current_match_ = ((current_match_ + (io.KeyShift ? -1 : 1)) % n + n) % n;
        scroll_to_match_ = true;
        ImGui::SetKeyboardFocusHere(-1);
    }
    ImGui::SameLine();
    if (matches_.empty()) ImGui::TextDisabled(query_[0] ? "no match" : "type to search");
    else ImGui::Text("%d of %d", current_match_ + 1, static_cast<int>(matches_.size()));
    ImGui::SameLine();
    if (ImGui::SmallButton("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        find_open_ = false;
        query_[0] = 0;
        update_matches(ctx.doc.analysis.article.text);
    }
    ImGui::PopFont();
}

// The reading keys, while no text field has the keyboard, no popup is open and the reader is
// not moving the keyboard focus between controls (arrows and Space are ImGui's there).
// ImGui's own keyboard navigation is off for the article's window (NoNavInputs), so a key
// scrolls once, by these rules.
void ArticlePane::scroll_by_keys(const PaneContext& ctx, float view_h) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || io.NavVisible || io.KeyCtrl || io.KeyAlt || io.KeySuper ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        return;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); };
    const float line = ctx.fonts.body->FontSize * kLineSpacing;
    const float page = std::max(line, view_h - 2 * line);   // a page less two lines kept for context
    float y = ImGui::GetScrollY();
    const float was = y;
    if (pressed(ImGuiKey_PageDown)) y += page;
    if (pressed(ImGuiKey_PageUp)) y -= page;
    if (pressed(ImGuiKey_Space)) y += io.KeyShift ? -page : page;
    // Shift+arrows extend the text selection instead (extend_by_keys).
    const bool arrows_select = io.KeyShift && focused_ && text_sel_.placed();
    if (!arrows_select && pressed(ImGuiKey_DownArrow)) y += 2 * line;
    if (!arrows_select && pressed(ImGuiKey_UpArrow)) y -= 2 * line;
    if (pressed(ImGuiKey_Home)) y = 0;
    if (pressed(ImGuiKey_End)) y = ImGui::GetScrollMaxY();
    if (y != was) ImGui::SetScrollY(std::clamp(y, 0.0f, ImGui::GetScrollMaxY()));
}

float ArticlePane::line_x(const Fonts& fonts, const Theme& theme, const Line& line, std::size_t offset) const {
    const Block& b = blocks_[line.block];
    ImFont* font = font_of(fonts, b.kind);
    const char* base = b.source->data();
    return origin_.x + left_ + indent_of(theme, b.kind) +
           font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, base + line.start, base + std::clamp(offset, line.start, line.end)).x;
}

// The pointer as places in the text, measured exactly as the lines are drawn (one AddText a
// line, so a character's x is the width of the line's bytes before it): highlights are drawn
// under the text and never move it. Above the text is its start; below it, its end.
ArticlePane::Hit ArticlePane::hit_test(const PaneContext& ctx, ImVec2 point) const {
    if (lines_.empty()) return {};
    const float ly = point.y - origin_.y;
    if (ly < lines_.front().y) {
        const TextPos p{lines_.front().block, lines_.front().start};
        return {p, p};
    }
    auto it = std::upper_bound(lines_.begin(), lines_.end(), ly, [](float v, const Line& l) { return v < l.y; });
    const Line& line = *std::prev(it);
    const Block& b = blocks_[line.block];
    ImFont* font = font_of(ctx.fonts, b.kind);
    const float line_h = font->FontSize * (b.kind == BlockKind::Title ? 1.25f : kLineSpacing);
    if (it == lines_.end() && ly > line.y + line_h) {
        const TextPos p{line.block, line.end};
        return {p, p};
    }
    const char* base = b.source->data();
    float x = line_x(ctx.fonts, ctx.theme, line, line.start);
    if (point.x <= x) return {{line.block, line.start}, {line.block, line.start}};
    for (std::size_t p = line.start; p < line.end;) {
        const std::size_t q = next_char(*b.source, p);
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, base + p, base + q).x;
        if (point.x < x + w) return {{line.block, point.x < x + w * 0.5f ? p : q}, {line.block, p}};
        x += w;
        p = q;
    }
    std::size_t last = line.end;
    while (last > line.start && (static_cast<unsigned char>((*b.source)[last - 1]) & 0xC0) == 0x80) --last;
    return {{line.block, line.end}, {line.block, last > line.start ? last - 1 : line.start}};
}

// Press, drag (with the view scrolling when the pointer leaves it), Ctrl/Cmd+A and Esc. A press
// on the scroll bar or the Copy button is theirs.
void ArticlePane::select_by_pointer(const PaneContext& ctx, bool hovered, ImVec2 button_min, ImVec2 button_max) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 mouse = io.MousePos;
    const float text_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::IsMouseClicked(0)) {
        const bool on_button = has_text_selection() && ImGui::IsMouseHoveringRect(button_min, button_max, false);
        focused_ = hovered;
        const int clicks = hint_clicks_ > 0 ? hint_clicks_ : ImGui::GetMouseClickedCount(0);
        const bool shift = hint_clicks_ > 0 ? hint_shift_ : io.KeyShift;
        hint_clicks_ = 0;
        if (hovered && !on_button && mouse.x < text_right && !ImGui::IsAnyItemActive()) {
            const Hit h = hit_test(ctx, mouse);
            text_sel_.press(views_, h.caret, h.under, std::max(1, clicks), shift);
            selecting_ = true;
        }
    }
    if (selecting_ && !ImGui::IsMouseDown(0)) selecting_ = false;
    if (selecting_) {
        // Past the top or bottom edge the view follows the pointer, faster the farther it is.
        const float edge = ctx.theme.px(8);
        float step = 0;
        if (mouse.y < view_min.y + edge) step = mouse.y - (view_min.y + edge);
        else if (mouse.y > view_max.y - edge) step = mouse.y - (view_max.y - edge);
        if (step != 0) ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + std::clamp(step * 0.5f, -ctx.theme.px(60), ctx.theme.px(60)), 0.0f, ImGui::GetScrollMaxY()));
        if (!ImGui::IsMouseClicked(0)) {
            const Hit h = hit_test(ctx, mouse);
            text_sel_.drag(views_, h.caret, h.under);
        }
    }
    // A long press (touch) selects the word under the finger, as a phone's browser does; the
    // Copy button then shows.
    if (ctx.touch.long_press && ImGui::IsMouseHoveringRect(view_min, view_max, false) && ctx.touch.x < text_right &&
        !ImGui::IsAnyItemActive()) {
        const Hit h = hit_test(ctx, ImVec2(ctx.touch.x, ctx.touch.y));
        text_sel_.press(views_, h.caret, h.under, 2, false);
        focused_ = true;
        selecting_ = false;
        ctx.touch.long_press_taken = true;
    }
    if (focused_ && !io.WantTextInput) {
        if ((io.KeyCtrl || io.KeySuper) && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_A), false)) text_sel_.select_all(views_);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) text_sel_.clear();
        extend_by_keys(ctx);
    }
}

// Shift+Left/Right: the selection's free end moves a character; Shift+Up/Down: a line, to the
// place under (or over) where it is. The view follows the free end.
void ArticlePane::extend_by_keys(const PaneContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyShift || io.KeyCtrl || io.KeyAlt || io.KeySuper || io.NavVisible || !text_sel_.placed() || lines_.empty()) return;
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); };
    const int chars = (pressed(ImGuiKey_RightArrow) ? 1 : 0) - (pressed(ImGuiKey_LeftArrow) ? 1 : 0);
    const int rows = (pressed(ImGuiKey_DownArrow) ? 1 : 0) - (pressed(ImGuiKey_UpArrow) ? 1 : 0);
    if (chars == 0 && rows == 0) return;
    TextPos to = text_sel_.focus();
    if (chars != 0) to = step_place(views_, to, chars);
    // The line that holds the free end (at a line's end it is that line's, not the next one's).
    int li = -1;
    for (int i = 0; i < static_cast<int>(lines_.size()); ++i)
        if (lines_[i].block == to.block && to.offset >= lines_[i].start && to.offset <= lines_[i].end) {
            li = i;
            if (to.offset < lines_[i].end) break;
        }
    if (rows != 0 && li >= 0) {
        const int target = std::clamp(li + rows, 0, static_cast<int>(lines_.size()) - 1);
        if (target != li) {
            const float x = line_x(ctx.fonts, ctx.theme, lines_[li], to.offset);
            const Line& t = lines_[target];
            const ImFont* font = font_of(ctx.fonts, blocks_[t.block].kind);
            to = hit_test(ctx, ImVec2(x, origin_.y + t.y + font->FontSize * 0.5f)).caret;
            li = target;
        } else {
            to = TextPos{lines_[li].block, rows < 0 ? lines_[li].start : lines_[li].end};
        }
    }
    text_sel_.extend_to(views_, to);
    if (li >= 0) {                                    // keep the free end in view
        const float y = lines_[li].y, line_h = ctx.fonts.body->FontSize * kLineSpacing;
        const float top = ImGui::GetScrollY(), view_h = view_max.y - view_min.y;
        if (y < top) ImGui::SetScrollY(std::max(0.0f, y - line_h));
        else if (y + line_h > top + view_h) ImGui::SetScrollY(std::min(ImGui::GetScrollMaxY(), y + 2 * line_h - view_h));
    }
}

void ArticlePane::draw_copy_button(const PaneContext& ctx, ImVec2 top_right) {
    const Palette& pal = ctx.theme.colors();
    ImGui::PushFont(ctx.fonts.small);
    const bool copied = ImGui::GetTime() - copied_at_ < 1.5;
    const char* label = copied ? "Copied ✓###copy-selection" : "Copy###copy-selection";
    const ImVec2 size = ImGui::CalcTextSize(label, nullptr, true);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    const ImVec2 at(top_right.x - size.x - 2 * pad.x, top_right.y);
    const ImVec2 plate_min(at.x - 3, at.y - 3), plate_max(at.x + size.x + 2 * pad.x + 3, at.y + size.y + 2 * pad.y + 3);
    ImGui::SetCursorScreenPos(plate_min);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("copy-plate", ImVec2(plate_max.x - plate_min.x, plate_max.y - plate_min.y), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBackground |
                          ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // An opaque plate under the button: it sits over the text.
    dl->AddRectFilled(plate_min, plate_max, pal.panel, ImGui::GetStyle().FrameRounding + 3);
    ImGui::SetCursorScreenPos(at);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(pal.accent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button(label)) copy_requested_ = true;
    copy_min = ImGui::GetItemRectMin();
    copy_max = ImGui::GetItemRectMax();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Copy the selected text (Ctrl/Cmd+C)");
    ImGui::PopStyleColor(2);
    ImGui::EndChild();
    ImGui::PopFont();
}

std::string ArticlePane::meta_line() const {
    for (const Block& b : blocks_)
        if (b.kind == BlockKind::Meta) return b.own;
    return {};
}

std::size_t ArticlePane::selected_bytes() const {
    if (text_sel_.empty()) return 0;
    std::size_t n = 0;
    for (int b = text_sel_.begin().block; b <= text_sel_.end().block && b < static_cast<int>(views_.size()); ++b) {
        const auto r = text_sel_.range_in(b, views_[b]);
        n += r.second - r.first;
    }
    return n;
}

bool ArticlePane::where(std::size_t offset, ImVec4& rect) const {
    if (!laid_doc_ || !fonts_ || !theme_) return false;
    for (const Line& l : lines_) {
        const Block& b = blocks_[l.block];
        if (b.source != &laid_doc_->analysis.article.text || offset < l.start || offset >= l.end) continue;
        ImFont* font = font_of(*fonts_, b.kind);
        const float x0 = line_x(*fonts_, *theme_, l, offset), x1 = line_x(*fonts_, *theme_, l, next_char(*b.source, offset));
        const float line_h = font->FontSize * kLineSpacing;
        rect = ImVec4(x0, origin_.y + l.y, x1, origin_.y + l.y + line_h);
        return true;
    }
    return false;
}

void ArticlePane::draw(PaneContext& ctx) {
    if (find_open_) draw_find_bar(ctx);

    // NavFlattened: the Copy button is a Tab stop of the page's ring (tab_focus.h); arrows stay
    // the reading keys (NoNavInputs).
    ImGui::BeginChild("article-scroll", ImVec2(0, 0), false, ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NavFlattened);
    const float pad = ctx.theme.px(ctx.narrow ? 12 : 22);
    const float max_measure = ctx.fonts.body->FontSize * 38.0f;  // ~75 characters a line
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail - 2 * pad, max_measure);
    const float left = std::max(pad, (avail - width) * 0.5f);
    ensure_layout(ctx, width);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(avail, total_height_));
    const float scroll = ImGui::GetScrollY();
    const float view_h = ImGui::GetWindowHeight();
    scroll_by_keys(ctx, view_h);
    scroll_ = scroll;
    scroll_max_ = ImGui::GetScrollMaxY();
    view_min = ImGui::GetWindowPos();
    view_max = ImVec2(view_min.x + ImGui::GetWindowWidth(), view_min.y + view_h);
    const bool hovered = ImGui::IsWindowHovered();
    origin_ = origin;
    left_ = left;
    fonts_ = &ctx.fonts;
    theme_ = &ctx.theme;

    // The Copy button's place (top right of the view, clear of the scroll bar), known before
    // the press is read so that a press on it is not a press on the text.
    ImGui::PushFont(ctx.fonts.small);
    const ImVec2 label_size = ImGui::CalcTextSize("Copied ✓"), frame_pad = ImGui::GetStyle().FramePadding;
    const ImVec2 copy_size(label_size.x + 2 * frame_pad.x, label_size.y + 2 * frame_pad.y);
    ImGui::PopFont();
    const float text_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const ImVec2 button_min(text_right - ctx.theme.px(8) - copy_size.x, view_min.y + ctx.theme.px(8));
    const ImVec2 button_max(button_min.x + copy_size.x, button_min.y + copy_size.y);
    select_by_pointer(ctx, hovered, button_min, button_max);
    scroll_to_selection(ctx, view_h);

    lit_lines_ = 0;
    const Mark* hover_mark = nullptr;
    for (const Line& line : lines_) draw_line(ctx, line, scroll, view_h, hovered, hover_mark);
    copy_min = copy_max = ImVec2(0, 0);
    mark_pointer(ctx, hover_mark, hovered);
    ImGui::EndChild();
    // The Copy button sits in a small window of its own over the text: drawn above it, and a
    // Tab stop of the page's ring (tab_focus.h) with its focus frame and Space, which the
    // text's window (NoNavInputs: arrows are reading keys there) would not give it.
    if (has_text_selection()) draw_copy_button(ctx, ImVec2(button_max.x, button_min.y));
}

// Blocks again for another document or other blocks, lines again for another width or scale.
void ArticlePane::ensure_layout(const PaneContext& ctx, float width) {
    if (laid_doc_ != &ctx.doc || laid_removed_ != show_removed || laid_scale_ != ctx.fonts.scale) {
        // Another document or other blocks (removed pieces shown or not): the places of the
        // text selection mean nothing now. A new font scale keeps the same blocks.
        if (laid_doc_ != &ctx.doc || laid_removed_ != show_removed) {
            text_sel_.clear();
            selecting_ = false;
        }
        build_blocks(ctx);
        laid_width_ = -1;
    }
    if (laid_width_ != width || laid_doc_ != &ctx.doc || laid_removed_ != show_removed || laid_scale_ != ctx.fonts.scale) {
        layout(ctx, width);
        laid_width_ = width;
        laid_doc_ = &ctx.doc;
        laid_removed_ = show_removed;
        laid_scale_ = ctx.fonts.scale;
    }
}

// Scroll so the selection (chosen in another pane) or the current find match shows.
void ArticlePane::scroll_to_selection(const PaneContext& ctx, float view_h) {
    const Highlight& hl = ctx.highlight;
    auto scroll_to = [&](std::size_t offset) {
        for (const Line& l : lines_)
            if (blocks_[l.block].source == &ctx.doc.analysis.article.text && offset >= l.start && offset < std::max(l.end, l.start + 1)) {
                ImGui::SetScrollY(std::max(0.0f, l.y - view_h * 0.3f));
                return;
            }
    };
    if (ctx.selection.serial != seen_serial_) {
        seen_serial_ = ctx.selection.serial;
        if (!ctx.selection.from_article && hl.any && !hl.spans.empty()) scroll_to(hl.spans.front().start);
    }
    if (scroll_to_match_ && current_match_ >= 0) {
        scroll_to(matches_[current_match_].start);
        scroll_to_match_ = false;
    }
}

// One laid-out line: its block's decoration, the lit sentences, the text selection, the marks
// and find matches of the article's lines, and the text. Counts lit lines (also off screen).
void ArticlePane::draw_line(const PaneContext& ctx, const Line& line, float scroll, float view_h, bool hovered, const Mark*& hover_mark) {
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Block& b = blocks_[line.block];
    ImFont* font = font_of(ctx.fonts, b.kind);
    const float line_h = font->FontSize * (b.kind == BlockKind::Title ? 1.25f : kLineSpacing);
    const bool visible = line.y + line_h >= scroll && line.y <= scroll + view_h;
    const bool is_article = b.source == &ctx.doc.analysis.article.text;
    const LineGeometry g{font, origin_.x + left_ + indent_of(ctx.theme, b.kind), origin_.y + line.y, b.source->data(), line};
    bool lit = false;
    if (is_article)
        for (const Span& s : hl.sentences)
            if (s.start < line.end && s.end > line.start) lit = true;
    if (lit) ++lit_lines_;
    if (!visible) return;
    const float x0 = g.x0, y0 = g.y0;
    const float pad_y = (line_h - font->FontSize) * 0.5f;
    const float top = y0 + pad_y * 0.35f, bottom = y0 + line_h - pad_y * 0.35f;
    ImU32 ink = pal.ink;
    switch (b.kind) {
        case BlockKind::Meta: ink = pal.ink_soft; break;
        case BlockKind::Removed: ink = pal.removed; break;
        case BlockKind::Warning: ink = IM_COL32(230, 120, 40, 255); break;
        default: break;
    }
    if (b.kind == BlockKind::Quote)
        dl->AddRectFilled(ImVec2(x0 - ctx.theme.px(14), y0), ImVec2(x0 - ctx.theme.px(11), y0 + line_h), pal.ink_faint);
    if (b.kind == BlockKind::ListItem && line.start == b.start)
        dl->AddCircleFilled(ImVec2(x0 - ctx.theme.px(10), y0 + line_h * 0.5f), ctx.theme.px(2.5f), pal.ink_soft);
    if (b.kind == BlockKind::Removed && line.start == b.start)
        dl->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, ImVec2(x0 + laid_width_ - ctx.theme.px(100), y0 + pad_y),
                    pal.ink_faint, ("[" + b.tag + "]").c_str());

    if (is_article) {
        for (const Span& s : hl.sentences)
            if (s.start < line.end && s.end > line.start)
                dl->AddRectFilled(ImVec2(g.x_at(s.start), top), ImVec2(g.x_at(s.end), bottom), pal.selection);
    }
    {
        // The text selection; where it goes on past the line (the space the line broke at,
        // the next block) the highlight runs a space further, as in a browser.
        const auto r = text_sel_.range_in(line.block, views_[line.block]);
        if (r.first < r.second && r.first <= line.end && r.second > line.start) {
            const bool tail = r.second > line.end;
            const float x1 = g.x_at(std::min(r.second, line.end)) + (tail ? font->FontSize * 0.3f : 0.0f);
            dl->AddRectFilled(ImVec2(g.x_at(std::max(r.first, line.start)), y0), ImVec2(x1, y0 + line_h),
                              ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
        }
    }
    if (is_article) draw_article_marks(ctx, g, top, bottom, hovered, hover_mark);
    dl->AddText(font, font->FontSize, ImVec2(x0, y0 + pad_y), ink, g.base + line.start, g.base + line.end);
}

// An article line's marks (names, other mentions, dates), find matches and the exact spans
// the selection lights up; the mark under the pointer goes to `hover_mark`.
void ArticlePane::draw_article_marks(const PaneContext& ctx, const LineGeometry& g, float top, float bottom, bool hovered,
                                     const Mark*& hover_mark) {
    const Analysis& a = ctx.doc.analysis;
    const Palette& pal = ctx.theme.colors();
    const Highlight& hl = ctx.highlight;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Line& line = g.line;
    // Marks that can touch this line start at most `longest` bytes before it.
    const std::size_t longest = std::max<std::size_t>(ctx.doc.longest_mark, 1);
    const auto& marks = ctx.doc.marks;
    auto it = std::lower_bound(marks.begin(), marks.end(), line.start > longest ? line.start - longest : 0,
                               [](const Mark& m, std::size_t v) { return m.span.start < v; });
    for (; it != marks.end() && it->span.start < line.end; ++it) {
        if (it->span.end <= line.start) continue;
        const float mx0 = g.x_at(it->span.start), mx1 = g.x_at(it->span.end);
        if (it->kind == Mark::Kind::Mention) {
            const Actor& actor = a.actors[it->index];
            const bool strong = !hl.any || hl.actors[it->index];
            if (it->mention == MentionKind::Name)
                dl->AddRectFilled(ImVec2(mx0 - 1, top), ImVec2(mx1 + 1, bottom),
                                  ctx.theme.actor_color(actor.type, strong ? 0.30f : 0.12f), ctx.theme.px(3));
            dl->AddLine(ImVec2(mx0, bottom - 1), ImVec2(mx1, bottom - 1), ctx.theme.actor_color(actor.type, strong ? 0.95f : 0.4f),
                        ctx.theme.px(it->mention == MentionKind::Name ? 1.5f : 1.0f));
        } else {
            const float uy = bottom - ctx.theme.px(1);
            for (float x = mx0; x < mx1; x += ctx.theme.px(4))  // dotted underline: a date
                dl->AddLine(ImVec2(x, uy), ImVec2(std::min(x + ctx.theme.px(2.5f), mx1), uy), pal.time, ctx.theme.px(1.6f));
        }
        if (hovered && mouse.y >= top && mouse.y < bottom && mouse.x >= mx0 && mouse.x < mx1) hover_mark = &*it;
    }
    for (int m = 0; m < static_cast<int>(matches_.size()); ++m) {
        const Span& s = matches_[m];
        if (s.start < line.end && s.end > line.start)
            dl->AddRectFilled(ImVec2(g.x_at(s.start), top), ImVec2(g.x_at(s.end), bottom),
                              m == current_match_ ? IM_COL32(255, 140, 0, 190) : pal.find_match);
    }
    for (const Span& s : hl.spans)
        if (s.start < line.end && s.end > line.start)
            dl->AddRect(ImVec2(g.x_at(s.start) - 2, top - 1), ImVec2(g.x_at(s.end) + 2, bottom + 1), pal.accent, ctx.theme.px(3), 0,
                        ctx.theme.px(1.5f));
}

// A click (released without a drag, not a Shift+click, nothing selected by it) on a mark
// selects its actor or date; on the text around the marks it clears that selection. A drag
// that starts on a name selects text only. The hovered mark says what it is.
void ArticlePane::mark_pointer(PaneContext& ctx, const Mark* hover_mark, bool hovered) {
    const Analysis& a = ctx.doc.analysis;
    const ImGuiIO& io = ImGui::GetIO();
    const bool clicked = hovered && ImGui::IsMouseReleased(0) && !io.KeyShift && text_sel_.empty() &&
                         io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
    if (hover_mark && !ImGui::IsMouseDown(0)) {
        ImGui::BeginTooltip();
        ImGui::PushFont(ctx.fonts.small);
        if (hover_mark->kind == Mark::Kind::Mention) {
            const Actor& actor = a.actors[hover_mark->index];
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(ctx.theme.actor_color(actor.type)), "%s", actor_type_label(actor.type));
            ImGui::SameLine();
            ImGui::TextUnformatted(actor.name.c_str());
            if (hover_mark->mention != MentionKind::Name) ImGui::TextDisabled("(%s)", to_string(hover_mark->mention));
            for (const Role& r : actor.roles) ImGui::TextDisabled("role: %s", r.title.c_str());
            ImGui::TextDisabled("%d mentions · click to select", ctx.doc.mention_count[hover_mark->index]);
        } else {
            const TimeExpr& t = a.times[hover_mark->index];
            ImGui::Text("%s  %s", to_string(t.type), t.value.c_str());
            ImGui::TextDisabled("\"%s\" · click to select", t.text.c_str());
        }
        ImGui::PopFont();
        ImGui::EndTooltip();
        if (clicked)
            ctx.selection.set(hover_mark->kind == Mark::Kind::Mention ? Selection::Kind::Actor : Selection::Kind::Time, hover_mark->index, true);
    } else if (clicked && !ImGui::IsAnyItemHovered() && ctx.selection.kind != Selection::Kind::None) {
        ctx.selection.clear();
    }
}

}  // namespace lede::app
