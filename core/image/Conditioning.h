#pragma once

#include <QImage>
#include <QRect>

namespace lift3d {

struct ConditioningOptions {
    int size = 128;      // side of the square the model sees, in pixels
    float margin = 0.1f; // empty border around the object, as a fraction of its longest side
};

// What the model sees of one photo: a square crop around the object, resized.
struct Conditioning {
    QImage rgb;  // Format_RGB888, size x size; background replaced by white
    QImage mask; // Format_Grayscale8, size x size; 255 = object, soft at the edges
    QRect crop;  // the square in source-image pixels (may reach beyond the image)
};

// Crops a square around the object of `mask` (same size as `image`) with the margin, fills what
// lies beyond the image with background, composites the object over white and resizes to the
// model's input size. The object's centre lands at the centre of the square. Throws
// Error(InvalidArgument) when the sizes differ or `options.size` is below 8, and
// Error(NoObjectFound) for an empty mask.
Conditioning makeConditioning(const QImage& image, const QImage& mask,
                              const ConditioningOptions& options = {});

} // namespace lift3d
