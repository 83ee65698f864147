// draw_signature.cpp — see draw_signature.h. A word-at-a-time multiply-xor hash: it has to
// cover ~2 MB per frame on the stress input, so it reads 8 bytes per step, not 1.
#include "platform/web/draw_signature.h"

#include <imgui.h>

#include <cstring>

namespace lede::web {
namespace {

class Hasher {
public:
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            mix(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, p + i, size - i);
        mix(tail ^ (static_cast<std::uint64_t>(size) << 56));
    }
    void value(std::uint64_t v) { mix(v); }
    std::uint64_t result() const { return h_ ^ (h_ >> 29); }

private:
    void mix(std::uint64_t w) {
        h_ ^= w;
        h_ *= 0x9E3779B97F4A7C15ull;
        h_ ^= h_ >> 32;
    }
    std::uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t draw_signature(const ImDrawData& data) {
    Hasher h;
    h.bytes(&data.DisplayPos, sizeof data.DisplayPos);
    h.bytes(&data.DisplaySize, sizeof data.DisplaySize);
    h.bytes(&data.FramebufferScale, sizeof data.FramebufferScale);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        h.value(static_cast<std::uint64_t>(list->VtxBuffer.Size) << 32 | static_cast<std::uint32_t>(list->IdxBuffer.Size));
        h.bytes(list->VtxBuffer.Data, sizeof(ImDrawVert) * list->VtxBuffer.Size);
        h.bytes(list->IdxBuffer.Data, sizeof(ImDrawIdx) * list->IdxBuffer.Size);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            h.bytes(&cmd.ClipRect, sizeof cmd.ClipRect);
            h.value(reinterpret_cast<std::uintptr_t>(cmd.TextureId));
            h.value(static_cast<std::uint64_t>(cmd.VtxOffset) << 32 | cmd.IdxOffset);
            h.value(cmd.ElemCount);   // (no pane uses ImDrawCallback; one would need its own key)
        }
    }
    return h.result();
}

}  // namespace lede::web
