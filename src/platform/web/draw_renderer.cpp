// draw_renderer.cpp — see draw_renderer.h.
#include "platform/web/draw_renderer.h"

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lede::web {
namespace {

GLuint compile(GLenum kind, std::string_view source) {
    const GLuint shader = glCreateShader(kind);
    const char* text = source.data();
    const GLint length = static_cast<GLint>(source.size());
    glShaderSource(shader, 1, &text, &length);
    glCompileShader(shader);
    return shader;
}

// Why a shader did not compile (empty when it did).
std::string compile_error(GLuint shader, const char* name) {
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return {};
    GLint log_length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &log_length);
    std::vector<char> log(static_cast<std::size_t>(log_length > 0 ? log_length : 1), '\0');
    glGetShaderInfoLog(shader, static_cast<GLsizei>(log.size()), nullptr, log.data());
    return std::string(name) + " shader: " + log.data();
}

const void* byte_offset(std::size_t bytes) { return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(bytes)); }

}  // namespace

void DrawRenderer::start(std::string_view vertex_source, std::string_view fragment_source) {
    vertex_shader_ = compile(GL_VERTEX_SHADER, vertex_source);
    fragment_shader_ = compile(GL_FRAGMENT_SHADER, fragment_source);
    program_ = glCreateProgram();
    glAttachShader(program_, vertex_shader_);
    glAttachShader(program_, fragment_shader_);
    glLinkProgram(program_);
    glFlush();                                        // the GPU process starts on them now
}

bool DrawRenderer::finish(std::string& error) {
    GLint ok = GL_FALSE;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        error = compile_error(vertex_shader_, "vertex");
        if (error.empty()) error = compile_error(fragment_shader_, "fragment");
        if (error.empty()) error = "the draw program did not link";
    }
    glDeleteShader(vertex_shader_);                   // the program keeps them while it lives
    glDeleteShader(fragment_shader_);
    vertex_shader_ = fragment_shader_ = 0;
    if (ok != GL_TRUE) return false;
    projection_at_ = glGetUniformLocation(program_, "u_projection");
    texture_at_ = glGetUniformLocation(program_, "u_texture");

    // One vertex array for the whole life of the page: the attribute layout is ImDrawVert's.
    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    point_attributes(0);
    glBindVertexArray(0);
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "lede_draw_renderer";
    // 16-bit indices, and lists of more than 65,536 vertices (a graph with thousands of
    // edges) split into commands that start at VtxOffset (see render()).
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    return true;
}

void DrawRenderer::point_attributes(unsigned first_vertex) {
    // WebGL 2 has no base-vertex draw call: the attributes start at the command's first vertex.
    const std::size_t base = static_cast<std::size_t>(first_vertex) * sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), byte_offset(base + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), byte_offset(base + offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), byte_offset(base + offsetof(ImDrawVert, col)));
    first_vertex_ = first_vertex;
}

void DrawRenderer::upload_font_atlas() {
    // One byte per texel (coverage), not ImGui's usual RGBA: a quarter of the upload, which
    // for a HiDPI atlas is megabytes. draw_list.frag reads it as alpha.
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
}

void DrawRenderer::set_state(const ImDrawData& data, int fb_width, int fb_height) {
    glViewport(0, 0, fb_width, fb_height);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    // Display space (DisplayPos .. DisplayPos + DisplaySize) to clip space, y down.
    const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
    const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
    const float projection[16] = {2.0f / (r - l),    0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1, 0,
                                  (r + l) / (l - r), (t + b) / (b - t), 0, 1};
    glUseProgram(program_);
    glUniform1i(texture_at_, 0);
    glUniformMatrix4fv(projection_at_, 1, GL_FALSE, projection);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vertex_array_);
}

void DrawRenderer::render(const ImDrawData& data, int fb_width, int fb_height) {
    if (!program_ || fb_width <= 0 || fb_height <= 0 || data.DisplaySize.x <= 0 || data.DisplaySize.y <= 0) return;
    set_state(data, fb_width, fb_height);
    const ImVec2 offset = data.DisplayPos, scale = data.FramebufferScale;
    const GLenum index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
    GLuint bound = 0;
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.VtxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                     list.VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list.IdxBuffer.Size) * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                     list.IdxBuffer.Data, GL_STREAM_DRAW);
        for (int c = 0; c < list.CmdBuffer.Size; ++c) {
            const ImDrawCmd& cmd = list.CmdBuffer[c];
            if (cmd.VtxOffset != first_vertex_) point_attributes(cmd.VtxOffset);
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    set_state(data, fb_width, fb_height);
                    bound = 0;
                } else {
                    cmd.UserCallback(&list, &cmd);
                }
                continue;
            }
            const float x0 = (cmd.ClipRect.x - offset.x) * scale.x, y0 = (cmd.ClipRect.y - offset.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - offset.x) * scale.x, y1 = (cmd.ClipRect.w - offset.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            // GL's scissor origin is the bottom-left corner.
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_height) - y1),
                      static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
            const auto texture = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(cmd.GetTexID()));
            if (texture != bound) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound = texture;
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), index_type, byte_offset(cmd.IdxOffset * sizeof(ImDrawIdx)));
        }
    }
    glBindVertexArray(0);
    glDisable(GL_SCISSOR_TEST);                       // else the next frame's glClear would clear only the last clip rect
}

}  // namespace lede::web
