#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <assimp/IOSystem.hpp>
#include <map>
#include <memory>

namespace lift3d {

// Read access to the files of a zip archive (a Sweet Home 3D .sh3f catalog), through minizip.
// Not thread-safe: give each thread its own.
class ZipArchive {
public:
    explicit ZipArchive(const QString& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_handle != nullptr; }
    bool contains(const QString& innerPath) const;
    // The paths of its files (not its folders), in archive order.
    QStringList entries() const;
    // The file's bytes; empty when it is missing or unreadable. Leading '/', './' and 'a/../'
    // segments are resolved first.
    QByteArray read(const QString& innerPath) const;

    static QString normalizePath(const QString& innerPath);

private:
    // Seeks to `innerPath` (already normalised); false when it is not there.
    bool locate(const QString& innerPath) const;

    void* m_handle = nullptr;
    // Entry -> its place in the central directory, built on the first lookup: minizip's own
    // lookup walks the whole directory, and Assimp asks for companion files (skins, shaders,
    // materials) many times per model.
    mutable std::map<QString, std::pair<quint64, quint64>> m_index;
    mutable bool m_indexed = false;
};

// An Assimp file system over a ZipArchive, so a model's .obj, .mtl and textures are read
// straight out of the archive.
class ZipIOSystem : public Assimp::IOSystem {
public:
    explicit ZipIOSystem(const ZipArchive& archive) : m_archive(archive) {}
    bool Exists(const char* path) const override;
    char getOsSeparator() const override { return '/'; }
    Assimp::IOStream* Open(const char* path, const char* mode) override;
    void Close(Assimp::IOStream* stream) override;

private:
    const ZipArchive& m_archive;
};

} // namespace lift3d
