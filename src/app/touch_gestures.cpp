// touch_gestures.cpp — the touch state machine: idle → pending (a finger down) → a tap when
// it lifts in place, a long press when it stays in place (step() sees the time pass), panning once it has moved past the slop, pinching with a second finger.
#include "app/touch_gestures.h"

#include <algorithm>
#include <cmath>

namespace lede::app {

TouchGestures::Finger* TouchGestures::find(int id) {
    for (Finger& f : fingers_)
        if (f.id == id) return &f;
    return nullptr;
}

float TouchGestures::pinch_distance() const {
    return std::hypot(fingers_[1].x - fingers_[0].x, fingers_[1].y - fingers_[0].y);
}

void TouchGestures::touch(Phase phase, int id, float x, float y, double t_ms) {
    owns_pointer_ = true;
    if (phase == Start) {
        gliding_ = false;                             // a finger on the glass stops the glide
        if (Finger* f = find(id)) {
            f->x = x;
            f->y = y;
        } else {
            fingers_.push_back({id, x, y});
        }
        if (fingers_.size() == 1 && mode_ == Mode::Idle) {
            mode_ = Mode::Pending;
            anchor_x_ = x;
            anchor_y_ = y;
            vx_ = vy_ = 0;
            last_move_ms_ = t_ms;
            down_ms_ = -1;                            // timed from the first step that sees it
            long_press_reported_ = false;
        } else if (fingers_.size() == 2 && (mode_ == Mode::Pending || mode_ == Mode::Panning)) {
            mode_ = Mode::Pinching;
            pinch_dist_ = pinch_distance();
            mid_x_ = (fingers_[0].x + fingers_[1].x) * 0.5f;
            mid_y_ = (fingers_[0].y + fingers_[1].y) * 0.5f;
            anchor_x_ = zoom_x_ = mid_x_;
            anchor_y_ = zoom_y_ = mid_y_;
        }
        return;
    }
    if (phase == Move) {
        Finger* f = find(id);
        if (!f) return;
        const float ox = f->x, oy = f->y;
        f->x = x;
        f->y = y;
        if (mode_ == Mode::Pending) {
            if (std::hypot(x - anchor_x_, y - anchor_y_) <= kTapSlopCss * scale_) return;
            mode_ = Mode::Panning;                    // the content catches up with the finger
            pan_x_ += x - anchor_x_;
            pan_y_ += y - anchor_y_;
            last_move_ms_ = t_ms;
        } else if (mode_ == Mode::Panning) {
            pan_x_ += x - ox;
            pan_y_ += y - oy;
            const double dt = t_ms - last_move_ms_;
            if (dt > 0) {
                // Smoothed, the latest move weighing most: the speed at the lift is what glides.
                const float k = 0.8f;
                vx_ = k * static_cast<float>((x - ox) / dt) + (1 - k) * vx_;
                vy_ = k * static_cast<float>((y - oy) / dt) + (1 - k) * vy_;
                last_move_ms_ = t_ms;
            }
        } else if (mode_ == Mode::Pinching && fingers_.size() >= 2 && (f == &fingers_[0] || f == &fingers_[1])) {
            const float d = pinch_distance();
            const float mx = (fingers_[0].x + fingers_[1].x) * 0.5f, my = (fingers_[0].y + fingers_[1].y) * 0.5f;
            if (pinch_dist_ > 1 && d > 1) zoom_ *= d / pinch_dist_;
            pan_x_ += mx - mid_x_;
            pan_y_ += my - mid_y_;
            pinch_dist_ = d;
            mid_x_ = zoom_x_ = mx;
            mid_y_ = zoom_y_ = my;
        }
        return;
    }
    // End or Cancel.
    fingers_.erase(std::remove_if(fingers_.begin(), fingers_.end(), [id](const Finger& f) { return f.id == id; }), fingers_.end());
    switch (mode_) {
        case Mode::Pending:
            if (fingers_.empty()) {
                if (phase == End) taps_.push_back({anchor_x_, anchor_y_, 0});
                mode_ = Mode::Idle;
            }
            break;
        case Mode::Panning:
            if (fingers_.empty()) {
                const bool recent = t_ms - last_move_ms_ <= kStillMs;
                gliding_ = phase == End && recent && std::hypot(vx_, vy_) >= kMinGlideCssPerMs * scale_;
                mode_ = Mode::Idle;
            }
            break;
        case Mode::Pinching:
            // The finger left on the glass after a pinch neither pans nor taps.
            if (fingers_.size() < 2) mode_ = fingers_.empty() ? Mode::Idle : Mode::Ignoring;
            break;
        case Mode::Ignoring:
            if (fingers_.empty()) mode_ = Mode::Idle;
            break;
        case Mode::Idle: break;
    }
}

TouchFrame TouchGestures::step(double now_ms, float scale) {
    scale_ = scale > 0 ? scale : 1;
    const double dt = last_step_ms_ < 0 ? 0 : std::clamp(now_ms - last_step_ms_, 0.0, 100.0);
    last_step_ms_ = now_ms;
    if (gliding_) {
        pan_x_ += static_cast<float>(vx_ * dt);
        pan_y_ += static_cast<float>(vy_ * dt);
        const float decay = static_cast<float>(std::exp(-dt / kGlideDecayMs));
        vx_ *= decay;
        vy_ *= decay;
        if (std::hypot(vx_, vy_) < kMinGlideCssPerMs * scale_) gliding_ = false;
    }
    // A finger still down in place for kLongPressMs: a long press, reported once. Taken by a
    // pane (take_long_press), the finger then neither taps when it lifts nor pans.
    // Timed on the frames' clock, not the events' (a busy page gets touches late, with old
    // times: a tap's start and end then come together and no step sees it held).
    if (mode_ == Mode::Pending && fingers_.size() == 1 && down_ms_ < 0) down_ms_ = now_ms;
    if (mode_ == Mode::Pending && fingers_.size() == 1 && !long_press_reported_ && now_ms - down_ms_ >= kLongPressMs) {
        long_press_reported_ = true;
        long_press_ = true;
    }
    TouchFrame f;
    f.owns_pointer = owns_pointer_;
    if (long_press_) {
        long_press_ = false;
        f.long_press = true;
        f.x = anchor_x_;
        f.y = anchor_y_;
        f.has_position = true;
        pan_x_ = pan_y_ = 0;
        zoom_ = 1;
        return f;
    }
    f.pan_x = pan_x_;
    f.pan_y = pan_y_;
    f.zoom = zoom_;
    f.zoom_x = zoom_x_;
    f.zoom_y = zoom_y_;
    pan_x_ = pan_y_ = 0;
    zoom_ = 1;
    if (!taps_.empty()) {
        Tap& t = taps_.front();
        f.x = t.x;
        f.y = t.y;
        f.has_position = true;
        // A hover frame first: ImGui's tabs and overlapping items take a press only where the
        // pointer already hovered in the frame before, so a tap right after another would be lost.
        f.button = t.frames_played == 1;
        if (++t.frames_played == 3) taps_.pop_front();   // hover, press, release
    } else if (!fingers_.empty() || gliding_ || f.moving()) {
        f.x = anchor_x_;
        f.y = anchor_y_;
        f.has_position = true;
    }
    return f;
}

}  // namespace lede::app
