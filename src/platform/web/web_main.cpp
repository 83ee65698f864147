// web_main.cpp — the web platform: GLFW window on the page's canvas (WebGL 2), ImGui's
// GLFW input backend and our own renderer (draw_renderer.h), the main loop, HiDPI sizing,
// and the whole JS boundary of the app.
//
// The analysis itself runs in a Web Worker (src/platform/worker, web/lede-worker.js) that
// the glue starts with the page; this module holds the UI and reads the worker's JSON.
//
// Boundary, both ways, strings only (UTF-8 in malloc'd buffers), nothing thrown:
//   JS -> wasm (exports):  lede_analysis_started(bytes), lede_analysis_ready(json, text, html,
//                          ms, origin), lede_analysis_failed(message), lede_open_share(fragment),
//                          lede_load_analysis(json), lede_load_sample(), lede_notice(message, is_error),
//                          lede_command(line) -> JSON (test/automation hook),
//                          lede_wheel(notches_x, notches_y), lede_touch(phase, id, x, y, ms)
//                          (the glue's wheel and touch listeners: GLFW never sees those events),
//                          lede_frame_ms() (smoothed CPU time of a frame, for bench/).
//   wasm -> JS (EM_JS):    window.lede.analyse / onAnalysed / onShareOpened / copyLink / copyText / download /
//                          downloadPng / openPasteDialog / leaveCanvas / viewport, Module.ledeReady,
//                          Module.ledeFirstFrame, and the page's #status line (js_fail: a start-up
//                          failure, written there directly since the glue may not be usable).
// A PNG export's frames are drawn into a framebuffer of their own at the export's size, bigger
// than the canvas (App::export_frame_size), and read back from there.
// A frame whose draw data matches what the canvas shows is not drawn (draw_signature.h):
// ImGui runs every animation frame, the GL work only when something changed. At start-up no
// frame runs until there is an article or a message to show, for 2 s at most (frame()).
// Emscripten 3.1.6's GLFW ignores devicePixelRatio: the canvas backing store is sized
// here to CSS size × DPR every frame, and the app scales fonts and style by the DPR.
// Its wheel (raw deltaY, sign as is) and touch (the pointer never moves) are wrong for
// reading: web/lede-glue.js stops those events before GLFW's listeners and hands them here.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "platform/web/draw_renderer.h"
#include "platform/web/draw_signature.h"

namespace {

EM_JS(void, js_request_analysis, (const char* text, int raw, const char* dateline, int sample, const char* shared,
                                  const char* origin), {
    window.lede.analyse({text: UTF8ToString(text), raw: !!raw, dateline: UTF8ToString(dateline),
                         sample: !!sample, shared: UTF8ToString(shared), origin: UTF8ToString(origin)});
});
EM_JS(void, js_analysed, (const char* json, const char* info), {
    window.lede.onAnalysed(UTF8ToString(json), JSON.parse(UTF8ToString(info)));
});
EM_JS(void, js_share_opened, (int ok, const char* message, const char* fragment), {
    window.lede.onShareOpened(!!ok, UTF8ToString(message), UTF8ToString(fragment));
});
EM_JS(void, js_copy_link, (const char* fragment), { window.lede.copyLink(UTF8ToString(fragment)); });
EM_JS(void, js_copy_text, (const char* text), { window.lede.copyText(UTF8ToString(text)); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
    window.lede.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + size));
});
EM_JS(void, js_download_png, (const char* name, int width, int height, const unsigned char* rgba), {
    window.lede.downloadPng(UTF8ToString(name), width, height, HEAPU8.slice(rgba, rgba + width * height * 4));
});
EM_JS(void, js_open_paste_dialog, (), { window.lede.openPasteDialog(); });
EM_JS(void, js_leave_canvas, (int dir), { window.lede.leaveCanvas(dir); });
EM_JS(void, js_viewport, (int* width, int* height, double* dpr), {
    var v = window.lede.viewport();
    HEAP32[width >> 2] = v[0];
    HEAP32[height >> 2] = v[1];
    HEAPF64[dpr >> 3] = v[2];
});
EM_JS(void, js_ready, (), { Module.ledeReady(); });
EM_JS(void, js_first_frame, (), { Module.ledeFirstFrame(); });
EM_JS(void, js_fail, (const char* message), {
    var el = document.getElementById('status');
    if (el) { el.textContent = UTF8ToString(message); el.className = 'error'; }
});

