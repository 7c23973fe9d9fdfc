// lift3d: the desktop window. Options in, wiring, nothing else.
#include "app/gui/GenerationController.h"
#include "app/gui/Languages.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MaskEditor.h"
#include "core/modelfile/ModelFile.h"
#include "render/MeshViewport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <cstdio>

using namespace lift3d;

int main(int argc, char** argv) {
    MeshViewport::prepareApplication();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lift3D"));
    QApplication::setApplicationName(QStringLiteral("Lift3D"));
    QApplication::setApplicationVersion(QStringLiteral(LIFT3D_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("lift3d"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lift3d.png")));
    installLanguage(QSettings().value(QStringLiteral("view/language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Turns a photo of an object into a 3D mesh."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "An image or mesh file to open."));
    parser.addOption(
        {QStringLiteral("model"),
         QApplication::translate(
             "main", "A Lift3D manifest.json or a TorchScript file (default: the bundled model)."),
         QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate(
             "main",
             "With a file: save a picture of the window once the final mesh is shown, then quit."),
         QStringLiteral("png")});
    parser.addOption(
        {QStringLiteral("screenshot-mask-editor"),
         QApplication::translate("main", "With a file: save a picture of the mask editor on it "
                                         "once the final mesh is shown, then quit."),
         QStringLiteral("png")});
    parser.addOption(
        {QStringLiteral("language"),
         QApplication::translate("main", "Language code (de, fr, es, ja, zh_CN, en) for this run."),
         QStringLiteral("code")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("language")))
        installLanguage(parser.value(QStringLiteral("language")));

    GenerationController controller;
    MainWindow window(&controller);
    // In the background (empty: the bundled model); the window is usable at once.
    controller.loadModel(parser.value(QStringLiteral("model")));
    window.show();
    if (parser.isSet(QStringLiteral("screenshot-mask-editor")) &&
        !parser.isSet(QStringLiteral("screenshot"))) {
        std::fprintf(stderr,
                     "lift3d: --screenshot-mask-editor works together with --screenshot.\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // For documentation and bug reports: the window as it looks with the result.
        const QString target = parser.value(QStringLiteral("screenshot"));
        QObject::connect(
            &window, &MainWindow::resultShown, &window,
            [&window, &parser, target](MainWindow::Result result) {
                if (result == MainWindow::Result::Preview)
                    return;
                QApplication::processEvents(); // let the labels that changed with the result paint
                const bool saved = window.grab().save(target);
                const QString editorTarget = parser.value(QStringLiteral("screenshot-mask-editor"));
                if (saved && !editorTarget.isEmpty()) {
                    window.editMask();
                    QApplication::processEvents();
                    if (!window.maskEditor() || !window.maskEditor()->grab().save(editorTarget)) {
                        std::fprintf(stderr, "could not write %s\n", qPrintable(editorTarget));
                        QApplication::exit(1);
                        return;
                    }
                    std::printf("wrote %s\n", qPrintable(editorTarget));
                }
                std::printf("preview on screen %.0f ms after the drop, final %.0f ms\n",
                            window.lastPreviewMs(), window.lastFinalMs());
                std::fprintf(saved ? stdout : stderr, "%s %s\n",
                             saved ? "wrote" : "could not write", qPrintable(target));
                QApplication::exit(saved ? 0 : 1);
            });
        QObject::connect(&window, &MainWindow::errorShown, &window, [](const QString& message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            QApplication::exit(1);
        });
    }
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().constFirst());
    return app.exec();
}
