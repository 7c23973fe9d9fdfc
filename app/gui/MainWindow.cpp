#include "app/gui/MainWindow.h"

#include "app/gui/HelpDialogs.h"
#include "app/gui/InputThumbnail.h"
#include "app/gui/Languages.h"
#include "app/gui/ProgressStrip.h"
#include "app/gui/QualitySlider.h"
#include "core/Error.h"
#include "core/geometry/Simplify.h"
#include "core/io/MeshExport.h"
#include "core/io/IsolatedMeshImport.h"
#include "core/io/MeshImport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lift3d {
namespace {

constexpr int maxRecentFiles = 9;

// Images go to the generator, files Assimp claims to the viewer. A picture format wins where
// both would (none overlap today).
bool looksLikeMeshFile(const QString& path) {
    const QByteArray suffix = QFileInfo(path).suffix().toLower().toLatin1();
    return !QImageReader::supportedImageFormats().contains(suffix) && isMeshFileName(path);
}

QString imageFilter() {
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return patterns.join(QLatin1Char(' '));
}

} // namespace

MainWindow::MainWindow(GenerationController* controller, const QString& manifestPath, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_manifestPath(manifestPath) {
    setAcceptDrops(true);
    createPanels();
    createActions();
    createMenus();
    restoreSettings();
    retranslate();
    updateActions();
    if (!m_controller->isModelReady()) {
        m_modelStatus = tr("Loading the model…");
        statusBar()->showMessage(tr("Loading the model in the background…"));
    }

    connect(m_controller, &GenerationController::modelReady, this, [this](const QString& description) {
        m_modelStatus = tr("Loaded: %1").arg(description);
        statusBar()->showMessage(tr("Model ready. Drop a photo of an object."), 4000);
    });
    connect(m_controller, &GenerationController::modelFailed, this, [this](const QString& message) {
        m_modelStatus = message;
        showError(message);
    });
    connect(m_controller, &GenerationController::imagePrepared, this, [this](const QImage& image, const QImage& mask) {
        m_thumbnail->setImage(image, mask);
    });
    connect(m_controller, &GenerationController::previewReady, this,
            [this](const MeshPtr& mesh, const StageTimings&) { showResult(mesh, Result::Preview, true); });
    connect(m_controller, &GenerationController::finalReady, this,
            [this](const MeshPtr& mesh, const StageTimings& timings, int steps) {
                m_lastSteps = steps;
                m_slider->setLastRunMs(timings.total());
                m_progress->setProgress(1, 1);
                // The camera stays: the final mesh replaces its preview in place.
                showResult(mesh, Result::Final, m_result == Result::None || m_result == Result::Imported);
                updateActions();
            });
    connect(m_controller, &GenerationController::progress, this, [this](int done, int total) {
        m_progress->setProgress(done, total);
    });
    connect(m_controller, &GenerationController::failed, this, [this](const QString& message) {
        showError(message);
        updateActions();
    });
    connect(m_controller, &GenerationController::cancelled, this, [this] {
        statusBar()->showMessage(tr("Cancelled."), 3000);
        updateActions();
    });
    connect(m_controller, &GenerationController::jobStarted, this, [this] {
        // Not an animated "busy" bar: every frame of it would recompose the whole window.
        m_progress->setProgress(0, 1);
        updateActions();
    });
    connect(m_controller, &GenerationController::idle, this, &MainWindow::updateActions);
    connect(m_viewport, &MeshViewport::meshShown, this, &MainWindow::onMeshShown);
    connect(m_viewport, &MeshViewport::dragOutRequested, this, &MainWindow::startDragOut);
    connect(m_slider, &QualitySlider::stepsSettled, this, [this](int steps) {
        if (!m_controller->hasInput())
            return;
        startTiming();
        m_controller->regenerate(steps, m_seed, false);
    });
}

MainWindow::~MainWindow() = default;

// ---- construction ---------------------------------------------------------------------------

void MainWindow::createPanels() {
    m_viewport = new MeshViewport(this);
    m_emptyState = new QLabel(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(32);
    m_emptyState->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 12px; "
                                               "font-size: 16pt; color: palette(placeholder-text); }"));
    m_viewStack = new QStackedWidget(this);
    m_viewStack->addWidget(m_emptyState);
    m_viewStack->addWidget(m_viewport);

    m_thumbnail = new InputThumbnail(this);
    m_inputLabel = new QLabel(this);
    m_inputLabel->setWordWrap(true);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setAlignment(Qt::AlignCenter);
    m_resultLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 13pt; }"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { background: #5c1f1f; color: #ffe9e9; padding: 8px; "
                                               "border-radius: 6px; }"));
    m_errorLabel->hide();
    m_qualityTitle = new QLabel(this);
    m_slider = new QualitySlider(this);
    m_progress = new ProgressStrip(this);
    m_againButton = new QPushButton(this);
    m_cancelButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_exportButton->setDefault(true);

    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(m_thumbnail, 3);
    layout->addWidget(m_inputLabel);
    layout->addWidget(m_errorLabel);
    layout->addSpacing(8);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_qualityTitle);
    layout->addWidget(m_slider);
    layout->addWidget(m_progress);
    layout->addWidget(m_againButton);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_exportButton);
    layout->addStretch(1);
    panel->setMinimumWidth(240);
    panel->setMaximumWidth(420);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(panel);
    splitter->addWidget(m_viewStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_timingLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_timingLabel);

    connect(m_againButton, &QPushButton::clicked, this, &MainWindow::generateAgain);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &GenerationController::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &MainWindow::exportDialog);
}

