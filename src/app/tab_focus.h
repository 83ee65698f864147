// tab_focus.h — Tab and Shift+Tab move the keyboard focus through every control of the canvas
// (buttons, checkboxes, tabs, the panes), drawn as ImGui's focus frame. ImGui 1.86 tabs only
// through text fields ("FIXME: ... once we can tab through anything" in its NavUpdate), so a
// reader on the keyboard saw no focus at all; arrows, Space and Enter then work as ImGui's
// keyboard navigation does (ImGuiConfigFlags_NavEnableKeyboard, set by the platform).
//
// Uses ImGui's internal navigation state (imgui_internal.h): call once a frame, after
// ImGui::NewFrame and before the frame's first window. `root_window` is the window whose
// controls are tabbed through when the focused window takes no keyboard navigation (the
// Article pane's text, NoNavInputs, after a click in it).
#pragma once

namespace lede::app {

void tab_through_controls(const char* root_window);

}  // namespace lede::app
