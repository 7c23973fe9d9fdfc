#pragma once

#include "core/dataset/DataSplit.h"
#include "core/dataset/ViewFrame.h"

#include <QString>
#include <vector>

namespace lift3d {

struct DatasetView {
    ViewCamera camera;
    QString imageFile; // RGBA PNG, relative to the object's folder
};

// One catalog object of a built dataset (see DatasetBuilder.h for how it is made).
struct DatasetObject {
    QString key; // folder name under objects/
    QString id, name, category, creator, license, catalogFile;
    Split split = Split::Train;
    int triangles = 0;
    std::vector<DatasetView> views;     // training-seed renders (train and validation objects)
    std::vector<DatasetView> evalViews; // evaluation-seed renders (validation and test objects)
    QString iconFile;                   // the catalog's own icon, a different renderer
};

// A canonical signed-distance field as stored: n^3 on the shape lattice, quantised to int8
// over [-truncation, truncation].
void writeFieldFile(const QString& path, const ScalarGrid& field, float truncation);
ScalarGrid readFieldFile(const QString& path, float* truncation = nullptr);

// A built dataset on disk: <root>/index.json and <root>/objects/<key>/{meta.json, field.bin,
// view-NN.png, eval-NN.png, icon.png}.
class ShapeDataset {
public:
    // Throws Error(FileNotFound) with the command that builds it when `root` has no index.
    explicit ShapeDataset(const QString& root);

    const QString& root() const { return m_root; }
    const std::vector<DatasetObject>& objects() const { return m_objects; }
    std::vector<const DatasetObject*> objectsIn(Split split) const;

    QString objectPath(const DatasetObject& object, const QString& file) const;
    ScalarGrid canonicalField(const DatasetObject& object, float* truncation = nullptr) const;

    // The default location: $LIFT3D_DATASET, else ~/.cache/lift3d/dataset.
    static QString defaultRoot();

private:
    QString m_root;
    std::vector<DatasetObject> m_objects;
};

// meta.json <-> DatasetObject.
QByteArray objectToJson(const DatasetObject& object);
DatasetObject objectFromJson(const QByteArray& json);

} // namespace lift3d
