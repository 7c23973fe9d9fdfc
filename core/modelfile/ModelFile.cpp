#include "core/modelfile/ModelFile.h"

#include "core/Error.h"
#include "core/UserMessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace lift3d {

QByteArray manifestToJson(const ModelManifest& m) {
    const QJsonObject json{{QStringLiteral("formatVersion"), m.formatVersion},
                           {QStringLiteral("config"), m.config.toJson()},
                           {QStringLiteral("weights"), m.weightsFile},
                           {QStringLiteral("sha256"), m.sha256},
                           {QStringLiteral("trainingData"), m.trainingData},
                           {QStringLiteral("attribution"), m.attribution},
                           {QStringLiteral("trainingCommand"), m.trainingCommand},
                           {QStringLiteral("training"), m.training}};
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QString sha256OfFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString verifyWeightsBeside(const QString& manifestPath, const QString& weightsFile,
                            const QString& sha256) {
    const QString weights = QFileInfo(manifestPath).dir().filePath(weightsFile);
    // The weights sit beside the manifest. A manifest that points elsewhere (an absolute path,
    // "..", a device such as /dev/zero that a checksum would read forever) is refused.
    if (weightsFile.contains(QLatin1Char('/')) || weightsFile.contains(QLatin1Char('\\')) ||
        weightsFile.startsWith(QLatin1Char('.')) ||
        (QFileInfo::exists(weights) && !QFileInfo(weights).isFile()))
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model manifest %1 names its weights as \"%2\"; they must be a file beside the "
               "manifest. Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(manifestPath), weightsFile));
    if (weightsFile.isEmpty() || !QFileInfo::exists(weights))
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model weights %1 are missing. Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(weights)));
    if (sha256OfFile(weights) != sha256)
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model weights %1 fail their checksum: the file is damaged or incomplete. "
               "Reinstall Lift3D or download the model again.")
                .arg(QDir::toNativeSeparators(weights)));
    return weights;
}

ModelManifest loadVerifiedManifest(const QString& manifestPath) {
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(manifestPath)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(manifestPath), parseError.errorString()));
    const QJsonObject json = document.object();
    ModelManifest m;
    m.formatVersion = json.value(QStringLiteral("formatVersion")).toInt(-1);
    if (m.formatVersion != modelFormatVersion)
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model %1 has format version %2, but this Lift3D reads version %3. Use a model "
               "made for this version.")
                .arg(QDir::toNativeSeparators(manifestPath))
                .arg(m.formatVersion)
                .arg(modelFormatVersion));
    m.config = ModelConfig::fromJson(json.value(QStringLiteral("config")).toObject());
    // A temperature outside [0, 2] is a damaged or hand-edited manifest: 0 already makes every
    // seed start from the same point, and far above 1 the sampler starts where it was never
    // trained.
    if (!(m.config.noiseTemperature >= 0.0f && m.config.noiseTemperature <= 2.0f))
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(manifestPath),
                     QStringLiteral("noiseTemperature %1 is outside 0..2")
                         .arg(m.config.noiseTemperature)));
    if (const QString problem = m.config.problem(); !problem.isEmpty())
        throw Error(
            ErrorKind::InvalidModel,
            tr("The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.")
                .arg(QDir::toNativeSeparators(manifestPath), problem));
    m.weightsFile = json.value(QStringLiteral("weights")).toString();
    m.sha256 = json.value(QStringLiteral("sha256")).toString();
    m.trainingData = json.value(QStringLiteral("trainingData")).toString();
    m.attribution = json.value(QStringLiteral("attribution")).toString();
    m.trainingCommand = json.value(QStringLiteral("trainingCommand")).toString();
    m.training = json.value(QStringLiteral("training")).toObject();
    verifyWeightsBeside(manifestPath, m.weightsFile, m.sha256);
    return m;
}

QString bundledModelFile(const QString& name) {
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString installed = appDir.filePath(QStringLiteral("../share/lift3d/models/") + name);
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(LIFT3D_SOURCE_DIR "/resources/models/") + name;
}

QString bundledModelManifest() {
    const QString fromEnvironment = qEnvironmentVariable("LIFT3D_MODEL_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).filePath(QStringLiteral("manifest.json"));
    return bundledModelFile(QStringLiteral("manifest.json"));
}

} // namespace lift3d
