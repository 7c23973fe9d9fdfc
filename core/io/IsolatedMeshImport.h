#pragma once

#include "core/geometry/Mesh.h"

#include <QString>
#include <atomic>

namespace lift3d {

// importMesh in a helper process (`lift3d-import`, installed beside the application), for files
// from anywhere: Assimp's readers can crash or loop forever on damaged files (fuzz_mesh_import
// found a PLY that never finishes), and then only the helper goes down. Throws the same Errors
// as importMesh, plus MeshImportFailed when the helper crashes, runs past `timeoutMs` or is
// cancelled. Without a helper next to the executable (or at $LIFT3D_IMPORT_HELPER) it falls
// back to importMesh in this process.
Mesh importMeshIsolated(const QString& path, int timeoutMs = 30000,
                        const std::atomic<bool>* cancel = nullptr);

// Where the helper is looked for; empty if none is found.
QString importHelperPath();

} // namespace lift3d
