#pragma once

#include "core/geometry/Mesh.h"
#include "render/GpuMesh.h"
#include "render/OrbitCamera.h"

#include <QElapsedTimer>
#include <QOpenGLFunctions_3_3_Core>
#include <QOpenGLShaderProgram>
#include <QOpenGLWidget>
#include <QPoint>
#include <memory>

namespace lift3d {

// The 3D view: shows one mesh with an orbit camera (left drag orbits, Shift+left or middle drag
// pans, the wheel zooms toward the cursor, a double click frames the mesh), a ground grid and
// axes, several shading modes and a light that follows the camera. OpenGL 3.3 core; GPU
// resources are released when the context goes away.
class MeshViewport : public QOpenGLWidget, protected QOpenGLFunctions_3_3_Core {
    Q_OBJECT
public:
    enum class Shading { Smooth, Flat, VertexColors, Matcap };
    enum class PresetView { Front, Right, Top };

    explicit MeshViewport(QWidget* parent = nullptr);
    ~MeshViewport() override;

    // Call before the QApplication exists: makes OpenGL 3.3 core the default format (the
    // application's shared context is created from it) and turns on context sharing.
    static void prepareApplication();
    // The format every viewport asks for: OpenGL 3.3 core, depth, alpha (for transparent
    // screenshots) and multisampling; probes the renderer once for the multisample count.
    static QSurfaceFormat surfaceFormat();
    // MSAA samples: 4 on graphics hardware, 0 on software renderers, or $LIFT3D_MSAA.
    static int multisampleCount();

    // Shows `mesh`. With `frameView` the camera is fitted to it; without, the camera stays
    // where it is (the final mesh replacing its preview).
    void setMesh(std::shared_ptr<const Mesh> mesh, bool frameView);
    void clearMesh();
    const std::shared_ptr<const Mesh>& mesh() const { return m_mesh; }

    void setShading(Shading shading);
    Shading shading() const { return m_shading; }
    void setWireframe(bool enabled);
    bool wireframe() const { return m_wireframe; }
    void setGridVisible(bool visible);
    bool gridVisible() const { return m_gridVisible; }
    void setAxesVisible(bool visible);
    bool axesVisible() const { return m_axesVisible; }
    void setOrthographic(bool orthographic);
    bool isOrthographic() const { return m_camera.projection() == Projection::Orthographic; }

    void resetView();
    void frameMesh();
    void showPresetView(PresetView view);
    const OrbitCamera& camera() const { return m_camera; }

    // The current view as an image at the widget's device-pixel size. With a transparent
    // background the grid and axes are left out and the clear colour has alpha 0.
    QImage screenshot(bool transparentBackground);
    static QColor backgroundColor();
    // Empty when OpenGL started; otherwise why it did not.
    QString glError() const { return m_glError; }

Q_SIGNALS:
    // The first frame that contains the mesh last given to setMesh has been presented.
    void meshShown();
    // Ctrl + left drag: the user wants to drag the mesh out as a file.
    void dragOutRequested();
    void viewChanged();

protected:
    void initializeGL() override;
    void paintGL() override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void releaseGlResources();
    void uploadGridAndAxes();
    float aspect() const;

    OrbitCamera m_camera;
    std::shared_ptr<const Mesh> m_mesh;
    bool m_meshDirty = false;
    bool m_meshShownPending = false;
    float m_floorHeight = -0.5f;

    Shading m_shading = Shading::VertexColors;
    bool m_wireframe = false;
    bool m_gridVisible = true;
    bool m_axesVisible = true;
    bool m_transparentBackground = false;

    bool m_glReady = false;
    QMetaObject::Connection m_contextConnection;
    QString m_glError;
    std::unique_ptr<QOpenGLShaderProgram> m_meshProgram;
    std::unique_ptr<QOpenGLShaderProgram> m_lineProgram;
    GpuMesh m_gpuMesh;
    GpuLines m_grid;
    GpuLines m_axes;
    bool m_gridDirty = true;

    enum class Drag { None, Orbit, Pan, DragOut };
    Drag m_drag = Drag::None;
    QPoint m_lastMouse;
};

} // namespace lift3d
