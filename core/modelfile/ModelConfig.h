#pragma once

#include <QJsonObject>

namespace lift3d {

// Hyper-parameters of the built-in shortcut-flow model; stored in the manifest so a weights
// file always comes with the shape it was trained with.
struct ModelConfig {
    int imageSize = 64;     // conditioning image side (RGB + mask)
    int fieldSide = 32;     // training fields for the shape autoencoder
    int latentChannels = 4; // latent: latentChannels x latentSide^3 numbers
    int latentSide = 4;
    int featureChannels = 16; // decoder feature volume
    int featureSide = 16;
    int conditionSize = 256;  // image embedding
    int hidden = 512;         // velocity network width
    int blocks = 4;           // velocity network residual blocks
    float truncation = 0.08f; // SDF truncation (view-frame units) the decoder predicts within
    // Level (in truncation units) at which the decoded field is meshed. The decoder leans toward
    // "outside" where it is unsure; this is calibrated on the validation split after training
    // (lift3d-eval --split validation --iso ...) and stored in the manifest.
    float isoLevel = 0.0f;
    // Scale of the sampler's starting noise (1 = the training noise). Lower temperatures start
    // nearer the middle of the noise distribution, where the model's samples are more typical and
    // score better, at the price of less variety between seeds; calibrated on the validation split
    // like the iso level (lift3d-eval --split validation --temperature ...).
    float noiseTemperature = 1.0f;

    int latentSize() const { return latentChannels * latentSide * latentSide * latentSide; }

    QJsonObject toJson() const;
    static ModelConfig fromJson(const QJsonObject& json);
};

} // namespace lift3d
