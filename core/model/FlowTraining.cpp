#include "core/model/FlowTraining.h"

#include "core/model/TrainingAugmentation.h"
#include "core/model/TrainingData.h"
#include "core/model/TrainingRun.h"

#include <cmath>

namespace lift3d {
namespace {

// `fields` as the frozen encoder's whitened latents; fields are [B, 1, S, S, S] float.
torch::Tensor whitenedLatents(ShapeFlowNet& net, const torch::Tensor& fields) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    for (long start = 0; start < fields.size(0); start += 256)
        parts.push_back(
            net->encodeShape(fields.slice(0, start, std::min(fields.size(0), start + 256))));
    return ((torch::cat(parts, 0) - net->latentMean) / net->latentStd);
}

// The same for stored int8 fields [N, S, S, S], converted 256 rows at a time: thousands of
// validation views as floats at once would take gigabytes.
torch::Tensor whitenedStoredLatents(ShapeFlowNet& net, const torch::Tensor& storedFields) {
    std::vector<torch::Tensor> parts;
    const long count = storedFields.size(0);
    for (long start = 0; start < count; start += 256)
        parts.push_back(whitenedLatents(
            net, fieldBatch(storedFields, torch::arange(start, std::min(count, start + 256)))));
    return torch::cat(parts, 0);
}

// What the velocity network is trained on: times t, step sizes d, target velocities.
struct FlowTargets {
    torch::Tensor t, d, target;
};

// The mean velocity of two d/2 steps of the EMA network from xt; the smallest half step (1/128)
// is taken as plain flow matching (d = 0).
torch::Tensor twoHalfSteps(ShapeFlowNet& ema, const torch::Tensor& xt, const torch::Tensor& t,
                           const torch::Tensor& d, const torch::Tensor& images) {
    torch::NoGradGuard noGrad;
    const auto half = d / 2;
    const auto halfQuery = torch::where(half < 1.0 / 64 - 1e-6, torch::zeros_like(half), half);
    const auto condition = ema->encodeImage(images);
    const auto v1 = ema->velocityAt(xt, t, halfQuery, condition);
    const auto xMid = xt + half.unsqueeze(1) * v1;
    const auto v2 = ema->velocityAt(xMid, t + half, halfQuery, condition);
    return (v1 + v2) / 2;
}

// Replaces the first `rows` rows of `targets` by shortcut rows: d = 2^-k for k in 0..6, t on the
// grid of d so that t + d <= 1, and the EMA network's two half steps as the target.
void useShortcutRows(ShapeFlowNet& ema, const torch::Tensor& x0, const torch::Tensor& x1,
                     const torch::Tensor& images, int rows, FlowTargets& targets) {
    const auto k = torch::randint(0, 7, {rows}, torch::kLong);
    const auto d = torch::pow(2.0, -k.to(torch::kFloat32));
    const auto slots = (1.0 / d).to(torch::kLong);
    const auto t = (torch::rand({rows}) * slots.to(torch::kFloat32)).floor() * d;
    targets.t = torch::cat({t, targets.t.slice(0, rows)});
    targets.d = torch::cat({d, targets.d.slice(0, rows)});
    const auto xt =
        (1 - t.unsqueeze(1)) * x0.slice(0, 0, rows) + t.unsqueeze(1) * x1.slice(0, 0, rows);
    const auto shortcut = twoHalfSteps(ema, xt, t, d, images.slice(0, 0, rows));
    targets.target = torch::cat({shortcut, targets.target.slice(0, rows)});
}

} // namespace

FlowTraining::FlowTraining(TrainingRun& run, const TrainingData& data, int fromStep)
    : m_run(run), m_data(data), m_fromStep(fromStep),
      m_validLatents(data.validFields.size(0) ? whitenedStoredLatents(run.net, data.validFields)
                                              : torch::Tensor()),
      m_parameters(run.net->flowParameters()),
      m_optimizer(m_parameters,
                  torch::optim::AdamWOptions(run.options.flowLearningRate).weight_decay(1e-4)) {
    if (fromStep > 0)
        run.restoreOptimizer(m_optimizer);
}

bool FlowTraining::train() {
    const TrainingOptions& options = m_run.options;
    const int shortcutRows = int(std::lround(options.flowBatch * options.shortcutFraction));
    for (int step = m_fromStep; step < options.flowSteps; ++step) {
        if (m_run.cancelRequested()) {
            m_run.saveCheckpoint(TrainingPhase::Flow, step, &m_optimizer);
            return false;
        }
        TrainingBatch batch = m_data.nextBatch(options.flowBatch);
        augmentBatch(batch);
        dropConditions(batch, options.conditionDropout);
        const auto loss = flowLoss(m_run.net, whitenedLatents(m_run.net, batch.fields),
                                   batch.images, batch.depths, shortcutRows);
        m_optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(m_parameters, 1.0);
        m_optimizer.step();
        // Warm-up: early on the EMA follows closely (decay (1 + n) / (10 + n)), so a short run's
        // EMA is not mostly its first, untrained steps; later it is options.emaDecay.
        m_run.updateEma(std::min(options.emaDecay, (1.0 + step) / (10.0 + step)));
        const double validation =
            (step + 1) % 250 == 0 && m_validLatents.defined() ? validationLoss() : -1;
        m_run.finishStep(TrainingPhase::Flow, step + 1, options.flowSteps, loss.item<double>(),
                         validation, m_optimizer);
    }
    return true;
}

// Flow matching on every row; shortcut targets on the first `shortcutRows`.
torch::Tensor FlowTraining::flowLoss(ShapeFlowNet& model, const torch::Tensor& x1,
                                     const torch::Tensor& images, const torch::Tensor& depths,
                                     int shortcutRows) {
    const long batch = x1.size(0);
    const auto condition = model->encodeImage(images);
    const auto x0 = torch::randn_like(x1);
    FlowTargets targets{torch::rand({batch}), torch::zeros({batch}), x1 - x0};
    if (shortcutRows > 0)
        useShortcutRows(m_run.ema, x0, x1, images, shortcutRows, targets);
    const auto xt = (1 - targets.t.unsqueeze(1)) * x0 + targets.t.unsqueeze(1) * x1;
    const auto predicted = model->velocityAt(xt, targets.t, targets.d, condition);
    return torch::mse_loss(predicted, targets.target) + model->auxiliaryLoss(condition, x1, depths);
}

// The EMA network on the first 256 validation views, plain flow matching.
double FlowTraining::validationLoss() {
    torch::NoGradGuard noGrad;
    const auto index = torch::arange(std::min<long>(256, m_validLatents.size(0)));
    return flowLoss(m_run.ema, m_validLatents.index_select(0, index),
                    imageBatch(m_data.validImages, index), depthBatch(m_data.validDepths, index), 0)
        .item<double>();
}

} // namespace lift3d
