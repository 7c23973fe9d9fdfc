#pragma once

#include <QString>
#include <optional>

namespace lift3d {

// How the step size is told to a shortcut model.
enum class StepSizeMode {
    Shortcut,     // d = 1/N: the shortcut model's own step size (the default)
    FlowMatching, // d = 0 at every step: the same network used as a plain flow-matching model
};

// Everything that chooses and sets up a generator (see makeGenerator in
// core/model/GeneratorFactory.h). The defaults are the product's; evaluation and calibration
// change the rest.
struct GeneratorOptions {
    // A Lift3D manifest (*.json), a TorchScript file (anything else), the test shape
    // (testShapeModelName), or empty for the bundled model.
    QString model;
    StepSizeMode stepSize = StepSizeMode::Shortcut;
    // Off for evaluating the model's own shape without the picture's outline.
    bool carving = true;
    // Override the manifest's iso level (truncation units) and noise temperature (the scale of
    // the starting noise), for calibration.
    std::optional<float> isoLevel;
    std::optional<float> noiseTemperature;
    // Override the manifest's classifier-free guidance scale (1 = none), for calibration.
    std::optional<float> guidanceScale;
};

// The model name that selects the test shape, a generator without a network that answers in
// about a millisecond (GUI tests, benchmarks of everything around the model).
inline const QString testShapeModelName = QStringLiteral("test-shape");

} // namespace lift3d
