#pragma once
// The second generator design: a spatial latent (latentSide^3 cells x latentChannels) in the
// output frame, whose cells read the picture where they project. Include only from
// core/model/*.cpp: torch headers are slow to compile and clash with Qt's keyword macros.

#include "core/modelfile/ModelConfig.h"

#include <torch/torch.h>

namespace lift3d {

// Field [B, 1, S, S, S] (SDF / truncation) -> latent grid [B, C, L, L, L], same axes ([z][y][x]).
struct GridShapeEncoderImpl : torch::nn::Module {
    explicit GridShapeEncoderImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& field);
    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(GridShapeEncoder);

// Latent grid -> featureChannels x featureSide^3 volume, queried at any point by trilinear lookup
// plus Fourier features of the position into a small MLP.
struct GridShapeDecoderImpl : torch::nn::Module {
    explicit GridShapeDecoderImpl(const ModelConfig& config);
    torch::Tensor features(const torch::Tensor& latent);
    // points [B, N, 3] in [-1, 1] (x, y, z) -> [B, N] SDF / truncation
    torch::Tensor query(const torch::Tensor& features, const torch::Tensor& points);
    torch::nn::Sequential upsample{nullptr};
    torch::nn::Sequential head{nullptr};
};
TORCH_MODULE(GridShapeDecoder);

// What the velocity network reads of the picture, computed once per picture and reused by every
// sampling step.
struct GridCondition {
    torch::Tensor global; // [B, conditionSize]: the whole picture, for context
    torch::Tensor cells;  // [B, hidden, L, L, L]: per latent cell, the picture where it projects
    torch::Tensor depth;  // [B, 1, 16, 16]: predicted visible z / fieldHalfExtent (2.5-D head)
};

// RGB + mask [B, 4, 64, 64] -> GridCondition. The conditioning crop is square around the object
// with a 10% margin, so a unit object spans about 1.2 units of the picture; a cell at (x, y, z)
// of the output frame (camera looking along -Z, +Y up) projects orthographically to picture
// position (x, -y) / 0.6. Each cell gets the picture's features there, the mask, the predicted
// visible depth and its own z relative to it: in front of the visible surface is empty space,
// whatever the object is, which is what lets the shape follow pictures of unseen kinds.
struct GridImageEncoderImpl : torch::nn::Module {
    explicit GridImageEncoderImpl(const ModelConfig& config);
    GridCondition forward(const torch::Tensor& image);
    ModelConfig config;
    torch::nn::Sequential stem{nullptr}, down{nullptr}, depthHead{nullptr};
    torch::nn::Linear globalCode{nullptr}; // not "global": a Python keyword breaks torch::load
    torch::nn::Conv3d lift{nullptr};
    torch::Tensor cellPixels; // [1, L, L, 2] picture positions of the cell columns (buffer)
};
TORCH_MODULE(GridImageEncoder);

// Residual block over a 3-D grid, scaled and shifted per channel by the step embedding (FiLM).
struct GridResBlockImpl : torch::nn::Module {
    GridResBlockImpl(int in, int out, int embedding);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& embedding);
    torch::nn::GroupNorm norm1{nullptr}, norm2{nullptr};
    torch::nn::Conv3d conv1{nullptr}, conv2{nullptr}, skip{nullptr};
    torch::nn::Linear film{nullptr};
};
TORCH_MODULE(GridResBlock);

// v(x_t, t, d, picture) on the latent grid: a two-level 3-D U-Net (L^3 and (L/2)^3), the
// pixel-aligned cell features added at the input, t, log2(1/d) and the global code as FiLM.
struct GridVelocityNetImpl : torch::nn::Module {
    explicit GridVelocityNetImpl(const ModelConfig& config);
    // x [B, latentSize] (flattened grid), t and d [B] -> [B, latentSize]
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& d,
                          const GridCondition& condition);
    ModelConfig config;
    torch::nn::Linear embed{nullptr};
    torch::nn::Conv3d input{nullptr}, downsample{nullptr}, upsample{nullptr}, output{nullptr};
    torch::nn::ModuleList fine, coarse;
    GridResBlock merge{nullptr};
    torch::nn::GroupNorm outputNorm{nullptr};
};
TORCH_MODULE(GridVelocityNet);

// Mean L1 between predicted and rendered visible depth where the rendered one exists; the
// rendered depth [B, 1, H, W] (NaN = none) is averaged down to the prediction's 16^2.
torch::Tensor visibleDepthLoss(const torch::Tensor& predicted, const torch::Tensor& rendered);

} // namespace lift3d
