#pragma once

#include "core/dataset/AssimpModel.h"
#include "core/dataset/TexturedMesh.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

namespace lift3d {

class ZipArchive;

// The files of a game's data folder as one tree: the plain files under it plus the entries of
// the zip archives it names (Quake 3's .pk3, Trigger Rally's data.zip), an archive's entries
// under "<archive path>/" as if it were a folder. Paths are '/'-separated and relative to the
// data folder ("baseoa/pak0.pk3/models/flags/r_flag.md3"). Archives are opened on construction;
// not thread-safe (minizip handles have a current position): give each thread its own.
class PackTree {
public:
    // `archives`: paths of zip files relative to `dataFolder`; missing ones are ignored.
    PackTree(const QString& dataFolder, const QStringList& archives);
    ~PackTree();
    PackTree(const PackTree&) = delete;
    PackTree& operator=(const PackTree&) = delete;

    // Every file, plain and archived (not the archives themselves), sorted.
    QStringList allFiles() const;
    bool isFile(const QString& path) const;
    // The names of the files directly in `folder` ("" for the top).
    QStringList fileNamesIn(const QString& folder) const;
    QByteArray read(const QString& path) const;
    // A picture as RGBA8888 (what Qt reads, plus .dds and SGI .rgb); null when unreadable.
    QImage readPicture(const QString& path) const;
    // Reads a model with Assimp, the files it refers to (.mtl, .skin, .shader) from the same
    // tree; textures through `resolveTexture`. Not normalised. Throws as readTexturedScene.
    TexturedMesh readModel(const QString& path, const TextureResolver& resolveTexture) const;

    // A picture file for the texture `reference` as seen from `folder`: the path as written, the
    // file name in any case, or the same stem with another picture extension (a .tga named, a
    // .jpg shipped). Empty when there is none.
    QString findPicture(const QString& folder, const QString& reference) const;

    // "a/b/../c" -> "a/c", '\\' -> '/', leading "./" and '/' removed.
    static QString cleanPath(const QString& path);
    static QString folderOf(const QString& path);
    static QString join(const QString& folder, const QString& name);

private:
    struct Archive {
        QString path; // relative to the data folder
        std::unique_ptr<ZipArchive> zip;
        std::map<QString, QStringList> namesByFolder; // entry folder -> file names
    };
    // The archive holding `path` and the path inside it; null for a plain file.
    const Archive* archiveOf(const QString& path, QString& inner) const;

    QString m_dataFolder;
    std::vector<Archive> m_archives;
};

} // namespace lift3d
