#pragma once

#include "app/gui/ExportDialog.h"
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

// Why a mesh is exported: a file the user chose, or the GLB a drag out of the viewport carries.
enum class ExportPurpose { File, DragOut };

// Every background job of the window, off the GUI thread. One worker runs the jobs that make
// the mesh on screen, one at a time: load the model; per request prepare the image and generate
// the fast preview and the full-quality mesh, or import a mesh file. A newer request cancels the
// one running (latest wins); results of a cancelled or superseded job are never delivered.
// Exports run on a second worker, in order, and are never cancelled by new input: the user asked
// for that file. Signals arrive on the controller's thread.
class GenerationController : public QObject {
    Q_OBJECT
public:
    // Fast preview: 1 step on a coarse grid. Full mode decodes on the fine grid.
    static constexpr int previewSteps = 1;
    static constexpr int previewResolution = 32;
    static constexpr int fullResolution = 64;
    // imagePrepared delivers the picture and its mask at most this many pixels wide and tall.
    static constexpr int thumbnailSide = 480;
    // A mesh file that takes longer to read is taken as damaged.
    static constexpr int importTimeoutMs = 30000;

    explicit GenerationController(QObject* parent = nullptr);
    // Cancels the running job and waits for both workers (at most one sampling step).
    ~GenerationController() override;

    // Loads the model in the background (see makeGenerator: empty = the bundled model,
    // testShapeModelName = the test shape); modelReady or modelFailed follows. Requests made
    // before it finishes wait for it.
    void loadModel(const QString& model);
    bool isModelReady() const;
    QString modelDescription() const;
    // The loaded model's manifest, for the About dialog; empty for other back ends.
    QString modelManifestPath() const;

    // A new input: prepare it, then preview, then full mode with `fullSteps` steps.
    void generateFromFile(const QString& path, int fullSteps, std::uint64_t seed);
    void generateFromImage(const QImage& image, int fullSteps, std::uint64_t seed);
    // The last prepared input again: full mode only (the slider moved), or preview and full
    // (a new seed). Does nothing when there is no input yet.
    void regenerate(int fullSteps, std::uint64_t seed, bool withPreview);
    bool hasInput() const { return m_hasInput; }
    // A mesh file to show as it is, read in a helper process (a damaged file cannot take the
    // app down); meshImported or failed follows.
    void importMeshFile(const QString& path);

    // Simplifies and scales `mesh` as `choice` says and writes it; exportFinished follows.
    // For ExportPurpose::DragOut the mesh is written as it is (GLB, output-frame units).
    void exportMesh(const MeshPtr& mesh, const ExportChoice& choice,
                    ExportPurpose purpose = ExportPurpose::File);

    // Cancels the running job, if any; `cancelled` follows.
    void cancel();
    bool isBusy() const { return m_busy; }
    // Blocks until both workers have finished their jobs (after cancel(): within one sampling
    // step). For quitting and benchmarks; results they queued are still delivered.
    void waitUntilIdle();

Q_SIGNALS:
    void modelReady(const QString& description);
    void modelFailed(const QString& message);
    void jobStarted();
    void imagePrepared(const QImage& image, const QImage& mask);
    void previewReady(const lift3d::MeshPtr& mesh, const lift3d::StageTimings& timings);
    void finalReady(const lift3d::MeshPtr& mesh, const lift3d::StageTimings& timings, int steps);
    void meshImported(const lift3d::MeshPtr& mesh);
    // Sampling progress of the full-mode run.
    void progress(int done, int total);
    void failed(const QString& message);
    void cancelled();
    // The worker has nothing more to do for the latest request.
    void idle();
    // `pathOrMessage`: the file written, or why nothing was.
    void exportFinished(lift3d::ExportPurpose purpose, bool ok, const QString& pathOrMessage);

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
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    // Cancels the running job and queues `work` as the latest; `work` runs on the worker with
    // its job number and cancel flag, and idle() is delivered after it.
    template <typename Work> void startJob(Work work);
    void startGeneration(const Request& request);
    void generate(const Request& request, int job, const CancelFlag& cancelFlag);
    std::shared_ptr<const PreparedImage> prepare(const Request& request, int job,
                                                 double& preprocessMs);
    // Queues `call` to the controller's thread, dropped if job `job` is no longer the latest.
    template <typename Call> void deliver(int job, Call call);
    std::shared_ptr<const Generator> generator() const;

    QThreadPool m_worker;
    QThreadPool m_exportWorker;
    mutable std::mutex m_mutex; // guards the four members below
    std::shared_ptr<const Generator> m_generator;
    QString m_modelDescription;
    QString m_manifestPath;
    std::shared_ptr<const PreparedImage> m_prepared; // the last input, reused by regenerate
    CancelFlag m_cancelFlag;
    std::atomic<int> m_latestJob{0};
    std::atomic<bool> m_hasInput{false};
    bool m_busy = false;
    bool m_modelRequested = false;
};

} // namespace lift3d

Q_DECLARE_METATYPE(lift3d::MeshPtr)
Q_DECLARE_METATYPE(lift3d::StageTimings)
Q_DECLARE_METATYPE(lift3d::ExportPurpose)
