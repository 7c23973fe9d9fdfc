#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRect>
#include <vector>

namespace lift3d {

// What a brush stroke paints into an object mask.
enum class MaskBrush {
    Include, // object (255)
    Exclude, // background (0)
};

// Paints a line `diameter` pixels wide with round ends and joins through `points` (pixel
// coordinates: (0, 0) is the top-left corner of the top-left pixel) into `mask`
// (Format_Grayscale8): every pixel whose centre lies within diameter / 2 of the line, and the
// pixel under each point, is set to `value`. A diameter below 1 is taken as 1; what falls
// outside the mask is clipped. Returns the bounding box of the pixels painted, empty when none
// lies inside the mask.
QRect paintMaskStroke(QImage& mask, const QList<QPointF>& points, double diameter, uchar value);

// The user's corrections of an object mask (docs/architecture.md, "Mask correction"): a
// rectangle around the object, include and exclude strokes, several levels of undo and a reset
// to the automatic mask. Every edit returns the area of the mask it may have changed (empty
// when it changed nothing), so a view redraws only that. Headless, for the window's mask editor.
class MaskEdits {
public:
    // Undo keeps at most this many steps, and drops the oldest beyond this many bytes of
    // changed pixels.
    static constexpr int maxUndoSteps = 64;
    static constexpr qsizetype maxUndoBytes = 64 << 20;

    MaskEdits() = default;
    // Edits start from `current` (the mask in use) or, when it is null, from `automaticMask`,
    // which resetToAutomatic() returns to. Both are converted to Format_Grayscale8 with only
    // 0 and 255 (>= 128 is object). A non-null `current` of another size is ignored.
    explicit MaskEdits(const QImage& automaticMask, const QImage& current = {});

    // Format_Grayscale8, 255 = object, 0 = background.
    const QImage& mask() const { return m_mask; }
    const QImage& automaticMask() const { return m_automatic; }
    QSize size() const { return m_mask.size(); }
    bool isAutomatic() const { return m_mask == m_automatic; }
    // Whether any pixel is object (an empty mask gives the model nothing to see).
    bool hasObject() const;

    // The object lies inside `rect`: everything outside it becomes background. Inside, the
    // mask stays as it is, unless it holds no object pixel there: then the whole rectangle
    // becomes the object. `rect` is clipped to the mask; one that misses it changes nothing.
    QRect keepInside(const QRect& rect);

    // A stroke is one undo step, however long the drag: begin at the press, continue at each
    // move, end at the release. Beginning a stroke ends the one in progress.
    QRect beginStroke(MaskBrush brush, double diameter, const QPointF& point);
    QRect continueStroke(const QPointF& point);
    void endStroke();
    bool isStroking() const { return m_stroking; }

    // Back to the automatic mask (an undo step of its own).
    QRect resetToAutomatic();

    // Undoes the last edit (a stroke in progress ends first).
    QRect undo();
    int undoSteps() const { return int(m_undo.size()); }
    bool canUndo() const { return !m_undo.empty() || m_stroking; }

private:
    struct UndoStep {
        QRect area;
        QImage before; // the mask's pixels in `area` before the edit
    };
    // Records an edit from `before` (the whole mask before it) to m_mask, which changed
    // nothing outside `area`; returns the box of the pixels that changed (empty: no step).
    QRect record(const QImage& before, const QRect& area);

    QImage m_automatic;
    QImage m_mask;
    std::vector<UndoStep> m_undo;
    qsizetype m_undoBytes = 0;
    // The stroke in progress.
    bool m_stroking = false;
    QImage m_strokeBefore;
    QRect m_strokeArea;
    QPointF m_strokeLast;
    double m_strokeDiameter = 1.0;
    uchar m_strokeValue = 0;
};

} // namespace lift3d
