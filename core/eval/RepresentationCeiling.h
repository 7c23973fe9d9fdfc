#pragma once

#include "core/dataset/ShapeDataset.h"
#include "core/geometry/ScalarGrid.h"

#include <QString>
#include <functional>
#include <vector>

namespace lift3d {

// A way of storing a shape: takes the training field of a view (fieldSide^3 on the shape lattice,
// signed distance in output-frame units, quantised exactly as the training shards store it) and
// returns what survives of it as a field on the shape lattice, at any resolution.
struct ShapeRepresentation {
    QString name;
    std::function<ScalarGrid(const ScalarGrid& trainingField)> roundTrip;
};

struct CeilingResult {
    QString representation;
    int views = 0;
    double iou64 = 0, chamferL1 = 0, fscore5 = 0; // means
};

// The best any generator built on a representation can score: each evaluation view's training
// field goes through `roundTrip` and the result is meshed and scored against the ground truth
// with lift3d-eval's protocol (IoU at 64^3, Chamfer-L1, F@5%), after the finishing every
// generated field gets (floaters removed, normalised; no carving: there is no picture).
// `maxObjects` 0 = all of `split`, else that many evenly spaced (evenlySpacedObjects).
std::vector<CeilingResult>
measureRepresentationCeiling(const ShapeDataset& dataset, Split split, int maxObjects,
                             int fieldSide, float truncation,
                             const std::vector<ShapeRepresentation>& representations,
                             const std::function<void(int, int)>& progress = {});

} // namespace lift3d
