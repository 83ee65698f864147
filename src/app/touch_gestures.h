// touch_gestures.h — touch read the way a phone reader expects: a tap clicks where the finger
// was, a swipe moves the content with the finger and glides on a little after it lifts
// (inertia), two fingers pinch to zoom, a finger held still selects (a long press: the
// Article pane selects the word under it, as a phone's browser does). The platform hands over raw touches (device pixels,
// milliseconds); once a frame, step() says what happened since the last frame: where the
// pointer is, whether its button is down (a tap is a hover frame, a press frame and a release frame at
// the finger, so a tap shorter than a frame, or a quick second tap, is never lost), how far to pan, how much to
// zoom. Panes take pan and zoom; the app scrolls the hovered window with what they leave.
//
// Platform-free and ImGui-free (unit-tested natively).
#pragma once

#include <deque>
#include <vector>

namespace lede::app {

struct TouchFrame {
    bool owns_pointer = false;   // the last input was a touch: x, y, button are the pointer
    bool has_position = false;   // a finger is down, the content glides, or a tap is playing
    float x = 0, y = 0;          // device px: the gesture's anchor (where it began), or the tap
    bool button = false;         // the primary button is down (a tap's press frame)
    float pan_x = 0, pan_y = 0;  // device px: the content follows the finger (or glides)
    float zoom = 1;              // pinch factor since the last frame, about (zoom_x, zoom_y)
    float zoom_x = 0, zoom_y = 0;
    bool consumed = false;       // a pane took pan and zoom this frame
    bool long_press = false;     // a finger has been held still kLongPressMs at (x, y): reported once
    bool long_press_taken = false;  // a pane used it (selected a word): see TouchGestures::take_long_press
    bool moving() const { return pan_x != 0 || pan_y != 0 || zoom != 1; }
};

class TouchGestures {
public:
    enum Phase { Start = 0, Move = 1, End = 2, Cancel = 3 };
    // One touch point of a browser touch event (each changed touch is one call).
    void touch(Phase phase, int id, float x, float y, double t_ms);
    // What happened since the last step; `scale` is device px per CSS px.
    TouchFrame step(double now_ms, float scale);
    // A real mouse moved: it drives the pointer again.
    void mouse_moved() { owns_pointer_ = false; }
    // A pane used the long press just reported: the finger's lift is then no tap, and its
    // moves pan nothing. A long press no pane takes lifts as a tap (a held tap on a tab).
    void take_long_press() {
        if (mode_ == Mode::Pending) mode_ = Mode::Ignoring;
    }
    bool gliding() const { return gliding_; }

    // A finger that moves less than this (CSS px) before it lifts is a tap.
    static constexpr float kTapSlopCss = 10.0f;
    // Inertia: the glide's speed decays by e every kGlideDecayMs; a lift slower than
    // kMinGlideCssPerMs, or more than kStillMs after the last move, does not glide.
    static constexpr double kGlideDecayMs = 325.0;
    static constexpr float kMinGlideCssPerMs = 0.08f;
    static constexpr double kStillMs = 100.0;
    // A finger held within the tap slop this long is a long press (Android's and iOS's ~0.5 s).
    static constexpr double kLongPressMs = 500.0;

private:
    struct Finger {
        int id = 0;
        float x = 0, y = 0;
    };
    enum class Mode { Idle, Pending, Panning, Pinching, Ignoring };
    Finger* find(int id);
    float pinch_distance() const;

    std::vector<Finger> fingers_;
    Mode mode_ = Mode::Idle;
    bool owns_pointer_ = false;
    float scale_ = 1;                                 // the last step's, for the tap slop
    float anchor_x_ = 0, anchor_y_ = 0;               // where the gesture began
    float pan_x_ = 0, pan_y_ = 0;                     // since the last step
    float zoom_ = 1, zoom_x_ = 0, zoom_y_ = 0;
    float pinch_dist_ = 0, mid_x_ = 0, mid_y_ = 0;
    float vx_ = 0, vy_ = 0;                           // device px per ms, smoothed
    double last_move_ms_ = 0;
    double down_ms_ = -1;                             // the first step that saw the pending finger (-1: none yet)
    bool long_press_ = false;                         // recognised, not yet reported by step()
    bool long_press_reported_ = false;                // for the finger down now
    bool gliding_ = false;
    double last_step_ms_ = -1;
    struct Tap {
        float x = 0, y = 0;
        int frames_played = 0;                        // of its hover, press and release frames
    };
    std::deque<Tap> taps_;
};

}  // namespace lede::app
