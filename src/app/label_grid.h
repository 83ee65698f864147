// label_grid.h — which screen rectangles are already taken, for placing labels that must
// not overlap (graph node and edge labels).
//
// A uniform grid: each rectangle is filed under every cell it touches, so a test looks only
// at the rectangles near it. Placing n labels is then about linear; the plain list it
// replaced made it quadratic (the stress input's 2,500 labels: ~3 M rectangle tests a frame).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace lede::app {

struct ScreenRect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;             // x0 <= x1, y0 <= y1, screen pixels
};

class LabelGrid {
public:
    explicit LabelGrid(float cell_px = 64) : cell_(cell_px > 1 ? cell_px : 1) {}
    bool overlaps(const ScreenRect& r) const;        // true if it meets a rectangle added before
    void add(const ScreenRect& r);

private:
    template <typename Visit>
    void for_cells(const ScreenRect& r, Visit visit) const;
    float cell_;
    std::vector<ScreenRect> rects_;
    std::unordered_map<std::uint64_t, std::vector<int>> cells_;   // cell key -> indices into rects_
};

}  // namespace lede::app
