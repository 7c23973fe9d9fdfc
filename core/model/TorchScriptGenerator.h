#pragma once

#include "core/generator/Generator.h"

#include <memory>

namespace lift3d {

// A user-supplied model exported as TorchScript, following the contract of
// docs/model.md ("Bring your own model"):
//   encode(image: Tensor[B, 4, H, W]) -> cond           RGB + mask in [0, 1]
//   velocity(x, t: Tensor[B], d: Tensor[B], cond) -> v   same shape as x
//   decode(latent, resolution: int) -> Tensor[B, R, R, R] signed distance, negative inside,
//                                                        [z][y][x] over [-0.55, 0.55]^3
//   latent_shape: List[int]                              one sample's latent shape
//   image_size: int (optional, default 128)              H = W of the image encode expects
// Sampling (the shortcut sampler), meshing, carving to the silhouette, colours and the output
// frame are Lift3D's own, the same as for the built-in model.
class TorchScriptGenerator : public Generator {
public:
    // Throws Error(InvalidModel) when the file is not TorchScript or lacks part of the contract.
    explicit TorchScriptGenerator(const QString& path, FinishingOptions finishing = {});
    ~TorchScriptGenerator() override;

    QString name() const override { return QStringLiteral("torchscript"); }
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lift3d
