#pragma once

#include "app/gui/ExportDialog.h"
#include "app/gui/GenerationController.h"

#include <QObject>
#include <deque>

namespace lift3d {

class MeshViewport;
struct WindowSettings;

// Everything that takes the mesh on screen out of the window: the export dialog and the export
// itself, the GLB a drag out of the viewport carries, and screenshots. Files are written by the
// controller's export worker, never on the GUI thread.
class MeshOutput : public QObject {
    Q_OBJECT
public:
    // `settings` (the window's) holds and receives the last export folder, format and size.
    MeshOutput(GenerationController* controller, MeshViewport* viewport, WindowSettings& settings,
               QWidget* window);

    // The mesh on screen and the name of its input (for suggested file names). A mesh that
    // stays on screen gets its drag-out file written at once; pass `draggable` false for a
    // preview, which is replaced within a second.
    void setMesh(const MeshPtr& mesh, const QString& inputName, bool draggable);
    // Ctrl+E: asks where and how, then exports.
    void exportWithDialog();
    // Writes the mesh in the background; exportFinished follows.
    void exportTo(const ExportChoice& choice);
    // F12 / Ctrl+F12: the viewport to a PNG file (in `folder`, or the screenshot folder);
    // returns its path, or empty after reporting an error.
    QString saveScreenshot(bool transparentBackground, const QString& folder = {});
    // The viewport asked for a drag: starts it with the file, once written.
    void startDragOut();
    QString dragOutFile() const { return m_dragOutFile; }

Q_SIGNALS:
    void exportStarted();
    void exportFinished(bool ok, const QString& pathOrMessage);
    void dragOutFileReady(const QString& path);
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void onExportFinished(ExportPurpose purpose, bool ok, const QString& pathOrMessage);
    void writeDragOutFile();
    // Suggested file names: the input's name without its extension, "lift3d" for pasted data.
    QString fileBaseName() const;

    GenerationController* m_controller;
    MeshViewport* m_viewport;
    WindowSettings& m_settings;
    QWidget* m_window;
    MeshPtr m_mesh;
    QString m_inputName;
    QString m_dragOutFile;                // written for m_mesh
    int m_meshGeneration = 0;             // counts setMesh calls
    std::deque<int> m_dragOutGenerations; // drag-out files being written, by mesh generation
    bool m_dragWaiting = false;           // a drag began before its file was written
};

} // namespace lift3d
