// draw_signature.h — a 64-bit fingerprint of one frame's ImGui draw data (every list's
// vertices, indices and commands, plus the display size), so the platform can leave the
// canvas alone when a frame would draw exactly what is already on screen.
//
// Why: each frame the page draws is composited and, in a browser without GPU compositing
// (headless Chromium on SwiftShader, many virtual machines), read back to the CPU, tens of
// milliseconds of the GPU process per frame. Drawing unchanged frames at 60 Hz took a core
// from the analysis worker while the page started. ImGui still runs every frame (input,
// hover delays); only the GL work is skipped.
#pragma once

#include <cstdint>

struct ImDrawData;

namespace lede::web {

std::uint64_t draw_signature(const ImDrawData& data);

}  // namespace lede::web
