#pragma once
// Phase 2 of training: the image encoder and the shortcut velocity network on the frozen
// autoencoder's whitened latents. Include only from core/model/*.cpp: torch headers are slow to
// compile and clash with Qt's keyword macros.

#include <torch/optim/adamw.h>
#include <vector>

namespace lift3d {

class ShapeFlowNet;
class TrainingRun;
struct TrainingData;

// Flow matching (d = 0) on most of each batch and, on options.shortcutFraction of it, the shortcut
// self-consistency target for d in {1, 1/2, ..., 1/64}: the mean of two d/2 steps taken by the
// EMA copy of the network (Frans et al., arXiv 2410.12557).
class FlowTraining {
public:
    // Encodes the validation fields with the trained autoencoder (training batches are encoded
    // as they stream in); restores the optimizer of an interrupted phase when `fromStep` > 0.
    FlowTraining(TrainingRun& run, const TrainingData& data, int fromStep);

    // Trains up to options.flowSteps. Returns false when cancelled (after saving a checkpoint).
    bool train();

    // Saved with the final checkpoint, so that a later session can train more steps.
    const torch::optim::Optimizer& optimizer() const { return m_optimizer; }

private:
    torch::Tensor flowLoss(ShapeFlowNet& model, const torch::Tensor& x1,
                           const torch::Tensor& images, const torch::Tensor& depths,
                           int shortcutRows);
    double validationLoss();

    TrainingRun& m_run;
    const TrainingData& m_data;
    int m_fromStep;
    torch::Tensor m_validLatents; // whitened; undefined without validation views
    std::vector<torch::Tensor> m_parameters;
    torch::optim::AdamW m_optimizer;
};

} // namespace lift3d
