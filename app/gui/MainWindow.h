#pragma once

#include "app/gui/ExportDialog.h"
#include "app/gui/GenerationController.h"
#include "render/MeshViewport.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QMimeData;
class QPushButton;
class QStackedWidget;

namespace lift3d {

class InputThumbnail;
class ProgressStrip;
class QualitySlider;

// The Lift3D window: drop a photo, see a preview within a blink, then the final mesh; change
// the quality, look around, export. All model work happens in GenerationController's worker.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // What the viewport shows.
    enum class Result { None, Preview, Final, Imported };
    Q_ENUM(Result)

    explicit MainWindow(GenerationController* controller, const QString& manifestPath, QWidget* parent = nullptr);
    ~MainWindow() override;

    // An image or a mesh file, from any entry point (drop, File > Open, recent, command line).
    void openPath(const QString& path);
    // Image data (pasted or dragged from a browser).
    void openImage(const QImage& image, const QString& description);
    // What a drop or paste brings; shows an error for anything Lift3D cannot use.
    void openMimeData(const QMimeData* data);
    // Writes the current mesh in the background; exportFinished follows.
    void exportTo(const ExportChoice& choice);
    // F12 / Ctrl+F12: the viewport to a PNG file (in `folder`, or the screenshot folder).
    QString saveScreenshot(bool transparentBackground, const QString& folder = {});

    Result result() const { return m_result; }
    QString errorText() const;
    MeshViewport* viewport() const { return m_viewport; }
    QualitySlider* qualitySlider() const { return m_slider; }
    GenerationController* controller() const { return m_controller; }
    double lastPreviewMs() const { return m_previewMs; }
    double lastFinalMs() const { return m_finalMs; }
    QList<QAction*> shortcutActions() const;

Q_SIGNALS:
    // The result is on screen (its first frame has been presented).
    void resultShown(lift3d::MainWindow::Result result);
    void errorShown(const QString& message);
    void exportFinished(bool ok, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createPanels();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;

    void showError(const QString& message);
    void clearError();
    void startTiming();
    void noteWhenModelIsLoading();
    void showResult(const MeshPtr& mesh, Result result, bool frameView);
    void onMeshShown();
    void updateResultLabel();
    void updateTimingLabel();
    void updateActions();

    void openDialog();
    void paste();
    void exportDialog();
    void generateAgain();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void startDragOut();
    void chooseLanguage(const QString& code);

    GenerationController* m_controller;
    QString m_manifestPath;
    QString m_modelStatus;

    MeshViewport* m_viewport = nullptr;
    QStackedWidget* m_viewStack = nullptr;
    QLabel* m_emptyState = nullptr;
    InputThumbnail* m_thumbnail = nullptr;
    QLabel* m_inputLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QLabel* m_qualityTitle = nullptr;
    QualitySlider* m_slider = nullptr;
    ProgressStrip* m_progress = nullptr;
    QPushButton* m_againButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_timingLabel = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_generateMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_shadingMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    struct Actions {
        QAction *open, *paste, *exportMesh, *screenshot, *transparentScreenshot, *quit;
        QAction *again, *cancel;
        QAction *smooth, *flat, *vertexColors, *matcap, *wireframe, *grid, *axes;
        QAction *front, *right, *top, *orthographic, *frame, *reset;
        QAction *shortcuts, *about, *clearRecent;
        QActionGroup* shading;
        QActionGroup* languages;
    } m_actions{};
    QList<QAction*> m_recentActions;
    QStringList m_recentFiles;

    Result m_result = Result::None;
    Result m_pendingResult = Result::None; // set until its first frame is on screen
    MeshPtr m_mesh;
    QString m_inputName;
    int m_lastSteps = 0;
    std::uint64_t m_seed = 0;
    QElapsedTimer m_requestTimer;
    double m_previewMs = -1.0;
    double m_finalMs = -1.0;
    QString m_lastExportFolder;
    MeshFormat m_lastExportFormat = MeshFormat::Glb;
    double m_exportLongestSide = 100.0;
    double m_exportUnitsPerMetre = 1000.0;
    QString m_language; // empty = system
    std::shared_ptr<std::atomic<bool>> m_importCancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace lift3d
