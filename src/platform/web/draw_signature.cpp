// draw_signature.cpp — see draw_signature.h.
#include "platform/web/draw_signature.h"

#include <imgui.h>

#include "app/fingerprint.h"

namespace lede::web {

std::uint64_t draw_signature(const ImDrawData& data) {
    app::Fingerprint f;
    f.value(data.DisplayPos);
    f.value(data.DisplaySize);
    f.value(data.FramebufferScale);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        f.value(list->VtxBuffer.Size);
        f.value(list->IdxBuffer.Size);
        f.bytes(list->VtxBuffer.Data, sizeof(ImDrawVert) * list->VtxBuffer.Size);
        f.bytes(list->IdxBuffer.Data, sizeof(ImDrawIdx) * list->IdxBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            f.value(cmd.ClipRect);
            f.value(cmd.TextureId);
            f.value(cmd.VtxOffset);
            f.value(cmd.IdxOffset);
            f.value(cmd.ElemCount);   // (no pane uses ImDrawCallback; one would need its own key)
        }
    }
    return f.result();
}

}  // namespace lede::web
