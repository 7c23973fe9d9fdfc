#pragma once

#include "app/gui/ControlPanel.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/GenerationController.h"
#include "app/gui/MaskEditor.h"
#include "app/gui/OnScreenTiming.h"
#include "app/gui/WindowActions.h"
#include "app/gui/WindowSettings.h"
#include "render/MeshViewport.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMimeData;
class QStackedWidget;

namespace lift3d {

class MeshOutput;
class QualitySlider;

// The Lift3D window: drop a photo, see a preview within a blink, then the final mesh; change
// the quality, look around, export. Every background job (generation, mesh import, export)
// runs in GenerationController; the window only wires input, results and commands.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // What the viewport shows.
    enum class Result { None, Preview, Final, Imported };
    Q_ENUM(Result)

    explicit MainWindow(GenerationController* controller, QWidget* parent = nullptr);
    ~MainWindow() override = default;

    // An image or a mesh file, from any entry point (drop, File > Open, recent, command line).
    void openPath(const QString& path);
    // Image data (pasted or dragged from a browser).
    void openImage(const QImage& image, const QString& description);
    // What a drop or paste brings; shows an error for anything Lift3D cannot use.
    void openMimeData(const QMimeData* data);
    Result result() const { return m_result; }
    QString errorText() const { return m_panel->error(); }
    MeshViewport* viewport() const { return m_viewport; }
    QualitySlider* qualitySlider() const { return m_panel->slider; }
    GenerationController* controller() const { return m_controller; }
    double lastPreviewMs() const { return m_timing.previewMs(); }
    double lastFinalMs() const { return m_timing.finalMs(); }
    QList<QAction*> shortcutActions() const { return m_actions->shortcutActions(); }
    // Export, drag-out and screenshots of the mesh on screen.
    MeshOutput* output() const { return m_output; }
    // Opens the mask editor on the last picture (the thumbnail's click and Ctrl+M); Apply
    // regenerates from the corrected mask. Does nothing while there is no picture to edit.
    void editMask();
    // The open mask editor, if any.
    MaskEditor* maskEditor() const { return m_maskEditor; }

Q_SIGNALS:
    // The result is on screen (its first frame has been presented).
    void resultShown(lift3d::MainWindow::Result result);
    void errorShown(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void connectController();
    void connectActions();
    void connectOutput();
    void applySettings();
    void saveSettings();
    void retranslate();

    void showError(const QString& message);
    void clearError();
    void newInput(const QString& name, const QString& label);
    void startTiming();
    void noteWhenModelIsLoading();
    void showResult(const MeshPtr& mesh, Result result, bool frameView);
    void onMeshShown();
    void updateResultLabel();
    void updateActions();

    void openDialog();
    void paste();
    void generateAgain();
    void chooseLanguage(const QString& code);

    GenerationController* m_controller;
    WindowSettings m_settings;
    QString m_modelStatus;
    QString m_segmenterWarning; // why objects are found by the border model, if they are

    MeshViewport* m_viewport = nullptr;
    QStackedWidget* m_viewStack = nullptr;
    QLabel* m_emptyState = nullptr;
    ControlPanel* m_panel = nullptr;
    QLabel* m_timingLabel = nullptr;
    WindowActions* m_actions = nullptr;
    MeshOutput* m_output = nullptr;
    QPointer<MaskEditor> m_maskEditor;

    Result m_result = Result::None;
    Result m_pendingResult = Result::None; // set until its first frame is on screen
    MeshPtr m_mesh;
    QString m_inputName;
    int m_lastSteps = 0;
    std::uint64_t m_seed = 0;
    OnScreenTiming m_timing;
};

} // namespace lift3d
