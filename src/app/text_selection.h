// text_selection.h — the Article pane's text selection, as a model with no ImGui in it: where
// a selection starts and ends, what a press, a double or triple press, Shift+press, a drag and
// Select All make of it, the UTF-8 word boundaries a double press picks, and the text that a
// copy puts on the clipboard.
//
// The pane's text is a list of blocks (title, meta line, paragraphs, headings...), each a byte
// range of a string (article.text, or a string of the pane's own). A place in it is a block
// and a byte offset into that block's string, always at a UTF-8 character boundary, so a
// selection is two such places and survives scrolling, re-wrapping at another width and
// highlights (which are drawn over the text and never split it). The pane turns the pointer
// into places (its own hit test) and draws the ranges this model reports.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::app {

struct TextPos {
    int block = 0;
    std::size_t offset = 0;                           // bytes into the block's string
    friend bool operator==(TextPos a, TextPos b) { return a.block == b.block && a.offset == b.offset; }
    friend bool operator!=(TextPos a, TextPos b) { return !(a == b); }
    friend bool operator<(TextPos a, TextPos b) { return a.block != b.block ? a.block < b.block : a.offset < b.offset; }
};

// One block of selectable text: the bytes [start, end) of `source`.
struct TextBlockView {
    std::string_view source;
    std::size_t start = 0, end = 0;
};

// The word, space run or single other character around the character that starts at
// `offset`, within [start, end) of `text` (valid UTF-8). A word is letters and digits of any
// script, with an apostrophe (' or ’) between letters ("Putin’s") and a point or comma
// between digits ("3.5", "1,000") kept inside it; hyphens, dashes, quotes and other
// punctuation stand alone. An offset at `end` takes the character before it.
std::pair<std::size_t, std::size_t> word_at(std::string_view text, std::size_t start, std::size_t end, std::size_t offset);

// The place one character after (dir > 0) or before (dir < 0) `p`: past a block's end, the
// next block's start (and back); it stays at the first and last places of the text.
TextPos step_place(const std::vector<TextBlockView>& blocks, TextPos p, int dir);

class TextSelection {
public:
    enum class Unit { Char, Word, Block };

    // A press of the primary button at `caret` (the character boundary nearest the pointer)
    // on the character `under` it. clicks 1: a caret (nothing selected) where a drag starts;
    // 2: the word under it; 3 or more: its whole block. With `shift` (and a selection or caret
    // already placed) the selection runs from where it was anchored to `caret`.
    void press(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under, int clicks, bool shift);
    // The pointer moved with the button still down: the selection runs from the press to the
    // pointer, by the press's unit (after a double press, whole words).
    void drag(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under);
    void select_all(const std::vector<TextBlockView>& blocks);
    // Shift+arrow keys: the selection's moving end goes to `to`; the other end stays. After a
    // double or triple press the keys extend by characters from the end they move away from.
    // Nothing happens before a press placed a caret.
    void extend_to(const std::vector<TextBlockView>& blocks, TextPos to);
    // The moving end: where the last press, drag or extension put the free end (the start
    // of a selection made backwards, else its end).
    TextPos focus() const { return backward() ? lo_ : hi_; }
    void clear() { *this = TextSelection(); }

    bool placed() const { return placed_; }           // a press happened since the last clear
    bool empty() const { return !placed_ || !(lo_ < hi_); }
    TextPos begin() const { return lo_; }
    TextPos end() const { return hi_; }
    Unit unit() const { return unit_; }

    // The selected bytes of block `block` ([first, second) of its string); empty (first ==
    // second) when the selection does not reach into it.
    std::pair<std::size_t, std::size_t> range_in(int block, const TextBlockView& view) const;
    // Whether the selection goes on after `offset` of `block` (into a following line or block):
    // the pane then carries the highlight to the end of the line.
    bool continues_after(int block, std::size_t offset) const;
    // The selected text: each block's selected bytes as they are (line breaks kept), blocks
    // joined by a blank line, as a browser copies paragraphs.
    std::string text(const std::vector<TextBlockView>& blocks) const;

private:
    bool backward() const { return lo_ < anchor_lo_; }
    void set_from_anchor(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under);

    bool placed_ = false;
    Unit unit_ = Unit::Char;
    TextPos anchor_lo_, anchor_hi_;                   // what the press itself selected (a caret, a word, a block)
    TextPos lo_, hi_;                                 // the selection, lo_ <= hi_
};

}  // namespace lede::app
