#pragma once

#include <QImage>
#include <QWidget>

namespace lift3d {

// The input picture, scaled to fit, with the outline of the object mask Lift3D found drawn on
// top, so the user sees at a glance what the model was given.
class InputThumbnail : public QWidget {
    Q_OBJECT
public:
    explicit InputThumbnail(QWidget* parent = nullptr);
    // `mask` is Format_Grayscale8 of the image's size, 255 = object.
    void setImage(const QImage& image, const QImage& mask);
    void clear();
    bool hasImage() const { return !m_image.isNull(); }
    QSize sizeHint() const override { return {240, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QImage m_outline; // transparent except along the mask boundary
};

} // namespace lift3d
