#include "render/MeshViewport.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QWheelEvent>
#include <cmath>
#include <glm/ext/scalar_constants.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>

namespace lift3d {
namespace {

// The clay colour of the smooth, flat and wireframe looks (linear RGB).
constexpr glm::vec3 clayColor{0.62f, 0.60f, 0.57f};
// Default view: a little from the right and above, as product shots are taken.
constexpr float defaultAzimuth = 0.55f;
constexpr float defaultElevation = 0.35f;

QMatrix4x4 toQt(const glm::mat4& m) {
    return QMatrix4x4(glm::value_ptr(m)).transposed();
}

} // namespace

MeshViewport::MeshViewport(QWidget* parent) : QOpenGLWidget(parent) {
    setFormat(surfaceFormat());
    setMinimumSize(160, 120);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(false); // drops are the window's business
    resetView();
    connect(this, &QOpenGLWidget::frameSwapped, this, [this] {
        if (m_meshShownPending && !m_meshDirty) {
            m_meshShownPending = false;
            Q_EMIT meshShown();
        }
    });
}

MeshViewport::~MeshViewport() {
    // QOpenGLWidget's own destructor destroys the context after this one has run; the
    // context's aboutToBeDestroyed must not call back into this half-destroyed object.
    QObject::disconnect(m_contextConnection);
    if (m_glReady) {
        makeCurrent();
        releaseGlResources();
        doneCurrent();
    }
}

int MeshViewport::multisampleCount() {
    // MSAA costs nothing on a graphics card but doubles the frame time of a software renderer
    // (Mesa llvmpipe), and every frame there is GUI-thread time: measured with lift3d-bench-gui,
    // 4x MSAA on llvmpipe stalled the GUI thread for up to 85 ms per frame, without it 40 ms.
    // So: 4x on hardware, off on software renderers, LIFT3D_MSAA=<samples> to override.
    static const int samples = [] {
        bool overridden = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("LIFT3D_MSAA", &overridden);
        if (overridden)
            return std::max(0, fromEnvironment);
        QOpenGLContext probe;
        QOffscreenSurface surface;
        surface.create();
        if (!probe.create() || !probe.makeCurrent(&surface))
            return 4;
        const QByteArray renderer(
            reinterpret_cast<const char*>(probe.functions()->glGetString(GL_RENDERER)));
        probe.doneCurrent();
        const bool software = renderer.contains("llvmpipe") || renderer.contains("softpipe") ||
                              renderer.contains("SwiftShader") || renderer.contains("Software");
        return software ? 0 : 4;
    }();
    return samples;
}

namespace {
QSurfaceFormat baseSurfaceFormat() {
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 3);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setDepthBufferSize(24);
    format.setAlphaBufferSize(8);
    return format;
}
} // namespace

