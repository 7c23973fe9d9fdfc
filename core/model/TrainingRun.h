#pragma once
// One session of a training run: what its phases share (options, networks, checkpoint, clock) and
// how each step is reported, logged to loss.csv and checkpointed. Include only from
// core/model/*.cpp: torch headers are slow to compile and clash with Qt's keyword macros.

#include "core/model/ModelTraining.h"
#include "core/model/TrainingCheckpoint.h"

#include <QElapsedTimer>

namespace lift3d {

class TrainingRun {
public:
    // Makes freshly initialised networks for `options.config`: the first draws of the seeded
    // generator.
    TrainingRun(const TrainingOptions& options,
                const std::function<void(const TrainingProgress&)>& progress,
                const std::atomic<bool>* cancel);

    // Loads the checkpoint of an earlier session, or starts the EMA copy from the fresh network;
    // starts the clock from the time already spent.
    TrainingState resume();

    const TrainingOptions& options;
    ShapeFlowNet net, ema;

    // ema = decay * ema + (1 - decay) * net for the parameters; buffers are copied.
    void updateEma(double decay);
    void resetEma() { updateEma(0.0); }

    bool cancelRequested() const { return m_cancel && m_cancel->load(); }
    double elapsedSeconds() const; // over all sessions

    void restoreOptimizer(torch::optim::Optimizer& optimizer) const {
        m_checkpoint.loadOptimizer(optimizer);
    }
    void saveCheckpoint(TrainingPhase phase, int step,
                        const torch::optim::Optimizer* optimizer) const;

    // Reports a message of the data preparation, before any phase.
    void reportPreparation(const QString& message) const;
    // After each step of a phase: reports it, logs every 10th step and every validation, and
    // saves a checkpoint every options.checkpointEvery steps.
    void finishStep(TrainingPhase phase, int step, int steps, double loss, double validationLoss,
                    const torch::optim::Optimizer& optimizer) const;
    // Records the run as done and reports it.
    void finish(const torch::optim::Optimizer& optimizer) const;

private:
    void report(const QString& phase, int step, int steps, double loss, double validationLoss,
                const QString& message = {}) const;
    void appendLog(const QString& line) const;

    const std::function<void(const TrainingProgress&)>& m_progress;
    const std::atomic<bool>* m_cancel;
    TrainingCheckpoint m_checkpoint;
    QString m_logPath;
    QElapsedTimer m_timer;
    double m_secondsBefore = 0;
};

} // namespace lift3d
