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
    int steps = 1;         // sampling steps (1 = fast preview)
    int resolution = 32;   // decoded field is resolution^3 on the shape lattice
    std::uint64_t seed = 0;
};

// Milliseconds spent in each stage of one generation.
struct StageTimings {
    double preprocess = 0, encode = 0, sample = 0, decode = 0, mesh = 0;
    double total() const { return preprocess + encode + sample + decode + mesh; }
};

struct GenerationResult {
    Mesh mesh;          // output frame of ARCHITECTURE.md: upright, facing the camera, unit box
    ScalarGrid field;   // the signed-distance field the mesh was extracted from
    StageTimings timings;
};

// Called after each sampling step with (done, total).
using ProgressCallback = std::function<void(int, int)>;

// Thrown when a generation is cancelled; not an error to show.
struct GenerationCancelled {};

// Anything that turns a prepared image into a shape: the built-in model, a TorchScript model,
// and the evaluation baselines. Implementations are read-only after construction, so one
// instance can serve several threads.
class Generator {
public:
    virtual ~Generator() = default;
    virtual QString name() const = 0;
    // Whether `settings.steps` changes the result (the baselines ignore it).
    virtual bool usesSteps() const { return true; }
    // Throws GenerationCancelled when `cancel` becomes true (checked between steps and stages).
    virtual GenerationResult generate(const Conditioning& conditioning, const GenerationSettings& settings,
                                      const ProgressCallback& progress = {},
                                      const std::atomic<bool>* cancel = nullptr) const = 0;
};

// Marching cubes on the field (closed at the border), small floaters removed, normalised to the
// output frame. The "mesh" stage of every generator. When given, `center` and `scale` receive
// the normalisation applied (output = (field position - center) / scale).
Mesh meshFromField(const ScalarGrid& field, glm::vec3* center = nullptr, float* scale = nullptr);

} // namespace lift3d
