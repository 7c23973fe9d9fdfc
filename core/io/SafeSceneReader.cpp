#include "core/io/SafeSceneReader.h"

#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <stdexcept>
#include <string>

// Debian's Assimp 5.2.5 is built with its internal assertions on, and a failed one calls
// abort(): fuzz_mesh_import found a damaged 3MF (zip) file that takes the whole application
// down that way. This definition takes the place of the library's (the executable exports it,
// see core/CMakeLists.txt, and the library calls it through its PLT) and turns the failed
// check into an exception, which Importer::ReadFile catches and reports as a failed read.
namespace Assimp {
void aiAssertViolation(const char* failedExpression, const char* /*file*/, int /*line*/) {
    throw std::runtime_error(std::string("the reader's internal check failed (") +
                             failedExpression + ")");
}
} // namespace Assimp

namespace lift3d {

const aiScene* readSceneSafely(Assimp::Importer& importer, const std::string& path,
                               unsigned postProcessing, std::string& error) {
    const aiScene* scene = importer.ReadFile(path, 0);
    if (!scene) {
        error = importer.GetErrorString();
        return nullptr;
    }
    if (!scene->mRootNode || (scene->mNumMeshes > 0 && !scene->mMeshes)) {
        error = "the file describes no scene";
        return nullptr;
    }
    for (unsigned m = 0; m < scene->mNumMeshes; ++m) {
        aiMesh* mesh = scene->mMeshes[m];
        if (!mesh || !mesh->mVertices || (mesh->mNumFaces > 0 && !mesh->mFaces)) {
            error = "a mesh in the file has no vertex data";
            return nullptr;
        }
        unsigned types = 0;
        for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
            const aiFace& face = mesh->mFaces[f];
            if (face.mNumIndices == 0 || !face.mIndices) {
                error = "a face in the file has no vertices";
                return nullptr;
            }
            for (unsigned i = 0; i < face.mNumIndices; ++i)
                if (face.mIndices[i] >= mesh->mNumVertices) {
                    error = "a face in the file refers to a vertex that does not exist";
                    return nullptr;
                }
            types |= face.mNumIndices == 1   ? aiPrimitiveType_POINT
                     : face.mNumIndices == 2 ? aiPrimitiveType_LINE
                     : face.mNumIndices == 3 ? aiPrimitiveType_TRIANGLE
                                             : aiPrimitiveType_POLYGON;
        }
        if (mesh->mMaterialIndex >= scene->mNumMaterials)
            mesh->mMaterialIndex = 0;
        mesh->mPrimitiveTypes = types;
    }
    scene = importer.ApplyPostProcessing(postProcessing);
    if (!scene)
        error = importer.GetErrorString();
    return scene;
}

} // namespace lift3d
