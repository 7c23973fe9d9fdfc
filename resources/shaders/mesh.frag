#version 330 core
// Shading modes (MeshViewport::Shading): 0 smooth, 1 flat, 2 vertex colours, 3 matcap.
in vec3 viewPosition;
in vec3 viewNormal;
in vec3 vertexColor;

uniform int shading;
uniform vec3 baseColor;      // linear RGB of the clay look
uniform vec4 overrideColor;  // alpha > 0: draw this colour unlit (wireframe overlay)

out vec4 fragColor;

// A studio matcap made procedurally, so no texture has to ship: warm key from the upper left,
// cool fill from below, a rim and a soft highlight, all looked up by the view-space normal.
vec3 matcap(vec3 n) {
    vec3 key = normalize(vec3(-0.4, 0.6, 0.7));
    float diffuse = max(dot(n, key), 0.0);
    float fill = max(-n.y, 0.0);
    float rim = pow(1.0 - max(n.z, 0.0), 3.0);
    float highlight = pow(max(dot(reflect(-key, n), vec3(0.0, 0.0, 1.0)), 0.0), 40.0);
    return vec3(0.05, 0.045, 0.04) + diffuse * vec3(0.55, 0.42, 0.32) + fill * vec3(0.05, 0.07, 0.12)
           + rim * vec3(0.18, 0.22, 0.30) + highlight * 0.35;
}

void main() {
    if (overrideColor.a > 0.0) {
        fragColor = overrideColor;
        return;
    }
    vec3 n = shading == 1 ? normalize(cross(dFdx(viewPosition), dFdy(viewPosition)))
                          : normalize(viewNormal);
    if (shading != 1 && !gl_FrontFacing)
        n = -n;
    vec3 linear;
    if (shading == 3) {
        linear = matcap(n);
    } else {
        vec3 albedo = shading == 2 ? vertexColor : baseColor;
        // Headlight slightly above and to the right of the eye, so shapes read as 3D.
        vec3 light = normalize(vec3(0.35, 0.45, 1.0));
        vec3 toEye = normalize(-viewPosition);
        float diffuse = max(dot(n, light), 0.0);
        float specular = pow(max(dot(n, normalize(light + toEye)), 0.0), 48.0) * 0.2;
        float hemisphere = 0.5 + 0.5 * n.y;
        linear = albedo * (0.18 + 0.12 * hemisphere + 0.75 * diffuse) + vec3(specular);
    }
    fragColor = vec4(pow(clamp(linear, 0.0, 1.0), vec3(1.0 / 2.2)), 1.0);
}
