// fonts.h — bakes the UI font (the subset DejaVu Sans in /fonts/ui.ttf) at the sizes the
// panes use, for the screen's device pixel ratio, with the glyph ranges the article needs:
// Latin, Latin-1, Latin Extended, Greek, Cyrillic, General Punctuation and a few symbols.
#pragma once

#include <string>

#include "app/pane_context.h"

namespace lede::app {

// Clears the atlas and adds the three fonts. Falls back to ImGui's built-in font (ASCII
// only) when the file cannot be read, and says so through the return value.
bool load_fonts(Fonts& fonts, const std::string& path, float scale);

}  // namespace lede::app
