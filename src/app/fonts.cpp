// fonts.cpp — the font atlas. On HiDPI screens glyphs are baked at device size (sharp)
// without horizontal oversampling, which keeps the atlas within 2048 x 2048.
#include "app/fonts.h"

#include <cstdio>

#include "base/utf8.h"

namespace lede::app {
namespace {

// Baked from the start: what the UI's own strings and most English articles use. Not U+FFFD
// (an article with repaired bytes has it baked when it arrives): ImGui sizes each font's
// glyph lookup tables to the highest code point: with U+FFFD, 64 K entries for each of the
// three fonts rather than 10 K (ImFont::BuildLookupTable was 42 ms of a traced start-up).
const ImWchar kBase[] = {
    0x0020, 0x007E, 0x00A0, 0x00FF,                  // ASCII, Latin-1
    0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC,  // dashes, quotes, bullets, ellipsis, euro
    0x2122, 0x2122, 0x2190, 0x2193, 0x2212, 0x2212,  // ™, arrows, minus
    0x26A0, 0x26A0, 0x2713, 0x2715,                  // warning sign, check marks
    0};

// Everything the subset font can draw; baked when an article uses it.
const ImWchar kCovered[] = {
    0x0020, 0x007E, 0x00A0, 0x024F,                  // Latin, Latin-1, Latin Extended-A/B
    0x0370, 0x03FF, 0x0400, 0x052F,                  // Greek, Cyrillic (+ supplement)
    0x2000, 0x206F, 0x20A0, 0x20BF,                  // General Punctuation, currency
    0x2116, 0x2116, 0x2122, 0x2122, 0x2190, 0x2199,  // №, ™, arrows
    0x2212, 0x2212, 0x25A0, 0x25FF, 0x26A0, 0x26A0,  // minus, shapes, warning sign
    0x2713, 0x2715, 0xFFFD, 0xFFFD, 0};

bool in_ranges(const ImWchar* ranges, char32_t cp) {
    for (; ranges[0]; ranges += 2)
        if (cp >= ranges[0] && cp <= ranges[1]) return true;
    return false;
}

bool readable(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

}  // namespace

bool GlyphCoverage::add_text(std::string_view utf8) {
    bool grew = false;
    for (std::size_t pos = 0; pos < utf8.size();) {
        if (static_cast<unsigned char>(utf8[pos]) < 0x80) {   // ASCII: always baked
            ++pos;
            continue;
        }
        const char32_t cp = utf8::decode(utf8, pos);
        if (cp >= 0x10000 || added_[cp] || in_ranges(kBase, cp) || !in_ranges(kCovered, cp)) continue;
        added_[cp] = true;
        extra_.push_back(static_cast<ImWchar>(cp));
        grew = true;
    }
    return grew;
}

bool load_fonts(Fonts& fonts, const std::string& path, float scale, const std::vector<ImWchar>& extra) {
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
    // The atlas reads the ranges when it is built (at upload), so they live in `fonts`.
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kBase);
    for (const ImWchar c : extra) builder.AddChar(c);
    fonts.ranges.clear();
    builder.BuildRanges(&fonts.ranges);
    fonts.body = io.Fonts->AddFontFromFileTTF(path.c_str(), 17.0f * scale, &config, fonts.ranges.Data);
    fonts.small = io.Fonts->AddFontFromFileTTF(path.c_str(), 14.0f * scale, &config, fonts.ranges.Data);
    fonts.title = io.Fonts->AddFontFromFileTTF(path.c_str(), 26.0f * scale, &config, fonts.ranges.Data);
    io.FontDefault = fonts.small;
    return fonts.body && fonts.small && fonts.title;
}

}  // namespace lede::app
