#include "core/model/TrainingCheckpoint.h"

#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <optional>

namespace lift3d {
namespace {

// The messages are lift3d-train's, for developers: English on purpose (see UserMessage.h).

std::optional<TrainingPhase> phaseFromName(const QString& name) {
    for (TrainingPhase phase :
         {TrainingPhase::Autoencoder, TrainingPhase::Flow, TrainingPhase::Done})
        if (name == phaseName(phase))
            return phase;
    return std::nullopt;
}

Error writeFailed(const QString& path, const QString& reason) {
    return Error(ErrorKind::WriteFailed,
                 QStringLiteral(
                     "Cannot write %1 (%2). Free disk space or fix the folder's permissions, then "
                     "run the same command again to resume from the last checkpoint.")
                     .arg(QDir::toNativeSeparators(path), reason));
}

// LibTorch's messages go on with a backtrace; the first line says what failed.
QString firstLine(const std::exception& error) {
    return QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0);
}

template <typename Value> void saveOrThrow(const Value& value, const QString& path) {
    try {
        torch::save(value, path.toStdString());
    } catch (const std::exception& error) {
        throw writeFailed(path, firstLine(error));
    }
}

// Deleting the state is enough to start over: without it the other files are not read.
Error corrupt(const QString& path, const QString& reason, const QString& statePath) {
    return Error(
        ErrorKind::CorruptData,
        QStringLiteral(
            "The training checkpoint %1 cannot be used (%2). Delete %3 to train from the "
            "start.")
            .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(statePath)));
}

template <typename Value>
void loadOrThrow(Value& value, const QString& path, const QString& statePath) {
    try {
        torch::load(value, path.toStdString());
    } catch (const std::exception& error) {
        throw corrupt(path,
                      QStringLiteral("damaged, or saved with other network settings: %1")
                          .arg(firstLine(error)),
                      statePath);
    }
}

} // namespace

QString phaseName(TrainingPhase phase) {
    switch (phase) {
    case TrainingPhase::Autoencoder:
        return QStringLiteral("autoencoder");
    case TrainingPhase::Flow:
        return QStringLiteral("flow");
    case TrainingPhase::Done:
        return QStringLiteral("done");
    }
    return {};
}

TrainingCheckpoint::TrainingCheckpoint(const QString& outputDir) {
    const QDir out(outputDir);
    m_netPath = out.filePath(QStringLiteral("checkpoint.pt"));
    m_emaPath = out.filePath(QStringLiteral("checkpoint-ema.pt"));
    m_optimizerPath = out.filePath(QStringLiteral("optimizer.pt"));
    m_statePath = out.filePath(QStringLiteral("state.json"));
}

bool TrainingCheckpoint::exists() const {
    return QFileInfo::exists(m_statePath) && QFileInfo::exists(m_netPath);
}

TrainingState TrainingCheckpoint::load(ShapeFlowNet& net, ShapeFlowNet& ema) const {
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(
            ErrorKind::FileNotReadable,
            QStringLiteral("Cannot read the training state %1 (%2). Fix its permissions, or delete "
                           "it to train from the start.")
                .arg(QDir::toNativeSeparators(m_statePath), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        throw corrupt(m_statePath, parseError.errorString(), m_statePath);
    const QJsonObject json = document.object();
    const QString name = json.value(QStringLiteral("phase")).toString();
    const std::optional<TrainingPhase> phase = phaseFromName(name);
    if (!phase)
        throw corrupt(m_statePath, QStringLiteral("unknown phase \"%1\"").arg(name), m_statePath);
    const TrainingState state{*phase, json.value(QStringLiteral("step")).toInt(-1),
                              json.value(QStringLiteral("seconds")).toDouble()};
    if (state.step < 0)
        throw corrupt(m_statePath, QStringLiteral("no step count"), m_statePath);
    loadOrThrow(net, m_netPath, m_statePath);
    if (QFileInfo::exists(m_emaPath))
        loadOrThrow(ema, m_emaPath, m_statePath);
    return state;
}

void TrainingCheckpoint::loadOptimizer(torch::optim::Optimizer& optimizer) const {
    if (QFileInfo::exists(m_optimizerPath))
        loadOrThrow(optimizer, m_optimizerPath, m_statePath);
}

void TrainingCheckpoint::save(const TrainingState& state, const ShapeFlowNet& net,
                              const ShapeFlowNet& ema,
                              const torch::optim::Optimizer* optimizer) const {
    saveOrThrow(net, m_netPath);
    saveOrThrow(ema, m_emaPath);
    if (optimizer)
        saveOrThrow(*optimizer, m_optimizerPath);
    const QJsonObject json{{QStringLiteral("phase"), phaseName(state.phase)},
                           {QStringLiteral("step"), state.step},
                           {QStringLiteral("seconds"), state.seconds}};
    const QByteArray bytes = QJsonDocument(json).toJson();
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw writeFailed(m_statePath, file.errorString());
}

void saveWeights(const ShapeFlowNet& net, const QString& path) {
    saveOrThrow(net, path);
}

} // namespace lift3d
