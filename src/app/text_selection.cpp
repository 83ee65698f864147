// text_selection.cpp — word boundaries and the selection's anchor/extent rules. Character
// classes are decided on code points (the pane's text is valid UTF-8, the core repairs it),
// so a double press on "Zelenskyy’s" or "Шойгу" takes the whole word, not a byte run.
#include "app/text_selection.h"

#include <algorithm>

#include "base/utf8.h"

namespace lede::app {
namespace {

enum class CharClass { Space, Word, Other };

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

// Punctuation and symbols outside ASCII that stand alone: Latin-1's («, », ¿, §, °, ×...),
// General Punctuation's dashes, quotes, bullets and ellipsis, currency, arrows, maths and
// shapes, CJK punctuation, full-width ASCII punctuation.
bool is_other_symbol(char32_t c) {
    if (c >= 0xA1 && c <= 0xBF) return !(c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA);
    return c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
           (c >= 0x2100 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFFFD;
}

bool is_ascii_word(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

CharClass class_of(char32_t c) {
    if (is_space(c)) return CharClass::Space;
    if (c < 0x80) return is_ascii_word(c) ? CharClass::Word : CharClass::Other;
    return is_other_symbol(c) ? CharClass::Other : CharClass::Word;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Text between `start` and `end` read one code point at a time, both ways.
struct Cursor {
    std::string_view text;
    std::size_t start, end;

    char32_t at(std::size_t p) const {
        std::size_t q = p;
        return utf8::decode(text, q);
    }
    std::size_t next(std::size_t p) const {
        std::size_t q = p;
        utf8::decode(text, q);
        return std::min(q, end);
    }
    std::size_t prev(std::size_t p) const {
        if (p <= start) return start;
        --p;
        while (p > start && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        return p;
    }
    // The character at `p` (start <= p < end) glues the words either side of it into one: an
    // apostrophe between letters, a decimal point or thousands comma between digits.
    bool joins(std::size_t p) const {
        if (p <= start) return false;
        const std::size_t after = next(p);
        if (after >= end) return false;
        const char32_t c = at(p), before_c = at(prev(p)), after_c = at(after);
        if (c == '\'' || c == 0x2019)
            return class_of(before_c) == CharClass::Word && class_of(after_c) == CharClass::Word && !is_digit(after_c);
        if (c == '.' || c == ',') return is_digit(before_c) && is_digit(after_c);
        return false;
    }
};

}  // namespace

std::pair<std::size_t, std::size_t> word_at(std::string_view text, std::size_t start, std::size_t end, std::size_t offset) {
    end = std::min(end, text.size());
    if (start >= end) return {start, start};
    const Cursor cur{text, start, end};
    std::size_t o = utf8::floor_boundary(text, std::clamp(offset, start, end));
    if (o < start) o = start;
    if (o >= end) o = cur.prev(end);
    const CharClass cls = class_of(cur.at(o));
    if (cls == CharClass::Other && !cur.joins(o)) return {o, cur.next(o)};
    auto same = [&](std::size_t p) {
        if (cls == CharClass::Space) return class_of(cur.at(p)) == CharClass::Space;
        return class_of(cur.at(p)) == CharClass::Word || cur.joins(p);
    };
    std::size_t lo = o, hi = cur.next(o);
    while (lo > start && same(cur.prev(lo))) lo = cur.prev(lo);
    while (hi < end && same(hi)) hi = cur.next(hi);
    return {lo, hi};
}

namespace {

TextPos clamp_to(const std::vector<TextBlockView>& blocks, TextPos p) {
    if (blocks.empty()) return {};
    p.block = std::clamp(p.block, 0, static_cast<int>(blocks.size()) - 1);
    const TextBlockView& b = blocks[p.block];
    p.offset = std::clamp(p.offset, b.start, b.end);
    p.offset = std::max(b.start, utf8::floor_boundary(b.source, p.offset));
    return p;
}

// The unit (a caret, a word, a block) that holds `p`, as two places.
std::pair<TextPos, TextPos> unit_around(const std::vector<TextBlockView>& blocks, TextPos p, TextSelection::Unit unit) {
    const TextBlockView& b = blocks[p.block];
    switch (unit) {
        case TextSelection::Unit::Char: return {p, p};
        case TextSelection::Unit::Word: {
            const auto w = word_at(b.source, b.start, b.end, p.offset);
            return {{p.block, w.first}, {p.block, w.second}};
        }
        case TextSelection::Unit::Block: return {{p.block, b.start}, {p.block, b.end}};
    }
    return {p, p};
}

}  // namespace

void TextSelection::press(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under, int clicks, bool shift) {
    if (blocks.empty()) {
        clear();
        return;
    }
    caret = clamp_to(blocks, caret);
    under = clamp_to(blocks, under);
    if (shift && placed_) {
        // Shift+press moves the free end; the end the last plain press set stays.
        unit_ = Unit::Char;
        set_from_anchor(blocks, caret, under);
        return;
    }
    placed_ = true;
    unit_ = clicks >= 3 ? Unit::Block : clicks == 2 ? Unit::Word : Unit::Char;
    const auto u = unit_around(blocks, unit_ == Unit::Char ? caret : under, unit_);
    anchor_lo_ = lo_ = u.first;
    anchor_hi_ = hi_ = u.second;
}

void TextSelection::drag(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under) {
    if (!placed_ || blocks.empty()) return;
    set_from_anchor(blocks, clamp_to(blocks, caret), clamp_to(blocks, under));
}

void TextSelection::set_from_anchor(const std::vector<TextBlockView>& blocks, TextPos caret, TextPos under) {
    const auto u = unit_around(blocks, unit_ == Unit::Char ? caret : under, unit_);
    if (u.first < anchor_lo_) {                      // the pointer is before the press: select back to its far end
        lo_ = u.first;
        hi_ = anchor_hi_;
    } else {
        lo_ = anchor_lo_;
        hi_ = std::max(u.second, anchor_hi_);
    }
}

TextPos step_place(const std::vector<TextBlockView>& blocks, TextPos p, int dir) {
    if (blocks.empty()) return {};
    p = clamp_to(blocks, p);
    const TextBlockView& b = blocks[p.block];
    if (dir > 0) {
        if (p.offset < b.end) return {p.block, Cursor{b.source, b.start, b.end}.next(p.offset)};
        if (p.block + 1 < static_cast<int>(blocks.size())) return {p.block + 1, blocks[p.block + 1].start};
    } else if (dir < 0) {
        if (p.offset > b.start) return {p.block, Cursor{b.source, b.start, b.end}.prev(p.offset)};
        if (p.block > 0) return {p.block - 1, blocks[p.block - 1].end};
    }
    return p;
}

void TextSelection::extend_to(const std::vector<TextBlockView>& blocks, TextPos to) {
    if (!placed_ || blocks.empty()) return;
    to = clamp_to(blocks, to);
    const TextPos fixed = backward() ? hi_ : lo_;
    unit_ = Unit::Char;
    anchor_lo_ = anchor_hi_ = fixed;
    lo_ = std::min(fixed, to);
    hi_ = std::max(fixed, to);
}

void TextSelection::select_all(const std::vector<TextBlockView>& blocks) {
    if (blocks.empty()) {
        clear();
        return;
    }
    placed_ = true;
    unit_ = Unit::Char;
    anchor_lo_ = lo_ = {0, blocks.front().start};
    anchor_hi_ = hi_ = {static_cast<int>(blocks.size()) - 1, blocks.back().end};
}

std::pair<std::size_t, std::size_t> TextSelection::range_in(int block, const TextBlockView& view) const {
    if (empty() || block < lo_.block || block > hi_.block) return {view.start, view.start};
    const std::size_t s = block == lo_.block ? std::max(lo_.offset, view.start) : view.start;
    const std::size_t e = block == hi_.block ? std::min(hi_.offset, view.end) : view.end;
    return e > s ? std::make_pair(s, e) : std::make_pair(s, s);
}

bool TextSelection::continues_after(int block, std::size_t offset) const {
    if (empty()) return false;
    return TextPos{block, offset} < hi_ && !(TextPos{block, offset} < lo_);
}

std::string TextSelection::text(const std::vector<TextBlockView>& blocks) const {
    std::string out;
    if (empty()) return out;
    for (int b = lo_.block; b <= hi_.block && b < static_cast<int>(blocks.size()); ++b) {
        const auto r = range_in(b, blocks[b]);
        if (r.second <= r.first) continue;
        if (!out.empty()) out += "\n\n";
        out.append(blocks[b].source.substr(r.first, r.second - r.first));
    }
    return out;
}

}  // namespace lede::app
