#include "render/GpuMesh.h"

#include "core/geometry/VertexNormals.h"

#include <QOpenGLFunctions_3_3_Core>
#include <glm/vec4.hpp>

namespace lift3d {

void GpuMesh::upload(QOpenGLFunctions_3_3_Core& gl, const Mesh& mesh,
                     const glm::vec3& fallbackColor) {
    Mesh withNormals;
    const Mesh* source = &mesh;
    if (!mesh.hasNormals()) {
        withNormals = mesh;
        computeVertexNormals(withNormals);
        source = &withNormals;
    }
    std::vector<float> interleaved;
    interleaved.reserve(source->vertexCount() * 9);
    for (std::size_t i = 0; i < source->vertexCount(); ++i) {
        const glm::vec3& p = source->positions[i];
        const glm::vec3& n = source->normals[i];
        const glm::vec3 c = source->hasColors() ? source->colors[i] : fallbackColor;
        interleaved.insert(interleaved.end(), {p.x, p.y, p.z, n.x, n.y, n.z, c.x, c.y, c.z});
    }

    if (!m_vao.isCreated()) {
        m_vao.create();
        m_vertices.create();
        m_indices.create();
    }
    m_vao.bind();
    m_vertices.bind();
    m_vertices.allocate(interleaved.data(), int(interleaved.size() * sizeof(float)));
    m_indices.bind();
    m_indices.allocate(source->indices.data(), int(source->indices.size() * sizeof(std::uint32_t)));
    const int stride = 9 * sizeof(float);
    for (int attribute = 0; attribute < 3; ++attribute) {
        gl.glEnableVertexAttribArray(GLuint(attribute));
        gl.glVertexAttribPointer(
            GLuint(attribute), 3, GL_FLOAT, GL_FALSE, stride,
            reinterpret_cast<const void*>(std::uintptr_t(attribute * 3 * sizeof(float))));
    }
    m_vao.release();
    m_indexCount = int(source->indices.size());
}

void GpuMesh::draw(QOpenGLFunctions_3_3_Core& gl) {
    if (m_indexCount == 0)
        return;
    m_vao.bind();
    gl.glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
    m_vao.release();
}

void GpuMesh::destroy() {
    m_indices.destroy();
    m_vertices.destroy();
    m_vao.destroy();
    m_indexCount = 0;
}

void GpuLines::upload(QOpenGLFunctions_3_3_Core& gl, const std::vector<Vertex>& segments) {
    if (!m_vao.isCreated()) {
        m_vao.create();
        m_vertices.create();
    }
    m_vao.bind();
    m_vertices.bind();
    m_vertices.allocate(segments.data(), int(segments.size() * sizeof(Vertex)));
    gl.glEnableVertexAttribArray(0);
    gl.glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex), nullptr);
    gl.glEnableVertexAttribArray(1);
    gl.glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                             reinterpret_cast<const void*>(offsetof(Vertex, color)));
    m_vao.release();
    m_vertexCount = int(segments.size());
}

void GpuLines::draw(QOpenGLFunctions_3_3_Core& gl) {
    if (m_vertexCount == 0)
        return;
    m_vao.bind();
    gl.glDrawArrays(GL_LINES, 0, m_vertexCount);
    m_vao.release();
}

void GpuLines::destroy() {
    m_vertices.destroy();
    m_vao.destroy();
    m_vertexCount = 0;
}

} // namespace lift3d
