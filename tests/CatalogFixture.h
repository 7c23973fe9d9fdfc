#pragma once

// Sweet Home 3D catalogs the tests build themselves: a zip (.sh3f) of a properties file and
// OBJ models, so no test needs the Debian catalogs.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>
#include <zip.h>

namespace lift3d::test {

inline bool writeZip(const QString& path,
                     const std::vector<std::pair<QString, QByteArray>>& files) {
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, bytes] : files) {
        zip_fileinfo info{};
        ok &= zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                    nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
        ok &= zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK;
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    return ok;
}

// An axis-aligned box with half-sizes w, h, d as OBJ text.
inline QByteArray boxObj(float w, float h, float d) {
    QByteArray obj;
    for (int c = 0; c < 8; ++c)
        obj += QStringLiteral("v %1 %2 %3\n")
                   .arg(c & 1 ? w : -w)
                   .arg(c & 2 ? h : -h)
                   .arg(c & 4 ? d : -d)
                   .toUtf8();
    obj += "f 1 3 4 2\nf 5 6 8 7\nf 1 2 6 5\nf 3 7 8 4\nf 1 5 7 3\nf 2 4 8 6\n";
    return obj;
}

// Ids whose split rule (DataSplit.h) puts them in the training split: catalogs of boxes made
// with them train models and segmenters in the tests.
inline QStringList trainingSplitIds() {
    return {QStringLiteral("Kator Legaz#screen-door"),
            QStringLiteral("Kator Legaz#bathroom-tissue"),
            QStringLiteral("Kator Legaz#towel-rack")};
}

// A catalog of three boxes of different proportions, one per id of trainingSplitIds().
inline bool writeTrainingBoxCatalog(const QString& path) {
    const QStringList ids = trainingSplitIds();
    QByteArray properties;
    std::vector<std::pair<QString, QByteArray>> files;
    for (int i = 0; i < ids.size(); ++i) {
        properties += QStringLiteral("id#%1=%2\nname#%1=Box "
                                     "%1\ncategory#%1=Boxes\nmodel#%1=/m%1.obj\nicon#%1=/none\n")
                          .arg(i + 1)
                          .arg(ids[i])
                          .toUtf8();
        files.emplace_back(QStringLiteral("m%1.obj").arg(i + 1),
                           boxObj(1.0f, 0.2f + 0.3f * i, 0.5f));
    }
    files.emplace_back(QStringLiteral("PluginFurnitureCatalog.properties"), properties);
    return writeZip(path, files);
}

} // namespace lift3d::test
