// theme.h — colours and sizes of the page, light and dark: one colour per actor type
// (shared by article highlights, graph nodes and the legend), the ink of text, and the
// ImGui style that goes with each theme. Sizes are in CSS pixels; `Theme::px` turns them
// into framebuffer pixels on HiDPI screens.
#pragma once

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "analysis.h"
#include "app/palette.h"

namespace lede::app {

class Theme {
public:
    bool dark = true;
    float scale = 1.0f;                               // device pixels per CSS pixel

    float px(float css) const { return css * scale; }
    // A stroke width in whole device pixels (at least 1): ImGui anti-aliases such lines from
    // a texture baked in the font atlas, with half the vertices and a third of the indices
    // of a fractional width — what keeps a graph of thousands of edges cheap to upload.
    float line(float css) const { return std::max(1.0f, std::round(css * scale)); }
    const Palette& colors() const;
    ImU32 actor_color(ActorType type, float alpha = 1.0f) const;
    // Applies the ImGui style of the current theme (call after changing `dark` or `scale`).
    void apply() const;
};

const char* actor_type_label(ActorType type);

}  // namespace lede::app
