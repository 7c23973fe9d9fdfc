#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace lift3d {

struct DatasetBuildOptions {
    QStringList catalogs;       // .sh3f files
    QString outputRoot;         // the dataset folder (created)
    int viewsPerObject = 32;    // training-seed renders of train and validation objects
    int evalViewsPerObject = 4; // evaluation-seed renders of validation and test objects
    int fieldResolution = 64;
    int imageSize = 128;
    quint32 seed = 20261124; // views of object X come from hash(X) and this seed only
    int threads = 0;         // 0: one per core
    int limit = 0;           // build only the first N entries (0: all), for quick checks
};

struct DatasetBuildProgress {
    int done = 0, total = 0, failed = 0, resumed = 0;
    double elapsedSeconds = 0.0;
    QString lastObject;
};

struct DatasetBuildReport {
    int built = 0, resumed = 0, failed = 0;
    QStringList failures; // "id: reason"
    double seconds = 0.0;
};

// Builds the Lift3D training/evaluation dataset from Sweet Home 3D catalogs: per catalog entry,
// the model loaded with its textures, made upright and normalised; its canonical truncated
// signed-distance field (watertight even for open models, see meshToSignedDistance); renders
// from random cameras (see sampleViewCamera), each with its camera; the catalog icon. Objects
// are split by FNV-1a of their id (DataSplit.h): test objects get evaluation-seed renders only.
// Every object is written to its own folder and marked complete by meta.json, written last,
// so an interrupted build resumes where it stopped. Entries that fail are reported and skipped.
// `progress` is called from worker threads, serialised; `cancel` stops between objects.
DatasetBuildReport buildDataset(const DatasetBuildOptions& options,
                                const std::function<void(const DatasetBuildProgress&)>& progress,
                                const std::atomic<bool>* cancel = nullptr);

// The Debian package's catalogs: /usr/share/sweethome3d/furniture/*.sh3f.
QStringList defaultCatalogs();

} // namespace lift3d
