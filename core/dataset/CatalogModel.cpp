#include "core/dataset/CatalogModel.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/ZipArchive.h"
#include "core/io/SafeSceneReader.h"

#include <QFile>
#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/common.hpp>
#include <map>

namespace lift3d {
namespace {

SurfaceMaterial readMaterial(const aiMaterial* material, const CatalogEntry& entry,
                             const ZipArchive& archive, std::map<QString, QImage>& textureCache) {
    SurfaceMaterial out;
    aiColor4D color;
    if (material->Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS)
        out.diffuse = glm::vec3(color.r, color.g, color.b);
    float opacity = 1.0f;
    if (material->Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS)
        out.opacity = glm::clamp(opacity, 0.0f, 1.0f);
    aiString texturePath;
    if (material->GetTexture(aiTextureType_DIFFUSE, 0, &texturePath) == AI_SUCCESS) {
        QString relative =
            QString::fromUtf8(texturePath.C_Str()).replace(QLatin1Char('\\'), QLatin1Char('/'));
        const QString folder = entry.modelPath.section(QLatin1Char('/'), 0, -2);
        const QString inner = folder.isEmpty() ? relative : folder + QLatin1Char('/') + relative;
        auto cached = textureCache.find(inner);
        if (cached == textureCache.end()) {
            const QImage image = QImage::fromData(archive.read(inner));
            cached =
                textureCache
                    .emplace(inner, image.isNull() ? QImage()
                                                   : image.convertToFormat(QImage::Format_RGBA8888))
                    .first;
        }
        out.texture = cached->second;
        if (!out.texture.isNull())
            out.diffuse = glm::vec3(1.0f); // OBJ multiplies Kd by the map; most catalogs set Kd = 1
    }
    return out;
}

} // namespace

TexturedMesh loadCatalogModel(const CatalogEntry& entry) {
    // Declared before the importer so it outlives the I/O system the importer owns.
    const ZipArchive archive(entry.catalogFile);
    Assimp::Importer importer;
    importer.SetIOHandler(new ZipIOSystem(archive));
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    std::string reason;
    const aiScene* scene = readSceneSafely(
        importer, entry.modelPath.toUtf8().toStdString(),
        aiProcess_Triangulate | aiProcess_PreTransformVertices | aiProcess_SortByPType, reason);
    if (!scene)
        throw Error(ErrorKind::MeshImportFailed,
                    tr("Could not read the model %1 of %2 (%3).")
                        .arg(entry.modelPath, entry.id, QString::fromStdString(reason)));

    TexturedMesh mesh;
    std::map<QString, QImage> textureCache;
    for (unsigned m = 0; m < scene->mNumMaterials; ++m)
        mesh.materials.push_back(readMaterial(scene->mMaterials[m], entry, archive, textureCache));
    if (mesh.materials.empty())
        mesh.materials.emplace_back();

    bool anyUv = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m)
        anyUv |= scene->mMeshes[m]->HasTextureCoords(0);
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh* part = scene->mMeshes[m];
        if (!(part->mPrimitiveTypes & aiPrimitiveType_TRIANGLE))
            continue;
        const auto base = std::uint32_t(mesh.positions.size());
        for (unsigned v = 0; v < part->mNumVertices; ++v) {
            const aiVector3D& p = part->mVertices[v];
            mesh.positions.emplace_back(p.x, p.y, p.z);
            if (anyUv)
                mesh.uvs.push_back(
                    part->HasTextureCoords(0)
                        ? glm::vec2(part->mTextureCoords[0][v].x, part->mTextureCoords[0][v].y)
                        : glm::vec2(0.0f));
        }
        const std::uint32_t material =
            std::min<std::uint32_t>(part->mMaterialIndex, std::uint32_t(mesh.materials.size() - 1));
        for (unsigned f = 0; f < part->mNumFaces; ++f) {
            const aiFace& face = part->mFaces[f];
            if (face.mNumIndices != 3)
                continue;
            for (unsigned i = 0; i < 3; ++i)
                mesh.indices.push_back(base + face.mIndices[i]);
            mesh.triangleMaterial.push_back(material);
        }
    }
    if (mesh.indices.empty())
        throw Error(ErrorKind::EmptyMesh,
                    tr("The model of %1 contains no triangles.").arg(entry.id));

    if (entry.modelRotation)
        for (glm::vec3& p : mesh.positions)
            p = *entry.modelRotation * p;
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec3& p : mesh.positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const glm::vec3 size = hi - lo;
    const float longest = std::max({size.x, size.y, size.z});
    if (!(longest > 0.0f))
        throw Error(ErrorKind::EmptyMesh, tr("The model of %1 has no extent.").arg(entry.id));
    const glm::vec3 center = 0.5f * (lo + hi);
    for (glm::vec3& p : mesh.positions)
        p = (p - center) / longest;
    return mesh;
}

} // namespace lift3d
