#include "core/model/TrainingAugmentation.h"

#include "core/model/TensorImage.h"

#include <cmath>

namespace lift3d {
namespace {

namespace F = torch::nn::functional;

torch::Tensor chosenRows(long rows, double probability) {
    return (torch::rand({rows}) < probability).to(torch::kFloat32);
}

// `a` where `choose` (a [B] 0/1 tensor) is 1, else `b`.
torch::Tensor pick(const torch::Tensor& choose, const torch::Tensor& a, const torch::Tensor& b) {
    std::vector<int64_t> shape(std::size_t(a.dim()), 1);
    shape[0] = a.size(0);
    return torch::where(choose.view(shape) > 0.5, a, b);
}

void mirror(TrainingBatch& batch) {
    const auto rows = chosenRows(batch.images.size(0), 0.5);
    batch.images = pick(rows, batch.images.flip({3}), batch.images);
    batch.depths = pick(rows, batch.depths.flip({3}), batch.depths);
    batch.fields = pick(rows, batch.fields.flip({4}), batch.fields);
}

// The object's own colours under the picture's compositing over white (rgb = m * object +
// (1 - m)), where the mask says there is some object; white elsewhere.
torch::Tensor objectColours(const torch::Tensor& rgb, const torch::Tensor& mask) {
    const auto object = (rgb - (1 - mask)) / mask.clamp_min(0.05);
    return torch::where(mask > 0.05, object.clamp(0.0, 1.0), torch::ones_like(rgb));
}

torch::Tensor jitteredColours(const torch::Tensor& object, const torch::Tensor& mask) {
    const long b = object.size(0);
    const auto uniform = [&](double low, double high, std::vector<int64_t> shape) {
        return torch::rand(shape) * (high - low) + low;
    };
    const auto grey = object.mean(1, true);
    auto out = grey + (object - grey) * uniform(0.6, 1.4, {b, 1, 1, 1}); // saturation
    const auto mean =
        (out * mask).sum({1, 2, 3}, true) / (3 * mask.sum({1, 2, 3}, true)).clamp_min(1.0);
    out = mean + (out - mean) * uniform(0.75, 1.25, {b, 1, 1, 1});                   // contrast
    out = out * uniform(0.75, 1.25, {b, 1, 1, 1}) * uniform(0.9, 1.1, {b, 3, 1, 1}); // light
    return out.clamp(0.0, 1.0);
}

// A mask eroded or dilated by a pixel on a third of the rows, the rest unchanged.
torch::Tensor perturbedMask(const torch::Tensor& mask) {
    const auto pool = F::MaxPool2dFuncOptions(3).stride(1).padding(1);
    const auto dilated = F::max_pool2d(mask, pool);
    const auto eroded = -F::max_pool2d(-mask, pool);
    const auto choice = torch::rand({mask.size(0)});
    const auto erode = (choice < 1.0 / 6).to(torch::kFloat32);
    const auto dilate = ((choice >= 1.0 / 6) & (choice < 1.0 / 3)).to(torch::kFloat32);
    return pick(erode, eroded, pick(dilate, dilated, mask));
}

// Colour jitter and mask noise, composed over white once, as the app composes its pictures.
// Where a dilated mask reaches past the object, the picture there is the white background.
void jitterColoursAndMask(TrainingBatch& batch) {
    const auto mask = batch.images.slice(1, 3, 4);
    const auto object = jitteredColours(objectColours(batch.images.slice(1, 0, 3), mask), mask);
    const auto newMask = perturbedMask(mask);
    batch.images = torch::cat({newMask * object + (1 - newMask), newMask}, 1);
}

void jitterCrop(TrainingBatch& batch) {
    const long b = batch.images.size(0);
    const double pixel = 2.0 / double(batch.images.size(3));
    const auto rows = chosenRows(b, 0.5);
    const auto scale = 1.0 + (torch::rand({b}) * 2 - 1) * 0.05 * rows;
    const auto shift = (torch::rand({b, 2}) * 2 - 1) * (2 * pixel) * rows.unsqueeze(1);
    auto theta = torch::zeros({b, 2, 3});
    theta.select(1, 0).select(1, 0).copy_(scale);
    theta.select(1, 1).select(1, 1).copy_(scale);
    theta.select(2, 2).copy_(shift);
    const auto grid = F::affine_grid(theta, batch.images.sizes(), false);
    // Padding: white background, no mask, no depth.
    auto image = F::grid_sample(
        batch.images - torch::tensor({1.0f, 1.0f, 1.0f, 0.0f}).view({1, 4, 1, 1}), grid,
        F::GridSampleFuncOptions()
            .mode(torch::kBilinear)
            .padding_mode(torch::kZeros)
            .align_corners(false));
    batch.images = image + torch::tensor({1.0f, 1.0f, 1.0f, 0.0f}).view({1, 4, 1, 1});
    batch.depths = F::grid_sample(batch.depths, grid,
                                  F::GridSampleFuncOptions()
                                      .mode(torch::kNearest)
                                      .padding_mode(torch::kZeros)
                                      .align_corners(false));
    // Outside the picture: no depth (zeros padding would read as z = 0).
    const auto inside = F::grid_sample(torch::ones_like(batch.depths), grid,
                                       F::GridSampleFuncOptions()
                                           .mode(torch::kNearest)
                                           .padding_mode(torch::kZeros)
                                           .align_corners(false));
    batch.depths = torch::where(inside > 0.5, batch.depths, torch::full_like(batch.depths, NAN));
}

} // namespace

void augmentBatch(TrainingBatch& batch) {
    torch::NoGradGuard noGrad;
    mirror(batch);
    jitterColoursAndMask(batch);
    jitterCrop(batch);
}

void dropConditions(TrainingBatch& batch, double probability) {
    if (probability <= 0)
        return;
    torch::NoGradGuard noGrad;
    const auto dropped = torch::rand({batch.images.size(0)}) < probability;
    if (!dropped.any().item<bool>())
        return;
    const auto rows = dropped.view({-1, 1, 1, 1});
    const auto blank = blankPictureTensor(batch.images.size(0), int(batch.images.size(3)));
    batch.images = torch::where(rows, blank, batch.images);
    if (batch.depths.defined() && batch.depths.numel())
        batch.depths = torch::where(rows, torch::full_like(batch.depths, NAN), batch.depths);
}

} // namespace lift3d