void MeshViewport::prepareApplication() {
    QSurfaceFormat::setDefaultFormat(baseSurfaceFormat());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

QSurfaceFormat MeshViewport::surfaceFormat() {
    QSurfaceFormat format = baseSurfaceFormat();
    format.setSamples(multisampleCount());
    return format;
}

QColor MeshViewport::backgroundColor() {
    return QColor(46, 49, 56);
}

void MeshViewport::setMesh(std::shared_ptr<const Mesh> mesh, bool frameView) {
    m_mesh = std::move(mesh);
    m_meshDirty = true;
    m_meshShownPending = true;
    if (m_mesh && !m_mesh->isEmpty()) {
        const float floor = m_mesh->bounds().min.y;
        if (std::abs(floor - m_floorHeight) > 1e-4f) {
            m_floorHeight = floor;
            m_gridDirty = true;
        }
    }
    if (frameView)
        frameMesh();
    update();
}

void MeshViewport::clearMesh() {
    setMesh(nullptr, false);
}

void MeshViewport::setShading(Shading shading) {
    m_shading = shading;
    update();
}

void MeshViewport::setWireframe(bool enabled) {
    m_wireframe = enabled;
    update();
}

void MeshViewport::setGridVisible(bool visible) {
    m_gridVisible = visible;
    update();
}

void MeshViewport::setAxesVisible(bool visible) {
    m_axesVisible = visible;
    update();
}

void MeshViewport::setOrthographic(bool orthographic) {
    m_camera.setProjection(orthographic ? Projection::Orthographic : Projection::Perspective);
    update();
    Q_EMIT viewChanged();
}

void MeshViewport::resetView() {
    m_camera.setAngles(defaultAzimuth, defaultElevation);
    frameMesh();
}

void MeshViewport::frameMesh() {
    if (m_mesh && !m_mesh->isEmpty()) {
        const Bounds bounds = m_mesh->bounds();
        m_camera.frame(bounds.center(), 0.5f * glm::length(bounds.size()));
    } else {
        m_camera.frame(glm::vec3(0.0f), 0.87f); // the unit box's bounding sphere
    }
    update();
    Q_EMIT viewChanged();
}

void MeshViewport::showPresetView(PresetView view) {
    switch (view) {
    case PresetView::Front:
        m_camera.setAngles(0.0f, 0.0f);
        break;
    case PresetView::Right:
        m_camera.setAngles(0.5f * glm::pi<float>(), 0.0f);
        break;
    case PresetView::Top:
        m_camera.setAngles(0.0f, 0.5f * glm::pi<float>());
        break;
    }
    frameMesh();
}

QImage MeshViewport::screenshot(bool transparentBackground) {
    m_transparentBackground = transparentBackground;
    QImage image = grabFramebuffer();
    m_transparentBackground = false;
    update();
    return image;
}

float MeshViewport::aspect() const {
    return float(std::max(width(), 1)) / float(std::max(height(), 1));
}

void MeshViewport::initializeGL() {
    if (!initializeOpenGLFunctions()) {
        m_glError = tr("This computer's graphics driver does not offer OpenGL 3.3, so the 3D view "
                       "stays empty. Meshes can still be generated and exported.");
        return;
    }
    QObject::disconnect(m_contextConnection);
    m_contextConnection = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
        makeCurrent();
        releaseGlResources();
        doneCurrent();
    });
    m_meshProgram = std::make_unique<QOpenGLShaderProgram>();
    m_lineProgram = std::make_unique<QOpenGLShaderProgram>();
    const bool linked =
        m_meshProgram->addShaderFromSourceFile(QOpenGLShader::Vertex,
                                               QStringLiteral(":/shaders/mesh.vert")) &&
        m_meshProgram->addShaderFromSourceFile(QOpenGLShader::Fragment,
                                               QStringLiteral(":/shaders/mesh.frag")) &&
        m_meshProgram->link() &&
        m_lineProgram->addShaderFromSourceFile(QOpenGLShader::Vertex,
                                               QStringLiteral(":/shaders/lines.vert")) &&
        m_lineProgram->addShaderFromSourceFile(QOpenGLShader::Fragment,
                                               QStringLiteral(":/shaders/lines.frag")) &&
        m_lineProgram->link();
    if (!linked) {
        m_glError = tr("The 3D view's shaders did not compile on this graphics driver: %1")
                        .arg(m_meshProgram->log() + m_lineProgram->log());
        m_meshProgram.reset();
        m_lineProgram.reset();
        return;
    }
    m_glReady = true;
    m_meshDirty = true;
    m_gridDirty = true;
}

void MeshViewport::releaseGlResources() {
    if (!m_glReady)
        return;
    m_gpuMesh.destroy();
    m_grid.destroy();
    m_axes.destroy();
    m_meshProgram.reset();
    m_lineProgram.reset();
    m_glReady = false;
}

void MeshViewport::uploadGridAndAxes() {
    // A 4 x 4 floor under the object with a line every 0.1 (every 0.5 brighter), and the three
    // axes from the floor's centre: X red, Y green, Z blue.
    std::vector<GpuLines::Vertex> grid;
    const float extent = 2.0f;
    for (int i = -20; i <= 20; ++i) {
        const float t = 0.1f * float(i);
        const float strength = i % 5 == 0 ? 0.30f : 0.14f;
        const glm::vec4 color(0.8f, 0.82f, 0.88f, strength);
        grid.push_back({{t, m_floorHeight, -extent}, color});
        grid.push_back({{t, m_floorHeight, extent}, color});
        grid.push_back({{-extent, m_floorHeight, t}, color});
        grid.push_back({{extent, m_floorHeight, t}, color});
    }
    m_grid.upload(*this, grid);
    const glm::vec3 origin(0.0f, m_floorHeight, 0.0f);
    const float length = 0.6f;
    std::vector<GpuLines::Vertex> axes = {
        {origin, {0.90f, 0.30f, 0.30f, 1.0f}},
        {origin + glm::vec3(length, 0, 0), {0.90f, 0.30f, 0.30f, 1.0f}},
        {origin, {0.40f, 0.85f, 0.35f, 1.0f}},
        {origin + glm::vec3(0, length, 0), {0.40f, 0.85f, 0.35f, 1.0f}},
        {origin, {0.35f, 0.55f, 0.95f, 1.0f}},
        {origin + glm::vec3(0, 0, length), {0.35f, 0.55f, 0.95f, 1.0f}},
    };
    m_axes.upload(*this, axes);
    m_gridDirty = false;
}

