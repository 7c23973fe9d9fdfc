#pragma once

#include "core/dataset/ObjectSource.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace lift3d {

struct DatasetBuildOptions {
    std::vector<std::shared_ptr<const ObjectSource>> sources;
    QStringList heldOutSources; // whole sources kept for the unseen-source test (Split::Unseen)
    QString outputRoot;         // the dataset folder (created)
    int viewsPerObject = 24;    // training-seed photo renders of train and validation objects
    int evalViewsPerObject = 4; // evaluation-seed renders of validation, test and unseen objects
    int tabletopViewsPerObject = 2; // scenes with floor, wall and clutter (segmentation training)
    int fieldResolution = 64;
    int imageSize = 128;
    quint32 seed = 20261124; // views of object X come from hash(X) and this seed only
    int threads = 0;         // 0: one per core
    int limitPerSource = 0;  // build only the first N objects of each source (0: all)
};

struct DatasetBuildProgress {
    int done = 0, total = 0, failed = 0, resumed = 0;
    double elapsedSeconds = 0.0;
    QString lastObject;
};

struct DatasetBuildReport {
    int built = 0, resumed = 0, failed = 0, duplicates = 0;
    int withoutInside = 0; // built, but thinner than the lattice: left out of the index
    QStringList failures;  // "source/id: reason"
    double seconds = 0.0;
};

// Builds the Lift3D training/evaluation dataset from object sources: per object, the mesh the
// source loads (upright, normalised); its canonical truncated signed-distance field (watertight
// even for open models, see meshToSignedDistance); photographic renders from random cameras
// (PhotoRender.h), each with its exact mask, visible depth, camera and look; tabletop scenes;
// the source's icon. Objects are split by FNV-1a of their split key (DataSplit.h); test and
// unseen objects get evaluation-seed renders only. Objects with the same geometry (the same
// inside/outside pattern of their field) are kept once: the first in source order; objects
// whose field has no inside at all (sheets thinner than the lattice) are left out. Every
// object is written to its own folder and marked complete by meta.json, written last, so an
// interrupted build resumes where it stopped. Objects that fail are reported and skipped.
// `progress` is called from worker threads, serialised; `cancel` stops between objects.
DatasetBuildReport buildDataset(const DatasetBuildOptions& options,
                                const std::function<void(const DatasetBuildProgress&)>& progress,
                                const std::atomic<bool>* cancel = nullptr);

// The folder name of an object: readable, and unique through its split key's hash.
QString datasetObjectKey(const SourceObject& object);

} // namespace lift3d
