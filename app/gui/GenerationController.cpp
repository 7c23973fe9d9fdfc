#include "app/gui/GenerationController.h"

#include "core/Error.h"
#include "core/model/BuiltinModelGenerator.h"
#include "core/model/TorchScriptGenerator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace lift3d {

GenerationController::GenerationController(QObject* parent) : QObject(parent) {
    qRegisterMetaType<MeshPtr>();
    qRegisterMetaType<StageTimings>();
    // One worker: one job at a time, and a new job starts only after the cancelled one has
    // stopped (within one sampling step), so two never compete for the two cores.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

GenerationController::~GenerationController() {
    ++m_latestJob;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelFlag)
            *m_cancelFlag = true;
    }
    m_worker.clear();
    m_worker.waitForDone();
}

void GenerationController::loadModel(const QString& path) {
    m_modelRequested = true;
    m_worker.start([this, path] {
        try {
            std::shared_ptr<const Generator> loaded;
            QString description;
            if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                auto builtin = std::make_shared<BuiltinModelGenerator>(path);
                description = tr("Lift3D model %1 (%2 training views)")
                                  .arg(builtin->manifest().sha256.left(12))
                                  .arg(builtin->manifest().trainingData.section(QLatin1Char(' '), 0, 0));
                loaded = builtin;
            } else {
                loaded = std::make_shared<TorchScriptGenerator>(path);
                description = tr("TorchScript model %1").arg(QFileInfo(path).fileName());
            }
            {
                std::lock_guard lock(m_mutex);
                m_generator = loaded;
                m_modelDescription = description;
            }
            QMetaObject::invokeMethod(this, [this, description] { Q_EMIT modelReady(description); },
                                      Qt::QueuedConnection);
        } catch (const Error& error) {
            const QString message = error.message();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT modelFailed(message); }, Qt::QueuedConnection);
        } catch (const std::exception& error) {
            const QString message = tr("The model %1 could not be loaded (%2). Reinstall Lift3D or choose "
                                       "another model file.")
                                        .arg(path, QString::fromLocal8Bit(error.what()));
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT modelFailed(message); }, Qt::QueuedConnection);
        }
    });
}

void GenerationController::setGenerator(std::shared_ptr<const Generator> generator, const QString& description) {
    m_modelRequested = true;
    {
        std::lock_guard lock(m_mutex);
        m_generator = std::move(generator);
        m_modelDescription = description;
    }
    Q_EMIT modelReady(description);
}

bool GenerationController::isModelReady() const {
    std::lock_guard lock(m_mutex);
    return m_generator != nullptr;
}

QString GenerationController::modelDescription() const {
    std::lock_guard lock(m_mutex);
    return m_modelDescription;
}

std::shared_ptr<const Generator> GenerationController::generator() const {
    std::lock_guard lock(m_mutex);
    return m_generator;
}

void GenerationController::generateFromFile(const QString& path, int fullSteps, std::uint64_t seed) {
    start({Source::File, path, {}, fullSteps, seed, true});
}

void GenerationController::generateFromImage(const QImage& image, int fullSteps, std::uint64_t seed) {
    start({Source::Image, {}, image, fullSteps, seed, true});
}

void GenerationController::regenerate(int fullSteps, std::uint64_t seed, bool withPreview) {
    if (m_hasInput)
        start({Source::Prepared, {}, {}, fullSteps, seed, withPreview});
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
    Q_EMIT cancelled();
}

void GenerationController::start(Request request) {
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
    m_worker.start([this, request = std::move(request), job, cancelFlag] {
        run(request, job, cancelFlag);
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

void GenerationController::run(const Request& request, int job, const std::shared_ptr<std::atomic<bool>>& cancelFlag) {
    auto finish = [this, job] {
        deliver(job, [this] {
            m_busy = false;
            Q_EMIT idle();
        });
    };
    try {
        if (*cancelFlag)
            throw GenerationCancelled{};
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<const PreparedImage> prepared;
        if (request.source == Source::File)
            prepared = std::make_shared<const PreparedImage>(prepareImageFile(request.path));
        else if (request.source == Source::Image)
            prepared = std::make_shared<const PreparedImage>(prepareImage(request.image));
        else {
            std::lock_guard lock(m_mutex);
            prepared = m_prepared;
        }
        const double preprocessMs = request.source == Source::Prepared ? 0.0 : double(timer.nsecsElapsed()) / 1e6;
        if (request.source != Source::Prepared) {
            {
                // Stored here, not on delivery, so a slider move right after a drop already
                // regenerates the new picture.
                std::lock_guard lock(m_mutex);
                if (job == m_latestJob.load()) {
                    m_prepared = prepared;
                    m_hasInput = true;
                }
            }
            // Scaled here so the GUI thread only draws it.
            const QSize size = prepared->image.size().scaled(thumbnailSide, thumbnailSide, Qt::KeepAspectRatio)
                                   .boundedTo(prepared->image.size());
            QImage thumbnail = prepared->image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            QImage mask = prepared->objectMask.mask.scaled(size, Qt::IgnoreAspectRatio, Qt::FastTransformation);
            deliver(job, [this, thumbnail, mask] { Q_EMIT imagePrepared(thumbnail, mask); });
        }
        if (!prepared) {
            finish();
            return;
        }
        const std::shared_ptr<const Generator> model = generator();
        if (!model) {
            const QString message = m_modelRequested
                ? tr("The model is not available, so no mesh can be generated. See the message shown at "
                     "start; mesh files can still be opened and exported.")
                : tr("No model is loaded yet. Wait a moment and try again.");
            deliver(job, [this, message] { Q_EMIT failed(message); });
            finish();
            return;
        }
        if (request.withPreview) {
            GenerationSettings settings;
            settings.steps = previewSteps;
            settings.resolution = previewResolution;
            settings.seed = request.seed;
            GenerationResult preview = model->generate(prepared->conditioning, settings, {}, cancelFlag.get());
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
        GenerationResult full = model->generate(prepared->conditioning, settings, reportProgress, cancelFlag.get());
        if (!request.withPreview)
            full.timings.preprocess = preprocessMs;
        auto mesh = std::make_shared<const Mesh>(std::move(full.mesh));
        const StageTimings timings = full.timings;
        const int steps = request.fullSteps;
        deliver(job, [this, mesh, timings, steps] { Q_EMIT finalReady(mesh, timings, steps); });
    } catch (const GenerationCancelled&) {
        // Superseded or cancelled: the newer job or cancel() already told the window.
    } catch (const Error& error) {
        const QString message = error.message();
        deliver(job, [this, message] { Q_EMIT failed(message); });
    } catch (const std::exception& error) {
        const QString message = tr("Generation failed (%1). Try another image.").arg(QString::fromLocal8Bit(error.what()));
        deliver(job, [this, message] { Q_EMIT failed(message); });
    }
    finish();
}

} // namespace lift3d
