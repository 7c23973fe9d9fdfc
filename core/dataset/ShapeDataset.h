#pragma once

#include "core/dataset/DataSplit.h"
#include "core/dataset/ViewFrame.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace lift3d {

struct DatasetView {
    ViewCamera camera;
    QString imageFile; // RGBA PNG (alpha = exact mask), or opaque JPEG for tabletop scenes;
                       // relative to the object's folder
    QString depthFile; // 16-bit PNG of the visible depth in the view frame (PhotoRender.h), or
                       // empty (datasets from before depth)
    QString maskFile;  // tabletop scenes: 8-bit PNG, 255 = the object; empty otherwise
    QJsonObject look;  // the PhotoLook it was rendered with, as JSON (empty before them)
};

// One catalog object of a built dataset (see DatasetBuilder.h for how it is made).
struct DatasetObject {
    QString key;      // folder name under objects/
    QString source;   // the ObjectSource's name ("sh3d", "flightgear", ...)
    QString splitKey; // what the split hashes (ObjectSource.h, splitKeyOf)
    QString id, name, category, creator, license, catalogFile;
    QString provenance; // package and path it came from
    Split split = Split::Train;
    int triangles = 0;
    std::vector<DatasetView> views;         // training-seed renders (train and validation objects)
    std::vector<DatasetView> evalViews;     // evaluation-seed renders (validation and test objects)
    std::vector<DatasetView> tabletopViews; // the object in a scene, for segmentation
    QString geometryHash; // of the field's inside/outside pattern: equal for duplicate shapes
    QString iconFile;     // the catalog's own icon, a different renderer
};

// A canonical signed-distance field as stored: n^3 on the shape lattice, quantised to int8
// over [-truncation, truncation].
void writeFieldFile(const QString& path, const ScalarGrid& field, float truncation);
// The field's values as int8 bytes: clamp(value / truncation, -1, 1) * 127, rounded.
QByteArray quantiseField(const ScalarGrid& field, float truncation);
ScalarGrid readFieldFile(const QString& path, float* truncation = nullptr);

// A built dataset on disk: <root>/index.json and <root>/objects/<key>/{meta.json, field.bin,
// view-NN.png, eval-NN.png, icon.png}.
class ShapeDataset {
public:
    // Throws Error(FileNotFound) with the command that builds it when `root` has no index.
    explicit ShapeDataset(const QString& root);

    const QString& root() const { return m_root; }
    const std::vector<DatasetObject>& objects() const { return m_objects; }
    // Sources held out whole as the unseen-source test (index.json "heldOutSources").
    const QStringList& heldOutSources() const { return m_heldOutSources; }
    // "<source>: <credit>" of every source the dataset was built from (index.json "sources"),
    // except held-out ones: nothing of theirs is learned.
    const QStringList& sourceCredits() const { return m_sourceCredits; }
    std::vector<const DatasetObject*> objectsIn(Split split) const;

    QString objectPath(const DatasetObject& object, const QString& file) const;
    ScalarGrid canonicalField(const DatasetObject& object, float* truncation = nullptr) const;

    // The default location: $LIFT3D_DATASET, else ~/.cache/lift3d/dataset.
    static QString defaultRoot();

private:
    QString m_root;
    std::vector<DatasetObject> m_objects;
    QStringList m_heldOutSources;
    QStringList m_sourceCredits;
};

// `count` of `objects` evenly spaced over the list (all of them when count <= 0 or there are no
// more). The dataset lists objects grouped by source, so every source keeps its share: the first
// `count` would all be Sweet Home 3D furniture.
std::vector<const DatasetObject*> evenlySpacedObjects(std::vector<const DatasetObject*> objects,
                                                      int count);

// meta.json <-> DatasetObject. The split is not read back: the rule decides (splitOfObject).
QByteArray objectToJson(const DatasetObject& object);
DatasetObject objectFromJson(const QByteArray& json, const QStringList& heldOutSources = {});

} // namespace lift3d
