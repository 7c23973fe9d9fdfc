#pragma once

#include <QImage>

namespace lift3d {

// A learned object segmenter as the mask finder sees it (core/segment/LearnedSegmenter.h runs
// the network in the LibTorch part of core): a picture in, the object's probability per pixel
// out.
class MaskPredictor {
public:
    virtual ~MaskPredictor() = default;
    // `rgba`: Format_RGBA8888, opaque. Returns Format_Grayscale8 of the same size, 255 = surely
    // the object, 0 = surely background. Safe to call from several threads at once.
    virtual QImage objectProbability(const QImage& rgba) const = 0;
};

} // namespace lift3d
