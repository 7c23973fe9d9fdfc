#include "core/dataset/FurnitureCatalog.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>

namespace lift3d {

std::map<QString, QString> parseProperties(const QByteArray& bytes) {
    const QString text = QString::fromLatin1(bytes);
    std::map<QString, QString> properties;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('!')))
            continue;
        // An odd number of trailing backslashes continues the line.
        auto continues = [](const QString& l) {
            int count = 0;
            for (int k = l.size() - 1; k >= 0 && l[k] == QLatin1Char('\\'); --k)
                ++count;
            return count % 2 == 1;
        };
        while (continues(line) && i + 1 < lines.size()) {
            line.chop(1);
            line += lines[++i].trimmed();
        }
        int split = -1;
        for (int k = 0; k < line.size(); ++k) {
            if (line[k] == QLatin1Char('\\')) {
                ++k;
                continue;
            }
            if (line[k] == QLatin1Char('=') || line[k] == QLatin1Char(':')) {
                split = k;
                break;
            }
        }
        if (split < 0)
            continue;
        auto unescape = [](const QString& raw) {
            QString out;
            for (int k = 0; k < raw.size(); ++k) {
                if (raw[k] != QLatin1Char('\\') || k + 1 >= raw.size()) {
                    out += raw[k];
                    continue;
                }
                const QChar c = raw[++k];
                if (c == QLatin1Char('u') && k + 4 < raw.size()) {
                    bool ok = false;
                    const ushort code = raw.mid(k + 1, 4).toUShort(&ok, 16);
                    if (ok) {
                        out += QChar(code);
                        k += 4;
                        continue;
                    }
                }
                out += c == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                       : c == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                               : c;
            }
            return out;
        };
        properties[unescape(line.left(split).trimmed())] = unescape(line.mid(split + 1).trimmed());
    }
    return properties;
}

QByteArray readArchiveFile(const QString& archivePath, const QString& innerPath) {
    return ZipArchive(archivePath).read(innerPath);
}

std::vector<CatalogEntry> readFurnitureCatalog(const QString& sh3fPath) {
    if (!QFileInfo::exists(sh3fPath))
        throw Error(ErrorKind::FileNotFound, tr("The catalog %1 does not exist. Install Debian's "
                                                "sweethome3d-furniture package.")
                                                 .arg(QDir::toNativeSeparators(sh3fPath)));
    const QByteArray text =
        readArchiveFile(sh3fPath, QStringLiteral("PluginFurnitureCatalog.properties"));
    if (text.isEmpty())
        throw Error(ErrorKind::FileNotReadable,
                    tr("%1 is not a Sweet Home 3D furniture catalog (no "
                       "PluginFurnitureCatalog.properties inside).")
                        .arg(QDir::toNativeSeparators(sh3fPath)));
    return catalogEntries(parseProperties(text), sh3fPath);
}

std::vector<CatalogEntry> catalogEntries(const std::map<QString, QString>& properties,
                                         const QString& archivePath) {
    auto value = [&](const QString& key) {
        const auto it = properties.find(key);
        return it == properties.end() ? QString() : it->second;
    };
    const QString license = value(QStringLiteral("license"));

    std::vector<CatalogEntry> entries;
    for (int n = 1;; ++n) {
        const QString suffix = QStringLiteral("#%1").arg(n);
        if (!properties.count(QStringLiteral("id") + suffix))
            break;
        CatalogEntry entry;
        entry.catalogFile = archivePath;
        entry.id = value(QStringLiteral("id") + suffix);
        entry.name = value(QStringLiteral("name") + suffix);
        entry.category = value(QStringLiteral("category") + suffix);
        entry.creator = value(QStringLiteral("creator") + suffix);
        entry.modelPath = value(QStringLiteral("model") + suffix);
        entry.iconPath = value(QStringLiteral("icon") + suffix);
        while (entry.modelPath.startsWith(QLatin1Char('/')))
            entry.modelPath.remove(0, 1);
        while (entry.iconPath.startsWith(QLatin1Char('/')))
            entry.iconPath.remove(0, 1);
        entry.width = value(QStringLiteral("width") + suffix).toFloat();
        entry.height = value(QStringLiteral("height") + suffix).toFloat();
        entry.depth = value(QStringLiteral("depth") + suffix).toFloat();
        entry.license = license;
        const QStringList rotation = value(QStringLiteral("modelRotation") + suffix)
                                         .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (rotation.size() == 9) {
            glm::mat3 m(1.0f);
            for (int k = 0; k < 9; ++k)
                m[k % 3][k / 3] = rotation[k].toFloat(); // row-major text, column-major glm
            entry.modelRotation = m;
        }
        if (entry.name.isEmpty())
            entry.name = entry.id.section(QLatin1Char('#'), -1);
        if (!entry.id.isEmpty() && !entry.modelPath.isEmpty())
            entries.push_back(entry);
    }
    return entries;
}

QString sweetHome3DAttribution() {
    return QStringLiteral(
        "Trained on the Sweet Home 3D furniture libraries as packaged by Debian "
        "(sweethome3d-furniture 1.8, https://www.sweethome3d.com): Blend Swap CC-0 models (public "
        "domain); Blend Swap CC-BY models by the Blend Swap contributors (CC BY 3.0); models by "
        "Andrew Kator & Jennifer Legaz, (c) 2003-2008 (CC BY 3.0 US); human models (c) 2008-2016 "
        "Reallusion (CC BY 3.0 US); models (c) Emmanuel Puybaret / eTeks and Scopia Visual "
        "Interfaces Systems (CC BY 3.0 Unported). Per-model creators are recorded in the "
        "dataset's meta.json files.");
}

} // namespace lift3d
