#pragma once

#include "core/modelfile/ModelConfig.h"

#include <QJsonObject>
#include <QString>

namespace lift3d {

constexpr int modelFormatVersion = 1;

// What ships beside the weights (resources/models/manifest.json).
struct ModelManifest {
    int formatVersion = modelFormatVersion;
    ModelConfig config;
    QString weightsFile = QStringLiteral("lift3d-model.pt"); // relative to the manifest
    QString sha256;                                          // of the weights file
    QString trainingData;                                    // what the model learned from
    QString attribution; // licences of the training data that require credit
    QString trainingCommand;
    QJsonObject training; // steps, losses, seed, duration
};

QByteArray manifestToJson(const ModelManifest& manifest);

// Reads and checks a manifest and the checksum of its weights. Throws Error(InvalidModel) with a
// sentence that says what is wrong (missing, unreadable, another format version, checksum
// mismatch) and what to do.
ModelManifest loadVerifiedManifest(const QString& manifestPath);

QString sha256OfFile(const QString& path);

// The weights file a manifest names, checked: a plain file beside the manifest (no path, no
// "..", no device), present, with the recorded SHA-256. Returns its path; throws
// Error(InvalidModel) with a sentence that says what to do.
QString verifyWeightsBeside(const QString& manifestPath, const QString& weightsFile,
                            const QString& sha256);

// Where the bundled model lives: $LIFT3D_MODEL_DIR, else <app dir>/../share/lift3d/models,
// else the source tree's resources/models.
QString bundledModelManifest();

// A file shipped with the models: <app dir>/../share/lift3d/models/<name> when installed, else
// the source tree's resources/models/<name>.
QString bundledModelFile(const QString& name);

} // namespace lift3d
