#pragma once

#include "core/geometry/Mesh.h"
#include "core/io/MeshFormat.h"

#include <QString>

namespace lift3d {

struct ExportOptions {
    MeshFormat format = MeshFormat::Glb;
    float scale = 1.0f; // applied to positions on the way out (e.g. 100 for centimetres)
};

// Writes `mesh` to `path` with Assimp. Nothing appears under the target name (or its companion
// files, such as a glTF's .bin or an OBJ's .mtl) until the whole file has been written: the
// export goes to a temporary file beside the target, which is then renamed over it. A failure
// throws Error with kind DirectoryNotFound, DirectoryNotWritable, WriteFailed (e.g. the disk is
// full), EmptyMesh or InvalidArgument (scale not positive), and leaves no partial file.
void exportMesh(const Mesh& mesh, const QString& path, const ExportOptions& options = {});

} // namespace lift3d
