// draw_renderer.h — draws ImGui's draw lists with WebGL 2 and our own GLSL ES 3.00
// program (shaders/draw_list.vert, shaders/draw_list.frag).
//
// Why not ImGui's OpenGL 3 backend: it saves and restores the whole GL state around every
// frame with ~20 glGet/glIsEnabled calls, and in a browser each of those can be a
// synchronous round trip to the GPU process that waits for the previous frame to finish.
// Profiled in headless Chromium, that wait was over a third of the page's main-thread time
// from navigation to the first analysed frame. The page owns its GL context, so this
// renderer sets the state it needs and never reads any back.
#pragma once

#include <string>
#include <string_view>

#include <GLES3/gl3.h>

struct ImDrawData;

namespace lede::web {

class DrawRenderer {
public:
    // Sends the program's shaders to be compiled and linked, without waiting for them: the
    // first question about a shader waits until the GPU process has compiled it (51 ms of a
    // traced start-up with SwiftShader), so the page builds its font atlas meanwhile and asks
    // only in `finish`.
    void start(std::string_view vertex_source, std::string_view fragment_source);
    // Waits for the program and sets up the vertex layout; false with a message in `error`
    // when the browser's GL refuses it (the page shows that message instead of a blank canvas).
    bool finish(std::string& error);
    // (Re)uploads ImGui's font atlas, after fonts were (re)built, e.g. for a new pixel ratio.
    void upload_font_atlas();
    // Draws one frame's lists into the current framebuffer (fb_width x fb_height pixels).
    void render(const ImDrawData& data, int fb_width, int fb_height);

private:
    void set_state(const ImDrawData& data, int fb_width, int fb_height);
    void point_attributes(unsigned first_vertex);     // with the vertex array bound


    GLuint vertex_shader_ = 0, fragment_shader_ = 0;     // between start and finish
    GLuint program_ = 0, vertex_array_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, font_texture_ = 0;
    GLint projection_at_ = -1, texture_at_ = -1;
    unsigned first_vertex_ = 0;                       // where the attributes start now
};

}  // namespace lede::web
