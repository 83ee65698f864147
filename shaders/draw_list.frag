#version 300 es
// draw_list.frag — vertex colour times the coverage in the bound texture: the font atlas,
// one channel (R8) of glyph coverage plus one fully covered texel that solid shapes
// sample. Blending is straight alpha.
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
layout(location = 0) out vec4 out_color;

void main() {
    out_color = vec4(v_color.rgb, v_color.a * texture(u_texture, v_uv).r);
}
