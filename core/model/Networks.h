#pragma once
// LibTorch modules of the built-in model. Include only from core/model/*.cpp: torch headers
// are slow to compile and clash with Qt's keyword macros.

#include "core/model/GridNetworks.h"
#include "core/modelfile/ModelConfig.h"

#include <torch/torch.h>

namespace lift3d {

// Signed-distance volume [B, 1, S, S, S] (values / truncation, in [-1, 1]) -> latent
// [B, C, L, L, L].
struct ShapeEncoderImpl : torch::nn::Module {
    explicit ShapeEncoderImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& field);
    torch::nn::Sequential layers{nullptr};
};
TORCH_MODULE(ShapeEncoder);

// Latent -> a feature volume, queried at arbitrary points: the field can be decoded on a coarse
// grid for the preview and a fine one for the final mesh from the same latent.
struct ShapeDecoderImpl : torch::nn::Module {
    explicit ShapeDecoderImpl(const ModelConfig& config);
    torch::Tensor features(const torch::Tensor& latent);
    // points [B, N, 3] in the shape lattice's normalised coordinates [-1, 1] (x, y, z);
    // returns [B, N] signed distance / truncation.
    torch::Tensor query(const torch::Tensor& features, const torch::Tensor& points);
    torch::nn::Sequential upsample{nullptr};
    torch::nn::Sequential head{nullptr};
};
TORCH_MODULE(ShapeDecoder);

// Conditioning image [B, 4, H, W] (RGB in [0, 1], mask in [0, 1]) -> [B, conditionSize].
struct ImageEncoderImpl : torch::nn::Module {
    explicit ImageEncoderImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& image);
    torch::nn::Sequential layers{nullptr};
    torch::nn::Linear project{nullptr};
};
TORCH_MODULE(ImageEncoder);

// v(x_t, t, d, condition): the shortcut model's velocity for a step of size d from time t
// (d = 0 is plain flow matching).
struct VelocityNetImpl : torch::nn::Module {
    explicit VelocityNetImpl(const ModelConfig& config);
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& d,
                          const torch::Tensor& condition);
    torch::nn::Linear input{nullptr}, embed{nullptr}, output{nullptr};
    torch::nn::ModuleList norms, blocks, modulations;
};
TORCH_MODULE(VelocityNet);

// What the velocity network reads of the picture; `global` alone for the "global" design.
using ImageCondition = GridCondition;

// The whole model, either design (ModelConfig::architecture) behind one interface. Latents are
// flattened, [B, latentSize]; `latentMean` / `latentStd` whiten the autoencoder's latents so the
// flow transports N(0, I) to unit-scale data.
struct ShapeFlowNetImpl : torch::nn::Module {
    explicit ShapeFlowNetImpl(const ModelConfig& config);
    ModelConfig config;

    // Field [B, 1, S, S, S] -> latent [B, latentSize] (not whitened).
    torch::Tensor encodeShape(const torch::Tensor& field);
    // Latent [B, latentSize] -> decoder features, queried at points [B, N, 3] in [-1, 1] ->
    // [B, N] SDF / truncation.
    torch::Tensor decoderFeatures(const torch::Tensor& latent);
    torch::Tensor queryField(const torch::Tensor& features, const torch::Tensor& points);
    ImageCondition encodeImage(const torch::Tensor& images);
    torch::Tensor velocityAt(const torch::Tensor& x, const torch::Tensor& t, const torch::Tensor& d,
                             const ImageCondition& condition);
    // The training aid of the design: "global" regresses the whitened latent x1 from the image
    // code; "grid" fits the visible-depth head to the rendered depths ([B, 1, H, W], NaN = none).
    torch::Tensor auxiliaryLoss(const ImageCondition& condition, const torch::Tensor& x1,
                                const torch::Tensor& depths);
    std::vector<torch::Tensor> autoencoderParameters() const;
    std::vector<torch::Tensor> flowParameters() const;

    // "global"
    ShapeEncoder shapeEncoder{nullptr};
    ShapeDecoder shapeDecoder{nullptr};
    ImageEncoder imageEncoder{nullptr};
    VelocityNet velocity{nullptr};
    // Training aid: regresses the whitened latent straight from the image embedding, so the image
    // encoder learns what matters for the shape from a direct signal, not only through the flow.
    torch::nn::Linear latentRegressor{nullptr};
    // "grid"
    GridShapeEncoder gridEncoder{nullptr};
    GridShapeDecoder gridDecoder{nullptr};
    GridImageEncoder gridImage{nullptr};
    GridVelocityNet gridVelocity{nullptr};

    torch::Tensor latentMean, latentStd;
};
TORCH_MODULE(ShapeFlowNet);

// A one-row condition repeated `rows` times (several samples of one picture).
ImageCondition repeatedCondition(const ImageCondition& condition, long rows);

// Normalised lattice coordinates of an n^3 grid, [1, n^3, 3], in ScalarGrid order (x fastest).
torch::Tensor latticePoints(int n);

} // namespace lift3d
