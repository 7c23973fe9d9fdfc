#include "core/model/AutoencoderTraining.h"

#include "core/model/TrainingData.h"
#include "core/model/TrainingRun.h"

namespace lift3d {
namespace {

// Decoder query points: half anywhere on the lattice, half near the surface, where the mesh is.
std::pair<torch::Tensor, torch::Tensor> samplePoints(const torch::Tensor& field, int count) {
    const auto batch = field.size(0), side = field.size(2);
    const auto flat = field.view({batch, -1});
    const auto uniform = torch::randint(flat.size(1), {batch, count / 2}, torch::kLong);
    const auto weights = (flat.abs() < 0.5).to(torch::kFloat32) + 1e-3;
    const auto near = torch::multinomial(weights, count - count / 2, true);
    const auto index = torch::cat({uniform, near}, 1);
    const auto x = index.remainder(side), y = index.div(side, "floor").remainder(side),
               z = index.div(side * side, "floor");
    auto points =
        torch::stack({x, y, z}, -1).to(torch::kFloat32).div(double(side - 1)).mul(2.0).sub(1.0);
    // Jitter within a cell so the decoder learns between lattice points; targets follow by
    // trilinear interpolation of the field itself.
    points =
        (points + (torch::rand_like(points) - 0.5) * (2.0 / double(side - 1))).clamp(-1.0, 1.0);
    const auto grid = points.view({batch, count, 1, 1, 3});
    const auto target =
        torch::nn::functional::grid_sample(
            field, grid, torch::nn::functional::GridSampleFuncOptions().align_corners(true))
            .view({batch, count});
    return {points, target};
}

torch::Tensor autoencoderLoss(ShapeFlowNet& net, const torch::Tensor& field, bool noisy,
                              int pointsPerField) {
    auto latent = net->encodeShape(field);
    const auto penalty = latent.pow(2).mean();
    // Noise on a latent kept near unit scale by the penalty: nearby latents must decode to
    // similar shapes, a smooth space the flow can learn in few steps, and a decoder that
    // tolerates the flow's imperfect samples.
    if (noisy)
        latent = latent + 0.2 * torch::randn_like(latent);
    const auto features = net->decoderFeatures(latent);
    const auto [points, target] = samplePoints(field, pointsPerField);
    const auto predicted = net->queryField(features, points);
    return torch::nn::functional::l1_loss(predicted, target) + 1e-3 * penalty;
}

// On the first 64 validation views, without the latent noise.
double validationLoss(TrainingRun& run, const TrainingData& data) {
    torch::NoGradGuard noGrad;
    const auto index = torch::arange(std::min<long>(64, data.validFields.size(0)));
    return autoencoderLoss(run.net, fieldBatch(data.validFields, index), false,
                           run.options.pointsPerField)
        .item<double>();
}

// The flow learns in a space where the latents have zero mean and unit variance: statistics of
// up to 8192 streamed training views (enough for a mean and spread per latent channel).
void whitenLatents(ShapeFlowNet& net, const TrainingData& data) {
    torch::NoGradGuard noGrad;
    const long count = std::min<long>(8192, data.trainingViews);
    std::vector<torch::Tensor> latents;
    for (long start = 0; start < count; start += 256) {
        const TrainingBatch batch = data.nextBatch(int(std::min<long>(256, count - start)));
        latents.push_back(net->encodeShape(batch.fields));
    }
    const auto all = torch::cat(latents, 0);
    net->latentMean.copy_(all.mean(0));
    net->latentStd.copy_(all.std(0).clamp_min(1e-3));
}

} // namespace

bool trainAutoencoder(TrainingRun& run, const TrainingData& data, int fromStep) {
    const TrainingOptions& options = run.options;
    std::vector<torch::Tensor> parameters = run.net->autoencoderParameters();
    torch::optim::Adam optimizer(parameters,
                                 torch::optim::AdamOptions(options.autoencoderLearningRate));
    if (fromStep > 0)
        run.restoreOptimizer(optimizer);
    for (int step = fromStep; step < options.autoencoderSteps; ++step) {
        if (run.cancelRequested()) {
            run.saveCheckpoint(TrainingPhase::Autoencoder, step, &optimizer);
            return false;
        }
        const auto loss = autoencoderLoss(run.net, data.nextBatch(options.autoencoderBatch).fields,
                                          true, options.pointsPerField);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        const double validation =
            (step + 1) % 100 == 0 && data.validFields.size(0) > 0 ? validationLoss(run, data) : -1;
        run.finishStep(TrainingPhase::Autoencoder, step + 1, options.autoencoderSteps,
                       loss.item<double>(), validation, optimizer);
    }
    whitenLatents(run.net, data);
    run.resetEma();
    run.saveCheckpoint(TrainingPhase::Flow, 0, nullptr);
    return true;
}

} // namespace lift3d
