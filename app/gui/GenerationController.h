#pragma once

#include "core/generator/Generator.h"
#include "core/image/ImagePreparation.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <mutex>

namespace lift3d {

using MeshPtr = std::shared_ptr<const Mesh>;

// Everything the window asks of the model, off the GUI thread. One worker thread runs one job
// at a time: load the model, then per request prepare the image, generate the fast preview and
// the full-quality mesh. A newer request cancels the one running (latest wins); results of a
// cancelled or superseded job are never delivered. Signals arrive on the controller's thread.
class GenerationController : public QObject {
    Q_OBJECT
public:
    // Fast preview: 1 step on a coarse grid. Full mode decodes on the fine grid.
    static constexpr int previewSteps = 1;
    static constexpr int previewResolution = 32;
    static constexpr int fullResolution = 64;
    // imagePrepared delivers the picture and its mask at most this many pixels wide and tall.
    static constexpr int thumbnailSide = 480;

    explicit GenerationController(QObject* parent = nullptr);
    // Cancels the running job and waits for the worker (at most one sampling step).
    ~GenerationController() override;

    // Loads the model in the background; modelReady or modelFailed follows. Requests made
    // before it finishes wait for it.
    void loadModel(const QString& manifestOrTorchScriptPath);
    // For tests and tools that bring their own generator.
    void setGenerator(std::shared_ptr<const Generator> generator, const QString& description);
    bool isModelReady() const;
    QString modelDescription() const;

    // A new input: prepare it, then preview, then full mode with `fullSteps` steps.
    void generateFromFile(const QString& path, int fullSteps, std::uint64_t seed);
    void generateFromImage(const QImage& image, int fullSteps, std::uint64_t seed);
    // The last prepared input again: full mode only (the slider moved), or preview and full
    // (a new seed). Does nothing when there is no input yet.
    void regenerate(int fullSteps, std::uint64_t seed, bool withPreview);
    bool hasInput() const { return m_hasInput; }

    // Cancels the running job, if any; `cancelled` follows.
    void cancel();
    bool isBusy() const { return m_busy; }
    // Blocks until the worker thread has finished its current job (after cancel(): within one
    // sampling step). For quitting and benchmarks; results it queued are still delivered.
    void waitUntilIdle() { m_worker.waitForDone(); }

Q_SIGNALS:
    void modelReady(const QString& description);
    void modelFailed(const QString& message);
    void jobStarted();
    void imagePrepared(const QImage& image, const QImage& mask);
    void previewReady(const lift3d::MeshPtr& mesh, const lift3d::StageTimings& timings);
    void finalReady(const lift3d::MeshPtr& mesh, const lift3d::StageTimings& timings, int steps);
    // Sampling progress of the full-mode run.
    void progress(int done, int total);
    void failed(const QString& message);
    void cancelled();
    // The worker has nothing more to do for the latest request.
    void idle();

private:
    enum class Source { File, Image, Prepared };
    struct Request {
        Source source = Source::Prepared;
        QString path;
        QImage image;
        int fullSteps = 32;
        std::uint64_t seed = 0;
        bool withPreview = true;
    };
    void start(Request request);
    void run(const Request& request, int job, const std::shared_ptr<std::atomic<bool>>& cancelFlag);
    // Queues `call` to the controller's thread, dropped if job `job` is no longer the latest.
    template <typename Call> void deliver(int job, Call call);
    std::shared_ptr<const Generator> generator() const;

    QThreadPool m_worker;
    mutable std::mutex m_mutex;                  // guards the three members below
    std::shared_ptr<const Generator> m_generator;
    QString m_modelDescription;
    std::shared_ptr<const PreparedImage> m_prepared; // the last input, reused by regenerate
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    std::atomic<int> m_latestJob{0};
    std::atomic<bool> m_hasInput{false};
    bool m_busy = false;
    bool m_modelRequested = false;
};

} // namespace lift3d

Q_DECLARE_METATYPE(lift3d::MeshPtr)
Q_DECLARE_METATYPE(lift3d::StageTimings)
