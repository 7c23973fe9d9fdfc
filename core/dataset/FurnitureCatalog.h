#pragma once

#include <QString>
#include <glm/mat3x3.hpp>
#include <map>
#include <optional>
#include <vector>

namespace lift3d {

// One object of a Sweet Home 3D furniture catalog (.sh3f).
struct CatalogEntry {
    QString catalogFile; // the .sh3f archive it lives in
    QString id;          // `id#N`, the key of the data split
    QString name, category, creator;
    QString modelPath;                      // inside the archive, without the leading '/'
    QString iconPath;                       // a 128x128 RGBA render made by Sweet Home 3D
    float width = 0, height = 0, depth = 0; // centimetres
    std::optional<glm::mat3> modelRotation; // makes the model upright (+Y up) where present
    QString license;                        // the catalog's licence line
};

// Parses Java .properties text (ISO-8859-1, \uXXXX escapes, continuation lines, # and !
// comments) into key -> value.
std::map<QString, QString> parseProperties(const QByteArray& text);

// Reads PluginFurnitureCatalog.properties from a .sh3f archive. Entries without an id or a
// model are skipped. Throws Error(FileNotFound / FileNotReadable) when the archive or its
// catalog cannot be read.
std::vector<CatalogEntry> readFurnitureCatalog(const QString& sh3fPath);

// The entries of catalog properties (`id#N`, `name#N`, `model#N`...) whose models lie in the zip
// `archivePath`: a .sh3f's PluginFurnitureCatalog.properties, or the default catalog Sweet Home
// 3D keeps in its .jar. Entries without an id or a model are skipped.
std::vector<CatalogEntry> catalogEntries(const std::map<QString, QString>& properties,
                                         const QString& archivePath);

// Reads one file out of a zip archive (a .sh3f); empty when it is not there.
QByteArray readArchiveFile(const QString& archivePath, const QString& innerPath);

// The credit the Sweet Home 3D furniture catalogs ask for (their CC-BY parts require it), in
// English: what a model trained on them ships in its manifest and the About box shows.
QString sweetHome3DAttribution();

} // namespace lift3d
