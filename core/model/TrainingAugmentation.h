#pragma once
// Changes to training batches that keep picture and shape consistent. Include only from
// core/model/*.cpp.

#include "core/model/TrainingData.h"

namespace lift3d {

// In place, drawing from LibTorch's seeded generator:
//  - half the rows mirrored left-right: picture, depth and field (x -> -x) together;
//  - colour jitter of the object's pixels (brightness, contrast, saturation, per-channel gain);
//  - a third of the rows with the mask eroded or dilated by a pixel (what a segmenter's edge
//    error looks like; eroded pixels turn to the white background, as the app composes them);
//  - half the rows with the picture (and its depth) shifted by up to 2 pixels and scaled by up to
//    5%, the shape left alone: the app's crop is never exactly the training crop.
void augmentBatch(TrainingBatch& batch);

// Condition dropout for classifier-free guidance: each row, with `probability`, loses its picture
// (white, empty mask, no depth). The network then also learns the unconditional velocity, the
// null condition being the picture of nothing, so guidance needs no extra input or weights.
void dropConditions(TrainingBatch& batch, double probability);

} // namespace lift3d
