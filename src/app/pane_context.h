// pane_context.h — what every pane gets each frame: the document, the shared selection
// and its highlight, the theme and the fonts. Panes keep only their own view state
// (scroll, zoom, layout caches) and talk to each other through `selection`.
#pragma once

#include <imgui.h>

#include "app/dateline.h"
#include "app/document.h"
#include "app/theme.h"
#include "app/touch_gestures.h"

namespace lede::app {

struct Fonts {
    ImFont* body = nullptr;                           // article text
    ImFont* title = nullptr;                          // article title
    ImFont* small = nullptr;                          // labels, meta lines
    float scale = 0;                                  // the device scale they were baked for
    ImVector<ImWchar> ranges;                         // the glyphs baked (read when the atlas builds)
};

struct PaneContext {
    const Document& doc;
    Selection& selection;
    const Highlight& highlight;
    const Theme& theme;
    const Fonts& fonts;
    bool narrow = false;                              // phone layout
    // This frame's touch pan and pinch: a pane under the pointer that takes them (graph,
    // timeline) sets `consumed`; what is left scrolls the hovered window (App).
    TouchFrame& touch;
    // What the article's relative dates were counted from and who gave it (dateline.h): a date
    // cleaning read in the text is never shown as the publication date.
    DateAnchor anchor{};
};

}  // namespace lede::app
