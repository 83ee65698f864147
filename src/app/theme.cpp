// theme.cpp — the ImGui style of each palette (palette.h) and the actor type colours. Type
// colours are chosen to stay apart for the common colour-vision deficiencies (an
// Okabe–Ito-like set) and to read on both backgrounds.
#include "app/theme.h"

namespace lede::app {

const Palette& Theme::colors() const { return palette(dark); }

ImU32 Theme::actor_color(ActorType type, float alpha) const {
    ImVec4 c;
    switch (type) {
        case ActorType::Person: c = dark ? ImVec4(0.96f, 0.64f, 0.25f, 1) : ImVec4(0.84f, 0.45f, 0.00f, 1); break;
        case ActorType::Org: c = dark ? ImVec4(0.38f, 0.68f, 0.96f, 1) : ImVec4(0.00f, 0.45f, 0.74f, 1); break;
        case ActorType::Gpe: c = dark ? ImVec4(0.40f, 0.80f, 0.55f, 1) : ImVec4(0.00f, 0.58f, 0.40f, 1); break;
        case ActorType::Loc: c = dark ? ImVec4(0.65f, 0.85f, 0.35f, 1) : ImVec4(0.35f, 0.55f, 0.05f, 1); break;
        case ActorType::Norp: c = dark ? ImVec4(0.85f, 0.55f, 0.80f, 1) : ImVec4(0.70f, 0.30f, 0.60f, 1); break;
        case ActorType::Other: c = dark ? ImVec4(0.70f, 0.70f, 0.72f, 1) : ImVec4(0.45f, 0.45f, 0.48f, 1); break;
    }
    c.w = alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

const char* actor_type_label(ActorType type) {
    switch (type) {
        case ActorType::Person: return "Person";
        case ActorType::Org: return "Organisation";
        case ActorType::Gpe: return "Country / city";
        case ActorType::Loc: return "Place";
        case ActorType::Norp: return "Group / nationality";
        case ActorType::Other: return "Other";
    }
    return "Other";
}

void Theme::apply() const {
    ImGuiStyle style;
    if (dark) ImGui::StyleColorsDark(&style);
    else ImGui::StyleColorsLight(&style);
    const Palette& p = colors();
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.background);
    style.Colors[ImGuiCol_ChildBg] = ImGui::ColorConvertU32ToFloat4(p.panel);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.ink);
    style.Colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.ink_faint);
    // Checkboxes and text fields: a box, an outline and a mark that stand out from the page
    // (palette.h; tests/unit/palette_test.cpp checks the contrasts).
    style.Colors[ImGuiCol_FrameBg] = ImGui::ColorConvertU32ToFloat4(p.frame);
    style.Colors[ImGuiCol_CheckMark] = ImGui::ColorConvertU32ToFloat4(p.check);
    style.Colors[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.frame_border);
    style.WindowPadding = ImVec2(10, 8);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.FrameRounding = 5;
    style.ChildRounding = 6;
    style.PopupRounding = 6;
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 0;
    style.ScrollbarSize = 12;
    style.ScrollbarRounding = 6;
    style.TabRounding = 5;
    style.ScaleAllSizes(scale);
    style.FrameBorderSize = std::max(1.0f, std::round(scale));   // the outline of boxes (whole pixels: crisp)
    // Circles within half a pixel of round (ImGui's default is 0.3): hundreds of node discs
    // and timeline marks then take about a quarter fewer vertices, and still look round.
    style.CircleTessellationMaxError = 0.5f;
    ImGui::GetStyle() = style;
}

}  // namespace lede::app
