#version 330 core
// Ground grid and axes: coloured line segments in world space.
layout(location = 0) in vec3 position;
layout(location = 1) in vec4 color;

uniform mat4 viewProjection;

out vec4 lineColor;

void main() {
    lineColor = color;
    gl_Position = viewProjection * vec4(position, 1.0);
}
