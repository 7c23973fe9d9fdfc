#pragma once

#include "core/generator/Generator.h"

namespace lift3d {

// Baseline (iii): the input silhouette inflated into a balloon, with no learning and no training
// data. Each pixel of the object is given a half-thickness that grows with its distance to the
// outline, so that a disc becomes a sphere; the shape is symmetric about the plane z = 0 of the
// output frame. What a method earns beyond it is what it knows about depth and hidden sides; a
// model that does not beat it has learned little more than the outline it was given.
//
// The silhouette is placed exactly where the conditioning crop put it: the crop is a square of
// (1 + 2 * cropMargin) object lengths around the object's bounding box, so pixel centres map
// to the output frame's x (right) and y (up) with the object's longest side 1 and its bounding
// box centred, as the output frame asks (docs/architecture.md, "Output frame").
class BalloonBaseline : public Generator {
public:
    explicit BalloonBaseline(float cropMargin = 0.1f);
    QString name() const override { return QStringLiteral("baseline-balloon"); }
    bool usesSteps() const override { return false; }
    GeneratedField generateField(const Conditioning& conditioning,
                                 const GenerationSettings& settings,
                                 const ProgressCallback& progress = {},
                                 const std::atomic<bool>* cancel = nullptr) const override;

private:
    float m_cropMargin;
};

} // namespace lift3d
