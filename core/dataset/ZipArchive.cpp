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

bool ZipArchive::contains(const QString& innerPath) const {
    return m_handle &&
           unzLocateFile(m_handle, normalizePath(innerPath).toUtf8().constData(), 1) == UNZ_OK;
}

QByteArray ZipArchive::read(const QString& innerPath) const {
    if (!m_handle ||
        unzLocateFile(m_handle, normalizePath(innerPath).toUtf8().constData(), 1) != UNZ_OK)
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
