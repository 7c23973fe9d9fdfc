#pragma once

#include "app/gui/MaskCanvas.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lift3d {

// The object mask, large, for correcting it by hand: a rectangle around the object, include and
// exclude strokes, undo, reset to the automatic mask; Apply hands the mask on (applied()).
// Keys: R rectangle, I include, E exclude, [ and ] brush size, Ctrl+Z undo, Enter apply, Esc
// cancel.
class MaskEditor : public QDialog {
    Q_OBJECT
public:
    explicit MaskEditor(QWidget* parent = nullptr);
    // `image` and both masks of one size; editing starts from `mask`. applied() hands
    // `picture` back, to tell which picture the mask belongs to.
    void setPicture(const QImage& image, const QImage& automaticMask, const QImage& mask,
                    quint64 picture = 0);
    MaskCanvas* canvas() const { return m_canvas; }
    // The corrected mask: Format_Grayscale8, 255 = object.
    QImage mask() const { return m_canvas->edits().mask(); }
    // Whether it is the automatic mask (nothing corrected, or reset).
    bool isAutomatic() const { return m_canvas->edits().isAutomatic(); }

Q_SIGNALS:
    // Apply, when the mask differs from the one editing started from: the corrected mask, or a
    // null image when it is the automatic one again.
    void applied(quint64 picture, const QImage& mask);

protected:
    void changeEvent(QEvent* event) override;

private:
    QAction* makeAction(const QKeySequence& key);
    void retranslate();
    void updateState();
    void stepBrushSize(bool larger);

    MaskCanvas* m_canvas;
    QImage m_startMask;
    quint64 m_picture = 0;
    QAction* m_rectangle;
    QAction* m_include;
    QAction* m_exclude;
    QAction* m_smaller;
    QAction* m_larger;
    QAction* m_undo;
    QLabel* m_brushLabel;
    QSpinBox* m_brushSize;
    QPushButton* m_undoButton;
    QPushButton* m_resetButton;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
    QPushButton* m_applyButton;
};

} // namespace lift3d
