#pragma once

#include "core/dataset/TexturedMesh.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lift3d {

// One object a source offers, before it is loaded. `id` is stable across runs and machines (a
// path inside the package, a catalog id...), so the data split, which hashes it, never moves.
struct SourceObject {
    QString source;     // the source's name(), e.g. "flightgear"
    QString id;         // unique within the source
    QString category;   // a coarse kind, e.g. "vehicle", "animal", "furniture/kitchen"
    QString name;       // human readable
    QString provenance; // where it came from: package and path, for credits and debugging
    QString author;     // as far as the source says; may be empty
    QString license;    // the licence it is distributed under
    QString location;   // what the source needs to load it (a path, an archive entry...)
    QStringList extra;  // further source-private data (texture paths, a variant...)
};

// A Debian package a source reads; lift3d-data fetches it into its cache (PackageCache.h).
struct SourcePackage {
    QString name;         // "flightgear-data-models"
    bool required = true; // false: the source works (with fewer objects) without it
};

// A supplier of training objects: lists what it has and loads one as a textured mesh, upright
// (+Y up) and normalised (bounding box centred at the origin, longest side 1: see
// normaliseObject in AssimpModel.h). Implementations are read-only after construction, so
// load() may be called from several threads at once.
class ObjectSource {
public:
    virtual ~ObjectSource() = default;

    // Short lowercase name, the first part of every object key ("<source>/<id>").
    virtual QString name() const = 0;
    // The credit line for the manifest, the About box and the NOTICE file: package, authors,
    // licence.
    virtual QString credit() const = 0;
    virtual std::vector<SourcePackage> packages() const { return {}; }

    // Every object it offers, in a deterministic order. Throws Error(FileNotFound) with the
    // package to fetch when its data is missing.
    virtual std::vector<SourceObject> list() const = 0;
    // Throws Error(MeshImportFailed / EmptyMesh / FileNotReadable) when it cannot be used.
    virtual TexturedMesh load(const SourceObject& object) const = 0;
    // A picture of the object made by its authors (a catalog icon), or a null image.
    virtual QImage icon(const SourceObject&) const { return {}; }
};

// The key the data split hashes: Sweet Home 3D objects keep their catalog id (so their splits
// never change), every other object is "<source>/<id>".
QString splitKeyOf(const SourceObject& object);

} // namespace lift3d
