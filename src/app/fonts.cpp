// fonts.cpp — the font atlas. On HiDPI screens glyphs are baked at device size (sharp)
// without horizontal oversampling, which keeps the atlas within 2048 x 2048.
#include "app/fonts.h"

#include <cstdio>

namespace lede::app {
namespace {

const ImWchar kRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x024F,                  // Latin, Latin-1, Latin Extended-A/B
    0x0370, 0x03FF, 0x0400, 0x052F,                  // Greek, Cyrillic (+ supplement)
    0x2000, 0x206F, 0x20A0, 0x20BF,                  // General Punctuation, currency
    0x2116, 0x2116, 0x2122, 0x2122, 0x2190, 0x2199,  // №, ™, arrows
    0x2212, 0x2212, 0x25A0, 0x25FF, 0x2713, 0x2715,  // minus, shapes, check marks
    0xFFFD, 0xFFFD, 0};

bool readable(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

}  // namespace

bool load_fonts(Fonts& fonts, const std::string& path, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    fonts.scale = scale;
    ImFontConfig config;
    config.OversampleH = scale >= 1.5f ? 1 : 2;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    if (!readable(path)) {
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * scale;
        fonts.body = fonts.title = fonts.small = io.Fonts->AddFontDefault(&fallback);
        return false;
    }
    fonts.body = io.Fonts->AddFontFromFileTTF(path.c_str(), 17.0f * scale, &config, kRanges);
    fonts.small = io.Fonts->AddFontFromFileTTF(path.c_str(), 14.0f * scale, &config, kRanges);
    fonts.title = io.Fonts->AddFontFromFileTTF(path.c_str(), 26.0f * scale, &config, kRanges);
    io.FontDefault = fonts.small;
    return fonts.body && fonts.small && fonts.title;
}

}  // namespace lede::app
