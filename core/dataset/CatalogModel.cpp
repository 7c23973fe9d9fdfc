#include "core/dataset/CatalogModel.h"

#include "core/dataset/AssimpModel.h"
#include "core/dataset/ZipArchive.h"

#include <assimp/Importer.hpp>

namespace lift3d {

TexturedMesh loadCatalogModel(const CatalogEntry& entry) {
    // Declared before the importer so it outlives the I/O system the importer owns.
    const ZipArchive archive(entry.catalogFile);
    Assimp::Importer importer;
    importer.SetIOHandler(new ZipIOSystem(archive));
    const QString folder = entry.modelPath.section(QLatin1Char('/'), 0, -2);
    TexturedMesh mesh = readTexturedScene(importer, entry.modelPath, [&](const QString& reference) {
        const QString inner = folder.isEmpty() ? reference : folder + QLatin1Char('/') + reference;
        return QImage::fromData(archive.read(inner));
    });
    normaliseObject(mesh, entry.modelRotation.value_or(glm::mat3(1.0f)));
    return mesh;
}

} // namespace lift3d