void MainWindow::createActions() {
    auto make = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // shortcuts work wherever the focus is in the window
        return action;
    };
    Actions& a = m_actions;
    a.open = make(QKeySequence::Open, [this] { openDialog(); });
    a.paste = make(QKeySequence::Paste, [this] { paste(); });
    a.exportMesh = make(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportDialog(); });
    a.screenshot = make(QKeySequence(Qt::Key_F12), [this] { saveScreenshot(false); });
    a.transparentScreenshot = make(QKeySequence(Qt::CTRL | Qt::Key_F12), [this] { saveScreenshot(true); });
    a.quit = make(QKeySequence::Quit, [this] { close(); });
    a.again = make(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { generateAgain(); });
    a.cancel = make(QKeySequence(Qt::Key_Escape), [this] { m_controller->cancel(); });

    a.shading = new QActionGroup(this);
    auto shadingAction = [&](MeshViewport::Shading shading, const QKeySequence& key) {
        QAction* action = make(key, [this, shading] { m_viewport->setShading(shading); });
        action->setCheckable(true);
        action->setData(int(shading));
        a.shading->addAction(action);
        return action;
    };
    a.smooth = shadingAction(MeshViewport::Shading::Smooth, QKeySequence(Qt::Key_F5));
    a.flat = shadingAction(MeshViewport::Shading::Flat, QKeySequence(Qt::Key_F6));
    a.vertexColors = shadingAction(MeshViewport::Shading::VertexColors, QKeySequence(Qt::Key_F7));
    a.matcap = shadingAction(MeshViewport::Shading::Matcap, QKeySequence(Qt::Key_F8));
    a.wireframe = make(QKeySequence(Qt::Key_W), [this](bool on) { m_viewport->setWireframe(on); });
    a.grid = make(QKeySequence(Qt::Key_G), [this](bool on) { m_viewport->setGridVisible(on); });
    a.axes = make(QKeySequence(Qt::Key_A), [this](bool on) { m_viewport->setAxesVisible(on); });
    for (QAction* toggle : {a.wireframe, a.grid, a.axes})
        toggle->setCheckable(true);
    a.front = make(QKeySequence(Qt::Key_1), [this] { m_viewport->showPresetView(MeshViewport::PresetView::Front); });
    a.right = make(QKeySequence(Qt::Key_3), [this] { m_viewport->showPresetView(MeshViewport::PresetView::Right); });
    a.top = make(QKeySequence(Qt::Key_7), [this] { m_viewport->showPresetView(MeshViewport::PresetView::Top); });
    a.orthographic = make(QKeySequence(Qt::Key_5), [this](bool on) { m_viewport->setOrthographic(on); });
    a.orthographic->setCheckable(true);
    a.frame = make(QKeySequence(Qt::Key_F), [this] { m_viewport->frameMesh(); });
    a.reset = make(QKeySequence(Qt::Key_Home), [this] { m_viewport->resetView(); });
    a.shortcuts = make(QKeySequence::HelpContents, [this] { showShortcutsDialog(this, shortcutActions()); });
    a.about = make(QKeySequence(), [this] {
        showAboutDialog(this, QCoreApplication::applicationVersion(), m_manifestPath, m_modelStatus);
    });
    a.clearRecent = make(QKeySequence(), [this] {
        m_recentFiles.clear();
        rebuildRecentMenu();
    });

    for (int i = 0; i < maxRecentFiles; ++i) {
        QAction* action = make(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i] {
            if (i < m_recentFiles.size())
                openPath(m_recentFiles.at(i));
        });
        m_recentActions << action;
    }

    a.languages = new QActionGroup(this);
    QAction* system = new QAction(this);
    system->setCheckable(true);
    system->setData(QString());
    a.languages->addAction(system);
    for (const Language& language : shippedLanguages()) {
        auto* action = new QAction(language.nativeName, this);
        action->setCheckable(true);
        action->setData(language.code);
        a.languages->addAction(action);
    }
    connect(a.languages, &QActionGroup::triggered, this,
            [this](QAction* action) { chooseLanguage(action->data().toString()); });
}

