// lift3d: the desktop window. Options in, wiring, nothing else.
#include "app/gui/GenerationController.h"
#include "app/gui/Languages.h"
#include "app/gui/MainWindow.h"
#include "core/model/ModelFile.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QSurfaceFormat>

using namespace lift3d;

int main(int argc, char** argv) {
    QSurfaceFormat::setDefaultFormat(MeshViewport::surfaceFormat());
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lift3D"));
    QApplication::setApplicationName(QStringLiteral("Lift3D"));
    QApplication::setApplicationVersion(QStringLiteral(LIFT3D_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lift3d"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lift3d.png")));
    installLanguage(QSettings().value(QStringLiteral("view/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Turns a photo of an object into a 3D mesh."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "An image or mesh file to open."));
    parser.addOption({QStringLiteral("model"),
                      QApplication::translate("main", "A Lift3D manifest.json or a TorchScript file (default: the bundled model)."),
                      QStringLiteral("file")});
    parser.process(app);

    GenerationController controller;
    const QString model = parser.isSet(QStringLiteral("model")) ? parser.value(QStringLiteral("model")) : bundledModelManifest();
    MainWindow window(&controller, model.endsWith(QLatin1String(".json")) ? model : QString());
    controller.loadModel(model); // in the background; the window is usable at once
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().constFirst());
    return app.exec();
}
