#include "core/io/MemoryIOSystem.h"

#include <algorithm>
#include <assimp/IOStream.hpp>
#include <cstring>

namespace lift3d {
namespace {

class MemoryWriteStream : public Assimp::IOStream {
public:
    explicit MemoryWriteStream(std::vector<char>& bytes) : m_bytes(bytes) {}

    size_t Read(void*, size_t, size_t) override { return 0; }
    size_t Write(const void* buffer, size_t size, size_t count) override {
        const size_t length = size * count;
        if (m_position + length > m_bytes.size())
            m_bytes.resize(m_position + length);
        std::memcpy(m_bytes.data() + m_position, buffer, length);
        m_position += length;
        return count;
    }
    aiReturn Seek(size_t offset, aiOrigin origin) override {
        size_t target = 0;
        switch (origin) {
        case aiOrigin_SET:
            target = offset;
            break;
        case aiOrigin_CUR:
            target = m_position + offset;
            break;
        case aiOrigin_END:
            target = m_bytes.size() + offset;
            break;
        default:
            return aiReturn_FAILURE;
        }
        // Past the end is allowed, as for a real file: exporters that write a header last (GLB,
        // binary FBX) seek past it first, and the gap is filled by the next write.
        m_position = target;
        return aiReturn_SUCCESS;
    }
    size_t Tell() const override { return m_position; }
    size_t FileSize() const override { return m_bytes.size(); }
    void Flush() override {}

private:
    std::vector<char>& m_bytes;
    size_t m_position = 0;
};

} // namespace

bool MemoryIOSystem::Exists(const char* path) const {
    return m_files.count(path) > 0;
}

Assimp::IOStream* MemoryIOSystem::Open(const char* path, const char* mode) {
    if (!mode || !std::strchr(mode, 'w'))
        return nullptr;
    std::vector<char>& bytes = m_files[path];
    bytes.clear();
    return new MemoryWriteStream(bytes);
}

void MemoryIOSystem::Close(Assimp::IOStream* stream) {
    delete stream;
}

} // namespace lift3d
