#pragma once

#include "core/geometry/Mesh.h"

#include <QOpenGLBuffer>
#include <QOpenGLVertexArrayObject>
#include <glm/vec4.hpp>
#include <vector>

class QOpenGLFunctions_3_3_Core;

namespace lift3d {

// One mesh in GPU memory: interleaved position, normal and colour (attributes 0, 1, 2) plus an
// index buffer, behind a vertex array object. Create, draw and destroy with the owning context
// current.
class GpuMesh {
public:
    // Replaces the buffers' contents. Missing normals are computed; missing colours become
    // `fallbackColor`.
    void upload(QOpenGLFunctions_3_3_Core& gl, const Mesh& mesh, const glm::vec3& fallbackColor);
    void draw(QOpenGLFunctions_3_3_Core& gl);
    void destroy();
    bool isEmpty() const { return m_indexCount == 0; }

private:
    QOpenGLVertexArrayObject m_vao;
    QOpenGLBuffer m_vertices{QOpenGLBuffer::VertexBuffer};
    QOpenGLBuffer m_indices{QOpenGLBuffer::IndexBuffer};
    int m_indexCount = 0;
};

// Coloured line segments (ground grid, axes): attributes 0 = position, 1 = RGBA.
class GpuLines {
public:
    struct Vertex {
        glm::vec3 position;
        glm::vec4 color;
    };
    void upload(QOpenGLFunctions_3_3_Core& gl, const std::vector<Vertex>& segments);
    void draw(QOpenGLFunctions_3_3_Core& gl);
    void destroy();

private:
    QOpenGLVertexArrayObject m_vao;
    QOpenGLBuffer m_vertices{QOpenGLBuffer::VertexBuffer};
    int m_vertexCount = 0;
};

} // namespace lift3d
