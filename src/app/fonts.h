// fonts.h — bakes the UI font (the subset DejaVu Sans in /fonts/ui.ttf) at the sizes the
// panes use, for the screen's device pixel ratio. The atlas starts with a base set (ASCII,
// Latin-1, common punctuation, the UI's symbols) and grows with the characters articles
// bring (Latin Extended, Greek, Cyrillic, more punctuation and symbols): baking every glyph
// the font has, at three sizes, was ~200 ms of the page's start-up before its first frame.
#pragma once

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "app/pane_context.h"

namespace lede::app {

// The characters to bake beyond the base set.
class GlyphCoverage {
public:
    // Adds the characters of `utf8` that the font covers and the atlas lacks; true when
    // any was new (the atlas must then be rebuilt).
    bool add_text(std::string_view utf8);
    const std::vector<ImWchar>& extra() const { return extra_; }

private:
    std::vector<ImWchar> extra_;
    std::bitset<0x10000> added_;
};

// Clears the atlas and adds the three fonts with the base glyphs and `extra`. Falls back to
// ImGui's built-in font (ASCII only) when the file cannot be read, and says so through the
// return value.
bool load_fonts(Fonts& fonts, const std::string& path, float scale, const std::vector<ImWchar>& extra);

}  // namespace lede::app
