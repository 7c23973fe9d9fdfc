#include "core/eval/RepresentationCeiling.h"

#include "core/eval/ShapeMetrics.h"
#include "core/eval/ShapeReference.h"
#include "core/generator/FieldFinishing.h"
#include "core/geometry/ShapeLattice.h"

namespace lift3d {
namespace {

// The shards' int8 quantisation and back.
ScalarGrid asTrainingField(const ScalarGrid& field, float truncation) {
    const QByteArray bytes = quantiseField(field, truncation);
    ScalarGrid quantised = field;
    for (std::size_t i = 0; i < quantised.values.size(); ++i)
        quantised.values[i] =
            float(static_cast<signed char>(bytes[qsizetype(i)])) / 127.0f * truncation;
    return quantised;
}

} // namespace

std::vector<CeilingResult>
measureRepresentationCeiling(const ShapeDataset& dataset, Split split, int maxObjects,
                             int fieldSide, float truncation,
                             const std::vector<ShapeRepresentation>& representations,
                             const std::function<void(int, int)>& progress) {
    const std::vector<const DatasetObject*> objects =
        evenlySpacedObjects(dataset.objectsIn(split), maxObjects);
    std::vector<CeilingResult> results(representations.size());
    for (std::size_t r = 0; r < representations.size(); ++r)
        results[r].representation = representations[r].name;
    int done = 0;
    for (const DatasetObject* object : objects) {
        float canonicalTruncation = 0.1f;
        const ScalarGrid canonical = dataset.canonicalField(*object, &canonicalTruncation);
        for (const DatasetView& view : object->evalViews) {
            const unsigned seed = unsigned(fnv1a32(object->id.toUtf8())) + unsigned(done);
            const ShapeReference reference =
                referenceFor(canonical, canonicalTruncation, view.camera, 10000, seed);
            const ScalarGrid training = asTrainingField(
                fieldInViewFrame(canonical, view.camera, fieldSide, canonicalTruncation),
                truncation);
            for (std::size_t r = 0; r < representations.size(); ++r) {
                // As a generator's field is finished: floaters removed, normalised.
                ScalarGrid field = representations[r].roundTrip(training);
                keepInsideUnitBox(field);
                const Mesh mesh = meshFromField(field);
                const SurfaceDistances distances =
                    compareSurfaces(sampleSurfacePoints(mesh, 10000, seed + 1), reference.points);
                CeilingResult& result = results[r];
                result.iou64 += volumetricIoU(voxelise(mesh, 64), reference.field64);
                result.chamferL1 += distances.chamferL1;
                result.fscore5 += distances.fscore5;
                ++result.views;
            }
        }
        if (progress)
            progress(++done, int(objects.size()));
    }
    for (CeilingResult& result : results)
        if (result.views > 0) {
            result.iou64 /= result.views;
            result.chamferL1 /= result.views;
            result.fscore5 /= result.views;
        }
    return results;
}

} // namespace lift3d
