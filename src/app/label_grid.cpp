// label_grid.cpp — see label_grid.h.
#include "app/label_grid.h"

#include <algorithm>
#include <cmath>

namespace lede::app {
namespace {

bool meet(const ScreenRect& a, const ScreenRect& b) { return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0; }

std::uint64_t key(std::int32_t cx, std::int32_t cy) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) | static_cast<std::uint32_t>(cy);
}

// Cell index of a coordinate, clamped so a huge or non-finite label cannot make the loops long.
std::int32_t cell_of(float v, float cell) {
    const float c = std::floor(v / cell);
    if (!(c > -1e6f)) return -1000000;
    return static_cast<std::int32_t>(std::min(c, 1e6f));
}

}  // namespace

template <typename Visit>
void LabelGrid::for_cells(const ScreenRect& r, Visit visit) const {
    const std::int32_t cx0 = cell_of(r.x0, cell_), cx1 = std::min(cell_of(r.x1, cell_), cx0 + 64);
    const std::int32_t cy0 = cell_of(r.y0, cell_), cy1 = std::min(cell_of(r.y1, cell_), cy0 + 64);
    for (std::int32_t cy = cy0; cy <= cy1; ++cy)
        for (std::int32_t cx = cx0; cx <= cx1; ++cx)
            if (visit(key(cx, cy))) return;
}

bool LabelGrid::overlaps(const ScreenRect& r) const {
    bool hit = false;
    for_cells(r, [&](std::uint64_t k) {
        const auto it = cells_.find(k);
        if (it == cells_.end()) return false;
        for (const int i : it->second)
            if (meet(rects_[static_cast<std::size_t>(i)], r)) return hit = true;
        return false;
    });
    return hit;
}

void LabelGrid::add(const ScreenRect& r) {
    const int index = static_cast<int>(rects_.size());
    rects_.push_back(r);
    for_cells(r, [&](std::uint64_t k) {
        cells_[k].push_back(index);
        return false;
    });
}

}  // namespace lede::app
