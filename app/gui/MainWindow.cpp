#include "app/gui/MainWindow.h"

#include "app/gui/DroppedInput.h"
#include "app/gui/HelpDialogs.h"
#include "app/gui/InputThumbnail.h"
#include "app/gui/Languages.h"
#include "app/gui/MeshOutput.h"
#include "app/gui/ProgressStrip.h"
#include "app/gui/QualitySlider.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace lift3d {

MainWindow::MainWindow(GenerationController* controller, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_settings(WindowSettings::load()) {
    setAcceptDrops(true);
    m_viewport = new MeshViewport(this);
    m_emptyState = new QLabel(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(32);
    m_emptyState->setStyleSheet(
        QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 12px; "
                       "font-size: 16pt; color: palette(placeholder-text); }"));
    m_viewStack = new QStackedWidget(this);
    m_viewStack->addWidget(m_emptyState);
    m_viewStack->addWidget(m_viewport);
    m_panel = new ControlPanel(this);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_panel);
    splitter->addWidget(m_viewStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_timingLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_timingLabel);

    m_output = new MeshOutput(m_controller, m_viewport, m_settings, this);
    m_actions = new WindowActions(this, WindowSettings::maxRecentFiles);
    m_actions->addMenusTo(menuBar());
    m_panel->thumbnail->setEditAction(m_actions->editMask);
    connectActions();
    connectController();
    connectOutput();
    applySettings();
    retranslate();
    updateActions();
    if (!m_controller->isModelReady()) {
        m_modelStatus = tr("Loading the model…");
        statusBar()->showMessage(tr("Loading the model in the background…"));
    } else {
        m_modelStatus = tr("Loaded: %1").arg(m_controller->modelDescription());
    }
}

void MainWindow::connectController() {
    GenerationController* c = m_controller;
    connect(c, &GenerationController::modelReady, this, [this](const QString& description) {
        m_modelStatus = tr("Loaded: %1").arg(description);
        // A segmenter warning (it comes first) stays on screen; "ready" would hide it.
        if (m_segmenterWarning.isEmpty())
            statusBar()->showMessage(tr("Model ready. Drop a photo of an object."), 4000);
        else
            statusBar()->showMessage(m_segmenterWarning);
    });
    connect(c, &GenerationController::modelFailed, this, [this](const QString& message) {
        m_modelStatus = message;
        showError(message);
    });
    connect(c, &GenerationController::segmenterFailed, this, [this](const QString& message) {
        m_segmenterWarning = message;
        statusBar()->showMessage(message);
    });
    connect(c, &GenerationController::imagePrepared, m_panel->thumbnail, &InputThumbnail::setImage);
    connect(c, &GenerationController::previewReady, this,
            [this](const MeshPtr& mesh, const StageTimings&) {
                showResult(mesh, Result::Preview, true);
            });
    connect(c, &GenerationController::finalReady, this,
            [this](const MeshPtr& mesh, const StageTimings& timings, int steps) {
                m_lastSteps = steps;
                m_panel->slider->setLastRunMs(timings.total());
                m_panel->progress->setProgress(1, 1);
                // The camera stays: the final mesh replaces its preview in place.
                showResult(mesh, Result::Final,
                           m_result == Result::None || m_result == Result::Imported);
            });
    connect(c, &GenerationController::meshImported, this,
            [this](const MeshPtr& mesh) { showResult(mesh, Result::Imported, true); });
    connect(c, &GenerationController::progress, m_panel->progress, &ProgressStrip::setProgress);
    connect(c, &GenerationController::failed, this, [this](const QString& message) {
        showError(message);
        updateActions();
    });
    connect(c, &GenerationController::cancelled, this, [this] {
        statusBar()->showMessage(tr("Cancelled."), 3000);
        updateActions();
    });
    connect(c, &GenerationController::jobStarted, this, [this] {
        // Not an animated "busy" bar: every frame of it would recompose the whole window.
        m_panel->progress->setProgress(0, 1);
        updateActions();
    });
    connect(c, &GenerationController::idle, this, &MainWindow::updateActions);
    connect(m_viewport, &MeshViewport::meshShown, this, &MainWindow::onMeshShown);
    connect(m_panel->slider, &QualitySlider::stepsSettled, this, [this](int steps) {
        if (!m_controller->hasInput())
            return;
        startTiming();
        m_controller->regenerate(steps, m_seed, false);
    });
    connect(m_panel->againButton, &QPushButton::clicked, this, &MainWindow::generateAgain);
    connect(m_panel->cancelButton, &QPushButton::clicked, m_controller,
            &GenerationController::cancel);
    connect(m_panel->exportButton, &QPushButton::clicked, m_output, &MeshOutput::exportWithDialog);
}

