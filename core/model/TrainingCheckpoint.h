#pragma once
// Where a training run stands, kept in its output folder so that an interrupted run resumes:
// checkpoint.pt (the live network), checkpoint-ema.pt (its EMA copy), optimizer.pt and state.json.
// Include only from core/model/*.cpp: torch headers are slow to compile and clash with Qt's
// keyword macros.

#include "core/model/Networks.h"

#include <QString>

namespace lift3d {

// A run goes Autoencoder -> Flow -> Done.
enum class TrainingPhase { Autoencoder, Flow, Done };

// The phase's name in state.json and loss.csv, and as TrainingProgress::phase.
QString phaseName(TrainingPhase phase);

struct TrainingState {
    TrainingPhase phase = TrainingPhase::Autoencoder;
    int step = 0;       // steps of `phase` done
    double seconds = 0; // training time of all sessions so far
};

class TrainingCheckpoint {
public:
    explicit TrainingCheckpoint(const QString& outputDir);

    // Whether an earlier session left a state to resume from.
    bool exists() const;

    // The saved state, with the saved weights loaded into `net` and, when saved, `ema`. Throws
    // Error(FileNotReadable) or Error(CorruptData) (damaged file, unknown phase, weights of other
    // network settings) with a sentence that says how to start over.
    TrainingState load(ShapeFlowNet& net, ShapeFlowNet& ema) const;

    // Restores the optimizer of an interrupted phase when one was saved; throws like load().
    void loadOptimizer(torch::optim::Optimizer& optimizer) const;

    // `optimizer` is null between phases: the next phase starts a fresh one. Throws
    // Error(WriteFailed) with a sentence that says what to do.
    void save(const TrainingState& state, const ShapeFlowNet& net, const ShapeFlowNet& ema,
              const torch::optim::Optimizer* optimizer) const;

private:
    QString m_netPath, m_emaPath, m_optimizerPath, m_statePath;
};

// torch::save of weights that throws Error(WriteFailed) with a sentence that says what to do.
void saveWeights(const ShapeFlowNet& net, const QString& path);

} // namespace lift3d
