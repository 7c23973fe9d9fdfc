#pragma once

#include "core/dataset/TexturedMesh.h"

#include <QImage>
#include <QString>
#include <functional>
#include <glm/mat3x3.hpp>

namespace Assimp {
class Importer;
}

namespace lift3d {

// Finds the picture a material names (as written in the model file, '\\' already turned into
// '/'); returns a null image when there is none. Called once per distinct name.
using TextureResolver = std::function<QImage(const QString& reference)>;

// Reads `file` with an importer whose I/O system is already set (a zip, the file system) and
// converts the scene: triangles only, node transforms applied, diffuse colour, opacity and
// texture per material (textures through `resolveTexture`, converted to RGBA8888), UV set 0 and
// vertex colours. Not normalised. Throws Error(MeshImportFailed) when Assimp cannot read it,
// Error(EmptyMesh) when it holds no triangle.
TexturedMesh readTexturedScene(Assimp::Importer& importer, const QString& file,
                               const TextureResolver& resolveTexture);

// A model file on disk, textures looked up next to it (by the referenced path, then by file
// name, case-insensitively) and then in `textureFolders`. Not normalised.
TexturedMesh loadModelFile(const QString& path, const QStringList& textureFolders = {});

// A picture file as RGBA8888: what Qt reads, plus DirectDraw Surface (.dds, BC1/BC3) and SGI
// (.rgb, .rgba, .sgi) files, which FlightGear and 0 A.D. use. A null image when unreadable.
QImage loadTextureFile(const QString& path);

// Makes a loaded mesh an object of the dataset: applies `rotation` (to make it upright, +Y up),
// then centres its bounding box at the origin and scales its longest side to 1 (the azimuth-0
// frame; docs/architecture.md, "Output frame"). Throws Error(EmptyMesh) when it has no extent.
void normaliseObject(TexturedMesh& mesh, const glm::mat3& rotation = glm::mat3(1.0f));

} // namespace lift3d
