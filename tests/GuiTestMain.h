#pragma once

// main() of the suites that open windows with an OpenGL viewport (run under xvfb-run): the
// viewport's format and context sharing have to be set before the QApplication exists.

#include "render/MeshViewport.h"

#include <QApplication>
#include <QTest>

#define LIFT3D_GUI_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char** argv) {                                                              \
        lift3d::MeshViewport::prepareApplication();                                                \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
