#include "core/io/MeshImport.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/geometry/VertexNormals.h"
#include "core/io/SafeSceneReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <meshoptimizer.h>
#include <optional>

namespace lift3d {
namespace {

struct WeldKey {
    glm::vec3 position;
    glm::vec3 color;
};

std::optional<glm::vec3> materialColor(const aiMaterial* material) {
    aiColor4D color;
    // Assimp invents a grey "DefaultMaterial" for files without materials (STL): not a colour
    // the file carries.
    if (material && material->GetName() == aiString(AI_DEFAULT_MATERIAL_NAME))
        return std::nullopt;
    if (material && (material->Get(AI_MATKEY_BASE_COLOR, color) == AI_SUCCESS ||
                     material->Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS))
        return glm::vec3(color.r, color.g, color.b);
    return std::nullopt;
}

} // namespace

Mesh importMesh(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        throw Error(ErrorKind::FileNotFound,
                    tr("The file %1 does not exist. Check the path and try again.")
                        .arg(QDir::toNativeSeparators(path)));

    Assimp::Importer importer;
    // Points and lines are split off by SortByPType and then left out.
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    std::string reason;
    const aiScene* scene = readSceneSafely(
        importer, QFile::encodeName(info.absoluteFilePath()).toStdString(),
        aiProcess_Triangulate | aiProcess_PreTransformVertices | aiProcess_SortByPType, reason);
    if (!scene)
        throw Error(ErrorKind::MeshImportFailed,
                    tr("Could not read the mesh %1 (%2). Check that it is a complete 3D file in a "
                       "format such as glTF, OBJ, PLY, STL or FBX.")
                        .arg(QDir::toNativeSeparators(path), QString::fromStdString(reason)));

    bool anyColor = false;
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh* part = scene->mMeshes[m];
        anyColor |= part->HasVertexColors(0) ||
                    (part->mMaterialIndex < scene->mNumMaterials &&
                     materialColor(scene->mMaterials[part->mMaterialIndex]).has_value());
    }

    std::vector<WeldKey> corners; // one per triangle corner, welded below
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        const aiMesh* part = scene->mMeshes[m];
        if (!(part->mPrimitiveTypes & aiPrimitiveType_TRIANGLE))
            continue;
        const glm::vec3 fallback =
            part->mMaterialIndex < scene->mNumMaterials
                ? materialColor(scene->mMaterials[part->mMaterialIndex]).value_or(glm::vec3(1.0f))
                : glm::vec3(1.0f);
        for (unsigned f = 0; f < part->mNumFaces; ++f) {
            const aiFace& face = part->mFaces[f];
            if (face.mNumIndices != 3)
                continue;
            for (unsigned i = 0; i < 3; ++i) {
                const unsigned v = face.mIndices[i];
                const aiVector3D& p = part->mVertices[v];
                glm::vec3 color = fallback;
                if (part->HasVertexColors(0))
                    color = {part->mColors[0][v].r, part->mColors[0][v].g, part->mColors[0][v].b};
                corners.push_back({{p.x, p.y, p.z}, anyColor ? color : glm::vec3(0.0f)});
            }
        }
    }
    if (corners.empty())
        throw Error(ErrorKind::EmptyMesh,
                    tr("The file %1 contains no triangles. Open a file with a surface mesh.")
                        .arg(QDir::toNativeSeparators(path)));

    // Formats like STL store every triangle's corners separately; merging identical vertices
    // restores the connectivity that normals, smoothing and simplification rely on.
    std::vector<unsigned> remap(corners.size());
    const std::size_t unique = meshopt_generateVertexRemap(
        remap.data(), nullptr, corners.size(), corners.data(), corners.size(), sizeof(WeldKey));
    std::vector<WeldKey> vertices(unique);
    meshopt_remapVertexBuffer(vertices.data(), corners.data(), corners.size(), sizeof(WeldKey),
                              remap.data());

    Mesh mesh;
    mesh.indices.assign(remap.begin(), remap.end());
    mesh.positions.reserve(unique);
    for (const WeldKey& vertex : vertices)
        mesh.positions.push_back(vertex.position);
    if (anyColor) {
        mesh.colors.reserve(unique);
        for (const WeldKey& vertex : vertices)
            mesh.colors.push_back(vertex.color);
    }
    computeVertexNormals(mesh);
    return mesh;
}

bool isMeshFileName(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty())
        return false;
    const Assimp::Importer importer;
    return importer.IsExtensionSupported(("." + suffix).toStdString());
}

} // namespace lift3d
