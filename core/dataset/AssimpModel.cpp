#include "core/dataset/AssimpModel.h"

#include "core/Error.h"
#include "core/dataset/DdsImage.h"
#include "core/dataset/SgiImage.h"
#include "core/dataset/TgaImage.h"
#include "core/io/SafeSceneReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <assimp/DefaultIOSystem.h>
#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/common.hpp>
#include <limits>
#include <map>

namespace lift3d {
namespace {

SurfaceMaterial readMaterial(const aiMaterial* material, const TextureResolver& resolveTexture,
                             std::map<QString, QImage>& textureCache) {
    SurfaceMaterial out;
    aiString name;
    if (material->Get(AI_MATKEY_NAME, name) == AI_SUCCESS)
        out.name = QString::fromUtf8(name.C_Str());
    aiColor4D color;
    if (material->Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS)
        out.diffuse = glm::vec3(color.r, color.g, color.b);
    float opacity = 1.0f;
    if (material->Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS)
        out.opacity = glm::clamp(opacity, 0.0f, 1.0f);
    aiString texturePath;
    if (resolveTexture &&
        material->GetTexture(aiTextureType_DIFFUSE, 0, &texturePath) == AI_SUCCESS) {
        const QString reference =
            QString::fromUtf8(texturePath.C_Str()).replace(QLatin1Char('\\'), QLatin1Char('/'));
        auto cached = textureCache.find(reference);
        if (cached == textureCache.end()) {
            const QImage image = reference.isEmpty() ? QImage() : resolveTexture(reference);
            cached = textureCache
                         .emplace(reference, image.isNull()
                                                 ? QImage()
                                                 : image.convertToFormat(QImage::Format_RGBA8888))
                         .first;
        }
        out.texture = cached->second;
        if (!out.texture.isNull())
            out.diffuse = glm::vec3(1.0f); // OBJ multiplies Kd by the map; most models set Kd = 1
    }
    return out;
}

// A file next to `folder` named like `reference`, trying the path as given, then its file name,
// each case-insensitively (models made on Windows name textures in any case).
QString findNear(const QDir& folder, const QString& reference) {
    const QString direct = folder.filePath(reference);
    if (QFileInfo(direct).isFile())
        return direct;
    const QString fileName = QFileInfo(reference).fileName();
    if (QFileInfo(folder.filePath(fileName)).isFile())
        return folder.filePath(fileName);
    const QStringList names = folder.entryList(QDir::Files);
    for (const QString& name : names)
        if (name.compare(fileName, Qt::CaseInsensitive) == 0)
            return folder.filePath(name);
    // Same stem, another picture format (a .rgb referenced, a .png shipped).
    const QString stem = QFileInfo(fileName).completeBaseName();
    for (const QString& name : names)
        if (QFileInfo(name).completeBaseName().compare(stem, Qt::CaseInsensitive) == 0 &&
            !loadTextureFile(folder.filePath(name)).isNull())
            return folder.filePath(name);
    return {};
}

} // namespace

// Messages stay English: only the dataset tools load training objects (core/UserMessage.h).
TexturedMesh readTexturedScene(Assimp::Importer& importer, const QString& file,
                               const TextureResolver& resolveTexture) {
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    std::string reason;
    const aiScene* scene = readSceneSafely(
        importer, file.toUtf8().toStdString(),
        aiProcess_Triangulate | aiProcess_PreTransformVertices | aiProcess_SortByPType, reason);
    if (!scene)
        throw Error(ErrorKind::MeshImportFailed, QStringLiteral("Could not read the model %1 (%2).")
                                                     .arg(file, QString::fromStdString(reason)));

    TexturedMesh mesh;
    std::map<QString, QImage> textureCache;
    for (unsigned m = 0; m < scene->mNumMaterials; ++m)
        mesh.materials.push_back(readMaterial(scene->mMaterials[m], resolveTexture, textureCache));
    if (mesh.materials.empty())
        mesh.materials.emplace_back();

    bool anyUv = false, anyColor = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        anyUv |= scene->mMeshes[m]->HasTextureCoords(0);
        anyColor |= scene->mMeshes[m]->HasVertexColors(0);
    }
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
            if (anyColor)
                mesh.colors.push_back(part->HasVertexColors(0)
                                          ? glm::vec3(part->mColors[0][v].r, part->mColors[0][v].g,
                                                      part->mColors[0][v].b)
                                          : glm::vec3(1.0f));
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
                    QStringLiteral("The model %1 contains no triangles.").arg(file));
    return mesh;
}

TexturedMesh loadModelFile(const QString& path, const QStringList& textureFolders) {
    const QDir folder = QFileInfo(path).absoluteDir();
    Assimp::Importer importer;
    importer.SetIOHandler(new Assimp::DefaultIOSystem);
    return readTexturedScene(importer, path, [&](const QString& reference) {
        QString found = findNear(folder, reference);
        for (int i = 0; found.isEmpty() && i < textureFolders.size(); ++i)
            found = findNear(QDir(textureFolders[i]), reference);
        return found.isEmpty() ? QImage() : loadTextureFile(found);
    });
}

QImage loadTextureFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("dds") || suffix == QLatin1String("rgb") ||
        suffix == QLatin1String("rgba") || suffix == QLatin1String("sgi") ||
        suffix == QLatin1String("bw")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        try {
            return suffix == QLatin1String("dds") ? decodeDds(bytes) : decodeSgi(bytes);
        } catch (const std::exception&) {
            return {}; // a damaged texture leaves the material untextured
        }
    }
    if (suffix == QLatin1String("tga")) {
        // Qt reads only uncompressed TGA; game textures are mostly run-length encoded.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            try {
                return decodeTga(file.readAll());
            } catch (const std::exception&) {
                // not one decodeTga knows: let Qt try
            }
    }
    QImage image(path);
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGBA8888);
}

void normaliseObject(TexturedMesh& mesh, const glm::mat3& rotation) {
    if (rotation != glm::mat3(1.0f))
        for (glm::vec3& p : mesh.positions)
            p = rotation * p;
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (const glm::vec3& p : mesh.positions) {
        // glm::min and max would pass a NaN by: one broken vertex spoils the whole field.
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
            throw Error(ErrorKind::EmptyMesh, QStringLiteral("The model has a vertex that is not "
                                                             "a finite number."));
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    const glm::vec3 size = hi - lo;
    const float longest = std::max({size.x, size.y, size.z});
    if (!(longest > 0.0f) || !std::isfinite(longest))
        throw Error(ErrorKind::EmptyMesh, QStringLiteral("The model has no extent."));
    const glm::vec3 center = 0.5f * (lo + hi);
    for (glm::vec3& p : mesh.positions)
        p = (p - center) / longest;
}

} // namespace lift3d
