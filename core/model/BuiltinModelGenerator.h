#pragma once

#include "core/generator/Generator.h"
#include "core/generator/GeneratorOptions.h"
#include "core/modelfile/ModelFile.h"

#include <memory>

namespace lift3d {

// Lift3D's own model (weights + manifest, see ModelFile.h) as a Generator back end: encode the
// image once, sample the latent with N shortcut steps, decode the field on the requested grid.
// Meshing, carving and colours are the shared finishing step's.
class BuiltinModelGenerator : public Generator {
public:
    // Loads and checks the model (checksum, format version); `options.model` is ignored (the
    // manifest is `manifestPath`). Throws Error(InvalidModel).
    explicit BuiltinModelGenerator(const QString& manifestPath,
                                   const GeneratorOptions& options = {});
    ~BuiltinModelGenerator() override;

    QString name() const override;
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;
    const ModelManifest& manifest() const;

    // The shape autoencoder alone: `field` (fieldSide^3 on the shape lattice, signed distance in
    // output-frame units) encoded to the latent and decoded at `resolution`^3. What the model
    // could give if the flow found the perfect latent: the representation's ceiling.
    ScalarGrid roundTripField(const ScalarGrid& field, int resolution) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace lift3d
