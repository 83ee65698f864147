// tab_focus.cpp — widens ImGui 1.86's tabbing request to every item. NewFrame has already
// turned a Tab press into a request for "tab stops" (text fields); marking it as a focus
// request (FocusApi) makes every item a candidate, and a forward Tab from a focused control
// goes to the next one rather than back to the first (ImGui's own request starts over when no
// item is active, which only a text field ever is). The end of the ring is read from the
// request's own bookkeeping after the frame scored it (NavProcessItemForTabbingRequest):
// forward, the focused item was seen and no item followed it (the counter it set is still
// 1); backward, scoring never stopped at the focused item because nothing came before it.
#include "app/tab_focus.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace lede::app {
namespace {

// A tabbing request over every item of the focused window's navigation root.
void submit_tabbing(int tabbing_dir, bool backward) {
    ImGuiContext& g = *GImGui;
    g.NavTabbingDir = tabbing_dir;
    ImGui::NavMoveRequestSubmit(ImGuiDir_None, backward ? ImGuiDir_Up : ImGuiDir_Down,
                                ImGuiNavMoveFlags_Tabbing | ImGuiNavMoveFlags_FocusApi,
                                ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavTabbingResultFirst.Clear();
    g.NavTabbingCounter = -1;
}

}  // namespace

void tab_through_controls(const char* root_window, int enter_dir) {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = g.IO;
    if (enter_dir != 0) {
        // The page's focus came to the canvas: the first control (ImGui's "tab init", the first
        // item) or the last (a backward request from no item keeps every item, the last wins).
        ImGuiWindow* root = ImGui::FindWindowByName(root_window);
        if (!root || g.NavWindowingTarget) return;
        ImGui::FocusWindow(root);
        g.NavId = 0;
        submit_tabbing(enter_dir > 0 ? 0 : -1, enter_dir < 0);
        return;
    }
    if (io.KeyCtrl || io.KeyAlt || io.KeySuper || !ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab), true)) return;
    if (g.NavWindowingTarget) return;                 // Ctrl+Tab window switching is ImGui's
    if (g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing)) {
        g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
        if (g.NavTabbingDir == 0 && g.NavId != 0) g.NavTabbingDir = +1;
        return;
    }
    // No request: the focused window takes no navigation (or none is focused). Tab on from
    // the root window's controls, from the focused one (the Copy button lives in the article's
    // text window, flattened into the root's ring): FocusWindow would bring back the root's last.
    ImGuiWindow* root = ImGui::FindWindowByName(root_window);
    if (!root) return;
    const ImGuiID focused = g.NavWindow && g.NavWindow->RootWindowForNav == root ? g.NavId : 0;
    ImGui::FocusWindow(root);
    if (!g.NavWindow) return;
    if (focused) g.NavId = focused;
    submit_tabbing(io.KeyShift ? -1 : g.NavId != 0 ? +1 : 0, io.KeyShift);
}

int tab_leaves_controls() {
    ImGuiContext& g = *GImGui;
    if (!g.NavMoveSubmitted || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) || g.NavId == 0 || !g.NavWindow) return 0;
    if (g.NavWindow->RootWindow && (g.NavWindow->RootWindow->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Modal))) return 0;
    int dir = 0;
    if (g.NavTabbingDir == +1 && g.NavTabbingCounter == 1 && g.NavMoveResultLocal.ID == 0) dir = +1;
    else if (g.NavTabbingDir == -1 && g.NavMoveScoringItems && g.NavMoveResultLocal.ID != 0) dir = -1;
    if (dir == 0) return 0;
    ImGui::NavMoveRequestCancel();
    g.NavId = 0;
    g.NavDisableHighlight = true;
    return dir;
}

}  // namespace lede::app
