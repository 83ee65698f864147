// palette_test.cpp — the themes' colours (src/app/palette.h) against WCAG 2.x AA, computed
// from the very values the page draws with: body, soft and help text (ImGui's "disabled"
// text) at 4.5:1 on the page and on the panes, the no-date notice's and the first-visit
// hint's text on their bands, and
// the parts of a checkbox (outline against the page and the pane, check mark against its
// box) at 3:1 — the light theme's checkboxes were a white box with no outline on a
// near-white page.
#include <catch2/catch.hpp>

#include "app/palette.h"

using namespace lede::app;

TEST_CASE("the contrast arithmetic matches WCAG's reference values", "[palette]") {
    CHECK(contrast_ratio(rgba(0, 0, 0), rgba(255, 255, 255)) == Approx(21.0));
    CHECK(contrast_ratio(rgba(255, 255, 255), rgba(255, 255, 255)) == Approx(1.0));
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    CHECK(contrast_ratio(rgba(0x76, 0x76, 0x76), rgba(255, 255, 255)) == Approx(4.54).epsilon(0.01));
    CHECK(over(rgba(0, 0, 0, 0), rgba(10, 20, 30)) == rgba(10, 20, 30));
    CHECK(over(rgba(200, 100, 0, 255), rgba(10, 20, 30)) == rgba(200, 100, 0));
}

TEST_CASE("text meets WCAG AA (4.5:1) in both themes", "[palette]") {
    for (bool dark : {false, true}) {
        const Palette& p = palette(dark);
        INFO((dark ? "dark" : "light"));
        for (Rgba ground : {p.background, p.panel}) {
            CHECK(contrast_ratio(p.ink, ground) >= 7.0);
            CHECK(contrast_ratio(p.ink_soft, ground) >= 4.5);
            CHECK(contrast_ratio(p.ink_faint, ground) >= 4.5);     // help text, hints, pane titles
        }
        CHECK(contrast_ratio(p.caution_ink, p.caution) >= 4.5);
        CHECK(contrast_ratio(p.hint_ink, p.hint) >= 4.5);          // the first-visit hint
        CHECK(contrast_ratio(p.ink, p.frame) >= 4.5);              // what is typed in a field
    }
}

TEST_CASE("checkboxes stand out (WCAG 1.4.11, 3:1) in both themes", "[palette]") {
    for (bool dark : {false, true}) {
        const Palette& p = palette(dark);
        INFO((dark ? "dark" : "light"));
        for (Rgba ground : {p.background, p.panel, p.caution}) CHECK(contrast_ratio(p.frame_border, ground) >= 3.0);
        CHECK(contrast_ratio(p.check, p.frame) >= 3.0);
    }
}
