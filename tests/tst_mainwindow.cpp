// The window as a user drives it, under xvfb-run with a real OpenGL context.
#include "GuiTestMain.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/GenerationController.h"
#include "app/gui/HelpDialogs.h"
#include "app/gui/InputThumbnail.h"
#include "app/gui/Languages.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MaskEditor.h"
#include "app/gui/MeshOutput.h"
#include "app/gui/QualitySlider.h"
#include "core/generator/GeneratorOptions.h"
#include "core/image/MaskEdits.h"
#include "core/io/MeshImport.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDropEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using namespace lift3d;

namespace {

const QString sampleImage = QStringLiteral(LIFT3D_SOURCE_DIR "/resources/samples/sofa.png");
const QString manifest = QStringLiteral(LIFT3D_SOURCE_DIR "/resources/models/manifest.json");
constexpr int generationTimeoutMs = 60000; // generous: CI machines and sanitizer builds are slow

void dropOn(QWidget* target, QMimeData* data) {
    const QPoint center = target->rect().center();
    QDragEnterEvent enter(center, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(center, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

void dropFile(QWidget* target, const QString& path) {
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    dropOn(target, &data);
}

// Share of pixels that differ clearly from the viewport's background colour.
double nonBackgroundFraction(const QImage& image, const QRect& area) {
    const QColor background = MeshViewport::backgroundColor();
    qint64 differing = 0, total = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            const int distance = std::abs(c.red() - background.red()) +
                                 std::abs(c.green() - background.green()) +
                                 std::abs(c.blue() - background.blue());
            differing += distance > 60;
            ++total;
        }
    return total ? double(differing) / double(total) : 0.0;
}

// A drag with `button` held along `points` (widget coordinates), as the mouse sends it.
void drag(QWidget* widget, const QList<QPointF>& points, Qt::MouseButton button) {
    const auto send = [widget](QEvent::Type type, const QPointF& at, Qt::MouseButton changed,
                               Qt::MouseButtons held) {
        QMouseEvent event(type, at, widget->mapToGlobal(at), changed, held, Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, points.first(), button, button);
    for (const QPointF& point : points)
        send(QEvent::MouseMove, point, Qt::NoButton, button);
    send(QEvent::MouseButtonRelease, points.last(), button, Qt::NoButton);
}

// The box around a mask's object pixels.
QRect objectBox(const QImage& mask) {
    QRect box;
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            if (mask.pixelColor(x, y).value() >= 128)
                box |= QRect(x, y, 1, 1);
    return box;
}

// Width over height of a mesh in the output frame; the test shape has its mask's proportions.
float widthOverHeight(const MeshPtr& mesh) {
    const glm::vec3 size = mesh->bounds().size();
    return size.x / size.y;
}

QString artifactPath(const QString& name) {
    const QString folder = qEnvironmentVariable("LIFT3D_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}

} // namespace

// Every slot but the end-to-end one runs on the test shape (a closed mesh in about a
// millisecond, through the same factory, controller and finishing path as a real model), in a
// new window with empty settings.
class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    std::unique_ptr<GenerationController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    bool waitForResult(MainWindow::Result wanted, MainWindow* window = nullptr) {
        QSignalSpy spy(window ? window : m_window.get(), &MainWindow::resultShown);
        return QTest::qWaitFor(
            [&] {
                for (const QList<QVariant>& arguments : spy)
                    if (arguments.at(0).value<MainWindow::Result>() == wanted)
                        return true;
                return false;
            },
            generationTimeoutMs);
    }

    // What most slots start from: the sample dropped and its final mesh on screen.
    bool showSampleResult() {
        dropFile(m_window.get(), sampleImage);
        return waitForResult(MainWindow::Result::Final) &&
               QTest::qWaitFor([&] { return !m_controller->isBusy(); });
    }

private Q_SLOTS:
    void initTestCase() {
        // Settings and screenshots of the test stay out of the user's home.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Lift3D-test"));
        QCoreApplication::setApplicationName(QStringLiteral("Lift3D-test"));
    }

    void init() {
        QSettings().clear();
        m_controller = std::make_unique<GenerationController>();
        QSignalSpy ready(m_controller.get(), &GenerationController::modelReady);
        m_controller->loadModel(testShapeModelName);
        QVERIFY(ready.wait(generationTimeoutMs));
        m_window = std::make_unique<MainWindow>(m_controller.get());
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->viewport()->glError().isEmpty(),
                 qPrintable(m_window->viewport()->glError()));
    }

    void cleanup() {
        m_window.reset();
        m_controller.reset();
    }

    void dropShowsPreviewThenFinal() {
        QSignalSpy previews(m_controller.get(), &GenerationController::previewReady);
        QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
        dropFile(m_window.get(), sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        // The preview came first (the test shape's is replaced before a frame shows it, the real
        // model's is seen: see the end-to-end slot), then the final mesh.
        QCOMPARE(previews.size(), 1);
        QCOMPARE(shown.last().at(0).value<MainWindow::Result>(), MainWindow::Result::Final);
        QVERIFY(m_window->lastFinalMs() > 0);
        QVERIFY(m_window->viewport()->mesh() && !m_window->viewport()->mesh()->isEmpty());
        QVERIFY(m_window->errorText().isEmpty());
        QTRY_VERIFY(!m_controller->isBusy());
        // Idle again: Cancel is off, Export and Generate again are on.
        for (QPushButton* button : m_window->findChildren<QPushButton*>())
            QCOMPARE(button->isEnabled(), button->text() != QLatin1String("Cancel"));
    }

    void theRealModelTurnsADropIntoAMeshAndStopsWhenTheWindowCloses() {
        // End to end with the bundled model: preview then final, and closing mid-run stops the
        // worker at the next sampling step instead of finishing 128.
        GenerationController controller;
        QSignalSpy ready(&controller, &GenerationController::modelReady);
        controller.loadModel(manifest);
        QVERIFY(ready.wait(generationTimeoutMs));
        MainWindow window(&controller);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &MainWindow::resultShown);
        dropFile(&window, sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final, &window));
        QCOMPARE(shown.at(0).at(0).value<MainWindow::Result>(), MainWindow::Result::Preview);
        QVERIFY(window.lastPreviewMs() > 0 && window.lastFinalMs() >= window.lastPreviewMs());
        QVERIFY(window.viewport()->mesh() && window.viewport()->mesh()->triangleCount() > 500);
        QVERIFY(window.errorText().isEmpty());
        qInfo("drop to preview on screen %.0f ms, to final %.0f ms", window.lastPreviewMs(),
              window.lastFinalMs());
        QTRY_VERIFY(!controller.isBusy());

        controller.regenerate(128, 5, false);
        QSignalSpy progress(&controller, &GenerationController::progress);
        QVERIFY(progress.wait(generationTimeoutMs));
        QSignalSpy finals(&controller, &GenerationController::finalReady);
        window.close();
        controller.waitUntilIdle();
        QVERIFY(!controller.isBusy());
        QTest::qWait(50);
        QCOMPARE(finals.count(), 0); // the cancelled run delivered nothing
    }

    void finalMeshKeepsTheCamera() {
        QVERIFY(showSampleResult());
        // Turn the view, then regenerate: the final mesh must not move the camera.
        m_window->viewport()->showPresetView(MeshViewport::PresetView::Right);
        const float azimuth = m_window->viewport()->camera().azimuth();
        m_window->qualitySlider()->setSteps(8);
        Q_EMIT m_window->qualitySlider()->stepsSettled(8);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QCOMPARE(m_window->viewport()->camera().azimuth(), azimuth);
    }

    void sliderChangeRegenerates() {
        QVERIFY(showSampleResult());
        const MeshPtr before = m_window->viewport()->mesh();
        QSignalSpy finals(m_controller.get(), &GenerationController::finalReady);
        QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
        m_window->qualitySlider()->slider()->setValue(2); // 4 steps, after the debounce
        QVERIFY(finals.wait(generationTimeoutMs));
        QCOMPARE(finals.last().at(2).toInt(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), generationTimeoutMs);
        QCOMPARE(shown.last().at(0).value<MainWindow::Result>(), MainWindow::Result::Final);
        QVERIFY(m_window->viewport()->mesh() != before);
    }

    void screenshotContainsTheMesh() {
        QVERIFY(showSampleResult());
        const QImage window = m_window->grab().toImage();
        QVERIFY(!window.isNull());
        const QString artifacts = qEnvironmentVariable("LIFT3D_TEST_ARTIFACTS", QDir::tempPath());
        QDir().mkpath(artifacts);
        QVERIFY(window.save(QDir(artifacts).filePath(QStringLiteral("mainwindow-result.png"))));
        // The viewport's part of the window shows the mesh, not just background and grid.
        MeshViewport* viewport = m_window->viewport();
        const QRect area(viewport->mapTo(m_window.get(), QPoint(0, 0)) * window.devicePixelRatio(),
                         viewport->size() * window.devicePixelRatio());
        const double covered = nonBackgroundFraction(window, area);
        qInfo("mesh covers %.1f%% of the viewport", 100.0 * covered);
        QVERIFY2(covered > 0.05, qPrintable(QString::number(covered)));
        // The same through F12's path, with and without background.
        const QString saved = m_window->output()->saveScreenshot(false, artifacts);
        QVERIFY(!saved.isEmpty() && QImage(saved).width() > 0);
        const QImage transparent = viewport->screenshot(true);
        QVERIFY(transparent.hasAlphaChannel());
        QCOMPARE(qAlpha(transparent.pixel(2, 2)), 0);
    }

    void shadingModesAndOverlaysChangeThePicture() {
        QVERIFY(showSampleResult());
        MeshViewport* viewport = m_window->viewport();
        const QString artifacts = qEnvironmentVariable("LIFT3D_TEST_ARTIFACTS", QDir::tempPath());
        viewport->resetView();
        QList<QImage> pictures;
        const QList<std::pair<MeshViewport::Shading, bool>> looks = {
            {MeshViewport::Shading::VertexColors, false},
            {MeshViewport::Shading::Smooth, false},
            {MeshViewport::Shading::Flat, false},
            {MeshViewport::Shading::Matcap, false},
            {MeshViewport::Shading::Smooth, true}};
        for (const auto& [shading, wireframe] : looks) {
            viewport->setShading(shading);
            viewport->setWireframe(wireframe);
            pictures << viewport->screenshot(false);
            pictures.last().save(
                QDir(artifacts).filePath(QStringLiteral("viewport-shading-%1%2.png")
                                             .arg(int(shading))
                                             .arg(wireframe ? "-wire" : "")));
        }
        viewport->setShading(MeshViewport::Shading::VertexColors);
        viewport->setWireframe(false);
        for (int i = 0; i < pictures.size(); ++i)
            for (int j = i + 1; j < pictures.size(); ++j)
                QVERIFY2(
                    pictures[i] != pictures[j],
                    qPrintable(QStringLiteral("looks %1 and %2 render the same").arg(i).arg(j)));
        // Grid and axes off: fewer non-background pixels outside the mesh.
        viewport->setGridVisible(false);
        viewport->setAxesVisible(false);
        const QImage bare = viewport->screenshot(false);
        viewport->setGridVisible(true);
        viewport->setAxesVisible(true);
        const QRect all(QPoint(0, 0), bare.size());
        QVERIFY(nonBackgroundFraction(bare, all) < nonBackgroundFraction(pictures.first(), all));
    }

    void exportWritesAFileThatReimports_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("glb") << int(MeshFormat::Glb);
        QTest::newRow("stl") << int(MeshFormat::Stl);
        QTest::newRow("obj") << int(MeshFormat::Obj);
    }
    void exportWritesAFileThatReimports() {
        QFETCH(int, format);
        QVERIFY(showSampleResult());
        QTemporaryDir folder;
        ExportChoice choice;
        choice.format = MeshFormat(format);
        choice.path = folder.filePath(QStringLiteral("sofa.") + formatExtension(choice.format));
        choice.targetFaces = 2000;
        choice.longestSide = 200.0; // millimetres
        choice.unitsPerMetre = 1000.0;
        QSignalSpy finished(m_window->output(), &MeshOutput::exportFinished);
        m_window->output()->exportTo(choice);
        QVERIFY(finished.wait(generationTimeoutMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const Mesh reimported = importMesh(choice.path);
        QVERIFY(!reimported.isEmpty());
        QVERIFY(reimported.triangleCount() <= 2000);
        const glm::vec3 size = reimported.bounds().size();
        const float longest = std::max({size.x, size.y, size.z});
        // GLB is in metres (0.2), STL and OBJ carry the number as given (200).
        const float expected = choice.format == MeshFormat::Glb ? 0.2f : 200.0f;
        QVERIFY2(std::abs(longest - expected) < 0.01f * expected,
                 qPrintable(QString::number(longest)));
    }

    void exportToAMissingFolderFailsCleanly() {
        QVERIFY(showSampleResult());
        QTemporaryDir folder;
        ExportChoice choice;
        choice.path = folder.filePath(QStringLiteral("missing/sofa.glb"));
        QSignalSpy finished(m_window->output(), &MeshOutput::exportFinished);
        m_window->output()->exportTo(choice);
        QVERIFY(finished.wait(generationTimeoutMs));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!m_window->errorText().isEmpty());
        QVERIFY(!QFileInfo::exists(choice.path));
    }

    void badDropsShowAnErrorAndTheAppStaysUsable_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("text file") << QByteArray("just some text\n") << QStringLiteral("notes.txt");
        QTest::newRow("corrupt png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR garbage", 24)
                                     << QStringLiteral("broken.png");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.jpg");
        QTest::newRow("folder") << QByteArray() << QStringLiteral("a-folder");
    }
    void badDropsShowAnErrorAndTheAppStaysUsable() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QTemporaryDir folder;
        const QString path = folder.filePath(name);
        if (name == QLatin1String("a-folder")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QVERIFY(showSampleResult());
        const MeshPtr before = m_window->viewport()->mesh();
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        dropFile(m_window.get(), path);
        QVERIFY(errors.count() > 0 || errors.wait(generationTimeoutMs));
        const QString message = errors.last().at(0).toString();
        qInfo("%s", qPrintable(message));
        QVERIFY(message.size() > 20);
        QCOMPARE(m_window->viewport()->mesh(), before); // the last result stays on screen
        // Still usable: a good drop works afterwards.
        dropFile(m_window.get(), sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QVERIFY(m_window->errorText().isEmpty());
    }

    // A picture in which nothing separates from the background reports it, and the mask editor
    // opens on that picture (not the previous one) so the user can draw the object.
    void aPictureWithNothingFoundCanBeDrawnInTheEditor() {
        QVERIFY(showSampleResult());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("plain.png"));
        QImage plain(240, 160, QImage::Format_RGB32);
        plain.fill(QColor(90, 140, 200));
        QVERIFY(plain.save(path));
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        dropFile(m_window.get(), path);
        QVERIFY(errors.count() > 0 || errors.wait(generationTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), generationTimeoutMs);
        const GenerationController::MaskedPicture picture = m_controller->maskedPicture();
        QCOMPARE(picture.image.size(), plain.size());
        QCOMPARE(picture.automaticMask.size(), plain.size());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QPointer<MaskEditor> editor = m_window->maskEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QCOMPARE(editor->canvas()->edits().size(), plain.size());
        editor->close();
    }

    void nonFileDropShowsAnError() {
        QMimeData data;
        data.setText(QStringLiteral("hello"));
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        dropOn(m_window.get(), &data);
        QCOMPARE(errors.count(), 1);
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/chair.jpg"))});
        dropOn(m_window.get(), &web);
        QCOMPARE(errors.count(), 2);
        QVERIFY(errors.last().at(0).toString().contains(QStringLiteral("offline")));
    }

    void imageDataFromABrowserGenerates() {
        QMimeData data;
        data.setImageData(QImage(sampleImage));
        dropOn(m_window.get(), &data);
        QVERIFY(waitForResult(MainWindow::Result::Final));
    }

    void meshFilesOpenInTheViewer() {
        QVERIFY(showSampleResult());
        QTemporaryDir folder;
        ExportChoice choice;
        choice.path = folder.filePath(QStringLiteral("again.obj"));
        choice.format = MeshFormat::Obj;
        QSignalSpy finished(m_window->output(), &MeshOutput::exportFinished);
        m_window->output()->exportTo(choice);
        QVERIFY(finished.wait(generationTimeoutMs));
        dropFile(m_window.get(), choice.path);
        QVERIFY(waitForResult(MainWindow::Result::Imported));
        QCOMPARE(m_window->result(), MainWindow::Result::Imported);
        m_window->editMask(); // a mesh has no mask to correct
        QVERIFY(!m_window->maskEditor());
        // Any format Assimp reads, not only the export formats: a tetrahedron as OFF.
        const QString off = folder.filePath(QStringLiteral("tetra.off"));
        QFile file(off);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("OFF\n4 4 0\n0 0 0\n1 0 0\n0 1 0\n0 0 1\n3 0 2 1\n3 0 1 3\n3 0 3 2\n3 1 2 3\n");
        file.close();
        dropFile(m_window.get(), off);
        QVERIFY(waitForResult(MainWindow::Result::Imported));
        QCOMPARE(m_window->viewport()->mesh()->triangleCount(), std::size_t(4));
    }

    void newDropCancelsTheRunningJob() {
        // Two drops in a row: only the second one's final mesh arrives (latest wins).
        QSignalSpy finals(m_controller.get(), &GenerationController::finalReady);
        m_window->qualitySlider()->setSteps(128);
        dropFile(m_window.get(), sampleImage);
        dropFile(m_window.get(), sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QTest::qWait(300);
        QCOMPARE(finals.count(), 1);
    }

    void rapidDropsAndSliderMovesEndInTheLastResult() {
        // A user who does not wait: 40 actions, 15 ms apart. No crash or deadlock, and the last
        // request (4 steps) is the one whose final mesh stays on screen.
        QSlider* slider = m_window->qualitySlider()->slider();
        for (int i = 0; i < 40; ++i) {
            if (i % 2 == 0)
                dropFile(m_window.get(), sampleImage);
            else
                slider->setValue(i % (slider->maximum() + 1));
            QTest::qWait(15);
        }
        slider->setValue(2);
        QSignalSpy finals(m_controller.get(), &GenerationController::finalReady);
        QVERIFY(
            QTest::qWaitFor([&] { return !finals.isEmpty() && finals.last().at(2).toInt() == 4; },
                            generationTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), generationTimeoutMs);
        QVERIFY(m_window->errorText().isEmpty());
    }

    void dragOutCarriesAFileWrittenInTheBackground() {
        // The drop target reads the file when the drag ends, so it is written, off the GUI
        // thread, as soon as a mesh stays on screen.
        QSignalSpy ready(m_window->output(), &MeshOutput::dragOutFileReady);
        QVERIFY(showSampleResult());
        QVERIFY(!ready.isEmpty() || ready.wait(generationTimeoutMs));
        const QString path = m_window->output()->dragOutFile();
        QCOMPARE(path, ready.last().at(0).toString());
        QVERIFY(path.endsWith(QLatin1String("sofa.glb")));
        QCOMPARE(importMesh(path).triangleCount(), m_window->viewport()->mesh()->triangleCount());
    }

    void generateAgainChangesTheShape() {
        QVERIFY(showSampleResult());
        const MeshPtr before = m_window->viewport()->mesh();
        QPushButton* again = nullptr;
        for (QPushButton* button : m_window->findChildren<QPushButton*>())
            if (button->text().startsWith(QLatin1String("Generate again")))
                again = button;
        QVERIFY(again && again->isEnabled());
        again->click();
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QVERIFY(m_window->viewport()->mesh()->positions != before->positions);
    }

    void correctedMaskRegeneratesAndIsKept() {
        QVERIFY(showSampleResult());
        const float automaticAspect = widthOverHeight(m_window->viewport()->mesh());
        // A click on the thumbnail opens the editor on the picture and its automatic mask.
        auto* thumbnail = m_window->findChild<InputThumbnail*>();
        QVERIFY(thumbnail && thumbnail->hasImage());
        QTest::mouseClick(thumbnail, Qt::LeftButton);
        MaskEditor* editor = m_window->maskEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Shortcuts reach only the active window; under load xvfb may not have activated it yet.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        // Keys as a user presses them over the picture (a focused spin box would take "[").
        editor->canvas()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(editor->canvas()->hasFocus());
        MaskCanvas* canvas = editor->canvas();
        const GenerationController::MaskedPicture picture = m_controller->maskedPicture();
        QCOMPARE(canvas->edits().size(), picture.image.size());
        QVERIFY(editor->isAutomatic());
        QVERIFY(!editor->canvas()->edits().canUndo());
        editor->grab().save(artifactPath(QStringLiteral("maskeditor-automatic.png")));

        // Drag a rectangle around the left third of the sofa: the rest becomes background.
        const QRect object = objectBox(picture.automaticMask);
        const QRect keep(object.topLeft(), QSize(object.width() / 3, object.height()));
        drag(canvas,
             {canvas->toWidget(QPointF(keep.topLeft())),
              canvas->toWidget(QPointF(keep.topLeft()) + QPointF(5, 5)),
              canvas->toWidget(QPointF(keep.bottomRight()) + QPointF(1, 1))},
             Qt::LeftButton);
        QVERIFY(objectBox(editor->mask()).right() <= keep.right());
        QVERIFY(objectBox(editor->mask()).width() >= keep.width() - 2);
        // Then an exclude stroke (E, then a drag) across its middle.
        QTest::keyClick(editor, Qt::Key_E);
        QCOMPARE(canvas->tool(), MaskCanvas::Tool::Exclude);
        const int middle = keep.center().y();
        drag(canvas,
             {canvas->toWidget(QPointF(keep.left() - 4, middle)),
              canvas->toWidget(QPointF(keep.center().x(), middle)),
              canvas->toWidget(QPointF(keep.right() + 4, middle))},
             Qt::LeftButton);
        const QImage corrected = editor->mask();
        QCOMPARE(corrected.pixelColor(keep.center()).value(), 0);
        QCOMPARE(canvas->edits().undoSteps(), 2);
        editor->grab().save(artifactPath(QStringLiteral("maskeditor-corrected.png")));

        // Enter applies: preview and final come from the corrected mask.
        QSignalSpy prepared(m_controller.get(), &GenerationController::imagePrepared);
        QSignalSpy previews(m_controller.get(), &GenerationController::previewReady);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QTRY_VERIFY(m_window->maskEditor() == nullptr);
        QCOMPARE(previews.count(), 1);
        QVERIFY(m_controller->hasUserMask());
        QCOMPARE(m_controller->maskedPicture().mask, corrected);
        // The thumbnail outlines the corrected mask.
        QCOMPARE(prepared.count(), 1);
        const QImage thumbnailMask = prepared.last().at(1).value<QImage>();
        QCOMPARE(objectBox(thumbnailMask), objectBox(corrected));
        const float correctedAspect = widthOverHeight(m_window->viewport()->mesh());
        qInfo("width / height: automatic mask %.2f, corrected %.2f", automaticAspect,
              correctedAspect);
        QVERIFY(correctedAspect < 0.7f * automaticAspect);
        m_window->grab().save(artifactPath(QStringLiteral("maskeditor-applied-window.png")));

        // Other settings keep the correction: the slider regenerates from it.
        QSignalSpy finals(m_controller.get(), &GenerationController::finalReady);
        m_window->qualitySlider()->slider()->setValue(2);
        QVERIFY(finals.wait(generationTimeoutMs));
        QTRY_VERIFY(!m_controller->isBusy());
        QVERIFY(m_controller->hasUserMask());
        QCOMPARE(widthOverHeight(finals.last().at(0).value<MeshPtr>()), correctedAspect);
        QCOMPARE(prepared.count(), 1); // the same mask: nothing new to outline
    }

    void aRequestRightAfterApplyKeepsTheCorrection() {
        // Latest wins: a slider move that supersedes the corrected request before it ran still
        // generates from the corrected mask.
        QVERIFY(showSampleResult());
        const float automaticAspect = widthOverHeight(m_window->viewport()->mesh());
        const GenerationController::MaskedPicture picture = m_controller->maskedPicture();
        MaskEdits edits(picture.automaticMask);
        const QRect object = objectBox(picture.automaticMask);
        edits.keepInside(QRect(object.topLeft(), QSize(object.width() / 3, object.height())));
        QSignalSpy finals(m_controller.get(), &GenerationController::finalReady);
        m_controller->generateWithMask(picture.number, edits.mask(), 32, 0);
        m_controller->regenerate(4, 0, false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), generationTimeoutMs);
        QVERIFY(!finals.isEmpty());
        QCOMPARE(finals.last().at(2).toInt(), 4);
        QVERIFY(widthOverHeight(finals.last().at(0).value<MeshPtr>()) < 0.7f * automaticAspect);
        // A mask drawn on an earlier picture is not applied to a later one.
        dropFile(m_window.get(), sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QTRY_VERIFY(!m_controller->isBusy());
        QSignalSpy jobs(m_controller.get(), &GenerationController::jobStarted);
        m_controller->generateWithMask(picture.number, edits.mask(), 32, 0);
        QCOMPARE(jobs.count(), 0);
        QVERIFY(!m_controller->hasUserMask());
    }

    void maskEditorKeysResetAndANewPicture() {
        QVERIFY(showSampleResult());
        const float automaticAspect = widthOverHeight(m_window->viewport()->mesh());
        // Ctrl+M opens the editor, Esc closes it without regenerating.
        QSignalSpy jobs(m_controller.get(), &GenerationController::jobStarted);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QPointer<MaskEditor> editor = m_window->maskEditor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        // Keys as a user presses them over the picture (a focused spin box would take "[").
        editor->canvas()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(editor->canvas()->hasFocus());
        // [ and ] change the brush size, Ctrl+Z undoes, R / I / E choose the tool.
        auto* size = editor->findChild<QSpinBox*>();
        QVERIFY(size);
        const int brush = size->value();
        QTest::keyClick(editor, Qt::Key_BracketRight);
        QVERIFY(size->value() > brush);
        QCOMPARE(editor->canvas()->brushSize(), size->value());
        QTest::keyClick(editor, Qt::Key_BracketLeft);
        QTest::keyClick(editor, Qt::Key_BracketLeft);
        QVERIFY(size->value() < brush);
        QTest::keyClick(editor, Qt::Key_I);
        QCOMPARE(editor->canvas()->tool(), MaskCanvas::Tool::Include);
        editor->canvas()->paintStroke(MaskBrush::Include, {{2, 2}, {30, 2}});
        QVERIFY(!editor->isAutomatic());
        QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(editor->isAutomatic());
        QTest::keyClick(editor, Qt::Key_R);
        QCOMPARE(editor->canvas()->tool(), MaskCanvas::Tool::Rectangle);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(editor.isNull());
        QCOMPARE(jobs.count(), 0);

        // Corrected, applied: the editor opens on the correction next time.
        m_window->editMask();
        editor = m_window->maskEditor();
        QVERIFY(editor);
        const QRect object = objectBox(m_controller->maskedPicture().automaticMask);
        editor->canvas()->keepInside(QRect(object.topLeft(), QSize(object.width() / 4, 200)));
        const QImage corrected = editor->mask();
        editor->accept();
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QVERIFY(m_controller->hasUserMask());
        m_window->editMask();
        editor = m_window->maskEditor();
        QCOMPARE(editor->mask(), corrected);
        // Reset to automatic, applied: back to the automatic mask's shape.
        editor->canvas()->resetToAutomatic();
        QVERIFY(editor->isAutomatic());
        editor->accept();
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QTRY_VERIFY(!m_controller->isBusy());
        QVERIFY(!m_controller->hasUserMask());
        QCOMPARE(widthOverHeight(m_window->viewport()->mesh()), automaticAspect);

        // A new picture drops the correction.
        m_window->editMask();
        m_window->maskEditor()->canvas()->keepInside(
            QRect(object.topLeft(), QSize(object.width() / 4, 200)));
        m_window->maskEditor()->accept();
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QVERIFY(m_controller->hasUserMask());
        dropFile(m_window.get(), sampleImage);
        QVERIFY(waitForResult(MainWindow::Result::Final));
        QTRY_VERIFY(!m_controller->isBusy());
        QVERIFY(!m_controller->hasUserMask());
        QCOMPARE(m_controller->maskedPicture().mask, m_controller->maskedPicture().automaticMask);
        QCOMPARE(widthOverHeight(m_window->viewport()->mesh()), automaticAspect);
    }

    void everyShippedLanguageLoadsAndIsComplete() {
        for (const Language& language : shippedLanguages()) {
            if (language.code == QLatin1String("en"))
                continue;
            QTranslator translator;
            QVERIFY2(translator.load(embeddedTranslation(language.code)),
                     qPrintable(language.code));
            QVERIFY(!translator.isEmpty());
            QFile ts(
                QStringLiteral(LIFT3D_SOURCE_DIR "/translations/lift3d_%1.ts").arg(language.code));
            QVERIFY(ts.open(QIODevice::ReadOnly));
            const QByteArray text = ts.readAll();
            QVERIFY2(!text.contains("type=\"unfinished\""),
                     qPrintable(language.code + QStringLiteral(" has unfinished entries")));
            QVERIFY2(!text.contains("type=\"vanished\"") && !text.contains("type=\"obsolete\""),
                     qPrintable(language.code));
        }
        // Switching the language retranslates the open window.
        installLanguage(QStringLiteral("de"));
        QCoreApplication::processEvents();
        const QString german = m_window->menuBar()->actions().first()->text();
        installLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY2(german != QStringLiteral("&File"), qPrintable(german));
    }

    void shortcutsListAndAboutDialogSayWhatTheyShould() {
        const QString shortcuts = shortcutsText(m_window->shortcutActions());
        for (const char* expected :
             {"Ctrl+O", "Ctrl+V", "Ctrl+E", "Ctrl+M", "Ctrl+1", "F12", "Ctrl+F12", "Home", "Esc"})
            QVERIFY2(shortcuts.contains(QLatin1String(expected)), expected);
        // The About dialog (modal) names the model's checksum and the training-data credit.
        QString aboutText;
        QTimer::singleShot(200, [&aboutText] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible()) {
                    for (QTextBrowser* browser : dialog->findChildren<QTextBrowser*>())
                        aboutText += browser->toPlainText();
                    dialog->reject();
                }
        });
        showAboutDialog(m_window.get(), QStringLiteral("0.1.0"), manifest,
                        QStringLiteral("Loaded"));
        QFile manifestFile(manifest);
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QString sha256 = QJsonDocument::fromJson(manifestFile.readAll())
                                   .object()
                                   .value(QStringLiteral("sha256"))
                                   .toString();
        QVERIFY(sha256.size() == 64);
        QVERIFY2(aboutText.contains(sha256), qPrintable(aboutText.left(400)));
        QVERIFY(aboutText.contains(QStringLiteral("Sweet Home 3D")));
        QVERIFY(aboutText.contains(QStringLiteral("CC BY")));
        QVERIFY(aboutText.contains(QStringLiteral("LibTorch")));
    }

    void settingsPersistAcrossSessions() {
        // What the user set comes back in the next session (QSettings, here in the test's
        // XDG_CONFIG_HOME).
        QVERIFY(showSampleResult());
        m_window->qualitySlider()->setSteps(64);
        m_window->viewport()->setShading(MeshViewport::Shading::Matcap);
        m_window->viewport()->setGridVisible(false);
        m_window->close();
        MainWindow next(m_controller.get());
        QCOMPARE(next.qualitySlider()->steps(), 64);
        QCOMPARE(next.viewport()->shading(), MeshViewport::Shading::Matcap);
        QVERIFY(!next.viewport()->gridVisible());
        // The recent-files list remembers the sample dropped earlier, first.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("files/recent")).toStringList().value(0),
                 QFileInfo(sampleImage).absoluteFilePath());
    }
};

LIFT3D_GUI_TEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
