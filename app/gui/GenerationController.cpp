#include "app/gui/GenerationController.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/generator/StageTimer.h"
#include "core/geometry/Simplify.h"
#include "core/image/ImageLoader.h"
#include "core/io/IsolatedMeshImport.h"
#include "core/io/MeshExport.h"
#include "core/model/GeneratorFactory.h"
#include "core/segment/LearnedSegmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMetaObject>
#include <algorithm>
#include <optional>

namespace lift3d {

namespace {

// Pasted pictures as large as the files loadImage reads: the model sees 128 pixels, and the
// mask editor works on this picture.
QImage limitedSize(const QImage& image) {
    const int maxSide = ImageLoadOptions().maxSide;
    if (std::max(image.width(), image.height()) <= maxSide)
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

GenerationController::GenerationController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<MeshPtr>();
    qRegisterMetaType<StageTimings>();
    qRegisterMetaType<ExportPurpose>();
    // One worker: one job at a time, and a new job starts only after the cancelled one has
    // stopped (within one sampling step), so two never compete for the two cores.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    // Exports in the order asked, beside the generation (writing a file is mostly I/O).
    m_exportWorker.setMaxThreadCount(1);
}

GenerationController::~GenerationController() {
    ++m_latestJob;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelFlag)
            *m_cancelFlag = true;
    }
    m_worker.clear();
    waitUntilIdle();
}

void GenerationController::waitUntilIdle() {
    m_worker.waitForDone();
    m_exportWorker.waitForDone();
}

void GenerationController::loadModel(const QString& model) {
    m_modelRequested = true;
    m_worker.start([this, model] {
        if (!m_segmenterLoaded) {
            m_segmenterLoaded = true;
            QString problem;
            std::shared_ptr<const MaskPredictor> segmenter = loadBundledSegmenter(&problem);
            {
                std::lock_guard lock(m_mutex);
                m_segmenter = std::move(segmenter);
            }
            if (!problem.isEmpty())
                QMetaObject::invokeMethod(
                    this, [this, problem] { Q_EMIT segmenterFailed(problem); },
                    Qt::QueuedConnection);
        }
        try {
            GeneratorOptions options;
            options.model = model;
            LoadedGenerator loaded = makeGenerator(options);
            const QString description = loaded.description;
            {
                std::lock_guard lock(m_mutex);
                m_generator = std::move(loaded.generator);
                m_modelDescription = description;
                m_manifestPath = loaded.manifestPath;
            }
            QMetaObject::invokeMethod(
                this, [this, description] { Q_EMIT modelReady(description); },
                Qt::QueuedConnection);
        } catch (const std::exception& error) {
            const QString message =
                userMessage(error, tr("The model %1 could not be loaded (%2). Reinstall Lift3D or "
                                      "choose another model file.")
                                       .arg(QDir::toNativeSeparators(model)));
            QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT modelFailed(message); }, Qt::QueuedConnection);
        }
    });
}

bool GenerationController::isModelReady() const {
    std::lock_guard lock(m_mutex);
    return m_generator != nullptr;
}

QString GenerationController::modelDescription() const {
    std::lock_guard lock(m_mutex);
    return m_modelDescription;
}

QString GenerationController::modelManifestPath() const {
    std::lock_guard lock(m_mutex);
    return m_manifestPath;
}

std::shared_ptr<const Generator> GenerationController::generator() const {
    std::lock_guard lock(m_mutex);
    return m_generator;
}

void GenerationController::cancel() {
    if (!m_busy)
        return;
    ++m_latestJob; // nothing of the cancelled job is delivered any more
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelFlag)
            *m_cancelFlag = true;
    }
    m_busy = false;
    m_preparingPicture = false;
    Q_EMIT cancelled();
}

template <typename Work> void GenerationController::startJob(Work work) {
    const int job = ++m_latestJob;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelFlag)
            *m_cancelFlag = true; // latest wins
        m_cancelFlag = cancelFlag;
    }
    // Jobs queued behind the running one that were superseded never start.
    m_worker.clear();
    m_busy = true;
    Q_EMIT jobStarted();
    m_worker.start([this, work = std::move(work), job, cancelFlag] {
        work(job, cancelFlag);
        deliver(job, [this] {
            m_busy = false;
            m_preparingPicture = false;
            Q_EMIT idle();
        });
    });
}

template <typename Call> void GenerationController::deliver(int job, Call call) {
    QMetaObject::invokeMethod(
        this,
        [this, job, call = std::move(call)]() mutable {
            if (job == m_latestJob.load())
                call();
        },
        Qt::QueuedConnection);
}

void GenerationController::generateFromFile(const QString& path, int fullSteps,
                                            std::uint64_t seed) {
    m_preparingPicture = true;
    startGeneration({Source::File, path, {}, fullSteps, seed, true, {}, 0});
}