class WebServices final : public lede::app::Services {
public:
    void request_analysis(const lede::app::AnalysisRequest& r) override {
        js_request_analysis(r.text.c_str(), r.raw ? 1 : 0, r.dateline.c_str(), r.sample ? 1 : 0, r.shared.c_str(), r.origin.c_str());
    }
    void analysed(const std::string& json, const std::string& info) override { js_analysed(json.c_str(), info.c_str()); }
    void share_opened(bool ok, const std::string& message, const std::string& fragment) override {
        js_share_opened(ok ? 1 : 0, message.c_str(), fragment.c_str());
    }
    void copy_link(const std::string& fragment) override { js_copy_link(fragment.c_str()); }
    void copy_text(const std::string& text) override { js_copy_text(text.c_str()); }
    void download(const std::string& name, const std::string& mime, const std::string& bytes) override {
        js_download(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()));
    }
    void download_png(const std::string& name, int width, int height, const std::vector<unsigned char>& rgba) override {
        js_download_png(name.c_str(), width, height, rgba.data());
    }
    void open_paste_dialog() override { js_open_paste_dialog(); }
    void leave_canvas(int dir) override { js_leave_canvas(dir); }
    double now_ms() override { return emscripten_get_now(); }
};

GLFWwindow* g_window = nullptr;
WebServices g_services;
std::unique_ptr<lede::app::App> g_app;
lede::web::DrawRenderer g_renderer;
std::string g_reply;
std::optional<std::uint64_t> g_drawn_signature;      // what the canvas shows now, when known
double g_frame_ms_avg = 0;                            // CPU time of a frame, smoothed (bench hook)
bool g_frames_started = false;                        // a frame has run (see frame())
double g_mouse_x = -1, g_mouse_y = -1;                // GLFW's cursor at the last frame: a move means a real mouse
// How long after navigation the first frame may wait for the first article (or a message).
// Until then no frame runs and the page's "Loading Lede…" line stays: a frame of empty panes
// would only be replaced, and on a first visit the worker's first analysis is the longest
// path to the page, while drawing (with SwiftShader the GPU process reads every drawn frame
// back) takes CPU from it. Same-window A/B, first analysed frame: 1,390 -> 1,303 ms and
// 1,339 -> 1,163 ms (medians of 10 and 8).
constexpr double kFirstFrameMayWaitMs = 2000;

// A file of the preloaded package (shaders; the core reads its own assets).
std::optional<std::string> read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void viewport(int& fb_width, int& fb_height, float& dpr) {
    int css_w = 1, css_h = 1;
    double ratio = 1;
    js_viewport(&css_w, &css_h, &ratio);
    dpr = static_cast<float>(ratio);
    fb_width = static_cast<int>(std::lround(css_w * ratio));
    fb_height = static_cast<int>(std::lround(css_h * ratio));
}

// Draws an export frame into a framebuffer of its own (frame_w × frame_h) and hands the
// capture's pixels to the app; the canvas's framebuffer is not touched.
void export_offscreen(ImDrawData& draw_data, int frame_w, int frame_h, const lede::app::App::Capture& capture) {
    GLuint fbo = 0, rb = 0;
    glGenFramebuffers(1, &fbo);
    glGenRenderbuffers(1, &rb);
    glBindRenderbuffer(GL_RENDERBUFFER, rb);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, frame_w, frame_h);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rb);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE) {
        glViewport(0, 0, frame_w, frame_h);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        g_renderer.render(draw_data, frame_w, frame_h);
        std::vector<unsigned char> rgba(static_cast<std::size_t>(capture.width) * capture.height * 4);
        glReadPixels(capture.x, frame_h - capture.y - capture.height, capture.width, capture.height, GL_RGBA, GL_UNSIGNED_BYTE,
                     rgba.data());
        g_app->captured(capture, rgba);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glBindRenderbuffer(GL_RENDERBUFFER, 0);
    glDeleteRenderbuffers(1, &rb);
    glDeleteFramebuffers(1, &fbo);
}

