#include "core/io/MeshStream.h"

#include <cstring>

namespace lift3d {
namespace {

constexpr char magic[4] = {'L', '3', 'D', 'M'};
constexpr quint32 version = 1;

struct Header {
    char magic[4];
    quint32 version;
    quint64 vertices;
    quint64 indices;
    quint32 hasNormals;
    quint32 hasColors;
};

template <typename T> void append(QByteArray& out, const std::vector<T>& values) {
    out.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(T)));
}

template <typename T>
bool take(const QByteArray& in, qsizetype& offset, std::vector<T>& values, quint64 count) {
    const quint64 bytes = count * sizeof(T);
    if (count > quint64(in.size()) || bytes > quint64(in.size() - offset))
        return false;
    values.resize(std::size_t(count));
    std::memcpy(values.data(), in.constData() + offset, std::size_t(bytes));
    offset += qsizetype(bytes);
    return true;
}

} // namespace

QByteArray writeMeshStream(const Mesh& mesh) {
    Header header{};
    std::memcpy(header.magic, magic, sizeof(magic));
    header.version = version;
    header.vertices = mesh.positions.size();
    header.indices = mesh.indices.size();
    header.hasNormals = mesh.hasNormals() ? 1 : 0;
    header.hasColors = mesh.hasColors() ? 1 : 0;
    QByteArray out(reinterpret_cast<const char*>(&header), sizeof(header));
    append(out, mesh.positions);
    if (header.hasNormals)
        append(out, mesh.normals);
    if (header.hasColors)
        append(out, mesh.colors);
    append(out, mesh.indices);
    return out;
}

std::optional<Mesh> readMeshStream(const QByteArray& bytes) {
    Header header{};
    if (bytes.size() < qsizetype(sizeof(header)))
        return std::nullopt;
    std::memcpy(&header, bytes.constData(), sizeof(header));
    if (std::memcmp(header.magic, magic, sizeof(magic)) != 0 || header.version != version ||
        header.indices % 3 != 0)
        return std::nullopt;
    Mesh mesh;
    qsizetype offset = sizeof(header);
    if (!take(bytes, offset, mesh.positions, header.vertices) ||
        (header.hasNormals && !take(bytes, offset, mesh.normals, header.vertices)) ||
        (header.hasColors && !take(bytes, offset, mesh.colors, header.vertices)) ||
        !take(bytes, offset, mesh.indices, header.indices) || offset != bytes.size())
        return std::nullopt;
    for (const std::uint32_t index : mesh.indices)
        if (index >= mesh.positions.size())
            return std::nullopt;
    return mesh;
}

} // namespace lift3d
