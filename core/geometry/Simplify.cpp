#include "core/geometry/Simplify.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/geometry/VertexNormals.h"

#include <meshoptimizer.h>

namespace lift3d {

void simplify(Mesh& mesh, std::size_t targetTriangles) {
    if (targetTriangles < 4)
        throw Error(ErrorKind::InvalidArgument,
                    lift3d::tr("A mesh cannot be simplified below 4 triangles; ask for "
                               "a face count of 4 or more."));
    if (mesh.triangleCount() <= targetTriangles)
        return;

    const float* positions = &mesh.positions[0].x;
    const std::size_t targetIndices = targetTriangles * 3;
    std::vector<std::uint32_t> result(mesh.indices.size());
    // The error bound is relative to the mesh size; 1 means "no bound, reach the target".
    float error = 0.0f;
    std::size_t count =
        meshopt_simplify(result.data(), mesh.indices.data(), mesh.indices.size(), positions,
                         mesh.positions.size(), sizeof(glm::vec3), targetIndices, 1.0f, 0, &error);
    if (count > targetIndices + targetIndices / 10) {
        count = meshopt_simplifySloppy(result.data(), mesh.indices.data(), mesh.indices.size(),
                                       positions, mesh.positions.size(), sizeof(glm::vec3),
                                       targetIndices, 1.0f, &error);
    }
    result.resize(count);
    mesh.indices = std::move(result);
    mesh.removeUnusedVertices();
    computeVertexNormals(mesh);
}

} // namespace lift3d
