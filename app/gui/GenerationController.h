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
    // (a new seed), with the user's mask when one is applied. Does nothing when there is no
    // input yet.
    void regenerate(int fullSteps, std::uint64_t seed, bool withPreview);
    bool hasInput() const { return m_hasInput; }

    // The last picture as prepared, for the mask editor: the picture (Format_RGBA8888, as
    // loaded and downscaled), its automatic mask and the mask in use (the user's when one is
    // applied), all of one size. `number` tells pictures apart. Empty before the first picture.
    struct MaskedPicture {
        QImage image;
        QImage automaticMask;
        QImage mask;
        quint64 number = 0;
    };
    MaskedPicture maskedPicture() const;
    // Picture `picture` (a MaskedPicture::number) again with the user's `mask` (its size, >= 128
    // is object; null: back to the automatic mask): preview, then full mode. regenerate() keeps
    // using that mask until another one is applied; a new picture starts from its automatic
    // mask. Ignored unless canEditMask() and `picture` is the last one.
    void generateWithMask(quint64 picture, const QImage& mask, int fullSteps, std::uint64_t seed);
    // Whether the last picture is generated from a mask the user applied.
    bool hasUserMask() const;
    // Whether there is a picture whose mask can be edited: not while a new picture is being
    // prepared (maskedPicture() would still return the one before).
    bool canEditMask() const { return m_hasInput && !m_preparingPicture; }
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
    // The learned segmenter is missing or damaged; objects are found by the border model.
    void segmenterFailed(const QString& message);
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
        // Source::Prepared only: the user's mask and the picture it was drawn on; a null mask,
        // or one drawn on an earlier picture, means the automatic mask.
        QImage userMask;
        quint64 picture = 0;
    };
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    // Cancels the running job and queues `work` as the latest; `work` runs on the worker with
    // its job number and cancel flag, and idle() is delivered after it.
    template <typename Work> void startJob(Work work);
    void startGeneration(const Request& request);
    void generate(const Request& request, int job, const CancelFlag& cancelFlag);
    std::shared_ptr<const PreparedImage> prepare(const Request& request, int job,
                                                 double& preprocessMs);
    // The last picture prepared with the mask `request` names (cached for the user's mask).
    std::shared_ptr<const PreparedImage> prepareWithMask(const Request& request);
    // Queues the picture and mask of `prepared` to imagePrepared, scaled for the thumbnail.
    void deliverThumbnail(int job, const PreparedImage& prepared);
    // Queues `call` to the controller's thread, dropped if job `job` is no longer the latest.
    template <typename Call> void deliver(int job, Call call);
    std::shared_ptr<const Generator> generator() const;

    QThreadPool m_worker;
    QThreadPool m_exportWorker;
    mutable std::mutex m_mutex; // guards the eight members below
    std::shared_ptr<const Generator> m_generator;
    std::shared_ptr<const MaskPredictor> m_segmenter; // null: the border model finds objects
    QString m_modelDescription;
    QString m_manifestPath;
    std::shared_ptr<const PreparedImage> m_picture; // the last input, reused by regenerate
    quint64 m_pictureNumber = 0;
    // The last input prepared with the user's mask, and that mask (compared by cache key).
    std::shared_ptr<const PreparedImage> m_corrected;
    QImage m_correctedFrom;
    CancelFlag m_cancelFlag;
    std::atomic<int> m_latestJob{0};
    std::atomic<bool> m_hasInput{false};
    // The cache key of the mask the thumbnail shows: set on delivery, so a mask change whose
    // imagePrepared was dropped (superseded) is delivered by the next job.
    std::atomic<qint64> m_thumbnailMaskKey{0};
    // GUI thread: the mask the user applied and the picture it was drawn on (a later picture
    // makes it void: every use compares the numbers).
    QImage m_userMask;
    quint64 m_userMaskPicture = 0;
    bool m_preparingPicture = false;
    bool m_busy = false;
    bool m_modelRequested = false;
    bool m_segmenterLoaded = false; // the worker thread's: loaded with the first model
};

} // namespace lift3d

Q_DECLARE_METATYPE(lift3d::MeshPtr)
Q_DECLARE_METATYPE(lift3d::StageTimings)
Q_DECLARE_METATYPE(lift3d::ExportPurpose)
