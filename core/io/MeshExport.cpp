#include "core/io/MeshExport.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/io/MemoryIOSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <assimp/Exporter.hpp>
#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <cstdio>
#include <memory>

namespace lift3d {
namespace {

std::unique_ptr<aiScene> buildScene(const Mesh& mesh, float scale) {
    auto* out = new aiMesh;
    out->mName = "Lift3D";
    out->mPrimitiveTypes = aiPrimitiveType_TRIANGLE;
    out->mNumVertices = unsigned(mesh.positions.size());
    out->mVertices = new aiVector3D[out->mNumVertices];
    for (unsigned v = 0; v < out->mNumVertices; ++v) {
        const glm::vec3 p = mesh.positions[v] * scale;
        out->mVertices[v] = aiVector3D(p.x, p.y, p.z);
    }
    if (mesh.hasNormals()) {
        out->mNormals = new aiVector3D[out->mNumVertices];
        for (unsigned v = 0; v < out->mNumVertices; ++v)
            out->mNormals[v] = aiVector3D(mesh.normals[v].x, mesh.normals[v].y, mesh.normals[v].z);
    }
    if (mesh.hasColors()) {
        out->mColors[0] = new aiColor4D[out->mNumVertices];
        for (unsigned v = 0; v < out->mNumVertices; ++v)
            out->mColors[0][v] =
                aiColor4D(mesh.colors[v].x, mesh.colors[v].y, mesh.colors[v].z, 1.0f);
    }
    out->mNumFaces = unsigned(mesh.triangleCount());
    out->mFaces = new aiFace[out->mNumFaces];
    for (unsigned t = 0; t < out->mNumFaces; ++t) {
        aiFace& face = out->mFaces[t];
        face.mNumIndices = 3;
        face.mIndices =
            new unsigned[3]{mesh.indices[3 * t], mesh.indices[3 * t + 1], mesh.indices[3 * t + 2]};
    }
    out->mMaterialIndex = 0;

    // White, so that viewers multiply the vertex colours by 1.
    auto* material = new aiMaterial;
    const aiString name("Lift3D");
    material->AddProperty(&name, AI_MATKEY_NAME);
    const aiColor4D white(1.0f, 1.0f, 1.0f, 1.0f);
    material->AddProperty(&white, 1, AI_MATKEY_COLOR_DIFFUSE);
    material->AddProperty(&white, 1, AI_MATKEY_BASE_COLOR);

    auto scene = std::make_unique<aiScene>();
    scene->mFlags = AI_SCENE_FLAGS_NON_VERBOSE_FORMAT; // vertices are shared between triangles
    scene->mNumMeshes = 1;
    scene->mMeshes = new aiMesh* [1] { out };
    scene->mNumMaterials = 1;
    scene->mMaterials = new aiMaterial* [1] { material };
    // The mesh hangs off a child of the root: Assimp's 3MF exporter only visits children.
    scene->mRootNode = new aiNode("Root");
    auto* node = new aiNode("Lift3D");
    node->mNumMeshes = 1;
    node->mMeshes = new unsigned[1]{0};
    node->mParent = scene->mRootNode;
    scene->mRootNode->mNumChildren = 1;
    scene->mRootNode->mChildren = new aiNode* [1] { node };
    return scene;
}

// Writes bytes the exporter produced in memory into the staging folder, failing loudly on a
// short write (a full disk) instead of leaving a truncated file to be renamed into place.
void writeStagedFile(const QString& path, const std::vector<char>& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        QFile::remove(path);
        throw Error(ErrorKind::WriteFailed,
                    tr("Could not write %1 (%2). Free some disk space or choose another folder.")
                        .arg(QDir::toNativeSeparators(path), reason));
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw Error(ErrorKind::WriteFailed,
                    tr("Could not write %1 (%2). Free some disk space or choose another folder.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

void exportMesh(const Mesh& mesh, const QString& path, const ExportOptions& options) {
    if (mesh.isEmpty())
        throw Error(ErrorKind::EmptyMesh,
                    tr("There is no mesh to export yet. Generate or open a mesh first."));
    if (!(options.scale > 0.0f))
        throw Error(ErrorKind::InvalidArgument, tr("The export scale must be a positive number."));

    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        throw Error(ErrorKind::DirectoryNotFound,
                    tr("The folder %1 does not exist. Choose an existing folder.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
    if (target.isDir())
        throw Error(ErrorKind::InvalidArgument,
                    tr("%1 is a folder. Give a file name to export to.")
                        .arg(QDir::toNativeSeparators(target.absoluteFilePath())));

    // Everything is staged in a hidden folder beside the target (same file system, so the final
    // rename is atomic). Some Assimp exporters (3MF) bypass the I/O system and write straight to
    // disk: staging keeps those away from the target name too.
    QTemporaryDir staging(folder.filePath(QStringLiteral(".lift3d-export-XXXXXX")));
    if (!staging.isValid())
        throw Error(ErrorKind::DirectoryNotWritable,
                    tr("Cannot write into the folder %1. Choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
    const QString stagedMain = staging.filePath(target.fileName());

    std::unique_ptr<aiScene> scene = buildScene(mesh, options.scale);
    Assimp::Exporter exporter;
    auto* memory = new MemoryIOSystem; // owned by the exporter
    exporter.SetIOHandler(memory);
    if (exporter.Export(scene.get(), assimpExporterId(options.format),
                        QFile::encodeName(stagedMain).toStdString()) != AI_SUCCESS)
        throw Error(ErrorKind::WriteFailed, tr("Exporting to %1 failed: %2")
                                                .arg(QDir::toNativeSeparators(path),
                                                     QString::fromUtf8(exporter.GetErrorString())));

    // Say "the disk is full" plainly when it is known up front; a write that still comes up
    // short below is caught too.
    qint64 needed = 0;
    for (const auto& file : memory->files())
        needed += qint64(file.second.size());
    const QStorageInfo storage(folder.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        throw Error(
            ErrorKind::WriteFailed,
            tr("There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some "
               "disk space or choose another folder.")
                .arg(QDir::toNativeSeparators(path))
                .arg((needed + 1023) / 1024)
                .arg(storage.bytesAvailable() / 1024));
    for (const auto& [name, bytes] : memory->files())
        writeStagedFile(QFile::decodeName(QByteArray::fromStdString(name)), bytes);

    if (!QFileInfo::exists(stagedMain))
        throw Error(ErrorKind::WriteFailed,
                    tr("Exporting to %1 failed: the exporter wrote nothing.")
                        .arg(QDir::toNativeSeparators(path)));
    if (memory->files().count(QFile::encodeName(stagedMain).toStdString()) == 0) {
        // Written behind our back: check that it is complete by reading it back.
        Assimp::Importer check;
        if (!check.ReadFile(QFile::encodeName(stagedMain).toStdString(), 0))
            throw Error(ErrorKind::WriteFailed,
                        tr("Could not write %1 completely. Free some disk space or choose "
                           "another folder.")
                            .arg(QDir::toNativeSeparators(path)));
    }

    // Companions first, the main file last: a reader never sees a main file whose parts are
    // missing.
    QStringList staged = QDir(staging.path()).entryList(QDir::Files | QDir::Hidden);
    staged.removeAll(target.fileName());
    staged.append(target.fileName());
    for (const QString& name : staged) {
        const QByteArray from = QFile::encodeName(staging.filePath(name));
        const QByteArray to = QFile::encodeName(folder.filePath(name));
        // POSIX rename replaces an existing file atomically; QFile::rename refuses to.
        if (std::rename(from.constData(), to.constData()) != 0)
            throw Error(ErrorKind::WriteFailed,
                        tr("Could not move the exported file into place at %1. Check the "
                           "folder's permissions.")
                            .arg(QDir::toNativeSeparators(folder.filePath(name))));
    }
}

} // namespace lift3d
