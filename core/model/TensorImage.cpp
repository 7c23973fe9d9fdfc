#include "core/model/TensorImage.h"

#include "core/dataset/TrainingShards.h"

namespace lift3d {

torch::Tensor conditioningToBytes(const Conditioning& conditioning) {
    // The same bytes the training shards hold, so training and generation see one layout.
    const QByteArray planes = planarImage(conditioning);
    const long h = conditioning.rgb.height(), w = conditioning.rgb.width();
    return torch::from_blob(const_cast<char*>(planes.constData()), {4, h, w}, torch::kUInt8)
        .clone();
}

torch::Tensor conditioningToTensor(const Conditioning& conditioning, int size) {
    Conditioning resized = conditioning;
    if (conditioning.rgb.width() != size) {
        resized.rgb =
            conditioning.rgb.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        resized.mask =
            conditioning.mask.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return conditioningToBytes(resized).to(torch::kFloat32).div(255.0).unsqueeze(0);
}

torch::Tensor blankPictureTensor(long rows, int size) {
    auto blank = torch::ones({rows, 4, size, size});
    blank.select(1, 3).zero_();
    return blank;
}

} // namespace lift3d
