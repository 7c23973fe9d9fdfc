#pragma once

#include "core/geometry/Mesh.h"
#include "core/geometry/ScalarGrid.h"
#include "core/image/Conditioning.h"

#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>

namespace lift3d {

struct GenerationSettings {
    int steps = 1;       // sampling steps (1 = fast preview)
    int resolution = 32; // decoded field is resolution^3 on the shape lattice
    std::uint64_t seed = 0;
    // Samples drawn (seeds seed, seed + 1, ...) when the back end can choose among them; the one
    // whose silhouette agrees best with the picture's mask is kept. 1: just the seed's sample.
    int candidates = 1;
};

// Milliseconds spent in each stage of one generation.
struct StageTimings {
    double preprocess = 0, encode = 0, sample = 0, decode = 0, mesh = 0;
    double total() const { return preprocess + encode + sample + decode + mesh; }
};

// What a back end produces: a signed-distance field on the shape lattice (negative inside, in
// the output frame of docs/architecture.md), with the time its stages took.
struct GeneratedField {
    ScalarGrid field;
    StageTimings timings; // encode, sample, decode
};

struct GenerationResult {
    Mesh mesh;        // output frame of docs/architecture.md: upright, facing the camera, unit box
    ScalarGrid field; // the signed-distance field the mesh was extracted from (after carving)
    StageTimings timings;
};

// Called after each sampling step with (done, total).
using ProgressCallback = std::function<void(int, int)>;

// Thrown when a generation is cancelled; not an error to show.
struct GenerationCancelled {};

// What the shared finishing step (core/generator/FieldFinishing.h) does with a back end's field
// besides meshing it.
struct FinishingOptions {
    bool carveToSilhouette = true; // remove what the picture shows is not there
    bool colourFromPicture = true; // vertex colours from the input picture
};

// Anything that turns a prepared image into a shape: the built-in model, a TorchScript model,
// the evaluation baselines and the test shape. A back end implements generateField(); every
// caller uses generate(), which runs it and then the one finishing path (mesh, empty-field
// fallback, carving, colours). Implementations are read-only after construction, so one
// instance can serve several threads.
class Generator {
public:
    explicit Generator(FinishingOptions finishing = {}) : m_finishing(finishing) {}
    virtual ~Generator() = default;
    virtual QString name() const = 0;
    // Whether `settings.steps` changes the result (the baselines ignore it).
    virtual bool usesSteps() const { return true; }
    // The back end's field. Throws GenerationCancelled when `cancel` becomes true (checked
    // between steps and stages); Error for a model that fails.
    virtual GeneratedField generateField(const Conditioning& conditioning,
                                         const GenerationSettings& settings,
                                         const ProgressCallback& progress = {},
                                         const std::atomic<bool>* cancel = nullptr) const = 0;

    // generateField, then the finishing step; timings cover every stage but preprocessing.
    GenerationResult generate(const Conditioning& conditioning, const GenerationSettings& settings,
                              const ProgressCallback& progress = {},
                              const std::atomic<bool>* cancel = nullptr) const;
    const FinishingOptions& finishing() const { return m_finishing; }

private:
    FinishingOptions m_finishing;
};

} // namespace lift3d
