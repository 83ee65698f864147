// tab_focus.h — Tab and Shift+Tab move the keyboard focus through every control of the canvas
// (buttons, checkboxes, tabs, the panes, the Article pane's Copy button), drawn as ImGui's
// focus frame. ImGui 1.86 tabs only through text fields ("FIXME: ... once we can tab through
// anything" in its NavUpdate), so a reader on the keyboard saw no focus at all; arrows, Space
// and Enter then work as ImGui's keyboard navigation does (ImGuiConfigFlags_NavEnableKeyboard,
// set by the platform).
//
// The canvas is one element of the page: Tab past its last control (Shift+Tab before its
// first) leaves it for the page's next (previous) focusable element, as on any page, rather
// than wrapping round inside it (the browser never sees Tab: Emscripten's GLFW cancels it).
// tab_leaves_controls() says so and the platform moves the page's focus; coming back, the
// platform asks for the first (or last) control with enter_dir.
//
// Uses ImGui's internal navigation state (imgui_internal.h).
#pragma once

namespace lede::app {

// Once a frame, after ImGui::NewFrame and before the frame's first window. `root_window` is
// the window whose controls are tabbed through when the focused window takes no keyboard
// navigation (the Article pane's text, NoNavInputs, after a click in it). `enter_dir`: +1 puts
// the focus on the first control, -1 on the last (the page's focus just came to the canvas
// by Tab or Shift+Tab), 0 nothing.
void tab_through_controls(const char* root_window, int enter_dir = 0);

// Before ImGui::NewFrame: +1 when the last frame's Tab went past the last control, -1 when a
// Shift+Tab went before the first; the request is then dropped (no wrap) and the focus frame
// cleared. 0 otherwise (also inside a popup or modal, which keeps its Tab to itself).
int tab_leaves_controls();

}  // namespace lede::app
