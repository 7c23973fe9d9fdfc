#include "core/model/TrainingRun.h"

#include "core/Error.h"

#include <QDir>
#include <QFile>

namespace lift3d {

TrainingRun::TrainingRun(const TrainingOptions& options,
                         const std::function<void(const TrainingProgress&)>& progress,
                         const std::atomic<bool>* cancel)
    : options(options), net(options.config), ema(options.config), m_progress(progress),
      m_cancel(cancel), m_checkpoint(options.outputDir),
      m_logPath(QDir(options.outputDir).filePath(QStringLiteral("loss.csv"))) {}

TrainingState TrainingRun::resume() {
    TrainingState state;
    if (m_checkpoint.exists())
        state = m_checkpoint.load(net, ema);
    else
        resetEma();
    m_secondsBefore = state.seconds;
    m_timer.start();
    return state;
}

void TrainingRun::updateEma(double decay) {
    torch::NoGradGuard noGrad;
    auto target = ema->named_parameters(true);
    for (const auto& item : net->named_parameters(true))
        target[item.key()].mul_(decay).add_(item.value(), 1.0 - decay);
    auto targetBuffers = ema->named_buffers(true);
    for (const auto& item : net->named_buffers(true))
        targetBuffers[item.key()].copy_(item.value());
}

double TrainingRun::elapsedSeconds() const {
    return m_secondsBefore + m_timer.elapsed() / 1000.0;
}

void TrainingRun::saveCheckpoint(TrainingPhase phase, int step,
                                 const torch::optim::Optimizer* optimizer) const {
    m_checkpoint.save({phase, step, elapsedSeconds()}, net, ema, optimizer);
}

void TrainingRun::reportPreparation(const QString& message) const {
    report(QStringLiteral("prepare"), 0, 0, 0, -1, message);
}

void TrainingRun::finishStep(TrainingPhase phase, int step, int steps, double loss,
                             double validationLoss,
                             const torch::optim::Optimizer& optimizer) const {
    if (step % 10 == 0 || validationLoss >= 0)
        appendLog(QStringLiteral("%1,%2,%3,%4,%5")
                      .arg(phaseName(phase))
                      .arg(step)
                      .arg(loss)
                      .arg(validationLoss)
                      .arg(elapsedSeconds()));
    report(phaseName(phase), step, steps, loss, validationLoss);
    if (step % options.checkpointEvery == 0)
        saveCheckpoint(phase, step, &optimizer);
}

void TrainingRun::finish(const torch::optim::Optimizer& optimizer) const {
    saveCheckpoint(TrainingPhase::Done, options.flowSteps, &optimizer);
    report(phaseName(TrainingPhase::Done), options.flowSteps, options.flowSteps, 0, -1);
}

void TrainingRun::report(const QString& phase, int step, int steps, double loss,
                         double validationLoss, const QString& message) const {
    if (m_progress)
        m_progress({phase, step, steps, loss, validationLoss, elapsedSeconds(), message});
}

void TrainingRun::appendLog(const QString& line) const {
    QFile file(m_logPath);
    const QByteArray header =
        file.exists() ? QByteArray()
                      : QByteArrayLiteral("phase,step,loss,validation_loss,elapsed_s\n");
    const QByteArray bytes = header + line.toUtf8() + '\n';
    if (!file.open(QIODevice::Append | QIODevice::Text) || file.write(bytes) != bytes.size() ||
        !file.flush())
        throw Error(
            ErrorKind::WriteFailed,
            QStringLiteral(
                "Cannot append to the loss log %1 (%2). Free disk space or fix the folder's "
                "permissions, then run the same command again to resume from the last "
                "checkpoint.")
                .arg(QDir::toNativeSeparators(m_logPath), file.errorString()));
}

} // namespace lift3d
