#include "core/model/TensorImage.h"

namespace lift3d {

torch::Tensor conditioningToBytes(const Conditioning& conditioning) {
    const QImage rgb = conditioning.rgb.convertToFormat(QImage::Format_RGB888);
    const QImage mask = conditioning.mask.convertToFormat(QImage::Format_Grayscale8);
    const int w = rgb.width(), h = rgb.height();
    auto bytes = torch::empty({4, h, w}, torch::kUInt8);
    auto access = bytes.accessor<std::uint8_t, 3>();
    for (int y = 0; y < h; ++y) {
        const uchar* row = rgb.constScanLine(y);
        const uchar* m = mask.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c)
                access[c][y][x] = row[3 * x + c];
            access[3][y][x] = m[x];
        }
    }
    return bytes;
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

} // namespace lift3d
