// The 0 A.D. mesh reader (PMD) on arbitrary bytes: a typed CorruptData error or a mesh whose
// indices all point at vertices; anything else (a crash, a read past the input) is a finding.
#include "core/Error.h"
#include "core/dataset/PmdMesh.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const lift3d::PmdMesh mesh = lift3d::readPmd(bytes);
        if (mesh.indices.size() % 3 != 0 || mesh.normals.size() != mesh.positions.size() ||
            (!mesh.uvs.empty() && mesh.uvs.size() != mesh.positions.size()))
            __builtin_trap();
        for (std::uint32_t index : mesh.indices)
            if (index >= mesh.positions.size())
                __builtin_trap();
        for (const lift3d::PmdPropPoint& point : mesh.propPoints)
            (void)mesh.propTransform(point);
    } catch (const lift3d::Error&) {
    }
    return 0;
}
