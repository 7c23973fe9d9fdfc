#include "app/gui/WindowActions.h"

#include "app/gui/Languages.h"
#include "app/gui/WindowSettings.h"
#include "render/MeshViewport.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace lift3d {

WindowActions::WindowActions(QWidget* window, int recentCount) : QObject(window), m_window(window) {
    auto make = [window](const QKeySequence& key, bool checkable = false) {
        auto* action = new QAction(window);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setCheckable(checkable);
        window->addAction(action);
        return action;
    };
    open = make(QKeySequence::Open);
    paste = make(QKeySequence::Paste);
    exportMesh = make(QKeySequence(Qt::CTRL | Qt::Key_E));
    screenshot = make(QKeySequence(Qt::Key_F12));
    transparentScreenshot = make(QKeySequence(Qt::CTRL | Qt::Key_F12));
    quit = make(QKeySequence::Quit);
    again = make(QKeySequence(Qt::CTRL | Qt::Key_R));
    cancel = make(QKeySequence(Qt::Key_Escape));
    editMask = make(QKeySequence(Qt::CTRL | Qt::Key_M));

    shading = new QActionGroup(this);
    auto shadingAction = [&](MeshViewport::Shading mode, const QKeySequence& key) {
        QAction* action = make(key, true);
        action->setData(int(mode));
        shading->addAction(action);
        return action;
    };
    smooth = shadingAction(MeshViewport::Shading::Smooth, QKeySequence(Qt::Key_F5));
    flat = shadingAction(MeshViewport::Shading::Flat, QKeySequence(Qt::Key_F6));
    vertexColors = shadingAction(MeshViewport::Shading::VertexColors, QKeySequence(Qt::Key_F7));
    matcap = shadingAction(MeshViewport::Shading::Matcap, QKeySequence(Qt::Key_F8));
    wireframe = make(QKeySequence(Qt::Key_W), true);
    grid = make(QKeySequence(Qt::Key_G), true);
    axes = make(QKeySequence(Qt::Key_A), true);
    front = make(QKeySequence(Qt::Key_1));
    right = make(QKeySequence(Qt::Key_3));
    top = make(QKeySequence(Qt::Key_7));
    orthographic = make(QKeySequence(Qt::Key_5), true);
    frame = make(QKeySequence(Qt::Key_F));
    reset = make(QKeySequence(Qt::Key_Home));
    shortcuts = make(QKeySequence::HelpContents);
    about = make(QKeySequence());
    clearRecent = make(QKeySequence());
    for (int i = 0; i < recentCount; ++i)
        recent << make(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));

    languages = new QActionGroup(this);
    auto* system = new QAction(window);
    system->setCheckable(true);
    system->setData(QString());
    languages->addAction(system);
    for (const Language& language : shippedLanguages()) {
        auto* action = new QAction(language.nativeName, window);
        action->setCheckable(true);
        action->setData(language.code);
        languages->addAction(action);
    }
}

void WindowActions::connectViewActions(MeshViewport* v) {
    connect(shading, &QActionGroup::triggered, v,
            [v](QAction* action) { v->setShading(MeshViewport::Shading(action->data().toInt())); });
    connect(wireframe, &QAction::toggled, v, &MeshViewport::setWireframe);
    connect(grid, &QAction::toggled, v, &MeshViewport::setGridVisible);
    connect(axes, &QAction::toggled, v, &MeshViewport::setAxesVisible);
    connect(front, &QAction::triggered, v,
            [v] { v->showPresetView(MeshViewport::PresetView::Front); });
    connect(right, &QAction::triggered, v,
            [v] { v->showPresetView(MeshViewport::PresetView::Right); });
    connect(top, &QAction::triggered, v, [v] { v->showPresetView(MeshViewport::PresetView::Top); });
    connect(orthographic, &QAction::toggled, v, &MeshViewport::setOrthographic);
    connect(frame, &QAction::triggered, v, &MeshViewport::frameMesh);
    connect(reset, &QAction::triggered, v, &MeshViewport::resetView);
}