void MeshViewport::paintGL() {
    if (!m_glReady) {
        return;
    }
    const QColor background = backgroundColor();
    if (m_transparentBackground)
        glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    else
        glClearColor(background.redF(), background.greenF(), background.blueF(), 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glEnable(GL_DEPTH_TEST);
    glEnable(GL_MULTISAMPLE);

    if (m_meshDirty) {
        if (m_mesh && !m_mesh->isEmpty())
            m_gpuMesh.upload(*this, *m_mesh, clayColor);
        else
            m_gpuMesh.destroy();
        m_meshDirty = false;
    }
    if (m_gridDirty)
        uploadGridAndAxes();

    const glm::mat4 view = m_camera.viewMatrix();
    const glm::mat4 projection = m_camera.projectionMatrix(aspect());

    if (!m_gpuMesh.isEmpty()) {
        m_meshProgram->bind();
        m_meshProgram->setUniformValue("modelView", toQt(view));
        m_meshProgram->setUniformValue("projection", toQt(projection));
        const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(view)));
        m_meshProgram->setUniformValue("normalMatrix",
                                       QMatrix3x3(glm::value_ptr(glm::transpose(normalMatrix))));
        m_meshProgram->setUniformValue("shading", int(m_shading));
        m_meshProgram->setUniformValue("baseColor",
                                       QVector3D(clayColor.x, clayColor.y, clayColor.z));
        m_meshProgram->setUniformValue("overrideColor", QVector4D(0, 0, 0, 0));
        // The wireframe is drawn on top, so push the filled surface back a little.
        glEnable(GL_POLYGON_OFFSET_FILL);
        glPolygonOffset(1.0f, 1.0f);
        m_gpuMesh.draw(*this);
        glDisable(GL_POLYGON_OFFSET_FILL);
        if (m_wireframe) {
            glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
            m_meshProgram->setUniformValue("overrideColor", QVector4D(0.08f, 0.09f, 0.11f, 1.0f));
            m_gpuMesh.draw(*this);
            glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
        }
        m_meshProgram->release();
    }

    if (!m_transparentBackground && (m_gridVisible || m_axesVisible)) {
        glEnable(GL_BLEND);
        glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
        m_lineProgram->bind();
        m_lineProgram->setUniformValue("viewProjection", toQt(projection * view));
        if (m_gridVisible)
            m_grid.draw(*this);
        if (m_axesVisible)
            m_axes.draw(*this);
        m_lineProgram->release();
        glDisable(GL_BLEND);
    }
}

void MeshViewport::mousePressEvent(QMouseEvent* event) {
    m_lastMouse = event->position().toPoint();
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier))
        m_drag = Drag::DragOut;
    else if (event->button() == Qt::MiddleButton ||
             (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))
        m_drag = Drag::Pan;
    else if (event->button() == Qt::LeftButton)
        m_drag = Drag::Orbit;
    event->accept();
}

void MeshViewport::mouseMoveEvent(QMouseEvent* event) {
    const QPoint position = event->position().toPoint();
    const glm::vec2 delta(float(position.x() - m_lastMouse.x()),
                          float(position.y() - m_lastMouse.y()));
    switch (m_drag) {
    case Drag::None:
        return;
    case Drag::DragOut:
        if (delta.x * delta.x + delta.y * delta.y > 64.0f) {
            m_drag = Drag::None;
            if (m_mesh && !m_mesh->isEmpty())
                Q_EMIT dragOutRequested();
        }
        return;
    case Drag::Orbit:
        m_camera.orbit(delta, float(height()));
        break;
    case Drag::Pan:
        m_camera.pan(delta, float(height()));
        break;
    }
    m_lastMouse = position;
    update();
    Q_EMIT viewChanged();
}

void MeshViewport::mouseReleaseEvent(QMouseEvent*) {
    m_drag = Drag::None;
}

void MeshViewport::mouseDoubleClickEvent(QMouseEvent*) {
    frameMesh();
}

void MeshViewport::wheelEvent(QWheelEvent* event) {
    const QPointF p = event->position();
    const glm::vec2 ndc(float(2.0 * p.x() / std::max(width(), 1) - 1.0),
                        float(1.0 - 2.0 * p.y() / std::max(height(), 1)));
    // One notch (120 eighths of a degree) is one zoom step.
    m_camera.zoom(float(event->angleDelta().y()) / 120.0f, ndc, aspect());
    update();
    Q_EMIT viewChanged();
    event->accept();
}

} // namespace lift3d
