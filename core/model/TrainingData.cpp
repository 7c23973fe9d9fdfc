#include "core/model/TrainingData.h"

#include "core/ParallelFor.h"
#include "core/dataset/ShapeDataset.h"
#include "core/dataset/TrainingShards.h"

#include <cstring>

namespace lift3d {
namespace {

ShardFormat formatOf(const ModelConfig& config) {
    ShardFormat format;
    format.fieldSide = config.fieldSide;
    format.imageSize = config.imageSize;
    format.truncation = config.truncation;
    return format;
}

// Samples -> [N, S, S, S] int8 fields, [N, 4, H, W] uint8 images and [N, 1, H, W] uint8 depths
// (zero where a sample has none).
void samplesToTensors(const std::vector<TrainingSample>& samples, const ShardFormat& format,
                      torch::Tensor& fields, torch::Tensor& images, torch::Tensor& depths) {
    const long n = long(samples.size());
    const int s = format.fieldSide, h = format.imageSize;
    fields = torch::empty({n, s, s, s}, torch::kInt8);
    images = torch::empty({n, 4, h, h}, torch::kUInt8);
    depths = torch::zeros({n, 1, h, h}, torch::kUInt8);
    for (long i = 0; i < n; ++i) {
        const TrainingSample& sample = samples[std::size_t(i)];
        std::memcpy(fields[i].data_ptr(), sample.field.constData(),
                    std::size_t(sample.field.size()));
        std::memcpy(images[i].data_ptr(), sample.image.constData(),
                    std::size_t(sample.image.size()));
        if (sample.depth.size() == h * h)
            std::memcpy(depths[i].data_ptr(), sample.depth.constData(), std::size_t(h * h));
    }
}

torch::Tensor depthsAsFloat(const torch::Tensor& stored) {
    const auto z = stored.to(torch::kFloat32).sub(1.0).div(127.0).sub(1.0);
    return torch::where(stored > 0, z, torch::full_like(z, NAN));
}

// Up to 4 views of each validation object, in memory: few, and the same every evaluation.
std::vector<TrainingSample> validationSamples(const ShapeDataset& dataset,
                                              const ShardFormat& format) {
    std::vector<quint32> objects;
    for (std::size_t i = 0; i < dataset.objects().size(); ++i)
        if (dataset.objects()[i].split == Split::Validation)
            objects.push_back(quint32(i));
    std::vector<std::vector<TrainingSample>> perObject(objects.size());
    parallelFor(objects.size(), [&](std::size_t o) {
        perObject[o] = samplesOfObject(dataset, objects[o], format, 4);
    });
    std::vector<TrainingSample> all;
    for (auto& samples : perObject)
        for (TrainingSample& sample : samples)
            all.push_back(std::move(sample));
    return all;
}

} // namespace

TrainingBatch TrainingData::nextBatch(int count) const {
    torch::Tensor fields, images, depths;
    samplesToTensors(stream->nextBatch(count), stream->format(), fields, images, depths);
    return {fields.to(torch::kFloat32).div(127.0).unsqueeze(1),
            images.to(torch::kFloat32).div(255.0), depthsAsFloat(depths)};
}

TrainingData loadTrainingData(const ShapeDataset& dataset, const ModelConfig& config,
                              std::uint64_t seed, int residentShards,
                              const std::function<void(const QString&)>& report) {
    const ShardFormat format = formatOf(config);
    const ShardSet set =
        buildTrainingShards(dataset, Split::Train, format, 32, [&](int done, int total) {
            if (report && (done == total || done % 10 == 0))
                report(QStringLiteral("training shards %1/%2").arg(done).arg(total));
        });
    TrainingData data;
    data.stream = std::make_shared<ShardStream>(set, format, residentShards, seed);
    data.trainingViews = set.samples;
    samplesToTensors(validationSamples(dataset, format), format, data.validFields, data.validImages,
                     data.validDepths);
    return data;
}

torch::Tensor fieldBatch(const torch::Tensor& fields, const torch::Tensor& index) {
    return fields.index_select(0, index).to(torch::kFloat32).div(127.0).unsqueeze(1);
}

torch::Tensor imageBatch(const torch::Tensor& images, const torch::Tensor& index) {
    return images.index_select(0, index).to(torch::kFloat32).div(255.0);
}

torch::Tensor depthBatch(const torch::Tensor& depths, const torch::Tensor& index) {
    return depthsAsFloat(depths.index_select(0, index));
}

} // namespace lift3d
