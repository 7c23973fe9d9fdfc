// lift3d-bench-gui: the window's timings as a user feels them. Opens the real window (run it
// under xvfb-run on a machine without a display), drops images again and again and prints
// drop -> preview on screen, drop -> final on screen, and how long the GUI thread was ever
// kept from its event loop while generations ran.
#include "app/gui/GenerationController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QualitySlider.h"
#include "core/modelfile/ModelFile.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMimeData>
#include <QSlider>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstdio>

using namespace lift3d;

namespace {

// Watches the GUI thread: a timer that should fire every `interval` ms; any longer gap is time
// the event loop was blocked.
class StallMonitor : public QObject {
public:
    explicit StallMonitor(int intervalMs) : m_interval(intervalMs) {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            if (m_last >= 0)
                m_gaps.push_back(now - m_last - m_interval);
            m_last = now;
        });
    }
    void start() {
        m_clock.start();
        m_last = -1;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    std::vector<double> gaps() const { return m_gaps; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = -1;
    int m_interval;
    std::vector<double> m_gaps;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

double residentMegabytes() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void spinEventLoop(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(MainWindow& window, MainWindow::Result wanted, int timeoutMs) {
    QEventLoop loop;
    bool seen = false;
    QObject::connect(&window, &MainWindow::resultShown, &loop, [&](MainWindow::Result result) {
        if (result == wanted) {
            seen = true;
            loop.quit();
        }
    });
    QObject::connect(&window, &MainWindow::errorShown, &loop, [&] { loop.quit(); });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return seen;
}

// With --slow-events: names every event the GUI thread spent more than 25 ms on, to find what
// a stall is made of (UpdateRequest = 77 is a window frame, MetaCall = 43 a queued result).
class SlowEventReporter : public QApplication {
public:
    using QApplication::QApplication;
    bool enabled = false;
    bool notify(QObject* receiver, QEvent* event) override {
        if (!enabled)
            return QApplication::notify(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms > 25.0 && event->type() != QEvent::Timer)
            std::fprintf(stderr, "slow event: type %d to %s, %.1f ms\n", int(event->type()),
                         receiver->metaObject()->className(), ms);
        return result;
    }
};
// Issue #6's load test: a user who drops and drags without pause. Every 20 ms the next action
// (drops and slider moves alternating) hits the window while generations run; afterwards the
// last request must still end in a final mesh. Then: memory growth after warm-up, how long a
// cancel takes against the length of a sampling step, and how long quitting mid-generation takes.
int runLoad(MainWindow& window, GenerationController& controller, const QStringList& images,
            int actions) {
    QSlider* slider = window.qualitySlider()->slider();
    double warmRss = 0;
    const int warmUp = std::min(50, actions / 5);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < actions; ++i) {
        if (i % 2 == 0) {
            QMimeData data;
            data.setUrls({QUrl::fromLocalFile(images.at((i / 2) % images.size()))});
            window.openMimeData(&data);
        } else {
            slider->setValue((slider->value() + 3) % (slider->maximum() + 1));
        }
        spinEventLoop(20);
        if (i + 1 == warmUp) {
            waitFor(window, MainWindow::Result::Final, 120000);
            warmRss = residentMegabytes();
        }
    }
    // The last action wins: its final mesh arrives.
    const bool settled = waitFor(window, MainWindow::Result::Final, 120000);
    spinEventLoop(QualitySlider::debounceMs + 100);
    waitFor(window, MainWindow::Result::Final, 5000);
    const double endRss = residentMegabytes();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    // Cancellation latency against one sampling step at 128 steps.
    window.qualitySlider()->setSteps(128);
    std::vector<double> cancelMs;
    double stepMs = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer full;
        bool sampling = false;
        QMetaObject::Connection progress = QObject::connect(
            &controller, &GenerationController::progress, [&](int done, int total) {
                if (done > 0 && done < total)
                    sampling = true;
            });
        full.start();
        controller.regenerate(128, std::uint64_t(run), false);
        while (!sampling && full.elapsed() < 60000)
            spinEventLoop(1);
        QObject::disconnect(progress);
        QElapsedTimer cancel;
        cancel.start();
        controller.cancel();
        controller.waitUntilIdle();
        cancelMs.push_back(double(cancel.nsecsElapsed()) / 1e6);
    }
    {
        // One uncancelled 128-step run gives the length of a sampling step.
        QEventLoop loop;
        StageTimings timings;
        QObject::connect(&controller, &GenerationController::finalReady, &loop,
                         [&](const MeshPtr&, const StageTimings& t, int) {
                             timings = t;
                             loop.quit();
                         });
        controller.regenerate(128, 99, false);
        loop.exec();
        stepMs = timings.sample / 128.0;
    }

    std::printf("%d rapid actions (drops and slider moves every 20 ms) in %.1f s: %s.\n", actions,
                seconds,
                settled ? "no crash, no deadlock, the last request ended in a final mesh"
                        : "NO FINAL MESH AFTER THE LAST ACTION");
    std::printf("\n| measure | value |\n|---|---|\n");
    std::printf("| resident memory after %d warm-up actions | %.0f MB |\n", warmUp, warmRss);
    std::printf("| resident memory at the end | %.0f MB |\n", endRss);
    std::printf("| growth after warm-up | %+.1f%% |\n",
                warmRss > 0 ? 100.0 * (endRss - warmRss) / warmRss : 0.0);
    std::printf("| cancel -> worker idle (5 runs, max) | %.1f ms |\n", percentile(cancelMs, 1.0));
    std::printf("| one sampling step at 128 steps | %.2f ms |\n", stepMs);

    // Quitting during a generation: close the window and tear down the controller mid-run.
    controller.regenerate(128, 7, false);
    spinEventLoop(30);
    QElapsedTimer quit;
    quit.start();
    window.close();             // what quitting does: cancel the job...
    controller.waitUntilIdle(); // ...and what the controller's destructor waits for
    std::printf("| quit during a 128-step generation -> worker stopped | %.1f ms |\n",
                double(quit.nsecsElapsed()) / 1e6);
    return settled ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    MeshViewport::prepareApplication();
    SlowEventReporter app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lift3D-bench"));
    QApplication::setApplicationName(QStringLiteral("Lift3D-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures drop-to-preview, drop-to-final and GUI stalls in the real window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("images"),
                                 QStringLiteral("Images to drop (default: the bundled sample)."));
    parser.addOptions({
        {QStringLiteral("drops"),
         QStringLiteral("Measured drops (default 20), after one warm-up drop."),
         QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("steps"), QStringLiteral("Slider position in steps (default 32)."),
         QStringLiteral("n"), QStringLiteral("32")},
        {QStringLiteral("slow-events"),
         QStringLiteral("Print every GUI-thread event that took over 25 ms.")},
        {QStringLiteral("load"),
         QStringLiteral("Instead: n rapid drops and slider moves (every 20 ms), then memory, "
                        "cancel and quit timings."),
         QStringLiteral("n")},
    });
    parser.process(app);
    app.enabled = parser.isSet(QStringLiteral("slow-events"));
    QStringList images = parser.positionalArguments();
    if (images.isEmpty())
        images << QStringLiteral(LIFT3D_SOURCE_DIR "/resources/samples/sofa.png");
    const int drops = std::max(1, parser.value(QStringLiteral("drops")).toInt());

    GenerationController controller;
    QElapsedTimer loadTimer;
    loadTimer.start();
    controller.loadModel(bundledModelManifest());
    MainWindow window(&controller);
    window.resize(1100, 720);
    window.qualitySlider()->setSteps(parser.value(QStringLiteral("steps")).toInt());
    window.show();
    {
        QEventLoop loop;
        QObject::connect(&controller, &GenerationController::modelReady, &loop, &QEventLoop::quit);
        QObject::connect(&controller, &GenerationController::modelFailed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!controller.isModelReady()) {
        std::fprintf(stderr, "lift3d-bench-gui: the model did not load: %s\n",
                     qPrintable(window.errorText()));
        return 1;
    }
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;

    if (parser.isSet(QStringLiteral("load")))
        return runLoad(window, controller, images, parser.value(QStringLiteral("load")).toInt());

    auto dropOnce = [&](const QString& image, double* previewMs, double* finalMs) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(image)});
        window.openMimeData(&data);
        if (!waitFor(window, MainWindow::Result::Final, 120000))
            return false;
        *previewMs = window.lastPreviewMs();
        *finalMs = window.lastFinalMs();
        return true;
    };

    double coldPreview = 0, coldFinal = 0;
    if (!dropOnce(images.first(), &coldPreview, &coldFinal)) {
        std::fprintf(stderr, "lift3d-bench-gui: %s\n", qPrintable(window.errorText()));
        return 1;
    }
    StallMonitor monitor(5);
    monitor.start();
    std::vector<double> previews, finals;
    for (int i = 0; i < drops; ++i) {
        double preview = 0, final = 0;
        if (!dropOnce(images.at(i % images.size()), &preview, &final)) {
            std::fprintf(stderr, "lift3d-bench-gui: %s\n", qPrintable(window.errorText()));
            return 1;
        }
        previews.push_back(preview);
        finals.push_back(final);
    }
    monitor.stop();
    const std::vector<double> gaps = monitor.gaps();
    const auto over50 =
        std::count_if(gaps.begin(), gaps.end(), [](double gap) { return gap > 50.0; });

    std::printf("Model loaded (background) in %.0f ms; first (cold) drop: preview %.0f ms, final "
                "%.0f ms.\n\n",
                loadMs, coldPreview, coldFinal);
    std::printf("%d drops of %lld image(s), slider at %d steps, window 1100 x 720:\n\n", drops,
                static_cast<long long>(images.size()), window.qualitySlider()->steps());
    std::printf("| measure | median ms | p90 ms | max ms |\n|---|---|---|---|\n");
    std::printf("| drop -> preview on screen | %.0f | %.0f | %.0f |\n", percentile(previews, 0.5),
                percentile(previews, 0.9), percentile(previews, 1.0));
    std::printf("| drop -> final on screen | %.0f | %.0f | %.0f |\n", percentile(finals, 0.5),
                percentile(finals, 0.9), percentile(finals, 1.0));
    std::printf("| GUI thread stall (5 ms timer lateness) | %.1f | %.1f | %.1f |\n\n",
                percentile(gaps, 0.5), percentile(gaps, 0.9), percentile(gaps, 1.0));
    std::printf("Stalls over 50 ms: %lld of %lld timer ticks.\n", static_cast<long long>(over50),
                static_cast<long long>(gaps.size()));
    return 0;
}
