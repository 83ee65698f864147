// touch_gestures_test.cpp — the touch recogniser (src/app/touch_gestures.h, no ImGui): a tap
// is a hover frame, a press frame then a release frame at the finger, even when it lasted less than a frame
// or came right after another; a swipe moves the content with the finger and glides on,
// slowing, after a quick lift, not after a pause; a pinch reports its zoom factor about its
// midpoint, and the finger left after it neither taps nor pans.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/touch_gestures.h"

using lede::app::TouchFrame;
using lede::app::TouchGestures;

TEST_CASE("a tap is a press frame and a release frame where the finger was", "[touch]") {
    TouchGestures g;
    g.step(0, 2);
    g.touch(TouchGestures::Start, 7, 100, 200, 1);
    g.touch(TouchGestures::Move, 7, 104, 203, 5);    // within the slop (10 CSS px × 2)
    g.touch(TouchGestures::End, 7, 104, 203, 9);     // all before the next frame
    TouchFrame hover = g.step(16, 2);                 // the pointer arrives before it presses
    CHECK(hover.owns_pointer);
    CHECK(hover.has_position);
    CHECK(!hover.button);
    CHECK(hover.x == 100);
    CHECK(hover.y == 200);
    TouchFrame a = g.step(24, 2);
    CHECK(a.button);
    CHECK(a.x == 100);
    CHECK(a.y == 200);
    CHECK(!a.moving());
    TouchFrame b = g.step(32, 2);
    CHECK(!b.button);
    CHECK(b.has_position);
    CHECK(b.x == 100);
    TouchFrame c = g.step(48, 2);
    CHECK(!c.has_position);                           // nothing stays hovered under a lifted finger
}

TEST_CASE("two quick taps are two clicks", "[touch]") {
    TouchGestures g;
    g.touch(TouchGestures::Start, 1, 10, 10, 0);
    g.touch(TouchGestures::End, 1, 10, 10, 3);
    g.touch(TouchGestures::Start, 2, 300, 40, 6);
    g.touch(TouchGestures::End, 2, 300, 40, 9);
    int presses = 0;
    float last_x = 0;
    TouchFrame before;
    for (int i = 0; i < 6; ++i) {
        TouchFrame f = g.step(16.0 * (i + 1), 1);
        if (f.button) {
            ++presses;
            last_x = f.x;
            // ImGui takes a press on a tab only where the pointer hovered the frame before.
            CHECK(before.has_position);
            CHECK(!before.button);
            CHECK(before.x == f.x);
            CHECK(before.y == f.y);
        }
        before = f;
    }
    CHECK(presses == 2);
    CHECK(last_x == 300);
}

TEST_CASE("a swipe follows the finger, then glides and slows down", "[touch]") {
    TouchGestures g;
    g.step(0, 1);
    g.touch(TouchGestures::Start, 1, 200, 600, 0);
    float panned = 0;
    double t = 0;
    for (int i = 1; i <= 10; ++i) {
        t = i * 10.0;
        g.touch(TouchGestures::Move, 1, 200, 600 - 30.0f * i, t);   // up, 3 px/ms
        TouchFrame f = g.step(t, 1);
        CHECK(!f.button);
        CHECK(f.x == 200);                            // the pointer stays where the swipe began
        CHECK(f.y == 600);
        panned += f.pan_y;
    }
    CHECK(panned == Approx(-300));                    // exactly the finger's way, slop included
    g.touch(TouchGestures::End, 1, 200, 300, t + 5);
    CHECK(g.gliding());
    float glide = 0, first = 0, last = 0;
    for (int i = 1; i <= 200 && g.gliding(); ++i) {
        TouchFrame f = g.step(t + 16.0 * i, 1);
        if (i == 1) first = f.pan_y;
        last = f.pan_y;
        glide += f.pan_y;
    }
    CHECK(!g.gliding());
    CHECK(first < 0);                                 // on in the same direction
    CHECK(std::fabs(last) < std::fabs(first));        // slowing
    CHECK(glide < -100);
    CHECK(glide > -3 * 325 - 50);                     // bounded: speed × decay time
}