void MainWindow::createMenus() {
    const Actions& a = m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a.open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(a.paste);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.exportMesh);
    m_fileMenu->addAction(a.screenshot);
    m_fileMenu->addAction(a.transparentScreenshot);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_generateMenu = menuBar()->addMenu(QString());
    m_generateMenu->addAction(a.again);
    m_generateMenu->addAction(a.cancel);

    m_viewMenu = menuBar()->addMenu(QString());
    m_shadingMenu = m_viewMenu->addMenu(QString());
    m_shadingMenu->addActions(a.shading->actions());
    m_viewMenu->addAction(a.wireframe);
    m_viewMenu->addAction(a.grid);
    m_viewMenu->addAction(a.axes);
    m_viewMenu->addSeparator();
    for (QAction* action : {a.front, a.right, a.top, a.orthographic, a.frame, a.reset})
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(a.languages->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a.shortcuts);
    m_helpMenu->addAction(a.about);
}

QList<QAction*> MainWindow::shortcutActions() const {
    QList<QAction*> result;
    for (QAction* action : actions())
        if (!action->shortcuts().isEmpty() && !m_recentActions.contains(action))
            result << action;
    if (!m_recentActions.isEmpty())
        result << m_recentActions.first(); // "Ctrl+1: open recent file 1", the others follow
    return result;
}

