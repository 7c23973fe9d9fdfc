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
// `segmenter` (optional) finds the object in pictures without transparency (findObjectMask).
PreparedImage prepareImageFile(const QString& path, const ConditioningOptions& options = {},
                               const ImageLoadOptions& loadOptions = {},
                               const MaskPredictor* segmenter = nullptr);

// The same for an image already decoded (pasted, dragged from a browser, or made by a test).
PreparedImage prepareImage(const QImage& image, const ConditioningOptions& options = {},
                           const MaskPredictor* segmenter = nullptr);

// The same with the user's own mask instead of an automatic one (MaskSource::User): `mask` the
// size of `image`, any format (converted to Grayscale8; >= 128 is object). Throws
// Error(InvalidArgument) when the sizes differ, Error(NoObjectFound) when the mask is empty.
PreparedImage prepareImageWithMask(const QImage& image, const QImage& mask,
                                   const ConditioningOptions& options = {});

} // namespace lift3d
