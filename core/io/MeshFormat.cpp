#include "core/io/MeshFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lift3d {

const std::vector<MeshFormat>& exportFormats() {
    static const std::vector<MeshFormat> formats = {
        MeshFormat::Glb, MeshFormat::Gltf, MeshFormat::Obj,    MeshFormat::Ply,
        MeshFormat::Stl, MeshFormat::Fbx,  MeshFormat::ThreeMf};
    return formats;
}

QString formatExtension(MeshFormat format) {
    switch (format) {
    case MeshFormat::Glb:
        return QStringLiteral("glb");
    case MeshFormat::Gltf:
        return QStringLiteral("gltf");
    case MeshFormat::Obj:
        return QStringLiteral("obj");
    case MeshFormat::Ply:
        return QStringLiteral("ply");
    case MeshFormat::Stl:
        return QStringLiteral("stl");
    case MeshFormat::Fbx:
        return QStringLiteral("fbx");
    case MeshFormat::ThreeMf:
        return QStringLiteral("3mf");
    }
    return {};
}

QString formatFilter(MeshFormat format) {
    const char* name = "";
    switch (format) {
    case MeshFormat::Glb:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "glTF binary");
        break;
    case MeshFormat::Gltf:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "glTF");
        break;
    case MeshFormat::Obj:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "Wavefront OBJ");
        break;
    case MeshFormat::Ply:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "Stanford PLY");
        break;
    case MeshFormat::Stl:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "STL");
        break;
    case MeshFormat::Fbx:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "Autodesk FBX");
        break;
    case MeshFormat::ThreeMf:
        name = QT_TRANSLATE_NOOP("lift3d::MeshFormat", "3D Manufacturing Format");
        break;
    }
    return QStringLiteral("%1 (*.%2)")
        .arg(QCoreApplication::translate("lift3d::MeshFormat", name), formatExtension(format));
}

bool formatKeepsVertexColors(MeshFormat format) {
    return format != MeshFormat::Stl && format != MeshFormat::ThreeMf;
}

std::optional<MeshFormat> formatFromFileName(const QString& fileNameOrExtension) {
    const QString suffix = fileNameOrExtension.contains(QLatin1Char('.'))
                               ? QFileInfo(fileNameOrExtension).suffix().toLower()
                               : fileNameOrExtension.toLower();
    for (MeshFormat format : exportFormats())
        if (formatExtension(format) == suffix)
            return format;
    return std::nullopt;
}

const char* assimpExporterId(MeshFormat format) {
    switch (format) {
    case MeshFormat::Glb:
        return "glb2";
    case MeshFormat::Gltf:
        return "gltf2";
    case MeshFormat::Obj:
        return "obj";
    // ASCII: Assimp 5.2's binary PLY writer lays out vertex colours differently from the header
    // it writes, so readers see out-of-range indices.
    case MeshFormat::Ply:
        return "ply";
    case MeshFormat::Stl:
        return "stlb";
    // ASCII: the binary FBX writer of Assimp 5.2 (Debian 12) drops the 0-byte block sentinels
    // and writes files no reader accepts (assimp issue #4686).
    case MeshFormat::Fbx:
        return "fbxa";
    case MeshFormat::ThreeMf:
        return "3mf";
    }
    return "";
}

} // namespace lift3d
