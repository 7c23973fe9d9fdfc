#pragma once
// The one place that decides which generator a model name means.

#include "core/generator/Generator.h"
#include "core/generator/GeneratorOptions.h"

#include <memory>

namespace lift3d {

struct LoadedGenerator {
    std::shared_ptr<const Generator> generator;
    QString description;  // one translated line for the status bar and the About dialog
    QString manifestPath; // the manifest of a Lift3D model, empty for other back ends
};

// Loads the generator `options.model` means: empty -> the bundled model
// (bundledModelManifest()); testShapeModelName -> TestShapeGenerator; a *.json manifest ->
// BuiltinModelGenerator; anything else -> TorchScriptGenerator. Slow for real models (seconds):
// call it off the GUI thread. Throws Error(InvalidModel) with a sentence that says what to do
// when the file is missing, damaged or not a model.
LoadedGenerator makeGenerator(const GeneratorOptions& options);

} // namespace lift3d