void MainWindow::retranslate() {
    setWindowTitle(m_inputName.isEmpty() ? tr("Lift3D") : tr("%1 — Lift3D").arg(m_inputName));
    m_emptyState->setText(tr("Drop a photo of an object here\n\nor press Ctrl+O to open one, Ctrl+V to paste one.\n"
                             "Mesh files (GLB, OBJ, STL, …) open here too."));
    m_qualityTitle->setText(tr("Quality of the final mesh"));
    m_againButton->setText(tr("Generate again (new seed)"));
    m_cancelButton->setText(tr("Cancel"));
    m_exportButton->setText(tr("Export…"));
    m_slider->retranslate();

    const Actions& a = m_actions;
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_generateMenu->setTitle(tr("&Generate"));
    m_viewMenu->setTitle(tr("&View"));
    m_shadingMenu->setTitle(tr("&Shading"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    a.open->setText(tr("&Open…"));
    a.paste->setText(tr("&Paste Image"));
    a.exportMesh->setText(tr("&Export…"));
    a.screenshot->setText(tr("Save &Screenshot"));
    a.transparentScreenshot->setText(tr("Save Screenshot with &Transparent Background"));
    a.quit->setText(tr("&Quit"));
    a.again->setText(tr("Generate &Again with a New Seed"));
    a.cancel->setText(tr("&Cancel Generation"));
    a.smooth->setText(tr("&Smooth"));
    a.flat->setText(tr("&Flat"));
    a.vertexColors->setText(tr("&Vertex Colours"));
    a.matcap->setText(tr("&Matcap"));
    a.wireframe->setText(tr("&Wireframe Overlay"));
    a.grid->setText(tr("Ground &Grid"));
    a.axes->setText(tr("A&xes"));
    a.front->setText(tr("&Front View"));
    a.right->setText(tr("&Right View"));
    a.top->setText(tr("&Top View"));
    a.orthographic->setText(tr("&Orthographic"));
    a.frame->setText(tr("Frame &Mesh"));
    a.reset->setText(tr("Reset &View"));
    a.shortcuts->setText(tr("Keyboard &Shortcuts"));
    a.about->setText(tr("&About Lift3D"));
    a.clearRecent->setText(tr("&Clear List"));
    a.languages->actions().first()->setText(tr("&System Language"));
    rebuildRecentMenu();
    updateResultLabel();
    updateTimingLabel();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// ---- settings -------------------------------------------------------------------------------

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_slider->setSteps(settings.value(QStringLiteral("generation/steps"), 32).toInt());
    const int shading = settings.value(QStringLiteral("view/shading"), int(MeshViewport::Shading::VertexColors)).toInt();
    for (QAction* action : m_actions.shading->actions())
        if (action->data().toInt() == shading) {
            action->setChecked(true);
            m_viewport->setShading(MeshViewport::Shading(shading));
        }
    m_actions.wireframe->setChecked(settings.value(QStringLiteral("view/wireframe"), false).toBool());
    m_actions.grid->setChecked(settings.value(QStringLiteral("view/grid"), true).toBool());
    m_actions.axes->setChecked(settings.value(QStringLiteral("view/axes"), true).toBool());
    m_viewport->setWireframe(m_actions.wireframe->isChecked());
    m_viewport->setGridVisible(m_actions.grid->isChecked());
    m_viewport->setAxesVisible(m_actions.axes->isChecked());
    m_recentFiles = settings.value(QStringLiteral("files/recent")).toStringList().mid(0, maxRecentFiles);
    m_lastExportFolder = settings.value(QStringLiteral("export/folder"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    m_lastExportFormat = formatFromFileName(settings.value(QStringLiteral("export/format"), QStringLiteral("glb")).toString())
                             .value_or(MeshFormat::Glb);
    m_exportLongestSide = settings.value(QStringLiteral("export/longestSide"), 100.0).toDouble();
    m_exportUnitsPerMetre = settings.value(QStringLiteral("export/unitsPerMetre"), 1000.0).toDouble();
    m_language = settings.value(QStringLiteral("view/language")).toString();
    for (QAction* action : m_actions.languages->actions())
        if (action->data().toString() == m_language)
            action->setChecked(true);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("generation/steps"), m_slider->steps());
    settings.setValue(QStringLiteral("view/shading"), int(m_viewport->shading()));
    settings.setValue(QStringLiteral("view/wireframe"), m_viewport->wireframe());
    settings.setValue(QStringLiteral("view/grid"), m_viewport->gridVisible());
    settings.setValue(QStringLiteral("view/axes"), m_viewport->axesVisible());
    settings.setValue(QStringLiteral("view/language"), m_language);
    settings.setValue(QStringLiteral("files/recent"), m_recentFiles);
    settings.setValue(QStringLiteral("export/folder"), m_lastExportFolder);
    settings.setValue(QStringLiteral("export/format"), formatExtension(m_lastExportFormat));
    settings.setValue(QStringLiteral("export/longestSide"), m_exportLongestSide);
    settings.setValue(QStringLiteral("export/unitsPerMetre"), m_exportUnitsPerMetre);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    *m_importCancel = true; // a mesh still being read is abandoned, its helper killed
    m_controller->cancel(); // the worker stops within one sampling step
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseLanguage(const QString& code) {
    m_language = code;
    installLanguage(code);
    saveSettings();
}

// ---- input ----------------------------------------------------------------------------------

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    // Everything is accepted, so that a drop Lift3D cannot use gets an explanation instead of
    // a silent "no entry" cursor.
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    openMimeData(event->mimeData());
    event->acceptProposedAction();
}

void MainWindow::openMimeData(const QMimeData* data) {
    // A browser drag often carries both the picture and its web address: the picture is
    // what we want, since nothing is downloaded.
    if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        if (!image.isNull()) {
            openImage(image, tr("dropped image"));
            return;
        }
    }
    if (data->hasUrls() && !data->urls().isEmpty()) {
        const QList<QUrl> urls = data->urls();
        const QUrl& first = urls.first();
        if (!first.isLocalFile()) {
            showError(tr("Lift3D works offline and does not download %1. Save the image to your computer, "
                         "then drop the file.").arg(first.toDisplayString()));
            return;
        }
        if (urls.size() > 1)
            statusBar()->showMessage(tr("%n files were dropped; Lift3D opens the first one.", nullptr, int(urls.size())), 6000);
        openPath(first.toLocalFile());
        return;
    }
    showError(tr("What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file."));
}

void MainWindow::openPath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir()) {
        showError(tr("%1 is a folder. Drop or open one image file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!info.exists()) {
        showError(tr("%1 does not exist. Check the path and try again.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    clearError();
    *m_importCancel = true; // a newer request abandons a mesh import still running (latest wins)
    addRecentFile(info.absoluteFilePath());
    m_inputName = info.fileName();
    m_inputLabel->setText(QDir::toNativeSeparators(info.absoluteFilePath()));
    retranslate();
    startTiming();
    if (looksLikeMeshFile(path)) {
        m_controller->cancel();
        m_thumbnail->clear();
        m_importCancel = std::make_shared<std::atomic<bool>>(false);
        // The worker hands back a mesh or a message: exceptions do not cross QtConcurrent intact.
        struct Imported {
            MeshPtr mesh;
            QString error;
        };
        auto* watcher = new QFutureWatcher<Imported>(this);
        connect(watcher, &QFutureWatcher<Imported>::finished, this, [this, watcher, cancel = m_importCancel] {
            watcher->deleteLater();
            if (*cancel)
                return; // superseded or the window is closing
            const Imported imported = watcher->result();
            if (imported.mesh)
                showResult(imported.mesh, Result::Imported, true);
            else
                showError(imported.error);
        });
        // In a helper process: a damaged file can make Assimp's readers crash or never return.
        const std::shared_ptr<std::atomic<bool>> cancel = m_importCancel;
        watcher->setFuture(QtConcurrent::run([path, cancel]() -> Imported {
            try {
                return {std::make_shared<const Mesh>(importMeshIsolated(path, 30000, cancel.get())), {}};
            } catch (const Error& error) {
                return {nullptr, error.message()};
            } catch (const std::exception& error) {
                return {nullptr, QCoreApplication::translate("lift3d::MainWindow", "%1 could not be opened (%2).")
                                     .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(error.what()))};
            }
        }));
        return;
    }
    noteWhenModelIsLoading();
    m_controller->generateFromFile(path, m_slider->steps(), m_seed);
}

void MainWindow::noteWhenModelIsLoading() {
    if (!m_controller->isModelReady())
        statusBar()->showMessage(tr("The model is still loading; generation starts as soon as it is ready."), 6000);
}

void MainWindow::openImage(const QImage& image, const QString& description) {
    clearError();
    *m_importCancel = true;
    m_inputName = description;
    m_inputLabel->setText(description);
    retranslate();
    startTiming();
    noteWhenModelIsLoading();
    m_controller->generateFromImage(image, m_slider->steps(), m_seed);
}

void MainWindow::openDialog() {
    const QString folder = m_recentFiles.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : QFileInfo(m_recentFiles.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a photo or a mesh"), folder,
        tr("Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)").arg(imageFilter()));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::paste() {
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data || (!data->hasImage() && !data->hasUrls())) {
        showError(tr("The clipboard holds no image. Copy a picture or an image file first."));
        return;
    }
    openMimeData(data);
}

void MainWindow::generateAgain() {
    if (!m_controller->hasInput())
        return;
    m_seed = QRandomGenerator::global()->generate64();
    startTiming();
    m_controller->regenerate(m_slider->steps(), m_seed, true);
}

void MainWindow::addRecentFile(const QString& path) {
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < m_recentActions.size(); ++i) {
        QAction* action = m_recentActions.at(i);
        const bool used = i < m_recentFiles.size();
        action->setEnabled(used);
        action->setText(used ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(m_recentFiles.at(i)).fileName())
                             : tr("Recent file %1").arg(i + 1));
        if (used)
            m_recentMenu->addAction(action);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_actions.clearRecent);
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

// ---- results --------------------------------------------------------------------------------

void MainWindow::startTiming() {
    m_requestTimer.start();
    m_previewMs = -1.0;
    m_finalMs = -1.0;
    updateTimingLabel();
}

void MainWindow::showResult(const MeshPtr& mesh, Result result, bool frameView) {
    m_mesh = mesh;
    m_result = result;
    m_pendingResult = result;
    m_viewStack->setCurrentWidget(m_viewport);
    m_viewport->setMesh(mesh, frameView);
    updateResultLabel();
    updateActions();
}

void MainWindow::onMeshShown() {
    if (m_pendingResult == Result::None)
        return;
    const Result shown = m_pendingResult;
    m_pendingResult = Result::None;
    if (m_requestTimer.isValid()) {
        const double elapsed = double(m_requestTimer.nsecsElapsed()) / 1e6;
        if (shown == Result::Preview)
            m_previewMs = elapsed;
        else
            m_finalMs = elapsed;
    }
    updateTimingLabel();
    Q_EMIT resultShown(shown);
}

void MainWindow::updateResultLabel() {
    QString text;
    switch (m_result) {
    case Result::None: break;
    case Result::Preview: text = tr("Preview"); break;
    case Result::Final: text = tr("Final · %n step(s)", nullptr, m_lastSteps); break;
    case Result::Imported: text = tr("Imported mesh"); break;
    }
    if (m_mesh)
        text += QLatin1Char('\n') + tr("%n triangle(s)", nullptr, int(m_mesh->triangleCount()));
    m_resultLabel->setText(text);
}

void MainWindow::updateTimingLabel() {
    QStringList parts;
    if (m_previewMs >= 0)
        parts << tr("preview on screen %1 ms").arg(m_previewMs, 0, 'f', 0);
    if (m_finalMs >= 0)
        parts << tr("final on screen %1 ms").arg(m_finalMs, 0, 'f', 0);
    m_timingLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateActions() {
    const bool busy = m_controller->isBusy();
    const bool hasMesh = m_mesh && !m_mesh->isEmpty();
    m_cancelButton->setEnabled(busy);
    m_actions.cancel->setEnabled(busy);
    m_againButton->setEnabled(m_controller->hasInput());
    m_actions.again->setEnabled(m_controller->hasInput());
    m_exportButton->setEnabled(hasMesh);
    m_actions.exportMesh->setEnabled(hasMesh);
}

void MainWindow::showError(const QString& message) {
    m_errorLabel->setText(message);
    m_errorLabel->show();
    statusBar()->showMessage(message, 8000);
    Q_EMIT errorShown(message);
}

void MainWindow::clearError() {
    m_errorLabel->clear();
    m_errorLabel->hide();
}

QString MainWindow::errorText() const { return m_errorLabel->isVisible() ? m_errorLabel->text() : QString(); }

// ---- output ---------------------------------------------------------------------------------

void MainWindow::exportDialog() {
    if (!m_mesh || m_mesh->isEmpty())
        return;
    const QString baseName = m_inputName.isEmpty() ? QStringLiteral("lift3d") : QFileInfo(m_inputName).completeBaseName();
    const QString suggested = QDir(m_lastExportFolder).filePath(baseName + QLatin1Char('.') + formatExtension(m_lastExportFormat));
    ExportDialog dialog(suggested, m_lastExportFormat, m_mesh->triangleCount(), this);
    dialog.setSize(m_exportLongestSide, m_exportUnitsPerMetre);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(dialog.choice());
}

void MainWindow::exportTo(const ExportChoice& choice) {
    if (!m_mesh || m_mesh->isEmpty()) {
        showError(tr("There is no mesh to export yet. Drop a photo first."));
        Q_EMIT exportFinished(false, errorText());
        return;
    }
    m_lastExportFolder = QFileInfo(choice.path).absolutePath();
    m_lastExportFormat = choice.format;
    m_exportLongestSide = choice.longestSide;
    m_exportUnitsPerMetre = choice.unitsPerMetre;
    saveSettings();
    m_exportButton->setEnabled(false);
    const MeshPtr mesh = m_mesh;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, choice] {
        watcher->deleteLater();
        updateActions();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            clearError();
            statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(choice.path)), 6000);
            Q_EMIT exportFinished(true, choice.path);
        } else {
            showError(error);
            Q_EMIT exportFinished(false, error);
        }
    });
    // Simplification and writing are meshing work: off the GUI thread.
    watcher->setFuture(QtConcurrent::run([mesh, choice]() -> QString {
        try {
            Mesh out = *mesh;
            if (choice.targetFaces > 0 && std::size_t(choice.targetFaces) < out.triangleCount())
                simplify(out, std::size_t(choice.targetFaces));
            const glm::vec3 size = out.bounds().size();
            ExportOptions options;
            options.format = choice.format;
            options.scale = float(exportScale(choice, double(std::max({size.x, size.y, size.z}))));
            exportMesh(out, choice.path, options);
            return {};
        } catch (const Error& error) {
            return error.message();
        } catch (const std::exception& error) {
            return QCoreApplication::translate("lift3d::MainWindow", "The export failed (%1). Nothing was written.")
                .arg(QString::fromLocal8Bit(error.what()));
        }
    }));
}

