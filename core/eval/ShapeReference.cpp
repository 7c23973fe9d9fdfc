#include "core/eval/ShapeReference.h"

#include "core/eval/ShapeMetrics.h"
#include "core/geometry/MarchingCubes.h"
#include "core/geometry/MeshToField.h"
#include "core/geometry/ShapeLattice.h"

namespace lift3d {

ScalarGrid voxelise(const Mesh& mesh, int n) {
    ScalarGrid field = shapeLattice(n);
    meshToSignedDistance(mesh.positions, mesh.indices, field.spacing, field);
    return field;
}

ShapeReference referenceFor(const ScalarGrid& canonical, float truncation, const ViewCamera& camera,
                            int points, unsigned seed) {
    Mesh mesh = marchingCubes(fieldInViewFrame(canonical, camera, 64, truncation));
    mesh.normalize();
    ShapeReference reference;
    reference.field32 = voxelise(mesh, 32);
    reference.field64 = voxelise(mesh, 64);
    reference.points = sampleSurfacePoints(mesh, points, seed);
    return reference;
}

} // namespace lift3d
