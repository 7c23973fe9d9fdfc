#include "core/model/Networks.h"

#include "core/model/TimeEmbedding.h"

#include <cmath>

namespace lift3d {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

} // namespace

ShapeEncoderImpl::ShapeEncoderImpl(const ModelConfig& c) {
    layers = register_module(
        "layers",
        nn::Sequential(nn::Conv3d(nn::Conv3dOptions(1, 32, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv3d(nn::Conv3dOptions(32, 64, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv3d(nn::Conv3dOptions(64, 64, 4).stride(2).padding(1)), nn::SiLU(),
                       nn::Conv3d(nn::Conv3dOptions(64, c.latentChannels, 3).padding(1))));
}

torch::Tensor ShapeEncoderImpl::forward(const torch::Tensor& field) {
    return layers->forward(field);
}

ShapeDecoderImpl::ShapeDecoderImpl(const ModelConfig& c) {
    upsample = register_module(
        "upsample",
        nn::Sequential(
            nn::ConvTranspose3d(
                nn::ConvTranspose3dOptions(c.latentChannels, 64, 4).stride(2).padding(1)),
            nn::SiLU(),
            nn::ConvTranspose3d(nn::ConvTranspose3dOptions(64, 32, 4).stride(2).padding(1)),
            nn::SiLU(), nn::Conv3d(nn::Conv3dOptions(32, c.featureChannels, 3).padding(1))));
    const int inputs = c.featureChannels + 3 + 2 * 3 * 4;
    head = register_module("head",
                           nn::Sequential(nn::Conv1d(nn::Conv1dOptions(inputs, 64, 1)), nn::SiLU(),
                                          nn::Conv1d(nn::Conv1dOptions(64, 64, 1)), nn::SiLU(),
                                          nn::Conv1d(nn::Conv1dOptions(64, 1, 1))));
}

torch::Tensor ShapeDecoderImpl::features(const torch::Tensor& latent) {
    return upsample->forward(latent);
}

torch::Tensor ShapeDecoderImpl::query(const torch::Tensor& features, const torch::Tensor& points) {
    const auto batch = points.size(0), count = points.size(1);
    // grid_sample reads (x, y, z) as (W, H, D), the layout of a ScalarGrid ([z][y][x]).
    const auto grid = points.view({batch, count, 1, 1, 3});
    auto sampled =
        F::grid_sample(features, grid,
                       F::GridSampleFuncOptions().mode(torch::kBilinear).align_corners(true))
            .view({batch, features.size(1), count});
    // Fourier features of the position let the head add detail finer than the feature grid.
    std::vector<torch::Tensor> parts{sampled, points.permute({0, 2, 1})};
    for (int k = 0; k < 4; ++k) {
        const auto angle = points.permute({0, 2, 1}) * (std::pow(2.0, k) * M_PI);
        parts.push_back(torch::sin(angle));
        parts.push_back(torch::cos(angle));
    }
    // The head's 1x1 convolutions applied as matrix products over [B, N, C]: the same weights,
    // several times faster on the CPU than LibTorch's 1-D convolution path.
    auto x = torch::cat(parts, 1).transpose(1, 2);
    for (const auto& layer : head->children()) {
        if (const auto* conv = layer->as<nn::Conv1d>())
            x = F::linear(x, conv->weight.squeeze(2), conv->bias);
        else
            x = torch::silu(x);
    }
    return x.squeeze(2);
}

ImageEncoderImpl::ImageEncoderImpl(const ModelConfig& c) {
    layers = register_module(
        "layers", nn::Sequential(
                      nn::Conv2d(nn::Conv2dOptions(4, 32, 4).stride(2).padding(1)), nn::SiLU(),
                      nn::Conv2d(nn::Conv2dOptions(32, 64, 4).stride(2).padding(1)), nn::SiLU(),
                      nn::Conv2d(nn::Conv2dOptions(64, 128, 4).stride(2).padding(1)), nn::SiLU(),
                      nn::Conv2d(nn::Conv2dOptions(128, 128, 4).stride(2).padding(1)), nn::SiLU()));
    const int side = c.imageSize / 16;
    project = register_module("project", nn::Linear(128 * side * side, c.conditionSize));
}

torch::Tensor ImageEncoderImpl::forward(const torch::Tensor& image) {
    // Flattening (not pooling) keeps where things are in the picture: the shape depends on it.
    return project->forward(layers->forward(image).flatten(1));
}

VelocityNetImpl::VelocityNetImpl(const ModelConfig& c) {
    input = register_module("input", nn::Linear(c.latentSize(), c.hidden));
    embed = register_module("embed", nn::Linear(32 + 32 + c.conditionSize, c.hidden));
    output = register_module("output", nn::Linear(c.hidden, c.latentSize()));
    norms = register_module("norms", nn::ModuleList());
    blocks = register_module("blocks", nn::ModuleList());
    modulations = register_module("modulations", nn::ModuleList());
    for (int b = 0; b < c.blocks; ++b) {
        norms->push_back(nn::LayerNorm(nn::LayerNormOptions({c.hidden})));
        blocks->push_back(nn::Linear(c.hidden, c.hidden));
        modulations->push_back(nn::Linear(c.hidden, c.hidden));
    }
    // Start as the identity map of the residual stream: the output layer begins at zero.
    torch::NoGradGuard noGrad;
    output->weight.zero_();
    output->bias.zero_();
}

torch::Tensor VelocityNetImpl::forward(const torch::Tensor& x, const torch::Tensor& t,
                                       const torch::Tensor& d, const torch::Tensor& condition) {
    const auto stepCode = stepSizeCode(d);
    const auto e = torch::silu(
        embed->forward(torch::cat({sinusoidal(t, 16), sinusoidal(stepCode, 16), condition}, 1)));
    auto h = input->forward(x);
    for (std::size_t b = 0; b < blocks->size(); ++b) {
        auto normed = norms[b]->as<nn::LayerNorm>()->forward(h) +
                      modulations[b]->as<nn::Linear>()->forward(e);
        h = h + blocks[b]->as<nn::Linear>()->forward(torch::silu(normed));
    }
    return output->forward(torch::silu(h));
}

ShapeFlowNetImpl::ShapeFlowNetImpl(const ModelConfig& c) : config(c) {
    // Only the chosen design's modules are registered: weight files hold one design.
    if (c.isGrid()) {
        gridEncoder = register_module("gridEncoder", GridShapeEncoder(c));
        gridDecoder = register_module("gridDecoder", GridShapeDecoder(c));
        gridImage = register_module("gridImage", GridImageEncoder(c));
        gridVelocity = register_module("gridVelocity", GridVelocityNet(c));
    } else {
        shapeEncoder = register_module("shapeEncoder", ShapeEncoder(c));
        shapeDecoder = register_module("shapeDecoder", ShapeDecoder(c));
        imageEncoder = register_module("imageEncoder", ImageEncoder(c));
        velocity = register_module("velocity", VelocityNet(c));
        latentRegressor =
            register_module("latentRegressor", torch::nn::Linear(c.conditionSize, c.latentSize()));
    }
    latentMean = register_buffer("latentMean", torch::zeros({c.latentSize()}));
    latentStd = register_buffer("latentStd", torch::ones({c.latentSize()}));
}

torch::Tensor ShapeFlowNetImpl::encodeShape(const torch::Tensor& field) {
    return (config.isGrid() ? gridEncoder->forward(field) : shapeEncoder->forward(field))
        .flatten(1);
}

torch::Tensor ShapeFlowNetImpl::decoderFeatures(const torch::Tensor& latent) {
    const int side = config.latentSide;
    const auto grid = latent.view({latent.size(0), config.latentChannels, side, side, side});
    return config.isGrid() ? gridDecoder->features(grid) : shapeDecoder->features(grid);
}

torch::Tensor ShapeFlowNetImpl::queryField(const torch::Tensor& features,
                                           const torch::Tensor& points) {
    return config.isGrid() ? gridDecoder->query(features, points)
                           : shapeDecoder->query(features, points);
}

ImageCondition ShapeFlowNetImpl::encodeImage(const torch::Tensor& images) {
    if (config.isGrid())
        return gridImage->forward(images);
    ImageCondition condition;
    condition.global = imageEncoder->forward(images);
    return condition;
}

torch::Tensor ShapeFlowNetImpl::velocityAt(const torch::Tensor& x, const torch::Tensor& t,
                                           const torch::Tensor& d,
                                           const ImageCondition& condition) {
    return config.isGrid() ? gridVelocity->forward(x, t, d, condition)
                           : velocity->forward(x, t, d, condition.global);
}

torch::Tensor ShapeFlowNetImpl::auxiliaryLoss(const ImageCondition& condition,
                                              const torch::Tensor& x1,
                                              const torch::Tensor& depths) {
    if (config.isGrid())
        return visibleDepthLoss(condition.depth, depths);
    return 0.5 * torch::mse_loss(latentRegressor->forward(condition.global), x1);
}

std::vector<torch::Tensor> ShapeFlowNetImpl::autoencoderParameters() const {
    std::vector<torch::Tensor> parameters =
        config.isGrid() ? gridEncoder->parameters() : shapeEncoder->parameters();
    for (const auto& p : config.isGrid() ? gridDecoder->parameters() : shapeDecoder->parameters())
        parameters.push_back(p);
    return parameters;
}

// The autoencoder stays frozen while the flow learns: its latents are the flow's data.
std::vector<torch::Tensor> ShapeFlowNetImpl::flowParameters() const {
    std::vector<torch::Tensor> parameters;
    const std::vector<std::shared_ptr<torch::nn::Module>> parts =
        config.isGrid()
            ? std::vector<std::shared_ptr<torch::nn::Module>>{gridImage.ptr(), gridVelocity.ptr()}
            : std::vector<std::shared_ptr<torch::nn::Module>>{imageEncoder.ptr(), velocity.ptr(),
                                                              latentRegressor.ptr()};
    for (const auto& part : parts)
        for (const auto& p : part->parameters())
            parameters.push_back(p);
    return parameters;
}

ImageCondition repeatedCondition(const ImageCondition& condition, long rows) {
    ImageCondition repeated;
    for (auto [from, to] : {std::pair{&condition.global, &repeated.global},
                            std::pair{&condition.cells, &repeated.cells},
                            std::pair{&condition.depth, &repeated.depth}})
        if (from->defined()) {
            std::vector<int64_t> sizes = from->sizes().vec();
            sizes[0] = rows;
            *to = from->expand(sizes);
        }
    return repeated;
}

torch::Tensor latticePoints(int n) {
    const auto axis = torch::linspace(-1.0, 1.0, n);
    const auto grids = torch::meshgrid({axis, axis, axis}, "ij"); // z, y, x
    return torch::stack({grids[2], grids[1], grids[0]}, -1).view({1, n * n * n, 3});
}

} // namespace lift3d