void GenerationController::generateFromImage(const QImage& image, int fullSteps,
                                             std::uint64_t seed) {
    m_preparingPicture = true;
    startGeneration({Source::Image, {}, image, fullSteps, seed, true, {}, 0});
}

void GenerationController::regenerate(int fullSteps, std::uint64_t seed, bool withPreview) {
    if (!m_hasInput)
        return;
    startGeneration(
        {Source::Prepared, {}, {}, fullSteps, seed, withPreview, m_userMask, m_userMaskPicture});
}

void GenerationController::generateWithMask(quint64 picture, const QImage& mask, int fullSteps,
                                            std::uint64_t seed) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_picture || m_preparingPicture || picture != m_pictureNumber)
            return;
    }
    m_userMask = mask;
    m_userMaskPicture = picture;
    regenerate(fullSteps, seed, true);
}

bool GenerationController::hasUserMask() const {
    std::lock_guard lock(m_mutex);
    return !m_userMask.isNull() && m_userMaskPicture == m_pictureNumber;
}

GenerationController::MaskedPicture GenerationController::maskedPicture() const {
    MaskedPicture result;
    std::lock_guard lock(m_mutex);
    if (!m_picture)
        return result;
    result.image = m_picture->image;
    result.automaticMask = m_picture->objectMask.mask;
    result.number = m_pictureNumber;
    const bool userMask = !m_userMask.isNull() && m_userMaskPicture == m_pictureNumber;
    result.mask = userMask ? m_userMask : result.automaticMask;
    return result;
}

void GenerationController::startGeneration(const Request& request) {
    startJob(
        [this, request](int job, const CancelFlag& cancel) { generate(request, job, cancel); });
}

void GenerationController::importMeshFile(const QString& path) {
    m_thumbnailMaskKey = 0; // a mesh has no picture: the next generation delivers it again
    startJob([this, path](int job, const CancelFlag& cancel) {
        try {
            auto mesh = std::make_shared<const Mesh>(
                importMeshIsolated(path, importTimeoutMs, cancel.get()));
            deliver(job, [this, mesh] { Q_EMIT meshImported(mesh); });
        } catch (const std::exception& error) {
            if (*cancel)
                return; // superseded or quitting: the helper was stopped on purpose
            const QString message = userMessage(
                error, tr("%1 could not be opened (%2).").arg(QDir::toNativeSeparators(path)));
            deliver(job, [this, message] { Q_EMIT failed(message); });
        }
    });
}

void GenerationController::exportMesh(const MeshPtr& mesh, const ExportChoice& choice,
                                      ExportPurpose purpose) {
    m_exportWorker.start([this, mesh, choice, purpose] {
        QString failure;
        try {
            Mesh out = *mesh;
            ExportOptions options;
            options.format = choice.format;
            if (purpose == ExportPurpose::File) {
                if (choice.targetFaces > 0 && std::size_t(choice.targetFaces) < out.triangleCount())
                    simplify(out, std::size_t(choice.targetFaces));
                const glm::vec3 size = out.bounds().size();
                options.scale =
                    float(exportScale(choice, double(std::max({size.x, size.y, size.z}))));
            }
            lift3d::exportMesh(out, choice.path, options);
        } catch (const std::exception& error) {
            failure = userMessage(error, tr("The export failed (%1). Nothing was written."));
        }
        const bool ok = failure.isEmpty();
        const QString pathOrMessage = ok ? choice.path : failure;
        QMetaObject::invokeMethod(
            this,
            [this, purpose, ok, pathOrMessage] {
                Q_EMIT exportFinished(purpose, ok, pathOrMessage);
            },
            Qt::QueuedConnection);
    });
}

std::shared_ptr<const PreparedImage> GenerationController::prepare(const Request& request, int job,
                                                                   double& preprocessMs) {
    StageTimer timer;
    std::shared_ptr<const PreparedImage> prepared;
    if (request.source == Source::Prepared) {
        prepared = prepareWithMask(request);
    } else {
        const QImage image =
            request.source == Source::File ? loadImage(request.path) : limitedSize(request.image);
        std::optional<Error> nothingFound;
        try {
            std::shared_ptr<const MaskPredictor> segmenter;
            {
                std::lock_guard lock(m_mutex);
                segmenter = m_segmenter;
            }
            prepared =
                std::make_shared<const PreparedImage>(prepareImage(image, {}, segmenter.get()));
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::NoObjectFound)
                throw;
            // Kept with an empty mask, so that the user can draw the object in the mask editor;
            // the error is still reported below.
            auto picture = std::make_shared<PreparedImage>();
            picture->image = image.convertToFormat(QImage::Format_RGBA8888);
            picture->objectMask.mask = QImage(image.size(), QImage::Format_Grayscale8);
            picture->objectMask.mask.fill(0);
            prepared = picture;
            nothingFound = error;
        }
        {
            // Stored here, not on delivery, so a slider move right after a drop already
            // regenerates the new picture.
            std::lock_guard lock(m_mutex);
            if (job == m_latestJob.load()) {
                m_picture = prepared;
                ++m_pictureNumber;
                m_corrected.reset();
                m_correctedFrom = QImage();
                m_hasInput = true;
            }
        }
        if (nothingFound) {
            deliverThumbnail(job, *prepared);
            throw *nothingFound;
        }
    }
    preprocessMs = timer.lap();
    if (prepared && prepared->objectMask.mask.cacheKey() != m_thumbnailMaskKey.load())
        deliverThumbnail(job, *prepared);
    return prepared;
}

