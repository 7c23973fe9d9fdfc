#include "app/gui/HelpDialogs.h"

#include "core/Error.h"
#include "core/UserMessage.h"
#include "core/dataset/FurnitureCatalog.h"
#include "core/modelfile/ModelFile.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace lift3d {
namespace {

QString manifestSection(const QString& manifestPath) {
    QFile file(manifestPath);
    if (manifestPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return tr("<p>No model manifest was found.</p>");
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    QString html = QStringLiteral("<table>");
    const auto row = [&html](const QString& key, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(key, value.toHtmlEscaped());
    };
    row(tr("File"), manifestPath);
    row(tr("Format version"),
        QString::number(manifest.value(QStringLiteral("formatVersion")).toInt()));
    row(tr("SHA-256"), manifest.value(QStringLiteral("sha256")).toString());
    row(tr("Training data"), manifest.value(QStringLiteral("trainingData")).toString());
    row(tr("Training command"), manifest.value(QStringLiteral("trainingCommand")).toString());
    row(tr("Hyper-parameters"),
        QString::fromUtf8(QJsonDocument(manifest.value(QStringLiteral("config")).toObject())
                              .toJson(QJsonDocument::Compact)));
    row(tr("Training"),
        QString::fromUtf8(QJsonDocument(manifest.value(QStringLiteral("training")).toObject())
                              .toJson(QJsonDocument::Compact)));
    html += QStringLiteral("</table>");
    return html;
}

// The credits of the data the loaded model learned from, as its manifest records them; models
// from before manifests recorded them learned from the Sweet Home 3D catalogs only.
QString trainingDataCredits(const QString& manifestPath) {
    QFile file(manifestPath);
    if (!manifestPath.isEmpty() && file.open(QIODevice::ReadOnly)) {
        const QString attribution = QJsonDocument::fromJson(file.readAll())
                                        .object()
                                        .value(QStringLiteral("attribution"))
                                        .toString();
        if (!attribution.isEmpty())
            return attribution;
    }
    return sweetHome3DAttribution();
}

} // namespace

void showAboutDialog(QWidget* parent, const QString& version, const QString& manifestPath,
                     const QString& modelStatus) {
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("About Lift3D"));
    auto* text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    QString html;
    html += QStringLiteral("<h2>Lift3D %1</h2>").arg(version.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("One photo of an object in, a 3D mesh out, offline on an ordinary CPU. "
                        "A latent shortcut-flow model (after Frans et al., \"One Step Diffusion "
                        "via Shortcut Models\") samples in 1 step for the preview and in many "
                        "steps for the final mesh."));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Model"), modelStatus.toHtmlEscaped());
    html += manifestSection(manifestPath);
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Training data"), trainingDataCredits(manifestPath)
                                              .toHtmlEscaped()
                                              .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Libraries and licences"));
    for (const char* line : {"Qt 6 (LGPL-3.0)", "LibTorch (BSD-3-Clause)", "Assimp (BSD-3-Clause)",
                             "GLM (MIT)", "meshoptimizer (MIT)", "OpenBLAS (BSD-3-Clause)",
                             "minizip / zlib (zlib)", "libsquish (MIT)"})
        html += QStringLiteral("<li>%1</li>").arg(QString::fromLatin1(line));
    html += QStringLiteral("</ul>");
    text->setHtml(html);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

QString shortcutsText(const QList<QAction*>& actions) {
    QStringList lines;
    for (const QAction* action : actions)
        for (const QKeySequence& key : action->shortcuts())
            lines << QStringLiteral("%1: %2").arg(key.toString(QKeySequence::NativeText),
                                                  action->text().remove(QLatin1Char('&')));
    return lines.join(QLatin1Char('\n'));
}

void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions) {
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QStringList mouse = {
        tr("Left drag: orbit"),
        tr("Shift + left drag or middle drag: pan"),
        tr("Wheel: zoom toward the cursor"),
        tr("Double click: frame the mesh"),
        tr("Ctrl + left drag: drag the mesh out as a .glb file"),
    };
    for (const QString& line :
         shortcutsText(actions).split(QLatin1Char('\n'), Qt::SkipEmptyParts) + mouse) {
        const int separator = line.indexOf(QLatin1String(": "));
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(line.left(separator)));
        table->setItem(row, 1, new QTableWidgetItem(line.mid(separator + 2)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 600);
    dialog.exec();
}

} // namespace lift3d
