#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace lift3d {

// The formats Lift3D exports. Import accepts anything Assimp reads.
enum class MeshFormat { Glb, Gltf, Obj, Ply, Stl, Fbx, ThreeMf };

// Every export format, GLB (the default) first.
const std::vector<MeshFormat>& exportFormats();

// "glb", "gltf", "obj", ... : the file extension without the dot, also the CLI's --format name.
QString formatExtension(MeshFormat format);

// A name for menus and file dialogs, e.g. "glTF binary (*.glb)".
QString formatFilter(MeshFormat format);

// Whether a file of this format carries per-vertex colours (STL and 3MF as Assimp writes them
// do not; the others do).
bool formatKeepsVertexColors(MeshFormat format);

// The format for an extension or a file name ("model.GLB" -> Glb); nullopt when unknown.
std::optional<MeshFormat> formatFromFileName(const QString& fileNameOrExtension);

// Assimp's exporter id for the format.
const char* assimpExporterId(MeshFormat format);

} // namespace lift3d
