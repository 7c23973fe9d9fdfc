#include "app/gui/ExportDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lift3d {

const std::vector<LengthUnit>& lengthUnits() {
    static const std::vector<LengthUnit> units = {
        {QT_TRANSLATE_NOOP("lift3d::ExportDialog", "millimetres"), 1000.0},
        {QT_TRANSLATE_NOOP("lift3d::ExportDialog", "centimetres"), 100.0},
        {QT_TRANSLATE_NOOP("lift3d::ExportDialog", "metres"), 1.0},
        {QT_TRANSLATE_NOOP("lift3d::ExportDialog", "inches"), 1.0 / 0.0254},
    };
    return units;
}

double exportScale(const ExportChoice& choice, double meshLongestSide) {
    if (meshLongestSide <= 0.0)
        return 1.0;
    double size = choice.longestSide;
    if (choice.format == MeshFormat::Glb || choice.format == MeshFormat::Gltf)
        size /= choice.unitsPerMetre;
    return size / meshLongestSide;
}

ExportDialog::ExportDialog(const QString& suggestedPath, MeshFormat format,
                           std::size_t triangleCount, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Export mesh"));
    m_path = new QLineEdit(suggestedPath, this);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    for (MeshFormat candidate : exportFormats())
        m_format->addItem(formatFilter(candidate), int(candidate));
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));

    m_faces = new QSpinBox(this);
    m_faces->setRange(0, std::max<int>(int(triangleCount), 1));
    m_faces->setSingleStep(500);
    m_faces->setSpecialValueText(tr("all (%1)").arg(triangleCount));
    m_faces->setValue(0);
    m_faces->setToolTip(
        tr("Simplify to at most this many triangles (meshoptimizer); keeps the shape's outline."));

    m_longestSide = new QDoubleSpinBox(this);
    m_longestSide->setRange(0.001, 1e6);
    m_longestSide->setDecimals(3);
    m_longestSide->setValue(100.0);
    m_units = new QComboBox(this);
    for (const LengthUnit& unit : lengthUnits())
        m_units->addItem(tr(unit.name), unit.perMetre);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_longestSide, 1);
    sizeRow->addWidget(m_units);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Triangles:"), m_faces);
    form->addRow(tr("Longest side:"), sizeRow);
    form->addRow(m_note);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formatChanged();
}

void ExportDialog::setSize(double longestSide, double unitsPerMetre) {
    m_longestSide->setValue(longestSide);
    for (int i = 0; i < m_units->count(); ++i)
        if (std::abs(m_units->itemData(i).toDouble() - unitsPerMetre) < 1e-9)
            m_units->setCurrentIndex(i);
}

ExportChoice ExportDialog::choice() const {
    ExportChoice choice;
    choice.path = m_path->text().trimmed();
    choice.format = MeshFormat(m_format->currentData().toInt());
    choice.targetFaces = m_faces->value();
    choice.longestSide = m_longestSide->value();
    choice.unitsPerMetre = m_units->currentData().toDouble();
    return choice;
}

void ExportDialog::browse() {
    const MeshFormat format = MeshFormat(m_format->currentData().toInt());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export mesh"), m_path->text(), formatFilter(format));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::formatChanged() {
    const MeshFormat format = MeshFormat(m_format->currentData().toInt());
    // Keep the file name, change its extension to match the format.
    const QString current = m_path->text().trimmed();
    if (!current.isEmpty()) {
        const QFileInfo info(current);
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') +
                                            formatExtension(format)));
    }
    QStringList notes;
    if (format == MeshFormat::Glb || format == MeshFormat::Gltf)
        notes << tr("glTF files are always in metres; the size is converted.");
    if (!formatKeepsVertexColors(format))
        notes << tr("This format has no vertex colours; the mesh is written without its colours.");
    m_note->setText(notes.join(QLatin1Char(' ')));
}

} // namespace lift3d
