// tab_focus.cpp — widens ImGui 1.86's tabbing request to every item. NewFrame has already
// turned a Tab press into a request for "tab stops" (text fields); marking it as a focus
// request (FocusApi) makes every item a candidate, and a forward Tab from a focused control
// goes to the next one rather than back to the first (ImGui's own request starts over when no
// item is active, which only a text field ever is).
#include "app/tab_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace lede::app {

void tab_through_controls(const char* root_window) {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper || !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), true)) return;
    if (g.NavWindowingTarget) return;                 // Ctrl+Tab window switching is ImGui's
    if (g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) {
        g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
        if (g.NavTabbingDir == 0 && g.NavId != 0) g.NavTabbingDir = +1;
        return;
    }
    // No request: the focused window takes no navigation (or none is focused). Tab on from
    // the root window's controls.
    ImGuiWindow* root = ImGui::FindWindowByName(root_window);
    if (!root) return;
    ImGui::FocusWindow(root);
    if (!g.NavWindow) return;
    g.NavTabbingDir = io.KeyShift ? -1 : g.NavId != 0 ? +1 : 0;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, io.KeyShift ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi,
                                ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingResultFirst.Clear();
    g.NavTabbingCounter = -1;
}

}  // namespace lede::app
