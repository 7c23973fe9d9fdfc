#pragma once

#include "core/io/MeshFormat.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lift3d {

// What the user chose in the export dialog.
struct ExportChoice {
    QString path;
    MeshFormat format = MeshFormat::Glb;
    int targetFaces = 0;        // 0 = keep every triangle
    double longestSide = 100.0; // in `unitsPerMetre` units
    double unitsPerMetre = 1000.0;
};

// Units a size can be given in: millimetres, centimetres, metres, inches.
struct LengthUnit {
    const char* name;
    double perMetre;
};
const std::vector<LengthUnit>& lengthUnits();

// The scale factor to apply to a mesh whose longest side is `meshLongestSide` so that it is
// `choice.longestSide` long in the file. glTF is metres by its specification, so glTF and GLB
// are written in metres whatever unit was picked; the other formats carry no unit and get the
// number as given.
double exportScale(const ExportChoice& choice, double meshLongestSide);

// Ctrl+E: file, format, triangle budget and real-world size of the export.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& suggestedPath, MeshFormat format, std::size_t triangleCount,
                 QWidget* parent = nullptr);
    ExportChoice choice() const;
    void setSize(double longestSide, double unitsPerMetre);

private:
    void browse();
    void formatChanged();

    QLineEdit* m_path;
    QComboBox* m_format;
    QSpinBox* m_faces;
    QDoubleSpinBox* m_longestSide;
    QComboBox* m_units;
    QLabel* m_note;
};

} // namespace lift3d