void frame() {
    const double started = emscripten_get_now();
    if (!g_frames_started) {
        if (!g_app->has_something_to_show() && started < kFirstFrameMayWaitMs) return;
        g_frames_started = true;
        js_first_frame();
    }
    int fb_w, fb_h;
    float dpr;
    viewport(fb_w, fb_h, dpr);
    int win_w, win_h;
    glfwGetWindowSize(g_window, &win_w, &win_h);
    if (win_w != fb_w || win_h != fb_h) glfwSetWindowSize(g_window, fb_w, fb_h);
    glfwPollEvents();
    const bool fonts_rebuilt = g_app->ensure_fonts(dpr);
    if (fonts_rebuilt) g_renderer.upload_font_atlas();
    ImGui_ImplGlfw_NewFrame();
    // A PNG export's frames are drawn off screen at the export's size (App::export_frame_size).
    const auto export_size = g_app->export_frame_size(static_cast<float>(fb_w), static_cast<float>(fb_h), dpr);
    int frame_w = fb_w, frame_h = fb_h;
    if (export_size) {
        frame_w = static_cast<int>(export_size->x);
        frame_h = static_cast<int>(export_size->y);
        ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(frame_w), static_cast<float>(frame_h));
    }
    double mx = 0, my = 0;
    glfwGetCursorPos(g_window, &mx, &my);
    if (mx != g_mouse_x || my != g_mouse_y) {
        if (g_mouse_x >= 0) g_app->mouse_moved();
        g_mouse_x = mx;
        g_mouse_y = my;
    }
    g_app->feed_input();
    ImGui::NewFrame();
    g_app->frame(static_cast<float>(frame_w), static_cast<float>(frame_h), dpr);
    ImGui::Render();
    ImDrawData& draw_data = *ImGui::GetDrawData();
    g_app->after_render(draw_data);
    if (export_size) {
        // Off screen: the canvas keeps the page as it was (no GL call on its framebuffer).
        auto capture = g_app->take_capture();
        if (capture) export_offscreen(draw_data, frame_w, frame_h, *capture);
        return;
    }
    // A frame that would draw what is already on screen leaves the canvas alone (see
    // draw_signature.h): no GL call, so the browser composites nothing new. A frame known to
    // differ (a new graph scene: the graph redraws only what changed) is drawn without first
    // hashing its draw data, ~2 MB with the stress input and a fifth of such a frame; the
    // frame after it then has nothing to compare with and is drawn too.
    auto capture = g_app->take_capture();
    const bool surely_changed = capture || fonts_rebuilt || g_app->graph_scene_drawn();
    std::optional<std::uint64_t> signature;
    if (!surely_changed)
        signature = lede::web::draw_signature(draw_data) ^ (static_cast<std::uint64_t>(fb_w) << 40 | fb_h);
    const bool draw = surely_changed || !g_drawn_signature || *signature != *g_drawn_signature || g_app->present_every_frame();
    g_app->frame_presented(draw);
    if (draw) {
        glViewport(0, 0, fb_w, fb_h);
        const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
        glClearColor(bg.x, bg.y, bg.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        g_renderer.render(draw_data, fb_w, fb_h);
        g_drawn_signature = signature;
    }
    // PNG export: read the pane's pixels now, before the browser composites the frame.
    if (capture) {
        std::vector<unsigned char> rgba(static_cast<std::size_t>(capture->width) * capture->height * 4);
        glReadPixels(capture->x, fb_h - capture->y - capture->height, capture->width, capture->height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
        g_app->captured(*capture, rgba);
    }
    const double spent = emscripten_get_now() - started;
    g_frame_ms_avg = g_frame_ms_avg == 0 ? spent : g_frame_ms_avg * 0.9 + spent * 0.1;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void lede_analysis_started(double bytes) {
    if (g_app) g_app->analysis_started(bytes);
}

EMSCRIPTEN_KEEPALIVE void lede_analysis_ready(const char* json, const char* text, const char* html, double ms, const char* origin) {
    if (g_app) g_app->analysis_ready(json ? json : "", text ? text : "", html ? html : "", ms, origin ? origin : "");
}

EMSCRIPTEN_KEEPALIVE void lede_analysis_failed(const char* message) {
    if (g_app) g_app->analysis_failed(message ? message : "");
}

EMSCRIPTEN_KEEPALIVE void lede_open_share(const char* fragment) {
    if (g_app) g_app->open_share(fragment ? fragment : "");
}

EMSCRIPTEN_KEEPALIVE void lede_load_analysis(const char* json) {
    if (g_app) g_app->load_analysis_json(json ? json : "");
}

EMSCRIPTEN_KEEPALIVE void lede_load_sample() {
    if (g_app) g_app->load_sample();
}

EMSCRIPTEN_KEEPALIVE void lede_notice(const char* message, int is_error) {
    if (g_app) g_app->notice(message ? message : "", is_error != 0);
}

// From the glue's wheel listener: notches (positive: up / zoom in). A wheel is a mouse (or a
// trackpad): the pointer is the mouse's again.
EMSCRIPTEN_KEEPALIVE void lede_wheel(double notches_x, double notches_y) {
    if (!g_app) return;
    g_app->wheel(static_cast<float>(notches_x), static_cast<float>(notches_y));
    g_app->mouse_moved();
}

// From the glue's touch listeners: one changed touch (phase: 0 start, 1 move, 2 end,
// 3 cancel), device px, the event's time in ms.
EMSCRIPTEN_KEEPALIVE void lede_touch(int phase, int id, double x, double y, double t_ms) {
    if (g_app) g_app->touch(phase, id, static_cast<float>(x), static_cast<float>(y), t_ms);
}

EMSCRIPTEN_KEEPALIVE double lede_frame_ms() { return g_frame_ms_avg; }

// The reply stays valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* lede_command(const char* line) {
    g_reply = g_app ? g_app->command(line ? line : "") : std::string("{\"ok\":false}");
    return g_reply.c_str();
}

}  // extern "C"

int main() {
    if (!glfwInit()) {
        js_fail("Lede could not start: no window system.");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    int fb_w, fb_h;
    float dpr;
    viewport(fb_w, fb_h, dpr);
    g_window = glfwCreateWindow(fb_w, fb_h, "Lede", nullptr, nullptr);
    if (!g_window) {
        js_fail("Lede needs WebGL 2, which this browser did not give.");
        return 1;
    }
    glfwMakeContextCurrent(g_window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    const auto vertex_source = read_file("/shaders/draw_list.vert");
    const auto fragment_source = read_file("/shaders/draw_list.frag");
    if (!vertex_source || !fragment_source) {
        js_fail("Lede could not start its drawing (its shaders are missing from this build).");
        return 1;
    }
    // The shaders compile in the GPU process while the font atlas is built here.
    g_renderer.start(*vertex_source, *fragment_source);
    g_app = std::make_unique<lede::app::App>(g_services, "/fonts/ui.ttf");
    g_app->ensure_fonts(dpr);
    g_renderer.upload_font_atlas();
    std::string error;
    if (!g_renderer.finish(error)) {
        js_fail(("Lede could not start its drawing (" + error + ").").c_str());
        return 1;
    }
    js_ready();
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
