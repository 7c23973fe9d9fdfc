#pragma once

#include <QJsonObject>
#include <QString>

namespace lift3d {

constexpr int segmenterFormatVersion = 1;

// What ships beside the segmenter's weights (resources/models/segmenter.json).
struct SegmenterManifest {
    int formatVersion = segmenterFormatVersion;
    QString weightsFile = QStringLiteral("segmenter.pt"); // beside the manifest
    QString sha256;                                       // of the weights file
    int inputSide = 128; // the picture's longest side for the network (a multiple of 16)
    QString trainingData;
    QString attribution;
    QString trainingCommand;
    QJsonObject training; // steps, seed, duration, validation IoU
};

QByteArray segmenterManifestToJson(const SegmenterManifest& manifest);

// Reads and checks a segmenter manifest and its weights' checksum. Throws Error(InvalidModel)
// with a sentence that says what is wrong and what to do.
SegmenterManifest loadVerifiedSegmenterManifest(const QString& manifestPath);

// Where the bundled segmenter lives: $LIFT3D_SEGMENTER (a manifest path; "none" for no
// segmenter), else segmenter.json among the bundled models (bundledModelFile in ModelFile.h),
// whichever generator model is chosen.
QString bundledSegmenterManifest();

} // namespace lift3d
