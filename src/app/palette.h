// palette.h — the colours of the two themes as plain data, and the WCAG contrast arithmetic
// that checks them. No ImGui here, so the unit tests can hold the themes to WCAG AA
// (text 4.5:1, control outlines and check marks 3:1) from these very values
// (tests/unit/palette_test.cpp). Colours are packed as ImGui packs them (IM_COL32: red
// in the low byte, alpha in the high byte), so theme.cpp hands them to ImGui as they are.
#pragma once

#include <cstdint>

namespace lede::app {

using Rgba = std::uint32_t;

constexpr Rgba rgba(unsigned r, unsigned g, unsigned b, unsigned a = 255) { return (a << 24) | (b << 16) | (g << 8) | r; }

struct Palette {
    Rgba background, panel, ink, ink_soft, ink_faint, accent, selection, find_match, removed, time, future, past, edge;
    // Controls: a checkbox's or text field's box, its outline, the check mark.
    Rgba frame, frame_border, check;
    // The notice that no publication date was found (a band above the panes) and its text.
    Rgba caution, caution_ink;
    // The first-visit hint over the sample and its text.
    Rgba hint, hint_ink;
};

const Palette& palette(bool dark);

// WCAG 2.x relative luminance of an opaque colour (alpha ignored), 0..1.
double relative_luminance(Rgba c);
// WCAG contrast ratio of two opaque colours, 1..21.
double contrast_ratio(Rgba a, Rgba b);
// `fg` with its alpha laid over opaque `bg`: the colour the eye sees.
Rgba over(Rgba fg, Rgba bg);

}  // namespace lede::app
