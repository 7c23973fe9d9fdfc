#pragma once

#include "core/dataset/FurnitureCatalog.h"
#include "core/dataset/TexturedMesh.h"

namespace lift3d {

// Loads an entry's model out of its .sh3f archive with Assimp, textures included, applies its
// modelRotation (making it upright, +Y up) and normalises it: bounding box centred at the origin,
// longest side 1 (the azimuth-0 frame; docs/architecture.md, "Output frame"). Throws
// Error(MeshImportFailed) or Error(EmptyMesh) when the model cannot be used.
TexturedMesh loadCatalogModel(const CatalogEntry& entry);

} // namespace lift3d
