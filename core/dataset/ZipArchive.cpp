#include "core/dataset/ZipArchive.h"

#include <QFile>
#include <QStringList>
#include <algorithm>
#include <assimp/IOStream.hpp>
#include <cstring>
#include <unzip.h>

namespace lift3d {
namespace {

class ByteArrayStream : public Assimp::IOStream {
public:
    explicit ByteArrayStream(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    size_t Read(void* buffer, size_t size, size_t count) override {
        if (size == 0)
            return 0;
        const size_t available = (size_t(m_bytes.size()) - m_position) / size;
        const size_t items = std::min(count, available);
        std::memcpy(buffer, m_bytes.constData() + m_position, items * size);
        m_position += items * size;
        return items;
    }
    size_t Write(const void*, size_t, size_t) override { return 0; }
    aiReturn Seek(size_t offset, aiOrigin origin) override {
        size_t target = offset;
        if (origin == aiOrigin_CUR)
            target = m_position + offset;
        else if (origin == aiOrigin_END)
            target = size_t(m_bytes.size()) + offset;
        if (target > size_t(m_bytes.size()))
            return aiReturn_FAILURE;
        m_position = target;
        return aiReturn_SUCCESS;
    }
    size_t Tell() const override { return m_position; }
    size_t FileSize() const override { return size_t(m_bytes.size()); }
    void Flush() override {}

private:
    QByteArray m_bytes;
    size_t m_position = 0;
};

} // namespace

ZipArchive::ZipArchive(const QString& path)
    : m_handle(unzOpen64(QFile::encodeName(path).constData())) {}

ZipArchive::~ZipArchive() {
    if (m_handle)
        unzClose(m_handle);
}

QString ZipArchive::normalizePath(const QString& innerPath) {
    QStringList parts;
    for (const QString& part :
         QString(innerPath).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

bool ZipArchive::locate(const QString& innerPath) const {
    if (!m_handle)
        return false;
    if (!m_indexed) {
        m_indexed = true;
        for (int status = unzGoToFirstFile(m_handle); status == UNZ_OK;
             status = unzGoToNextFile(m_handle)) {
            char name[1024];
            unz_file_info64 info{};
            unz64_file_pos position{};
            // minizip leaves the name unterminated when it fills the buffer: skip such entries.
            if (unzGetCurrentFileInfo64(m_handle, &info, name, sizeof name, nullptr, 0, nullptr,
                                        0) == UNZ_OK &&
                info.size_filename < sizeof name && unzGetFilePos64(m_handle, &position) == UNZ_OK)
                // Keyed as lookups are made, so "./a" or "a\\b" entries are found as "a", "a/b".
                m_index.emplace(
                    normalizePath(QString::fromUtf8(name, qsizetype(info.size_filename))),
                    std::make_pair(quint64(position.pos_in_zip_directory),
                                   quint64(position.num_of_file)));
        }
    }
    const auto found = m_index.find(innerPath);
    if (found == m_index.end())
        return false;
    unz64_file_pos position{};
    position.pos_in_zip_directory = found->second.first;
    position.num_of_file = found->second.second;
    return unzGoToFilePos64(m_handle, &position) == UNZ_OK;
}

bool ZipArchive::contains(const QString& innerPath) const {
    return locate(normalizePath(innerPath));
}

QStringList ZipArchive::entries() const {
    QStringList paths;
    if (!m_handle)
        return paths;
    for (int status = unzGoToFirstFile(m_handle); status == UNZ_OK;
         status = unzGoToNextFile(m_handle)) {
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_handle, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
                UNZ_OK ||
            info.size_filename >= sizeof name)
            continue;
        const QString path = normalizePath(QString::fromUtf8(name, qsizetype(info.size_filename)));
        if (!path.endsWith(QLatin1Char('/')))
            paths << path;
    }
    return paths;
}

QByteArray ZipArchive::read(const QString& innerPath) const {
    if (!locate(normalizePath(innerPath)))
        return {};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_handle, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        info.uncompressed_size > (quint64(1) << 30) || unzOpenCurrentFile(m_handle) != UNZ_OK)
        return {};
    QByteArray bytes(qsizetype(info.uncompressed_size), Qt::Uninitialized);
    const int read = unzReadCurrentFile(m_handle, bytes.data(), unsigned(bytes.size()));
    unzCloseCurrentFile(m_handle);
    if (read != bytes.size())
        return {};
    return bytes;
}

bool ZipIOSystem::Exists(const char* path) const {
    return m_archive.contains(QString::fromUtf8(path));
}

Assimp::IOStream* ZipIOSystem::Open(const char* path, const char* mode) {
    if (mode && std::strchr(mode, 'w'))
        return nullptr;
    const QString inner = QString::fromUtf8(path);
    if (!m_archive.contains(inner))
        return nullptr;
    return new ByteArrayStream(m_archive.read(inner));
}

void ZipIOSystem::Close(Assimp::IOStream* stream) {
    delete stream;
}

} // namespace lift3d
