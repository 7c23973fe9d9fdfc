#include "core/dataset/PmdMesh.h"

#include "core/Error.h"

#include <cmath>
#include <cstring>
#include <glm/gtc/matrix_transform.hpp>

namespace lift3d {
namespace {

// The file layout (0 A.D., source/graphics/ModelDef.cpp): "PSMD", u32 version, u32 data size,
// then little-endian records. Sizes of the fixed records:
constexpr std::size_t kVertexBlendBytes = 4 + 4 * 4; // u8 bones[4], float weights[4]
constexpr std::size_t kFaceBytes = 3 * 2;            // u16 vertex indices
constexpr std::size_t kBoneBytes = 7 * 4;            // translation, quaternion (x, y, z, w)
constexpr std::uint8_t kNoBone = 0xFF;

[[noreturn]] void corrupt(const QString& what) {
    throw Error(ErrorKind::CorruptData,
                QStringLiteral("The 0 A.D. model is damaged (%1); reinstall the package 0ad-data.")
                    .arg(what));
}

// Reads little-endian values from a byte range, refusing to step past its end.
class Reader {
public:
    Reader(const char* data, std::size_t size) : m_data(data), m_size(size) {}

    std::size_t remaining() const { return m_size - m_position; }
    void need(std::size_t bytes, const char* what) const {
        if (bytes > remaining())
            corrupt(QString::fromLatin1(what));
    }
    std::uint8_t u8() {
        need(1, "truncated");
        return std::uint8_t(m_data[m_position++]);
    }
    std::uint16_t u16() {
        need(2, "truncated");
        const auto* p = reinterpret_cast<const unsigned char*>(m_data + m_position);
        m_position += 2;
        return std::uint16_t(p[0] | (p[1] << 8));
    }
    std::uint32_t u32() {
        need(4, "truncated");
        const auto* p = reinterpret_cast<const unsigned char*>(m_data + m_position);
        m_position += 4;
        return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
               (std::uint32_t(p[3]) << 24);
    }
    float f32() {
        const std::uint32_t bits = u32();
        float value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    glm::vec3 vec3() {
        const float x = f32(), y = f32();
        return {x, y, f32()};
    }
    glm::quat quat() { // stored x, y, z, w; glm's constructor takes w first
        const float x = f32(), y = f32(), z = f32();
        return glm::quat(f32(), x, y, z);
    }
    void skip(std::size_t bytes) {
        need(bytes, "truncated");
        m_position += bytes;
    }
    std::string string() {
        const std::uint32_t length = u32();
        need(length, "truncated name");
        std::string text(m_data + m_position, length);
        m_position += length;
        return text;
    }

private:
    const char* m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
};

// A count read from the file, checked against the bytes left so that garbage cannot make us
// allocate gigabytes before the truncation shows.
std::uint32_t countOf(Reader& in, std::size_t bytesEach, const char* what) {
    const std::uint32_t count = in.u32();
    if (bytesEach > 0 && std::uint64_t(count) * bytesEach > in.remaining())
        corrupt(QString::fromLatin1(what));
    return count;
}

bool finite(const glm::vec3& v) {
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

glm::mat4 boneMatrix(const PmdBone& bone) {
    return glm::translate(glm::mat4(1.0f), bone.translation) * glm::mat4_cast(bone.rotation);
}

struct Blend {
    std::uint8_t bones[4];
    float weights[4];
};

// Versions up to 2 stored a skinned vertex in the space of its bones; the game moves it into
// the bind pose once at load (CModelDef::Load, SkinPoint), and so do we.
void skinToBindPose(PmdMesh& mesh, const std::vector<Blend>& blends) {
    std::vector<glm::mat4> pose;
    for (const PmdBone& bone : mesh.bones)
        pose.push_back(boneMatrix(bone));
    for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        const Blend& blend = blends[v];
        if (blend.bones[0] == kNoBone)
            continue; // not skinned: already in the model's frame
        glm::vec3 position(0.0f), normal(0.0f);
        for (int i = 0; i < 4 && blend.bones[i] != kNoBone; ++i) {
            if (blend.bones[i] >= pose.size())
                corrupt(QStringLiteral("bone index"));
            const glm::mat4& m = pose[blend.bones[i]];
            position += blend.weights[i] * glm::vec3(m * glm::vec4(mesh.positions[v], 1.0f));
            normal += blend.weights[i] * glm::vec3(m * glm::vec4(mesh.normals[v], 0.0f));
        }
        mesh.positions[v] = position;
        const float length =
            std::sqrt(normal.x * normal.x + normal.y * normal.y + normal.z * normal.z);
        mesh.normals[v] = length > 0.0f ? normal / length : normal;
    }
}

} // namespace

glm::mat4 PmdPropPoint::transform() const {
    return glm::translate(glm::mat4(1.0f), position) * glm::mat4_cast(rotation);
}

const PmdPropPoint* PmdMesh::findPropPoint(const std::string& name) const {
    for (const PmdPropPoint& point : propPoints)
        if (point.name == name)
            return &point;
    return nullptr;
}

glm::mat4 PmdMesh::propTransform(const PmdPropPoint& point) const {
    if (point.bone != kNoBone && point.bone < bones.size())
        return boneMatrix(bones[point.bone]) * point.transform();
    return point.transform();
}

PmdMesh readPmd(const QByteArray& bytes) {
    Reader header(bytes.constData(), std::size_t(bytes.size()));
    header.need(12, "not a PMD file");
    if (std::memcmp(bytes.constData(), "PSMD", 4) != 0)
        corrupt(QStringLiteral("not a PMD file"));
    header.skip(4);
    PmdMesh mesh;
    mesh.version = header.u32();
    if (mesh.version < 1 || mesh.version > 4)
        corrupt(QStringLiteral("unknown version %1").arg(mesh.version));
    const std::uint32_t dataSize = header.u32();
    if (dataSize > header.remaining())
        corrupt(QStringLiteral("truncated"));
    Reader in(bytes.constData() + 12, dataSize);

    // Vertices: position, normal, UV sets (one before version 4), bone blend.
    const std::uint32_t vertexCount = in.u32();
    const std::uint32_t uvSets = mesh.version >= 4 ? in.u32() : 1;
    if (uvSets > 16)
        corrupt(QStringLiteral("%1 UV sets").arg(uvSets));
    const std::size_t vertexBytes = 2 * 12 + uvSets * 8 + kVertexBlendBytes;
    if (std::uint64_t(vertexCount) * vertexBytes > in.remaining())
        corrupt(QStringLiteral("truncated vertices"));
    mesh.positions.reserve(vertexCount);
    mesh.normals.reserve(vertexCount);
    mesh.uvs.reserve(uvSets > 0 ? vertexCount : 0);
    std::vector<Blend> blends(vertexCount);
    for (std::uint32_t v = 0; v < vertexCount; ++v) {
        mesh.positions.push_back(in.vec3());
        mesh.normals.push_back(in.vec3());
        if (!finite(mesh.positions.back()))
            corrupt(QStringLiteral("non-finite vertex"));
        for (std::uint32_t s = 0; s < uvSets; ++s) {
            const float u = in.f32(), v = in.f32();
            if (s == 0)
                mesh.uvs.emplace_back(u, 1.0f - v);
        }
        for (std::uint8_t& bone : blends[v].bones)
            bone = in.u8();
        for (float& weight : blends[v].weights)
            weight = in.f32();
    }

    const std::uint32_t faceCount = countOf(in, kFaceBytes, "truncated faces");
    mesh.indices.reserve(std::size_t(faceCount) * 3);
    for (std::uint32_t f = 0; f < 3 * faceCount; ++f) {
        const std::uint16_t index = in.u16();
        if (index >= vertexCount)
            corrupt(QStringLiteral("face index %1 of %2 vertices").arg(index).arg(vertexCount));
        mesh.indices.push_back(index);
    }

    const std::uint32_t boneCount = countOf(in, kBoneBytes, "truncated bones");
    mesh.bones.resize(boneCount);
    for (PmdBone& bone : mesh.bones) {
        bone.translation = in.vec3();
        bone.rotation = in.quat();
    }

    if (mesh.version >= 2) {
        // name length (4) + position, rotation (28) + bone (1): at least 33 bytes each
        const std::uint32_t pointCount = countOf(in, 33, "truncated prop points");
        mesh.propPoints.resize(pointCount);
        for (PmdPropPoint& point : mesh.propPoints) {
            point.name = in.string();
            point.position = in.vec3();
            point.rotation = in.quat();
            point.bone = in.u8();
        }
    }
    if (!mesh.findPropPoint("root")) // versions up to 2 leave the implicit root point out
        mesh.propPoints.push_back(PmdPropPoint{"root", glm::vec3(0.0f), glm::quat(1, 0, 0, 0)});

    if (mesh.version <= 2 && boneCount > 0)
        skinToBindPose(mesh, blends);
    return mesh;
}

} // namespace lift3d
