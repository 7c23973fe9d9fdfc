#pragma once

#include <QByteArray>
#include <QString>
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
    // The file's bytes; empty when it is missing or unreadable. Leading '/', './' and 'a/../'
    // segments are resolved first.
    QByteArray read(const QString& innerPath) const;

    static QString normalizePath(const QString& innerPath);

private:
    void* m_handle = nullptr;
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
