// palette.cpp — the light and dark palettes and the contrast arithmetic (WCAG 2.x).
// Type colours (theme.cpp) are chosen to stay apart for the common colour-vision
// deficiencies; these are the inks, backgrounds and controls. `ink_faint` is the ink of help
// text and hints (ImGui's "disabled" text): it must read at 4.5:1 on both the page and the
// panes, which the first palettes missed in both themes (2.6:1 light, 3.1:1 dark).
#include "app/palette.h"

#include <algorithm>
#include <cmath>

namespace lede::app {
namespace {

const Palette kDark = {
    rgba(28, 31, 38),   rgba(36, 40, 49),   rgba(232, 230, 227), rgba(176, 180, 188), rgba(146, 152, 163),
    rgba(90, 150, 240), rgba(255, 214, 90, 90), rgba(255, 160, 0, 110), rgba(140, 140, 140),
    rgba(120, 200, 255), rgba(120, 220, 160), rgba(200, 200, 210), rgba(150, 160, 180),
    rgba(52, 58, 72),   rgba(136, 144, 160), rgba(110, 170, 255),
    rgba(74, 58, 20),   rgba(255, 236, 190),
    rgba(36, 84, 170),  rgba(255, 255, 255)};
// Light: the checkbox box is white with a grey outline (ImGui's light style draws a white
// box with no outline on a near-white page: invisible), the check mark the accent blue.
const Palette kLight = {
    rgba(246, 245, 241), rgba(255, 255, 255), rgba(29, 29, 31), rgba(80, 84, 92), rgba(100, 104, 112),
    rgba(40, 100, 210), rgba(255, 200, 40, 110), rgba(255, 150, 0, 120), rgba(130, 130, 130),
    rgba(20, 110, 190), rgba(0, 140, 80), rgba(90, 90, 100), rgba(120, 128, 145),
    rgba(255, 255, 255), rgba(110, 114, 122), rgba(40, 100, 210),
    rgba(255, 240, 200), rgba(90, 60, 0),
    rgba(32, 86, 180),  rgba(255, 255, 255)};

double channel(unsigned v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

const Palette& palette(bool dark) { return dark ? kDark : kLight; }

double relative_luminance(Rgba c) {
    return 0.2126 * channel(c & 0xFF) + 0.7152 * channel((c >> 8) & 0xFF) + 0.0722 * channel((c >> 16) & 0xFF);
}

double contrast_ratio(Rgba a, Rgba b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgba over(Rgba fg, Rgba bg) {
    const double a = ((fg >> 24) & 0xFF) / 255.0;
    auto mix = [&](int shift) {
        const double f = (fg >> shift) & 0xFF, b = (bg >> shift) & 0xFF;
        return static_cast<unsigned>(std::lround(f * a + b * (1 - a)));
    };
    return rgba(mix(0), mix(8), mix(16));
}

}  // namespace lede::app
