#include "core/model/GridNetworks.h"

#include "core/model/TimeEmbedding.h"

#include <cmath>

namespace lift3d {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

// The conditioning crop spans about 1.2 units for a unit object (10% margin each side); the
// lattice's normalised coordinates span fieldHalfExtent = 0.55 units.
constexpr double latticeToPicture = 0.55 / 0.6;
constexpr int depthSide = 16;

nn::Conv3d conv3(int in, int out, int stride = 1) {
    return nn::Conv3d(nn::Conv3dOptions(in, out, 3).stride(stride).padding(1));
}

int groupsFor(int channels) {
    return channels % 8 == 0 ? 8 : 1;
}

// Where the shape encoder centres latent cell i along an axis, in the lattice's normalised
// coordinates: its stride-2 kernel-4 convolutions centre cell i on field sample
// (S / L) i + (S / L - 1) / 2 of the S samples spanning [-1, 1].
torch::Tensor latentCellCentres(int fieldSide, int latentSide) {
    const double stride = double(fieldSide) / latentSide;
    return (torch::arange(latentSide).to(torch::kFloat64) * stride + (stride - 1) / 2) * 2.0 /
               (fieldSide - 1) -
           1.0;
}

// Picture positions (grid_sample's x right, y down, in [-1, 1]) of the latent's cell columns:
// [1, L(y), L(x), 2], rows in the lattice's order (y from -1 up to +1).
torch::Tensor cellColumnPixels(int fieldSide, int side) {
    const auto axis = (latentCellCentres(fieldSide, side) * latticeToPicture).to(torch::kFloat32);
    const auto grids = torch::meshgrid({axis, axis}, "ij"); // y, x
    return torch::stack({grids[1], -grids[0]}, -1).unsqueeze(0);
}

torch::Tensor sampleColumns(const torch::Tensor& map, const torch::Tensor& pixels) {
    return F::grid_sample(map, pixels.expand({map.size(0), -1, -1, -1}),
                          F::GridSampleFuncOptions().mode(torch::kBilinear).align_corners(false));
}

} // namespace

GridShapeEncoderImpl::GridShapeEncoderImpl(const ModelConfig& c) {
    // 32^3 -> 16^3 -> 8^3: one stride-2 layer per halving down to the latent side.
    nn::Sequential seq;
    int channels = 1, side = c.fieldSide;
    for (int width = 32; side > c.latentSide; side /= 2, width = std::min(64, width * 2)) {
        seq->push_back(nn::Conv3d(nn::Conv3dOptions(channels, width, 4).stride(2).padding(1)));
        seq->push_back(nn::SiLU());
        channels = width;
    }
    seq->push_back(conv3(channels, 64));
    seq->push_back(nn::SiLU());
    seq->push_back(nn::Conv3d(nn::Conv3dOptions(64, c.latentChannels, 1)));
    layers = register_module("layers", seq);
}

torch::Tensor GridShapeEncoderImpl::forward(const torch::Tensor& field) {
    return layers->forward(field);
}

GridShapeDecoderImpl::GridShapeDecoderImpl(const ModelConfig& c) {
    nn::Sequential seq;
    seq->push_back(conv3(c.latentChannels, 64));
    seq->push_back(nn::SiLU());
    seq->push_back(conv3(64, 64));
    seq->push_back(nn::SiLU());
    int channels = 64;
    for (int side = c.latentSide; side < c.featureSide; side *= 2) {
        seq->push_back(
            nn::ConvTranspose3d(nn::ConvTranspose3dOptions(channels, 32, 4).stride(2).padding(1)));
        seq->push_back(nn::SiLU());
        channels = 32;
    }
    seq->push_back(conv3(channels, c.featureChannels));
    upsample = register_module("upsample", seq);
    const int inputs = c.featureChannels + 3 + 2 * 3 * 4;
    head =
        register_module("head", nn::Sequential(nn::Linear(inputs, 64), nn::SiLU(),
                                               nn::Linear(64, 64), nn::SiLU(), nn::Linear(64, 1)));
}

torch::Tensor GridShapeDecoderImpl::features(const torch::Tensor& latent) {
    return upsample->forward(latent);
}

