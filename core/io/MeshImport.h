#pragma once

#include "core/geometry/Mesh.h"

#include <QString>

namespace lift3d {

// Reads any mesh file Assimp understands (glTF, OBJ, PLY, STL, FBX, 3MF, COLLADA, ...) into one
// Mesh: all meshes of the scene are merged with their node transforms applied, polygons are
// triangulated, points and lines dropped. Vertex colours come from the file's first colour set,
// else from each part's material colour; a file with neither gives a mesh without colours.
// Vertices at the same position with the same colour are merged and smooth normals computed.
// Throws Error with kind FileNotFound, MeshImportFailed (Assimp's reason included) or EmptyMesh.
Mesh importMesh(const QString& path);

// Whether a file name has an extension one of Assimp's readers claims (glb, obj, stl, dae, ...).
bool isMeshFileName(const QString& path);

} // namespace lift3d
