// Issue #6's bad-input corpus through both front ends: the CLI (one sentence on stderr, a
// non-zero exit, no output file) and the window (one translated sentence, the app still usable).
#include "BadInputCorpus.h"
#include "GuiTestMain.h"
#include "app/gui/GenerationController.h"
#include "app/gui/Languages.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QualitySlider.h"
#include "core/io/MeshImport.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lift3d;
using namespace lift3d::testing;

Q_DECLARE_METATYPE(lift3d::testing::Expect)

namespace {
const QString manifest = QStringLiteral(LIFT3D_SOURCE_DIR "/resources/models/manifest.json");
constexpr int timeoutMs = 60000;

bool isOneSentence(const QString& message) {
    const QString text = message.trimmed();
    return text.size() > 20 && !text.contains(QLatin1Char('\n')) &&
           (text.endsWith(QLatin1Char('.')) || text.endsWith(QChar(0x3002)));
}
} // namespace

class TestBadInputs : public QObject {
    Q_OBJECT
    QTemporaryDir m_scratch;
    std::vector<BadInput> m_cases;
    std::unique_ptr<GenerationController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    int m_crashes = 0;

    void addRows() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Expect>("expect");
        for (const BadInput& input : m_cases)
            QTest::newRow(qPrintable(input.name)) << input.path << input.expect;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_CONFIG_HOME", m_scratch.filePath(QStringLiteral("config")).toUtf8());
        m_cases = writeBadInputCorpus(QDir(m_scratch.filePath(QStringLiteral("corpus"))));
        QVERIFY2(m_cases.size() >= 40, qPrintable(QString::number(m_cases.size())));
        qInfo("%d cases", int(m_cases.size()));
        m_controller = std::make_unique<GenerationController>();
        QSignalSpy ready(m_controller.get(), &GenerationController::modelReady);
        m_controller->loadModel(manifest);
        QVERIFY(ready.wait(timeoutMs));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        // These cases are about errors, not quality: a one-step final mesh keeps the suite's time
        // bounded under the sanitizers (a 32-step final of the guided grid model takes about
        // 1.3 s in a release build, several times that with ASan).
        m_window->qualitySlider()->setSteps(1);
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void commandLine_data() { addRows(); }
    void commandLine() {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("out.glb"));
        QProcess cli;
        cli.start(QStringLiteral(LIFT3D_CLI),
                  {path, QStringLiteral("--quality"), QStringLiteral("fast"), QStringLiteral("-o"),
                   target});
        QVERIFY(cli.waitForFinished(timeoutMs));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // no crash, no signal
        const QString error = QString::fromUtf8(cli.readAllStandardError()).trimmed();
        const bool worked = cli.exitCode() == 0;
        if (worked) {
            QVERIFY2(expect != Expect::Error, qPrintable(QStringLiteral("accepted: ") + path));
            QVERIFY(!importMesh(target).isEmpty());
        } else {
            QVERIFY2(expect != Expect::Works, qPrintable(error));
            QVERIFY2(error.startsWith(QLatin1String("lift3d-cli: ")) &&
                         isOneSentence(error.mid(12)),
                     qPrintable(error));
            QVERIFY2(QDir(out.path()).isEmpty(), "a failed run left a file behind");
        }
    }

    void window_data() { addRows(); }
    void window() {
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        m_window->openMimeData(&data);
        const auto finalShown = [&] {
            for (const QList<QVariant>& arguments : shown)
                if (arguments.at(0).value<MainWindow::Result>() == MainWindow::Result::Final)
                    return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor([&] { return errors.count() > 0 || finalShown(); }, timeoutMs));
        if (finalShown()) {
            QVERIFY2(expect != Expect::Error, qPrintable(QStringLiteral("accepted: ") + path));
        } else {
            QVERIFY2(expect != Expect::Works, qPrintable(errors.first().at(0).toString()));
            QVERIFY2(isOneSentence(errors.first().at(0).toString()),
                     qPrintable(errors.first().at(0).toString()));
        }
    }

    void errorsAreTranslated() {
        const BadInput& text = *std::find_if(m_cases.begin(), m_cases.end(), [](const BadInput& c) {
            return c.name == QLatin1String("text renamed png");
        });
        QStringList messages;
        for (const char* language : {"en", "de", "ja"}) {
            installLanguage(QString::fromLatin1(language));
            QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
            m_window->openPath(text.path);
            QVERIFY(errors.wait(timeoutMs));
            messages << errors.first().at(0).toString();
        }
        installLanguage(QStringLiteral("en"));
        QVERIFY2(messages[0] != messages[1] && messages[1] != messages[2] &&
                     messages[0] != messages[2],
                 qPrintable(messages.join(QLatin1Char('\n'))));
        for (const QString& message : messages)
            QVERIFY(message.contains(QStringLiteral("notes.png")));
    }

    void manyFilesDroppedAtOnce() {
        // The window opens the first and says so; the CLI converts the good ones in one batch.
        QList<QUrl> urls;
        QStringList paths;
        for (const BadInput& input : m_cases)
            if (QFileInfo(input.path).isFile()) {
                urls << QUrl::fromLocalFile(input.path);
                paths << input.path;
            }
        const auto works = std::find_if(m_cases.begin(), m_cases.end(), [](const BadInput& c) {
            return c.expect == Expect::Works;
        });
        urls.prepend(QUrl::fromLocalFile(works->path));
        QMimeData data;
        data.setUrls(urls);
        QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
        m_window->openMimeData(&data);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(urls.size())));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !shown.isEmpty() &&
                       shown.last().at(0).value<MainWindow::Result>() == MainWindow::Result::Final;
            },
            timeoutMs));

        QTemporaryDir out;
        QProcess cli;
        cli.start(QStringLiteral(LIFT3D_CLI),
                  QStringList(paths) << QStringLiteral("--quality") << QStringLiteral("fast")
                                     << QStringLiteral("-o") << out.path());
        QVERIFY(cli.waitForFinished(5 * timeoutMs));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1); // some failed
        const int written = int(QDir(out.path()).entryList(QDir::Files).size());
        const int mustWork =
            int(std::count_if(m_cases.begin(), m_cases.end(), [](const BadInput& c) {
                return c.expect == Expect::Works && QFileInfo(c.path).isFile();
            }));
        QVERIFY2(written >= mustWork,
                 qPrintable(QStringLiteral("%1 written, %2 must work").arg(written).arg(mustWork)));
        QVERIFY(QString::fromUtf8(cli.readAllStandardError())
                    .contains(QStringLiteral("images converted")));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_controller.reset();
    }
};

LIFT3D_GUI_TEST_MAIN(TestBadInputs)

#include "tst_badinputs.moc"
