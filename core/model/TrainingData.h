#pragma once
// The dataset as tensors for training. Include only from core/model/*.cpp: torch headers are slow
// to compile and clash with Qt's keyword macros.

#include "core/modelfile/ModelConfig.h"

#include <QString>
#include <functional>
#include <memory>
#include <torch/types.h>

namespace lift3d {

class ShapeDataset;
class ShardStream;

// One batch as the networks take it.
struct TrainingBatch {
    torch::Tensor fields; // [B, 1, S, S, S] float in [-1, 1]: view-frame SDF / truncation
    torch::Tensor images; // [B, 4, H, W] float in [0, 1]: RGB over white, mask
    torch::Tensor depths; // [B, 1, H, W] float: visible view-frame z / fieldHalfExtent in
                          // [-1, 1], NaN where no object (or no depth was rendered)
};

// Training views stream from shards on disk (TrainingShards.h) with bounded memory, however
// large the dataset; the validation views, few, are held as bytes.
struct TrainingData {
    std::shared_ptr<ShardStream> stream; // shared: drawing a batch advances it
    long trainingViews = 0;
    torch::Tensor validFields; // [N, S, S, S] int8: view-frame SDF / truncation * 127
    torch::Tensor validImages; // [N, 4, H, W] uint8
    torch::Tensor validDepths; // [N, 1, H, W] uint8: 0 = none, 1..255 = z (TrainingSample)

    // `count` random training views.
    TrainingBatch nextBatch(int count) const;
};

// Writes the training split's shards when they are not there yet (resumable; `report` gets a
// line now and then), opens a stream over them that keeps `residentShards` shards in memory,
// and loads up to 4 views of each validation object. Views that show no object are left out.
TrainingData loadTrainingData(const ShapeDataset& dataset, const ModelConfig& config,
                              std::uint64_t seed, int residentShards = 8,
                              const std::function<void(const QString&)>& report = {});

// Rows `index` of `fields` as the shape encoder takes them: [B, 1, S, S, S] float in [-1, 1].
torch::Tensor fieldBatch(const torch::Tensor& fields, const torch::Tensor& index);

// Rows `index` of `images` as the image encoder takes them: [B, 4, H, W] float in [0, 1].
torch::Tensor imageBatch(const torch::Tensor& images, const torch::Tensor& index);

// Rows `index` of stored depths as TrainingBatch::depths.
torch::Tensor depthBatch(const torch::Tensor& depths, const torch::Tensor& index);

} // namespace lift3d