void WindowActions::applyViewSettings(const WindowSettings& s, MeshViewport* viewport) {
    for (QAction* action : shading->actions())
        action->setChecked(action->data().toInt() == int(s.shading));
    wireframe->setChecked(s.wireframe);
    grid->setChecked(s.grid);
    axes->setChecked(s.axes);
    // Set directly too: a toggle already in the stored state emits nothing.
    viewport->setShading(s.shading);
    viewport->setWireframe(s.wireframe);
    viewport->setGridVisible(s.grid);
    viewport->setAxesVisible(s.axes);
    for (QAction* action : languages->actions())
        action->setChecked(action->data().toString() == s.language);
}

void WindowActions::addMenusTo(QMenuBar* menuBar) {
    m_fileMenu = menuBar->addMenu(QString());
    m_fileMenu->addAction(open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(paste);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(exportMesh);
    m_fileMenu->addAction(screenshot);
    m_fileMenu->addAction(transparentScreenshot);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_generateMenu = menuBar->addMenu(QString());
    m_generateMenu->addAction(again);
    m_generateMenu->addAction(cancel);
    m_generateMenu->addSeparator();
    m_generateMenu->addAction(editMask);

    m_viewMenu = menuBar->addMenu(QString());
    m_shadingMenu = m_viewMenu->addMenu(QString());
    m_shadingMenu->addActions(shading->actions());
    m_viewMenu->addAction(wireframe);
    m_viewMenu->addAction(grid);
    m_viewMenu->addAction(axes);
    m_viewMenu->addSeparator();
    for (QAction* action : {front, right, top, orthographic, frame, reset})
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());

    m_helpMenu = menuBar->addMenu(QString());
    m_helpMenu->addAction(shortcuts);
    m_helpMenu->addAction(about);
    setRecentFiles(m_recentFiles);
}

QList<QAction*> WindowActions::shortcutActions() const {
    QList<QAction*> result;
    for (QAction* action : m_window->actions())
        if (!action->shortcuts().isEmpty() && !recent.contains(action))
            result << action;
    if (!recent.isEmpty())
        result << recent.first(); // "Ctrl+1: open recent file 1", the others follow
    return result;
}

void WindowActions::setRecentFiles(const QStringList& paths) {
    m_recentFiles = paths;
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < recent.size(); ++i) {
        QAction* action = recent.at(i);
        const bool used = i < paths.size();
        action->setEnabled(used);
        action->setText(
            used ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(paths.at(i)).fileName())
                 : tr("Recent file %1").arg(i + 1));
        if (used)
            m_recentMenu->addAction(action);
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(clearRecent);
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void WindowActions::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_generateMenu->setTitle(tr("&Generate"));
    m_viewMenu->setTitle(tr("&View"));
    m_shadingMenu->setTitle(tr("&Shading"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    open->setText(tr("&Open…"));
    paste->setText(tr("&Paste Image"));
    exportMesh->setText(tr("&Export…"));
    screenshot->setText(tr("Save &Screenshot"));
    transparentScreenshot->setText(tr("Save Screenshot with &Transparent Background"));
    quit->setText(tr("&Quit"));
    again->setText(tr("Generate &Again with a New Seed"));
    cancel->setText(tr("&Cancel Generation"));
    editMask->setText(tr("Edit &Mask…"));
    smooth->setText(tr("&Smooth"));
    flat->setText(tr("&Flat"));
    vertexColors->setText(tr("&Vertex Colours"));
    matcap->setText(tr("&Matcap"));
    wireframe->setText(tr("&Wireframe Overlay"));
    grid->setText(tr("Ground &Grid"));
    axes->setText(tr("A&xes"));
    front->setText(tr("&Front View"));
    right->setText(tr("&Right View"));
    top->setText(tr("&Top View"));
    orthographic->setText(tr("&Orthographic"));
    frame->setText(tr("Frame &Mesh"));
    reset->setText(tr("Reset &View"));
    shortcuts->setText(tr("Keyboard &Shortcuts"));
    about->setText(tr("&About Lift3D"));
    clearRecent->setText(tr("&Clear List"));
    languages->actions().first()->setText(tr("&System Language"));
    setRecentFiles(m_recentFiles);
}

} // namespace lift3d
