#include "core/eval/Evaluation.h"

#include "core/eval/ShapeMetrics.h"
#include "core/eval/ShapeReference.h"
#include "core/geometry/MarchingCubes.h"
#include "core/geometry/MeshToField.h"
#include "core/geometry/ShapeLattice.h"
#include "core/image/ImagePreparation.h"

#include <QElapsedTimer>
#include <glm/trigonometric.hpp>
#include <map>

namespace lift3d {

QString evalSourceName(EvalSource source) {
    return source == EvalSource::Render ? QStringLiteral("render") : QStringLiteral("icon");
}

std::vector<EvalSample> evaluateGenerator(const Generator& generator, const ShapeDataset& dataset,
                                          const EvalOptions& options,
                                          const std::function<void(int, int)>& progress) {
    const std::vector<const DatasetObject*> objects =
        evenlySpacedObjects(dataset.objectsIn(options.split), options.maxObjects);
    const std::vector<int> steps = generator.usesSteps() ? options.steps : std::vector<int>{0};

    struct Input {
        const DatasetObject* object;
        EvalSource source;
        QString image;
        const ViewCamera* camera; // null for icons
    };
    std::vector<Input> inputs;
    for (const DatasetObject* object : objects) {
        if (options.renders)
            for (const DatasetView& view : object->evalViews)
                inputs.push_back({object, EvalSource::Render,
                                  dataset.objectPath(*object, view.imageFile), &view.camera});
        if (options.icons && !object->iconFile.isEmpty())
            inputs.push_back(
                {object, EvalSource::Icon, dataset.objectPath(*object, object->iconFile), nullptr});
    }

    std::vector<EvalSample> samples;
    int done = 0;
    const int total = int(inputs.size() * steps.size());
    for (const Input& input : inputs) {
        QElapsedTimer timer;
        timer.start();
        PreparedImage prepared;
        try {
            ConditioningOptions conditioning;
            conditioning.size = options.imageSize;
            conditioning.margin = options.cropMargin;
            prepared = prepareImageFile(input.image, conditioning);
        } catch (const std::exception&) {
            done += int(steps.size()); // no visible object in this input: nothing to score
            continue;
        }
        const double preprocessMs = double(timer.nsecsElapsed()) / 1e6;
        float truncation = 0.1f;
        const ScalarGrid canonical = dataset.canonicalField(*input.object, &truncation);
        const unsigned pointSeed = unsigned(fnv1a32(input.image.toUtf8()));
        // The object's extent, for framing it at azimuths other than the rendered ones (icons).
        std::vector<glm::vec3> insidePoints;
        for (int z = 0; z < canonical.nz && !input.camera; ++z)
            for (int y = 0; y < canonical.ny; ++y)
                for (int x = 0; x < canonical.nx; ++x)
                    if (canonical.at(x, y, z) < 0.0f)
                        insidePoints.push_back(canonical.position(x, y, z));

        // Icons: the camera is unknown, so every turn about +Y in 15-degree steps is a candidate,
        // chosen by IoU at 32^3; the full reference is built only for turns that win.
        std::vector<std::pair<ViewCamera, ScalarGrid>> candidates;
        std::map<std::size_t, ShapeReference> candidateReferences;
        if (!input.camera)
            for (int degrees = 0; degrees < 360; degrees += 15) {
                ViewCamera camera;
                camera.azimuth = glm::radians(float(degrees));
                fitViewFrame(camera, insidePoints);
                Mesh mesh = marchingCubes(fieldInViewFrame(canonical, camera, 64, truncation));
                mesh.normalize();
                candidates.emplace_back(camera, voxelise(mesh, 32));
            }
        const ShapeReference known = input.camera
                                         ? referenceFor(canonical, truncation, *input.camera,
                                                        options.surfacePoints, pointSeed)
                                         : ShapeReference{};
        for (int stepCount : steps) {
            GenerationSettings settings;
            settings.steps = std::max(1, stepCount);
            settings.resolution = options.resolution;
            settings.seed = options.seed;
            settings.candidates = options.candidates;
            GenerationResult result = generator.generate(prepared.conditioning, settings);
            result.timings.preprocess = preprocessMs;

            EvalSample sample;
            sample.generator = generator.name();
            sample.objectId = input.object->id;
            sample.category = input.object->category;
            sample.objectSource = input.object->source;
            sample.split = input.object->split;
            sample.source = input.source;
            sample.steps = stepCount;
            sample.timings = result.timings;
            const ScalarGrid predicted32 = voxelise(result.mesh, 32);

            const ShapeReference* reference = &known;
            if (!input.camera) {
                double bestIoU = -1.0;
                std::size_t best = 0;
                for (std::size_t c = 0; c < candidates.size(); ++c) {
                    const double iou = volumetricIoU(predicted32, candidates[c].second);
                    if (iou > bestIoU) {
                        bestIoU = iou;
                        best = c;
                    }
                }
                sample.bestAzimuth = std::round(glm::degrees(candidates[best].first.azimuth));
                auto cached = candidateReferences.find(best);
                if (cached == candidateReferences.end())
                    cached = candidateReferences
                                 .emplace(best, referenceFor(canonical, truncation,
                                                             candidates[best].first,
                                                             options.surfacePoints, pointSeed))
                                 .first;
                reference = &cached->second;
            }
            sample.iou32 = volumetricIoU(predicted32, reference->field32);
            sample.iou64 = volumetricIoU(voxelise(result.mesh, 64), reference->field64);
            const SurfaceDistances distances = compareSurfaces(
                sampleSurfacePoints(result.mesh, options.surfacePoints, pointSeed + 1),
                reference->points);
            sample.chamferL1 = distances.chamferL1;
            sample.fscore1 = distances.fscore1;
            sample.fscore2 = distances.fscore2;
            sample.fscore5 = distances.fscore5;
            sample.silhouetteIoU =
                silhouetteIoU(result.mesh, prepared.conditioning.mask, options.cropMargin);
            samples.push_back(sample);
            if (progress)
                progress(++done, total);
        }
    }
    return samples;
}

} // namespace lift3d
