// label_grid_test.cpp — the graph's label placement grid (src/app/label_grid.h, no ImGui):
// it answers "does this rectangle meet one placed before?" exactly as a plain list would,
// for many labels, labels spanning many cells, and far, huge or non-finite coordinates.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "app/label_grid.h"

using lede::app::LabelGrid;
using lede::app::ScreenRect;

namespace {
bool meet(const ScreenRect& a, const ScreenRect& b) { return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0; }
}  // namespace

TEST_CASE("the label grid agrees with a plain list on random placements", "[label-grid]") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> pos(-300.0f, 3000.0f), size(0.5f, 220.0f);
    LabelGrid grid;
    std::vector<ScreenRect> placed;
    int refused = 0;
    for (int i = 0; i < 3000; ++i) {
        const float x = pos(rng), y = pos(rng);
        const ScreenRect r{x, y, x + size(rng), y + size(rng) * 0.3f};
        bool expected = false;
        for (const ScreenRect& p : placed) expected |= meet(p, r);
        INFO("label " << i);
        REQUIRE(grid.overlaps(r) == expected);
        if (expected) {
            ++refused;
        } else {
            grid.add(r);
            placed.push_back(r);
        }
    }
    CHECK(refused > 100);             // the test did exercise both answers
    CHECK(placed.size() > 100);
}

TEST_CASE("the label grid takes far, huge and non-finite rectangles without hanging", "[label-grid]") {
    LabelGrid grid;
    const float inf = std::numeric_limits<float>::infinity(), nan = std::nanf("");
    // Filed under at most 65 x 65 cells from its corner: bounded work, not an exact answer
    // for a label two billion pixels wide, which no zoom makes.
    grid.add({-1e9f, -1e9f, 1e9f, 1e9f});
    grid.add({nan, nan, nan, nan});
    grid.add({-inf, 0, inf, 1});
    CHECK_FALSE(grid.overlaps({nan, 0, nan, 1}));
    grid.add({0, 100, 10, 110});
    CHECK(grid.overlaps({5, 105, 6, 106}));
    CHECK_FALSE(grid.overlaps({20, 100, 30, 110}));
    LabelGrid empty;
    CHECK_FALSE(empty.overlaps({0, 0, 1, 1}));
}
