#pragma once

#include "core/image/Conditioning.h"
#include "core/image/ImageLoader.h"
#include "core/image/ObjectMask.h"

namespace lift3d {

// Everything the pipeline derives from one input image before the model runs.
struct PreparedImage {
    QImage image;          // decoded, oriented, downscaled; Format_RGBA8888
    ObjectMask objectMask; // same size as `image`
    Conditioning conditioning;
};

// Decode + orient + downscale, find the object, crop and resize: the first three stages of
// docs/architecture.md, "Data flow", in one call. Throws the typed errors of
// loadImage, findObjectMask and makeConditioning.
PreparedImage prepareImageFile(const QString& path, const ConditioningOptions& options = {},
                               const ImageLoadOptions& loadOptions = {});

// The same for an image already decoded (pasted, dragged from a browser, or made by a test).
PreparedImage prepareImage(const QImage& image, const ConditioningOptions& options = {});

} // namespace lift3d
