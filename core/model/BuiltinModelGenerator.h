#pragma once

#include "core/generator/Generator.h"
#include "core/model/ModelFile.h"

#include <memory>

namespace lift3d {

enum class StepSizeMode;

// Lift3D's own model (weights + manifest, see ModelFile.h) as a Generator: encode the image once,
// sample the latent with N shortcut steps, decode the field on the requested grid, carve it to
// the input silhouette, mesh it and colour it from the picture.
class BuiltinModelGenerator : public Generator {
public:
    // Loads and checks the model (checksum, format version). Throws Error(InvalidModel).
    explicit BuiltinModelGenerator(const QString& manifestPath);
    ~BuiltinModelGenerator() override;

    QString name() const override;
    GenerationResult generate(const Conditioning& conditioning, const GenerationSettings& settings,
                              const ProgressCallback& progress = {},
                              const std::atomic<bool>* cancel = nullptr) const override;
    const ModelManifest& manifest() const;

    // Evaluation switches: plain flow-matching steps (d = 0) instead of shortcut steps, and the
    // silhouette carving off. Set before the generator is shared between threads.
    void setFlowMatchingSteps(bool enabled);
    void setCarving(bool enabled);
    // Overrides the manifest's iso level (truncation units), for calibration.
    void setIsoLevel(float level);
    // Overrides the manifest's noise temperature (the scale of the starting noise), for calibration.
    void setNoiseTemperature(float temperature);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lift3d
