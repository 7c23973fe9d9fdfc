#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QWidget;

namespace lift3d {

class MeshViewport;
struct WindowSettings;

// The window's commands: every QAction with its shortcut, the menus that list them, and their
// translated texts. Like a uic-generated Ui class, the actions are public members; the window
// connects them to what they do.
class WindowActions : public QObject {
    Q_OBJECT
public:
    // Creates the actions and adds them to `window`, so their shortcuts work wherever the focus
    // is in it. `recentCount` actions (Ctrl+1...) open the recent files.
    WindowActions(QWidget* window, int recentCount);

    // Shading, overlays and camera actions drive `viewport`.
    void connectViewActions(MeshViewport* viewport);
    // Checks the view and language actions as `settings` say and applies the view to `viewport`.
    void applyViewSettings(const WindowSettings& settings, MeshViewport* viewport);
    // File, Generate, View and Help menus.
    void addMenusTo(QMenuBar* menuBar);
    // Every text, in the current language (call on QEvent::LanguageChange).
    void retranslate();
    // The recent-files menu lists these (file names shown, newest first).
    void setRecentFiles(const QStringList& paths);
    // For the shortcuts dialog: every action with a shortcut, the recent files as one line.
    QList<QAction*> shortcutActions() const;

    QAction *open, *paste, *exportMesh, *screenshot, *transparentScreenshot, *quit;
    QAction *again, *cancel, *editMask;
    QAction *smooth, *flat, *vertexColors, *matcap, *wireframe, *grid, *axes;
    QAction *front, *right, *top, *orthographic, *frame, *reset;
    QAction *shortcuts, *about, *clearRecent;
    QActionGroup* shading;   // data(): int(MeshViewport::Shading)
    QActionGroup* languages; // data(): language code, empty for the system's
    QList<QAction*> recent;  // triggered with the index into the recent files

private:
    QWidget* m_window;
    QStringList m_recentFiles;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_generateMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_shadingMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace lift3d
