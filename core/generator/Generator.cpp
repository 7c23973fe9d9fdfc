#include "core/generator/Generator.h"

#include "core/geometry/MarchingCubes.h"
#include "core/geometry/SmallComponents.h"

namespace lift3d {

Mesh meshFromField(const ScalarGrid& field) {
    Mesh mesh = marchingCubes(field, {0.0f, GridBoundary::Closed});
    removeSmallComponents(mesh, 0.05f);
    mesh.normalize();
    return mesh;
}

} // namespace lift3d
