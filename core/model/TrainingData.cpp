#include "core/model/TrainingData.h"

#include "core/ParallelFor.h"
#include "core/dataset/ShapeDataset.h"
#include "core/image/ImagePreparation.h"
#include "core/model/TensorImage.h"

namespace lift3d {
namespace {

// Fields and conditioning images of every (object, training view) of a split.
void loadViews(const ShapeDataset& dataset, Split split, const ModelConfig& config,
               int viewsPerObject, torch::Tensor& fields, torch::Tensor& images) {
    const std::vector<const DatasetObject*> objects = dataset.objectsIn(split);
    std::vector<std::size_t> firstRow(objects.size() + 1,
                                      0); // rows of object o: [firstRow[o], firstRow[o + 1])
    for (std::size_t o = 0; o < objects.size(); ++o)
        firstRow[o + 1] =
            firstRow[o] + std::size_t(std::min<int>(viewsPerObject, int(objects[o]->views.size())));
    const int s = config.fieldSide, h = config.imageSize;
    fields = torch::zeros({long(firstRow.back()), s, s, s}, torch::kInt8);
    images = torch::zeros({long(firstRow.back()), 4, h, h}, torch::kUInt8);
    std::vector<std::uint8_t> ok(firstRow.back(), 0);
    parallelFor(objects.size(), [&](std::size_t o) {
        const DatasetObject& object = *objects[o];
        float truncation = 0.1f;
        const ScalarGrid canonical =
            dataset.canonicalField(object, &truncation); // once for all its views
        for (std::size_t row = firstRow[o]; row < firstRow[o + 1]; ++row) {
            const DatasetView& view = object.views[row - firstRow[o]];
            try {
                ConditioningOptions conditioning;
                conditioning.size = h;
                const PreparedImage prepared =
                    prepareImageFile(dataset.objectPath(object, view.imageFile), conditioning);
                images[long(row)].copy_(conditioningToBytes(prepared.conditioning));
                const ScalarGrid field = fieldInViewFrame(canonical, view.camera, s, truncation);
                auto values = torch::from_blob(const_cast<float*>(field.values.data()), {s, s, s},
                                               torch::kFloat32);
                fields[long(row)].copy_((values / config.truncation)
                                            .clamp(-1.0, 1.0)
                                            .mul(127.0)
                                            .round()
                                            .to(torch::kInt8));
                ok[row] = 1;
            } catch (const std::exception&) {
                // No visible object in this view (seen edge-on): left out below.
            }
        }
    });
    std::vector<long> kept;
    for (std::size_t i = 0; i < ok.size(); ++i)
        if (ok[i])
            kept.push_back(long(i));
    const auto index = torch::tensor(kept, torch::kLong);
    fields = fields.index_select(0, index);
    images = images.index_select(0, index);
}

} // namespace

TrainingData loadTrainingData(const ShapeDataset& dataset, const ModelConfig& config) {
    TrainingData data;
    loadViews(dataset, Split::Train, config, 1 << 20, data.fields, data.images);
    loadViews(dataset, Split::Validation, config, 4, data.validFields, data.validImages);
    return data;
}

torch::Tensor fieldBatch(const torch::Tensor& fields, const torch::Tensor& index) {
    return fields.index_select(0, index).to(torch::kFloat32).div(127.0).unsqueeze(1);
}

torch::Tensor imageBatch(const torch::Tensor& images, const torch::Tensor& index) {
    return images.index_select(0, index).to(torch::kFloat32).div(255.0);
}

} // namespace lift3d
