#pragma once

#include <QString>
#include <atomic>
#include <functional>

namespace lift3d {

struct SegmenterTrainingOptions {
    QString datasetRoot;
    QString outputDir; // checkpoint.pt, optimizer.pt, state.json, loss.csv, model/
    int steps = 4000;
    int batch = 24;
    int crop = 96; // training crops are resampled to crop x crop: the net is fully convolutional
    double learningRate = 2e-3;
    int checkpointEvery = 250;
    int validationViews = 512; // validation-split tabletop views scored every checkpoint
    unsigned long long seed = 20261203;
    QString command; // recorded in the manifest
};

struct SegmenterProgress {
    int step = 0, steps = 0;
    double loss = 0;
    double validationIoU = -1; // mean mask IoU on validation views, when measured
    double elapsedSeconds = 0;
    QString message;
};

// Trains the object segmenter (SegmenterNet.h) on the CPU from a dataset built by lift3d-data:
// the tabletop scenes of training-split objects (the object among clutter on textured tables and
// walls, with its exact mask), and a third of each batch made of the objects' cut-out renders
// composed over plain, tinted and gradient backgrounds (product shots). Each batch is resampled
// (scale 0.5-1.25, shift, mirror) and given a photographic look (brightness, contrast,
// saturation, colour cast, blur, noise). Loss: binary cross-entropy plus soft IoU. Resumes from
// outputDir/checkpoint.pt; writes outputDir/model/{segmenter.pt, segmenter.json} at the end.
// Throws Error on unreadable data or unwritable output.
void trainSegmenter(const SegmenterTrainingOptions& options,
                    const std::function<void(const SegmenterProgress&)>& progress,
                    const std::atomic<bool>* cancel = nullptr);

} // namespace lift3d