std::shared_ptr<const PreparedImage> GenerationController::prepareWithMask(const Request& request) {
    std::shared_ptr<const PreparedImage> picture, corrected;
    QImage correctedFrom;
    quint64 number = 0;
    {
        std::lock_guard lock(m_mutex);
        picture = m_picture;
        number = m_pictureNumber;
        corrected = m_corrected;
        correctedFrom = m_correctedFrom;
    }
    if (!picture || request.userMask.isNull() || request.picture != number)
        return picture;
    if (corrected && correctedFrom.cacheKey() == request.userMask.cacheKey())
        return corrected; // the slider moved or a new seed: the mask is prepared already
    corrected = std::make_shared<const PreparedImage>(
        prepareImageWithMask(picture->image, request.userMask));
    std::lock_guard lock(m_mutex);
    if (number == m_pictureNumber) {
        m_corrected = corrected;
        m_correctedFrom = request.userMask;
    }
    return corrected;
}

void GenerationController::deliverThumbnail(int job, const PreparedImage& prepared) {
    // Scaled here so the GUI thread only draws it.
    const QSize size = prepared.image.size()
                           .scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio)
                           .boundedTo(prepared.image.size());
    QImage thumbnail = prepared.image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage mask =
        prepared.objectMask.mask.scaled(size, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const qint64 key = prepared.objectMask.mask.cacheKey();
    deliver(job, [this, thumbnail, mask, key] {
        m_thumbnailMaskKey = key;
        m_preparingPicture = false;
        Q_EMIT imagePrepared(thumbnail, mask);
    });
}

void GenerationController::generate(const Request& request, int job, const CancelFlag& cancelFlag) {
    try {
        if (*cancelFlag)
            throw GenerationCancelled{};
        double preprocessMs = 0.0;
        const std::shared_ptr<const PreparedImage> prepared = prepare(request, job, preprocessMs);
        if (!prepared)
            return;
        const std::shared_ptr<const Generator> model = generator();
        if (!model) {
            const QString message =
                m_modelRequested ? tr("The model is not available, so no mesh can be generated. "
                                      "See the message shown at "
                                      "start; mesh files can still be opened and exported.")
                                 : tr("No model is loaded yet. Wait a moment and try again.");
            deliver(job, [this, message] { Q_EMIT failed(message); });
            return;
        }
        if (request.withPreview) {
            GenerationSettings settings;
            settings.steps = previewSteps;
            settings.resolution = previewResolution;
            settings.seed = request.seed;
            GenerationResult preview =
                model->generate(prepared->conditioning, settings, {}, cancelFlag.get());
            preview.timings.preprocess = preprocessMs;
            auto mesh = std::make_shared<const Mesh>(std::move(preview.mesh));
            const StageTimings timings = preview.timings;
            deliver(job, [this, mesh, timings] { Q_EMIT previewReady(mesh, timings); });
        }
        GenerationSettings settings;
        settings.steps = request.fullSteps;
        settings.resolution = fullResolution;
        settings.seed = request.seed;
        // At most every 40 ms: each progress-bar repaint recomposes the whole window, which on a
        // software OpenGL renderer costs more than a sampling step.
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto reportProgress = [this, job, &sinceReport](int done, int total) {
            if (done != total && sinceReport.elapsed() < 40)
                return;
            sinceReport.restart();
            deliver(job, [this, done, total] { Q_EMIT progress(done, total); });
        };
        GenerationResult full =
            model->generate(prepared->conditioning, settings, reportProgress, cancelFlag.get());
        if (!request.withPreview)
            full.timings.preprocess = preprocessMs;
        auto mesh = std::make_shared<const Mesh>(std::move(full.mesh));
        const StageTimings timings = full.timings;
        const int steps = request.fullSteps;
        deliver(job, [this, mesh, timings, steps] { Q_EMIT finalReady(mesh, timings, steps); });
    } catch (const GenerationCancelled&) {
        // Superseded or cancelled: the newer job or cancel() already told the window.
    } catch (const std::exception& error) {
        const QString message =
            userMessage(error, tr("Generation failed (%1). Try another image."));
        deliver(job, [this, message] { Q_EMIT failed(message); });
    }
}

} // namespace lift3d
