#include "core/dataset/sources/PackTree.h"

#include "core/dataset/DdsImage.h"
#include "core/dataset/SgiImage.h"
#include "core/dataset/TgaImage.h"
#include "core/dataset/ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <assimp/DefaultIOSystem.h>
#include <assimp/Importer.hpp>

namespace lift3d {
namespace {

const QStringList pictureSuffixes = {
    QStringLiteral("png"), QStringLiteral("tga"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
    QStringLiteral("bmp"), QStringLiteral("dds"), QStringLiteral("rgb"), QStringLiteral("rgba"),
    QStringLiteral("sgi"), QStringLiteral("bw"),  QStringLiteral("pcx"),
};

bool isPicture(const QString& name) {
    return pictureSuffixes.contains(QFileInfo(name).suffix().toLower());
}

// What loadTextureFile does for a file on disk, for bytes out of an archive.
QImage decodePicture(const QByteArray& bytes, const QString& suffix) {
    if (bytes.isEmpty())
        return {};
    QImage image;
    try {
        if (suffix == QLatin1String("dds"))
            image = decodeDds(bytes);
        else if (suffix == QLatin1String("rgb") || suffix == QLatin1String("rgba") ||
                 suffix == QLatin1String("sgi") || suffix == QLatin1String("bw"))
            image = decodeSgi(bytes);
        else if (suffix == QLatin1String("tga"))
            image = decodeTga(bytes);
        else {
            image = QImage::fromData(bytes, suffix.toUpper().toLatin1().constData());
            if (image.isNull())
                image = QImage::fromData(bytes);
        }
    } catch (const std::exception&) {
        return {}; // a damaged texture leaves the material untextured
    }
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGBA8888);
}

} // namespace

PackTree::PackTree(const QString& dataFolder, const QStringList& archives)
    : m_dataFolder(QDir(dataFolder).absolutePath()) {
    for (const QString& archivePath : archives) {
        auto zip = std::make_unique<ZipArchive>(QDir(m_dataFolder).filePath(archivePath));
        if (!zip->isOpen())
            continue;
        Archive archive;
        archive.path = cleanPath(archivePath);
        for (const QString& entry : zip->entries()) {
            const QString clean = cleanPath(entry);
            archive.namesByFolder[folderOf(clean)] << clean.section(QLatin1Char('/'), -1);
        }
        for (auto& folder : archive.namesByFolder)
            folder.second.sort();
        archive.zip = std::move(zip);
        m_archives.push_back(std::move(archive));
    }
}

PackTree::~PackTree() = default;

QString PackTree::cleanPath(const QString& path) {
    return ZipArchive::normalizePath(path);
}

QString PackTree::folderOf(const QString& path) {
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString PackTree::join(const QString& folder, const QString& name) {
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

const PackTree::Archive* PackTree::archiveOf(const QString& path, QString& inner) const {
    for (const Archive& archive : m_archives)
        if (path.startsWith(archive.path + QLatin1Char('/'))) {
            inner = path.mid(archive.path.size() + 1);
            return &archive;
        }
    return nullptr;
}

QStringList PackTree::allFiles() const {
    QStringList files;
    const QDir data(m_dataFolder);
    QDirIterator walk(m_dataFolder, QDir::Files, QDirIterator::Subdirectories);
    while (walk.hasNext()) {
        const QString path = data.relativeFilePath(walk.next());
        const bool isOpenedArchive = std::any_of(m_archives.begin(), m_archives.end(),
                                                 [&](const Archive& a) { return a.path == path; });
        if (!isOpenedArchive)
            files << path;
    }
    for (const Archive& archive : m_archives)
        for (const auto& folder : archive.namesByFolder)
            for (const QString& name : folder.second)
                files << join(join(archive.path, folder.first), name);
    files.sort();
    return files;
}

bool PackTree::isFile(const QString& path) const {
    QString inner;
    if (const Archive* archive = archiveOf(path, inner)) {
        const auto folder = archive->namesByFolder.find(folderOf(inner));
        return folder != archive->namesByFolder.end() &&
               folder->second.contains(inner.section(QLatin1Char('/'), -1));
    }
    return QFileInfo(QDir(m_dataFolder).filePath(path)).isFile();
}

QStringList PackTree::fileNamesIn(const QString& folder) const {
    QString inner;
    if (const Archive* archive = archiveOf(folder + QLatin1Char('/'), inner)) {
        inner.chop(1);
        const auto found = archive->namesByFolder.find(inner);
        return found == archive->namesByFolder.end() ? QStringList() : found->second;
    }
    return QDir(QDir(m_dataFolder).filePath(folder)).entryList(QDir::Files, QDir::Name);
}

QByteArray PackTree::read(const QString& path) const {
    QString inner;
    if (const Archive* archive = archiveOf(path, inner))
        return archive->zip->read(inner);
    QFile file(QDir(m_dataFolder).filePath(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage PackTree::readPicture(const QString& path) const {
    QString inner;
    if (archiveOf(path, inner))
        return decodePicture(read(path), QFileInfo(path).suffix().toLower());
    return loadTextureFile(QDir(m_dataFolder).filePath(path));
}

TexturedMesh PackTree::readModel(const QString& path, const TextureResolver& resolveTexture) const {
    Assimp::Importer importer;
    QString inner;
    if (const Archive* archive = archiveOf(path, inner)) {
        importer.SetIOHandler(new ZipIOSystem(*archive->zip));
        return readTexturedScene(importer, inner, resolveTexture);
    }
    importer.SetIOHandler(new Assimp::DefaultIOSystem);
    return readTexturedScene(importer, QDir(m_dataFolder).filePath(path), resolveTexture);
}

QString PackTree::findPicture(const QString& folder, const QString& reference) const {
    const QString written = QString(reference).replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (cleanPath(written).isEmpty())
        return {};
    const QString direct = cleanPath(join(folder, written)); // "../skin.png" climbs from folder
    if (isFile(direct))
        return direct;
    const QString fileName = written.section(QLatin1Char('/'), -1);
    const QString stem = QFileInfo(fileName).completeBaseName();
    const QStringList names = fileNamesIn(folder);
    for (const QString& name : names)
        if (name.compare(fileName, Qt::CaseInsensitive) == 0)
            return join(folder, name);
    for (const QString& name : names)
        if (isPicture(name) &&
            QFileInfo(name).completeBaseName().compare(stem, Qt::CaseInsensitive) == 0)
            return join(folder, name);
    return {};
}

} // namespace lift3d
