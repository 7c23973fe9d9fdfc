#pragma once

#include <assimp/IOSystem.hpp>
#include <map>
#include <string>
#include <vector>

namespace lift3d {

// An Assimp file system that keeps every file an exporter writes in memory, so the export can
// be checked and committed to disk in one step (see exportMesh). Reading is not supported:
// exporters only write.
class MemoryIOSystem : public Assimp::IOSystem {
public:
    bool Exists(const char* path) const override;
    char getOsSeparator() const override { return '/'; }
    Assimp::IOStream* Open(const char* path, const char* mode) override;
    void Close(Assimp::IOStream* stream) override;

    // Path as the exporter named it -> the bytes it wrote.
    const std::map<std::string, std::vector<char>>& files() const { return m_files; }

private:
    std::map<std::string, std::vector<char>> m_files;
};

} // namespace lift3d