void MainWindow::startDragOut() {
    if (!m_mesh || m_mesh->isEmpty())
        return;
    // The drop target reads the file when the drag ends, so it has to exist first; a GLB of a
    // 64^3 mesh takes a few milliseconds to write.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("lift3d-drag"));
    QDir().mkpath(folder);
    const QString baseName = m_inputName.isEmpty() ? QStringLiteral("lift3d") : QFileInfo(m_inputName).completeBaseName();
    const QString path = QDir(folder).filePath(baseName + QStringLiteral(".glb"));
    try {
        ExportOptions options;
        options.format = MeshFormat::Glb;
        exportMesh(*m_mesh, path, options);
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

QString MainWindow::saveScreenshot(bool transparentBackground, const QString& folder) {
    QString directory = folder;
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        if (directory.isEmpty())
            directory = QDir::homePath();
    }
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(
        QStringLiteral("lift3d-%1.png").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"))));
    const QImage image = m_viewport->screenshot(transparentBackground);
    if (image.isNull() || !image.save(path)) {
        showError(tr("The screenshot could not be saved to %1. Check that the folder is writable.").arg(QDir::toNativeSeparators(directory)));
        return {};
    }
    statusBar()->showMessage(tr("Screenshot saved to %1.").arg(QDir::toNativeSeparators(path)), 6000);
    return path;
}

} // namespace lift3d
