#pragma once

#include "core/modelfile/ModelConfig.h"

#include <QString>
#include <atomic>
#include <functional>

namespace lift3d {

struct TrainingOptions {
    QString datasetRoot;
    QString outputDir; // checkpoint.pt, state.json, loss.csv, loss.png, model/
    ModelConfig config;
    int autoencoderSteps = 1200;
    int flowSteps = 16000;
    int autoencoderBatch = 32;
    int flowBatch = 128;
    int pointsPerField = 2048; // decoder query points per training field
    double autoencoderLearningRate = 1e-3;
    double flowLearningRate = 3e-4;
    double emaDecay = 0.999;
    double shortcutFraction =
        0.25; // share of each flow batch trained on the self-consistency target
    // Share of flow rows whose picture is blanked (TrainingAugmentation.h: dropConditions), so
    // that the same network gives the unconditional velocity for classifier-free guidance.
    double conditionDropout = 0.1;
    int checkpointEvery = 250;
    unsigned long long seed = 20261124;
    QString command; // recorded in the manifest
};

struct TrainingProgress {
    QString phase; // "prepare", "autoencoder", "flow", "done"
    int step = 0, steps = 0;
    double loss = 0, validationLoss = -1, elapsedSeconds = 0;
    QString message;
};

// Trains the built-in model on a dataset built by lift3d-data, on the CPU:
//  1. a shape autoencoder on the training views' signed-distance fields (view frame, 32^3);
//  2. the image encoder and the shortcut velocity network on the whitened latents: flow
//     matching (d = 0) on most of each batch and, on `shortcutFraction` of it, the shortcut
//     self-consistency target for d in {1, 1/2, ..., 1/64}: the mean of two d/2 steps taken by an
//     EMA copy of the network (Frans et al., arXiv 2410.12557).
// Resumes from outputDir/checkpoint.pt when present. Writes outputDir/model/{lift3d-model.pt,
// manifest.json} (EMA weights) at the end. Throws Error on unreadable data or unwritable output.
void trainModel(const TrainingOptions& options,
                const std::function<void(const TrainingProgress&)>& progress,
                const std::atomic<bool>* cancel = nullptr);

} // namespace lift3d