TEST_CASE("a lift after a pause does not glide; a new touch stops a glide", "[touch]") {
    TouchGestures g;
    g.touch(TouchGestures::Start, 1, 0, 500, 0);
    for (int i = 1; i <= 5; ++i) g.touch(TouchGestures::Move, 1, 0, 500 - 40.0f * i, i * 10.0);
    g.touch(TouchGestures::End, 1, 0, 300, 400);
    CHECK(!g.gliding());
    g.touch(TouchGestures::Start, 2, 0, 500, 500);
    for (int i = 1; i <= 5; ++i) g.touch(TouchGestures::Move, 2, 0, 500 - 40.0f * i, 500 + i * 10.0);
    g.touch(TouchGestures::End, 2, 0, 300, 555);
    CHECK(g.gliding());
    g.touch(TouchGestures::Start, 3, 0, 300, 560);
    CHECK(!g.gliding());
}

TEST_CASE("a pinch zooms about its midpoint; the finger left after it does nothing", "[touch]") {
    TouchGestures g;
    g.step(0, 1);
    g.touch(TouchGestures::Start, 1, 100, 100, 0);
    g.touch(TouchGestures::Start, 2, 200, 100, 2);
    g.touch(TouchGestures::Move, 1, 50, 100, 10);
    g.touch(TouchGestures::Move, 2, 250, 100, 10);
    TouchFrame f = g.step(16, 1);
    CHECK(f.zoom == Approx(2.0f));
    CHECK(f.zoom_x == Approx(150));
    CHECK(!f.button);
    g.touch(TouchGestures::End, 2, 250, 100, 20);
    g.touch(TouchGestures::Move, 1, 10, 400, 30);
    g.touch(TouchGestures::End, 1, 10, 400, 40);
    for (int i = 0; i < 3; ++i) {
        TouchFrame h = g.step(32 + 16.0 * i, 1);
        CHECK(!h.button);
        CHECK(!h.moving());
    }
    CHECK(!g.gliding());
}

TEST_CASE("a cancelled touch is no tap; a mouse move gives the pointer back", "[touch]") {
    TouchGestures g;
    g.touch(TouchGestures::Start, 1, 10, 10, 0);
    g.touch(TouchGestures::Cancel, 1, 10, 10, 5);
    TouchFrame f = g.step(16, 1);
    CHECK(!f.button);
    CHECK(f.owns_pointer);
    g.mouse_moved();
    CHECK(!g.step(32, 1).owns_pointer);
}

TEST_CASE("a finger held still is one long press at the finger; taken, no tap follows", "[touch]") {
    TouchGestures g;
    g.step(0, 2);
    g.touch(TouchGestures::Start, 3, 120, 300, 10);
    CHECK(!g.step(16, 2).long_press);                 // held from this frame on (the frames' clock)
    TouchFrame early = g.step(300, 2);                // held 284 ms: not yet
    CHECK(!early.long_press);
    CHECK(!early.button);
    g.touch(TouchGestures::Move, 3, 126, 303, 400);   // a tremble within the slop
    TouchFrame held = g.step(520, 2);
    CHECK(held.long_press);
    CHECK(held.x == 120);
    CHECK(held.y == 300);
    CHECK(!held.button);
    g.take_long_press();                              // the Article pane selected a word
    CHECK(!g.step(540, 2).long_press);                // once
    g.touch(TouchGestures::Move, 3, 160, 340, 560);   // moving after it pans nothing
    CHECK(!g.step(570, 2).moving());
    g.touch(TouchGestures::End, 3, 160, 340, 600);
    for (double t = 616; t < 700; t += 16) CHECK(!g.step(t, 2).button);   // the lift is no tap
}

TEST_CASE("a finger that moves before the long press time swipes, never long-presses", "[touch]") {
    TouchGestures g;
    g.step(0, 2);
    g.touch(TouchGestures::Start, 4, 100, 400, 10);
    g.touch(TouchGestures::Move, 4, 100, 340, 200);   // past the slop: a pan
    TouchFrame f = g.step(216, 2);
    CHECK(f.pan_y < 0);
    CHECK(!g.step(700, 2).long_press);
}

TEST_CASE("a long press no pane takes lifts as a tap (a held tap on a tab)", "[touch]") {
    TouchGestures g;
    g.step(0, 2);
    g.touch(TouchGestures::Start, 5, 50, 60, 10);
    g.step(16, 2);
    CHECK(g.step(600, 2).long_press);
    CHECK(!g.step(616, 2).long_press);
    g.touch(TouchGestures::End, 5, 50, 60, 620);
    bool pressed = false;
    for (double t = 632; t < 700; t += 16) pressed |= g.step(t, 2).button;
    CHECK(pressed);
}
