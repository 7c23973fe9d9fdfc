#include "core/Error.h"
#include "core/geometry/MeshMeasures.h"
#include "core/image/ImagePreparation.h"
#include "core/model/TorchScriptGenerator.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <torch/script.h>

using namespace lift3d;

namespace {

// A model that follows the contract: its decoder draws a sphere whose radius grows with the
// image's mean mask value, so the test can see the image reach the shape.
void saveTinyModel(const QString& path, bool withDecode) {
    torch::jit::Module module("TinyLift3DModel");
    module.register_attribute("latent_shape", c10::ListType::ofInts(), c10::List<int64_t>({4}));
    module.register_attribute("image_size", c10::IntType::get(), int64_t(32));
    std::string source = R"(
def encode(self, image):
    return image[:, 3:4].mean(dim=[2, 3])

def velocity(self, x, t, d, cond):
    return cond.expand_as(x) - x
)";
    if (withDecode)
        source += R"(
def decode(self, latent, resolution: int):
    a = torch.linspace(-0.55, 0.55, resolution)
    z = a.view(resolution, 1, 1)
    y = a.view(1, resolution, 1)
    x = a.view(1, 1, resolution)
    radius = 0.1 + 0.5 * latent.mean()
    return (torch.sqrt(x * x + y * y + z * z) - radius).unsqueeze(0)
)";
    module.define(source);
    module.save(QFile::encodeName(path).toStdString());
}

// A red disc, or an upright ellipse `width` of its height wide.
Conditioning discConditioning(double width = 1.0) {
    QImage image(128, 128, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setBrush(Qt::red);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPointF(64, 64), 40 * width, 40);
    painter.end();
    return prepareImage(image).conditioning;
}

} // namespace

class TestTorchScript : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelFollowingTheContractGenerates() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("tiny.pt"));
        saveTinyModel(path, true);
        // Carving off: the decoded sphere itself, normalised to the output frame.
        const TorchScriptGenerator generator(path, FinishingOptions{false, true});
        int progressCalls = 0;
        const GenerationResult result =
            generator.generate(discConditioning(), {8, 40, 3}, [&](int, int) { ++progressCalls; });
        QCOMPARE(progressCalls, 8);
        QCOMPARE(result.field.nx, 40);
        QVERIFY(analyzeEdges(result.mesh).isClosedManifold());
        QVERIFY(result.field.at(20, 20, 20) < 0.0f); // the centre is inside the sphere
        const glm::vec3 size = result.mesh.bounds().size();
        QVERIFY(std::abs(size.x - 1.0f) < 1e-4f && std::abs(size.y - size.x) < 0.05f);
        // The shared finishing step colours it from the picture like the built-in model's...
        QVERIFY(result.mesh.hasColors());
        // ...and, by default, carves it to the picture's outline: a sphere seen as a narrow
        // ellipse loses its sides and stays closed.
        const GenerationResult carved =
            TorchScriptGenerator(path).generate(discConditioning(0.5), {8, 40, 3});
        QVERIFY(analyzeEdges(carved.mesh).isClosedManifold());
        QVERIFY(carved.mesh.hasColors());
        int insideBefore = 0, insideAfter = 0;
        for (std::size_t i = 0; i < result.field.values.size(); ++i) {
            insideBefore += result.field.values[i] < 0.0f;
            insideAfter += carved.field.values[i] < 0.0f;
        }
        QVERIFY2(insideAfter < insideBefore,
                 qPrintable(QStringLiteral("%1 -> %2").arg(insideBefore).arg(insideAfter)));
    }

    void modelsBreakingTheContractAreRefused() {
        QTemporaryDir folder;
        const QString incomplete = folder.filePath(QStringLiteral("incomplete.pt"));
        saveTinyModel(incomplete, false);
        const QString garbage = folder.filePath(QStringLiteral("garbage.pt"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not TorchScript");
        file.close();
        for (const QString& path :
             {incomplete, garbage, folder.filePath(QStringLiteral("missing.pt"))}) {
            try {
                TorchScriptGenerator generator(path);
                QFAIL(qPrintable(path + QStringLiteral(" was accepted")));
            } catch (const Error& error) {
                QCOMPARE(error.kind(), ErrorKind::InvalidModel);
                QVERIFY(error.message().contains(QStringLiteral("docs/model.md")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTorchScript)
#include "tst_torchscript.moc"
