#pragma once

#include "core/geometry/Mesh.h"

#include <QByteArray>
#include <optional>

namespace lift3d {

// A Mesh as bytes, for handing it from the import helper process to the application: a magic
// number and version, counts, then the arrays. `readMeshStream` checks every count and index
// and returns nothing for bytes that are not a complete, consistent mesh.
QByteArray writeMeshStream(const Mesh& mesh);
std::optional<Mesh> readMeshStream(const QByteArray& bytes);

} // namespace lift3d
