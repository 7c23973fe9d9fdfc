#pragma once

#include <QJsonObject>
#include <QString>

namespace lift3d {

// Hyper-parameters of the built-in shortcut-flow model; stored in the manifest so a weights
// file always comes with the shape it was trained with.
struct ModelConfig {
    // "global" (the first model: one image code, an MLP velocity network on a 4^3 latent) or
    // "grid" (latent grid latentSide^3 x latentChannels, a 3-D U-Net whose cells read the image
    // features at the pixel they project to). Manifests without it are "global".
    QString architecture = QStringLiteral("global");
    bool pixelFeatures = true; // grid only: cells read pixel-aligned features (off: global code)
    int imageSize = 64;        // conditioning image side (RGB + mask)
    int fieldSide = 32;        // training fields for the shape autoencoder
    int latentChannels = 4;    // latent: latentChannels x latentSide^3 numbers
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
    // Classifier-free guidance w: the sampler follows v_blank + w (v_picture - v_blank), where
    // v_blank is the velocity for a blank picture (trained by condition dropout). 1 = no guidance
    // (one network call per step); calibrated on the validation split (lift3d-eval --guidance).
    float guidanceScale = 1.0f;

    int latentSize() const { return latentChannels * latentSide * latentSide * latentSide; }
    bool isGrid() const { return architecture == QLatin1String("grid"); }

    // The second model's hyper-parameters: an 8^3 x 8 latent grid, 16^3 decoder features, a
    // U-Net 64 channels wide at 8^3 (sizes chosen from lift3d-bench-ops, see docs/model.md).
    static ModelConfig pixelAlignedGrid();

    // Why these sizes cannot make a network ("" when they can): a damaged or hand-edited manifest
    // must be refused, not built into layers that never end or do not fit together.
    QString problem() const;

    QJsonObject toJson() const;
    static ModelConfig fromJson(const QJsonObject& json);
};

} // namespace lift3d
