#pragma once
// The dataset as tensors for training. Include only from core/model/*.cpp: torch headers are slow
// to compile and clash with Qt's keyword macros.

#include "core/modelfile/ModelConfig.h"

#include <torch/types.h>

namespace lift3d {

class ShapeDataset;

// Kept as bytes, not floats, so a full dataset fits in memory; batches are converted per step.
struct TrainingData {
    torch::Tensor fields;      // [N, S, S, S] int8: view-frame SDF / truncation * 127
    torch::Tensor images;      // [N, 4, H, W] uint8
    torch::Tensor validFields; // validation objects, same encoding
    torch::Tensor validImages;
};

// Every view of the train split's objects and up to 4 views of each validation object, as
// fields in the view frame and conditioning images. Views that show no object are left out.
TrainingData loadTrainingData(const ShapeDataset& dataset, const ModelConfig& config);

// Rows `index` of `fields` as the shape encoder takes them: [B, 1, S, S, S] float in [-1, 1].
torch::Tensor fieldBatch(const torch::Tensor& fields, const torch::Tensor& index);

// Rows `index` of `images` as the image encoder takes them: [B, 4, H, W] float in [0, 1].
torch::Tensor imageBatch(const torch::Tensor& images, const torch::Tensor& index);

} // namespace lift3d
