#pragma once

#include "core/generator/Generator.h"

namespace lift3d {

// A generator without a network: an ellipsoid as wide and tall as the picture's object, its
// depth set by the seed, on a 16^3 grid, so a closed, coloured mesh comes back in about a
// millisecond. What the GUI tests and benchmarks of everything around the model run on
// (selected by the model name testShapeModelName); it reports progress and honours
// cancellation like a real model, one step at a time.
class TestShapeGenerator : public Generator {
public:
    TestShapeGenerator();
    QString name() const override { return QStringLiteral("test-shape"); }
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;
};

} // namespace lift3d
