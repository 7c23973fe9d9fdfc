#include "core/generator/ColumnSilhouette.h"

#include <algorithm>

namespace lift3d {

double columnSilhouetteIoU(const ScalarGrid& field, const QImage& mask, float margin) {
    const QImage grey = mask.convertToFormat(QImage::Format_Grayscale8);
    const float halfSpan = 0.5f * (1.0f + 2.0f * margin);
    long both = 0, either = 0;
    for (int y = 0; y < field.ny; ++y)
        for (int x = 0; x < field.nx; ++x) {
            bool inside = false;
            for (int z = 0; z < field.nz && !inside; ++z)
                inside = field.at(x, y, z) < 0.0f;
            const glm::vec3 p = field.position(x, y, 0);
            // Picture x grows rightwards like the frame's x; picture rows grow downwards.
            const int column = int((p.x / halfSpan + 1.0f) * 0.5f * float(grey.width()));
            const int row = int((1.0f - p.y / halfSpan) * 0.5f * float(grey.height()));
            const bool object = column >= 0 && column < grey.width() && row >= 0 &&
                                row < grey.height() && grey.constScanLine(row)[column] >= 128;
            both += inside && object;
            either += inside || object;
        }
    return either == 0 ? 1.0 : double(both) / double(either);
}

} // namespace lift3d
