#version 330 core
in vec4 lineColor;
out vec4 fragColor;

void main() {
    fragColor = lineColor;
}
