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

// Where the bundled model lives: $LIFT3D_MODEL_DIR, else <app dir>/../share/lift3d/models,
// else the source tree's resources/models.
QString bundledModelManifest();

} // namespace lift3d
