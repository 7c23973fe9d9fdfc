#include "core/modelfile/SegmenterManifest.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/modelfile/ModelFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lift3d {

QByteArray segmenterManifestToJson(const SegmenterManifest& m) {
    const QJsonObject json{{QStringLiteral("format"), QStringLiteral("lift3d-segmenter")},
                           {QStringLiteral("formatVersion"), m.formatVersion},
                           {QStringLiteral("weights"), m.weightsFile},
                           {QStringLiteral("sha256"), m.sha256},
                           {QStringLiteral("inputSide"), m.inputSide},
                           {QStringLiteral("trainingData"), m.trainingData},
                           {QStringLiteral("attribution"), m.attribution},
                           {QStringLiteral("trainingCommand"), m.trainingCommand},
                           {QStringLiteral("training"), m.training}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

SegmenterManifest loadVerifiedSegmenterManifest(const QString& manifestPath) {
    const auto damaged = [&](const QString& why) {
        return Error(ErrorKind::InvalidModel,
                     tr("The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then "
                        "objects are found by their background colour.")
                         .arg(QDir::toNativeSeparators(manifestPath), why));
    };
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly) || QFileInfo(manifestPath).size() > (1 << 20))
        throw damaged(QStringLiteral("cannot be read"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw damaged(parseError.errorString());
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("lift3d-segmenter"))
        throw damaged(QStringLiteral("not a segmenter manifest"));
    SegmenterManifest m;
    m.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (m.formatVersion != segmenterFormatVersion)
        throw damaged(QStringLiteral("format version %1, this Lift3D reads %2")
                          .arg(m.formatVersion)
                          .arg(segmenterFormatVersion));
    m.inputSide = json.value(QStringLiteral("inputSide")).toInt(-1);
    // Sides the network can take (multiples of 16) at a cost the window can afford.
    if (m.inputSide < 32 || m.inputSide > 1024 || m.inputSide % 16 != 0)
        throw damaged(
            QStringLiteral("inputSide %1 is not a multiple of 16 in 32..1024").arg(m.inputSide));
    m.weightsFile = json.value(QStringLiteral("weights")).toString();
    m.sha256 = json.value(QStringLiteral("sha256")).toString();
    m.trainingData = json.value(QStringLiteral("trainingData")).toString();
    m.attribution = json.value(QStringLiteral("attribution")).toString();
    m.trainingCommand = json.value(QStringLiteral("trainingCommand")).toString();
    m.training = json.value(QStringLiteral("training")).toObject();
    verifyWeightsBeside(manifestPath, m.weightsFile, m.sha256);
    return m;
}

QString bundledSegmenterManifest() {
    const QString fromEnvironment = qEnvironmentVariable("LIFT3D_SEGMENTER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return bundledModelFile(QStringLiteral("segmenter.json"));
}

} // namespace lift3d
