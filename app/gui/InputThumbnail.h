#pragma once

#include <QAction>
#include <QImage>
#include <QPointer>
#include <QWidget>

namespace lift3d {

// The input picture, scaled to fit, with the outline of the object mask Lift3D found drawn on
// top, so the user sees at a glance what the model was given. A click (or Space or Enter while
// it has the focus) triggers the edit action while that is enabled.
class InputThumbnail : public QWidget {
    Q_OBJECT
public:
    explicit InputThumbnail(QWidget* parent = nullptr);
    // `mask` is Format_Grayscale8 of the image's size, 255 = object.
    void setImage(const QImage& image, const QImage& mask);
    void clear();
    bool hasImage() const { return !m_image.isNull(); }
    // What a click does (the window's Edit Mask action); followed while it is enabled.
    void setEditAction(QAction* action);
    QSize sizeHint() const override { return {240, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool isEditable() const;
    void updateEditable();

    QImage m_image;
    QImage m_outline; // transparent except along the mask boundary
    QPointer<QAction> m_editAction;
};

} // namespace lift3d