void MainWindow::connectOutput() {
    connect(m_output, &MeshOutput::exportStarted, this, [this] {
        saveSettings();
        m_panel->exportButton->setEnabled(false);
    });
    connect(m_output, &MeshOutput::exportFinished, this, [this](bool ok) {
        updateActions();
        if (ok)
            clearError();
    });
    connect(m_output, &MeshOutput::errorOccurred, this, &MainWindow::showError);
    connect(m_output, &MeshOutput::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::connectActions() {
    WindowActions& a = *m_actions;
    connect(a.open, &QAction::triggered, this, &MainWindow::openDialog);
    connect(a.paste, &QAction::triggered, this, &MainWindow::paste);
    connect(a.exportMesh, &QAction::triggered, m_output, &MeshOutput::exportWithDialog);
    connect(a.screenshot, &QAction::triggered, this, [this] { m_output->saveScreenshot(false); });
    connect(a.transparentScreenshot, &QAction::triggered, this,
            [this] { m_output->saveScreenshot(true); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.again, &QAction::triggered, this, &MainWindow::generateAgain);
    connect(a.cancel, &QAction::triggered, m_controller, &GenerationController::cancel);
    connect(a.editMask, &QAction::triggered, this, &MainWindow::editMask);
    a.connectViewActions(m_viewport);
    connect(a.shortcuts, &QAction::triggered, this,
            [this] { showShortcutsDialog(this, shortcutActions()); });
    connect(a.about, &QAction::triggered, this, [this] {
        showAboutDialog(this, QCoreApplication::applicationVersion(),
                        m_controller->modelManifestPath(), m_modelStatus);
    });
    connect(a.clearRecent, &QAction::triggered, this, [this] {
        m_settings.recentFiles.clear();
        m_actions->setRecentFiles(m_settings.recentFiles);
    });
    for (int i = 0; i < a.recent.size(); ++i)
        connect(a.recent[i], &QAction::triggered, this, [this, i] {
            if (i < m_settings.recentFiles.size())
                openPath(m_settings.recentFiles.at(i));
        });
    connect(a.languages, &QActionGroup::triggered, this,
            [this](QAction* action) { chooseLanguage(action->data().toString()); });
}

void MainWindow::applySettings() {
    restoreGeometry(m_settings.geometry);
    m_panel->slider->setSteps(m_settings.steps);
    m_actions->applyViewSettings(m_settings, m_viewport);
    m_actions->setRecentFiles(m_settings.recentFiles);
}

void MainWindow::saveSettings() {
    // What the user changed directly in the viewport or the slider is read back here.
    m_settings.geometry = saveGeometry();
    m_settings.steps = m_panel->slider->steps();
    m_settings.readView(*m_viewport);
    m_settings.save();
}

void MainWindow::retranslate() {
    setWindowTitle(m_inputName.isEmpty() ? tr("Lift3D") : tr("%1 — Lift3D").arg(m_inputName));
    m_emptyState->setText(
        tr("Drop a photo of an object here\n\nor press Ctrl+O to open one, Ctrl+V to paste one.\n"
           "Mesh files (GLB, OBJ, STL, …) open here too."));
    m_panel->retranslate();
    m_actions->retranslate();
    updateResultLabel();
    m_timingLabel->setText(m_timing.text());
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    // A generation stops within one sampling step, a mesh import's helper is killed.
    m_controller->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseLanguage(const QString& code) {
    m_settings.language = code;
    installLanguage(code);
    saveSettings();
}

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
    const DroppedInput input = readDroppedInput(data);
    if (!input.error.isEmpty()) {
        showError(input.error);
    } else if (!input.image.isNull()) {
        openImage(input.image, tr("dropped image"));
    } else {
        if (input.fileCount > 1)
            statusBar()->showMessage(
                tr("%n files were dropped; Lift3D opens the first one.", nullptr, input.fileCount),
                6000);
        openPath(input.path);
    }
}

void MainWindow::newInput(const QString& name, const QString& label) {
    clearError();
    m_inputName = name;
    m_panel->inputLabel->setText(label);
    retranslate();
    startTiming();
}

void MainWindow::openPath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir()) {
        showError(
            tr("%1 is a folder. Drop or open one image file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!info.exists()) {
        showError(tr("%1 does not exist. Check the path and try again.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_settings.addRecentFile(info.absoluteFilePath());
    m_actions->setRecentFiles(m_settings.recentFiles);
    newInput(info.fileName(), QDir::toNativeSeparators(info.absoluteFilePath()));
    if (looksLikeMeshFile(path)) {
        m_panel->thumbnail->clear();
        m_controller->importMeshFile(path);
        return;
    }
    noteWhenModelIsLoading();
    m_controller->generateFromFile(path, m_panel->slider->steps(), m_seed);
}

void MainWindow::noteWhenModelIsLoading() {
    if (!m_controller->isModelReady())
        statusBar()->showMessage(
            tr("The model is still loading; generation starts as soon as it is ready."), 6000);
}

void MainWindow::openImage(const QImage& image, const QString& description) {
    newInput(description, description);
    noteWhenModelIsLoading();
    m_controller->generateFromImage(image, m_panel->slider->steps(), m_seed);
}

void MainWindow::openDialog() {
    const QStringList& recent = m_settings.recentFiles;
    const QString folder = recent.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a photo or a mesh"), folder,
                                                      openDialogFilter());
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
    m_controller->regenerate(m_panel->slider->steps(), m_seed, true);
}

void MainWindow::editMask() {
    const GenerationController::MaskedPicture picture = m_controller->maskedPicture();
    if (m_maskEditor || !m_actions->editMask->isEnabled() || picture.image.isNull())
        return;
    m_maskEditor = new MaskEditor(this);
    m_maskEditor->setAttribute(Qt::WA_DeleteOnClose);
    m_maskEditor->setPicture(picture.image, picture.automaticMask, picture.mask, picture.number);
    connect(m_maskEditor, &MaskEditor::applied, this, [this](quint64 number, const QImage& mask) {
        clearError();
        startTiming();
        m_controller->generateWithMask(number, mask, m_panel->slider->steps(), m_seed);
    });
    m_maskEditor->open(); // window-modal: the picture cannot change meanwhile
}

void MainWindow::startTiming() {
    m_timing.start();
    m_timingLabel->setText(m_timing.text());
}

void MainWindow::showResult(const MeshPtr& mesh, Result result, bool frameView) {
    m_mesh = mesh;
    m_result = result;
    m_pendingResult = result;
    m_viewStack->setCurrentWidget(m_viewport);
    m_viewport->setMesh(mesh, frameView);
    m_output->setMesh(mesh, m_inputName, result != Result::Preview);
    updateResultLabel();
    updateActions();
}

void MainWindow::onMeshShown() {
    const Result shown = std::exchange(m_pendingResult, Result::None);
    if (shown == Result::None)
        return;
    m_timing.shown(shown == Result::Preview);
    m_timingLabel->setText(m_timing.text());
    Q_EMIT resultShown(shown);
}

void MainWindow::updateResultLabel() {
    QString text;
    switch (m_result) {
    case Result::None:
        break;
    case Result::Preview:
        text = tr("Preview");
        break;
    case Result::Final:
        text = tr("Final · %n step(s)", nullptr, m_lastSteps);
        break;
    case Result::Imported:
        text = tr("Imported mesh");
        break;
    }
    if (m_mesh)
        text += QLatin1Char('\n') + tr("%n triangle(s)", nullptr, int(m_mesh->triangleCount()));
    m_panel->resultLabel->setText(text);
}

void MainWindow::updateActions() {
    const bool busy = m_controller->isBusy();
    const bool hasMesh = m_mesh && !m_mesh->isEmpty();
    const bool hasInput = m_controller->hasInput();
    m_panel->cancelButton->setEnabled(busy);
    m_actions->cancel->setEnabled(busy);
    m_panel->againButton->setEnabled(hasInput);
    m_actions->again->setEnabled(hasInput);
    m_panel->exportButton->setEnabled(hasMesh);
    m_actions->exportMesh->setEnabled(hasMesh);
    m_actions->editMask->setEnabled(m_controller->canEditMask() && m_panel->thumbnail->hasImage());
}

void MainWindow::showError(const QString& message) {
    m_panel->setError(message);
    statusBar()->showMessage(message, 8000);
    Q_EMIT errorShown(message);
}

void MainWindow::clearError() {
    m_panel->setError({});
}

} // namespace lift3d