torch::Tensor GridShapeDecoderImpl::query(const torch::Tensor& features,
                                          const torch::Tensor& points) {
    const auto batch = points.size(0), count = points.size(1);
    // grid_sample reads (x, y, z) as (W, H, D), the layout of a ScalarGrid ([z][y][x]).
    const auto sampled =
        F::grid_sample(features, points.view({batch, count, 1, 1, 3}),
                       F::GridSampleFuncOptions().mode(torch::kBilinear).align_corners(true))
            .view({batch, features.size(1), count})
            .transpose(1, 2);
    std::vector<torch::Tensor> parts{sampled, points};
    for (int k = 0; k < 4; ++k) {
        const auto angle = points * (std::pow(2.0, k) * M_PI);
        parts.push_back(torch::sin(angle));
        parts.push_back(torch::cos(angle));
    }
    return head->forward(torch::cat(parts, 2)).squeeze(2);
}

GridImageEncoderImpl::GridImageEncoderImpl(const ModelConfig& c) : config(c) {
    // 64^2 -> 16^2 (64 channels) -> 8^2 (128 channels).
    stem = register_module(
        "stem",
        nn::Sequential(nn::Conv2d(nn::Conv2dOptions(4, 32, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv2d(nn::Conv2dOptions(32, 64, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv2d(nn::Conv2dOptions(64, 64, 3).padding(1)), nn::SiLU()));
    down = register_module(
        "down",
        nn::Sequential(nn::Conv2d(nn::Conv2dOptions(64, 128, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv2d(nn::Conv2dOptions(128, 128, 3).padding(1)), nn::SiLU()));
    // The global code keeps a 4x4 layout of the picture: where things are matters.
    globalCode = register_module("globalCode", nn::Linear(128 * 16, c.conditionSize));
    depthHead = register_module(
        "depthHead",
        nn::Sequential(nn::Conv2d(nn::Conv2dOptions(64 + 128, 64, 3).padding(1)), nn::SiLU(),
                       nn::Conv2d(nn::Conv2dOptions(64, 1, 3).padding(1))));
    // Per cell: 16^2 features (64), 8^2 features (128), mask, depth, z, z - depth.
    lift = register_module("lift", nn::Conv3d(nn::Conv3dOptions(64 + 128 + 4, c.hidden, 1)));
    cellPixels = register_buffer("cellPixels", cellColumnPixels(c.fieldSide, c.latentSide));
}

GridCondition GridImageEncoderImpl::forward(const torch::Tensor& image) {
    const auto f16 = stem->forward(image);
    const auto f8 = down->forward(f16);
    GridCondition condition;
    condition.global = globalCode->forward(
        F::adaptive_avg_pool2d(f8, F::AdaptiveAvgPool2dFuncOptions(4)).flatten(1));
    const auto f8up = F::interpolate(f8, F::InterpolateFuncOptions()
                                             .size(std::vector<int64_t>{depthSide, depthSide})
                                             .mode(torch::kNearest));
    condition.depth = depthHead->forward(torch::cat({f16, f8up}, 1));
    if (!config.pixelFeatures)
        return condition;
    const int side = config.latentSide;
    const auto mask =
        F::adaptive_avg_pool2d(image.slice(1, 3, 4), F::AdaptiveAvgPool2dFuncOptions(depthSide));
    const auto columns =
        torch::cat({sampleColumns(f16, cellPixels), sampleColumns(f8, cellPixels),
                    sampleColumns(mask, cellPixels), sampleColumns(condition.depth, cellPixels)},
                   1); // [B, C, L(y), L(x)]
    const long batch = image.size(0), channels = columns.size(1);
    // The cells' z, from the same stored positions as their x (models trained before the centres
    // were corrected keep their own).
    const auto z = (cellPixels.select(0, 0).select(0, 0).select(1, 0) / latticeToPicture)
                       .view({1, 1, side, 1, 1});
    const auto depth = columns.slice(1, channels - 1, channels).unsqueeze(2); // [B, 1, 1, L, L]
    const auto cells = torch::cat({columns.unsqueeze(2).expand({batch, channels, side, side, side}),
                                   z.expand({batch, 1, side, side, side}),
                                   (z - depth).expand({batch, 1, side, side, side})},
                                  1);
    condition.cells = lift->forward(cells);
    return condition;
}

GridResBlockImpl::GridResBlockImpl(int in, int out, int embedding) {
    norm1 = register_module("norm1", nn::GroupNorm(groupsFor(in), in));
    conv1 = register_module("conv1", conv3(in, out));
    norm2 = register_module("norm2", nn::GroupNorm(groupsFor(out), out));
    conv2 = register_module("conv2", conv3(out, out));
    film = register_module("film", nn::Linear(embedding, 2 * out));
    if (in != out)
        skip = register_module("skip", nn::Conv3d(nn::Conv3dOptions(in, out, 1)));
    // Start each block as the identity.
    torch::NoGradGuard noGrad;
    conv2->weight.zero_();
    conv2->bias.zero_();
}

torch::Tensor GridResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& embedding) {
    auto h = conv1->forward(torch::silu(norm1->forward(x)));
    const auto scaleShift = film->forward(embedding).view({x.size(0), -1, 1, 1, 1}).chunk(2, 1);
    h = norm2->forward(h) * (1 + scaleShift[0]) + scaleShift[1];
    h = conv2->forward(torch::silu(h));
    return (skip ? skip->forward(x) : x) + h;
}

GridVelocityNetImpl::GridVelocityNetImpl(const ModelConfig& c) : config(c) {
    const int w = c.hidden, e = 256;
    embed = register_module("embed", nn::Linear(32 + 32 + c.conditionSize, e));
    input = register_module("input", conv3(c.latentChannels, w));
    fine = register_module("fine", nn::ModuleList());
    coarse = register_module("coarse", nn::ModuleList());
    for (int b = 0; b < c.blocks; ++b) {
        fine->push_back(GridResBlock(w, w, e));
        coarse->push_back(GridResBlock(2 * w, 2 * w, e));
    }
    downsample = register_module("downsample", conv3(w, 2 * w, 2));
    upsample = register_module("upsample", conv3(2 * w, w));
    merge = register_module("merge", GridResBlock(2 * w, w, e));
    outputNorm = register_module("outputNorm", nn::GroupNorm(groupsFor(w), w));
    output = register_module("output", conv3(w, c.latentChannels));
    torch::NoGradGuard noGrad;
    output->weight.zero_();
    output->bias.zero_();
}

torch::Tensor GridVelocityNetImpl::forward(const torch::Tensor& x, const torch::Tensor& t,
                                           const torch::Tensor& d, const GridCondition& condition) {
    const int side = config.latentSide;
    const auto e = torch::silu(embed->forward(
        torch::cat({sinusoidal(t, 16), sinusoidal(stepSizeCode(d), 16), condition.global}, 1)));
    auto h = input->forward(x.view({x.size(0), config.latentChannels, side, side, side}));
    if (condition.cells.defined())
        h = h + condition.cells;
    for (const auto& block : *fine)
        h = block->as<GridResBlock>()->forward(h, e);
    const auto skip = h;
    h = downsample->forward(h);
    for (const auto& block : *coarse)
        h = block->as<GridResBlock>()->forward(h, e);
    h = upsample->forward(F::interpolate(h, F::InterpolateFuncOptions()
                                                .size(std::vector<int64_t>{side, side, side})
                                                .mode(torch::kNearest)));
    h = merge->forward(torch::cat({h, skip}, 1), e);
    return output->forward(torch::silu(outputNorm->forward(h))).flatten(1);
}

torch::Tensor visibleDepthLoss(const torch::Tensor& predicted, const torch::Tensor& rendered) {
    const auto valid = rendered.isnan().logical_not().to(torch::kFloat32);
    const auto values = torch::nan_to_num(rendered, 0.0);
    const auto options = F::AdaptiveAvgPool2dFuncOptions(predicted.size(2));
    const auto coverage = F::adaptive_avg_pool2d(valid, options);
    const auto mean = F::adaptive_avg_pool2d(values, options) / coverage.clamp_min(1e-6);
    // Cells mostly on the object only: the silhouette's edge mixes near and far.
    const auto weight = (coverage > 0.5).to(torch::kFloat32);
    return ((predicted - mean).abs() * weight).sum() / weight.sum().clamp_min(1.0);
}

} // namespace lift3d
