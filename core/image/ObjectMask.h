#pragma once

#include "core/image/MaskPredictor.h"

#include <QImage>

namespace lift3d {

// Where the mask came from.
enum class MaskSource {
    Alpha,      // the image's own transparency (a cut-out)
    Background, // separated from a background model seeded at the image borders
    Learned,    // the learned segmenter's (MaskPredictor.h)
    User,       // given by the user: a mask file, or corrected in the window
};

struct ObjectMask {
    QImage mask; // Format_Grayscale8, same size as the image; 255 = object, 0 = background
    MaskSource source = MaskSource::Background;
};

// Finds the object in an RGBA image. When the alpha channel marks some pixels transparent it is
// the mask. Otherwise, with a `segmenter`, the pixels it finds at least even odds of being the
// object; its regions of at least a tenth of the largest one are kept (a plant's leaves, a
// handle seen apart) and only holes smaller than 1% of the object filled (a mug handle's
// opening is a real hole). Without one, the colours along the image border are clustered into a
// background model; background-coloured pixels connected to the border are background, the
// largest remaining connected region is the object, and holes inside it are filled. Throws
// Error(NoObjectFound) when nothing separates from the background (a blank, fully transparent
// or uniform image) or the "object" covers almost the whole frame.
ObjectMask findObjectMask(const QImage& rgba, const MaskPredictor* segmenter = nullptr);

} // namespace lift3d
