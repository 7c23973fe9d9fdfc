#version 330 core
// Mesh pass: positions and normals go to view space, where the light lives (it follows the camera).
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;
layout(location = 2) in vec3 color;

uniform mat4 modelView;
uniform mat4 projection;
uniform mat3 normalMatrix;

out vec3 viewPosition;
out vec3 viewNormal;
out vec3 vertexColor;

void main() {
    vec4 p = modelView * vec4(position, 1.0);
    viewPosition = p.xyz;
    viewNormal = normalMatrix * normal;
    vertexColor = color;
    gl_Position = projection * p;
}
