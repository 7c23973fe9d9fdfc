// The mask editor's operations, headless: what a rectangle, a stroke, undo and reset do to the
// mask the model is given.
#include "core/image/MaskEdits.h"

#include <QLineF>
#include <QTest>
#include <algorithm>

using namespace lift3d;

namespace {

QImage emptyMask(QSize size) {
    QImage mask(size, QImage::Format_Grayscale8);
    mask.fill(0);
    return mask;
}

// A filled disc, as an automatic mask of a round object.
QImage discMask(QSize size, QPointF center, double radius) {
    QImage mask = emptyMask(size);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            if (QLineF(QPointF(x + 0.5, y + 0.5), center).length() <= radius)
                mask.scanLine(y)[x] = 255;
    return mask;
}

bool isObject(const QImage& mask, int x, int y) {
    return mask.constScanLine(y)[x] == 255;
}

int objectArea(const QImage& mask) {
    int area = 0;
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            area += isObject(mask, x, y);
    return area;
}

// The bounding box of the pixels where two masks differ.
QRect difference(const QImage& a, const QImage& b) {
    QRect box;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.constScanLine(y)[x] != b.constScanLine(y)[x])
                box |= QRect(x, y, 1, 1);
    return box;
}

bool onlyZeroAnd255(const QImage& mask) {
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            if (mask.constScanLine(y)[x] != 0 && mask.constScanLine(y)[x] != 255)
                return false;
    return true;
}

} // namespace

class TestMaskEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void strokeIsAThickLineWithRoundEnds() {
        QImage mask = emptyMask({100, 100});
        const QRect painted = paintMaskStroke(mask, {{20, 50}, {80, 50}}, 10.0, 255);
        // Pixel centres within 5 of the segment: rows 45..54 along it, round caps at the ends.
        QVERIFY(isObject(mask, 50, 45) && isObject(mask, 50, 54));
        QVERIFY(!isObject(mask, 50, 44) && !isObject(mask, 50, 55));
        QVERIFY(isObject(mask, 15, 50) && !isObject(mask, 14, 50));
        QVERIFY(isObject(mask, 84, 50) && !isObject(mask, 85, 50));
        QVERIFY(!isObject(mask, 15, 46)); // the cap is round, not square
        QCOMPARE(painted, difference(mask, emptyMask({100, 100})));
        QCOMPARE(painted, QRect(QPoint(15, 45), QPoint(84, 54)));
        // Excluding paints 0 over it, with the same footprint.
        paintMaskStroke(mask, {{20, 50}, {80, 50}}, 10.0, 0);
        QCOMPARE(objectArea(mask), 0);
    }

    void aThinStrokeLeavesNoGaps() {
        // Diameter 0 is taken as 1; a diagonal stays 8-connected from end to end.
        QImage mask = emptyMask({40, 40});
        paintMaskStroke(mask, {{2.5, 2.5}, {37.5, 30.5}}, 0.0, 255);
        QVERIFY(isObject(mask, 2, 2) && isObject(mask, 37, 30));
        for (int x = 2; x <= 37; ++x) {
            int inColumn = 0;
            for (int y = 0; y < 40; ++y)
                inColumn += isObject(mask, x, y);
            QVERIFY2(inColumn >= 1, qPrintable(QString::number(x)));
        }
        // A single point paints the pixel under it.
        QImage dot = emptyMask({10, 10});
        QCOMPARE(paintMaskStroke(dot, {{3.2, 7.9}}, 1.0, 255), QRect(3, 7, 1, 1));
        QCOMPARE(objectArea(dot), 1);
    }

    void strokesAreClippedToTheMask() {
        QImage mask = emptyMask({50, 30});
        const QRect painted = paintMaskStroke(mask, {{-20, 15}, {70, 15}}, 6.0, 255);
        QCOMPARE(painted, QRect(0, 12, 50, 6));
        QImage untouched = emptyMask({50, 30});
        QVERIFY(paintMaskStroke(untouched, {{-30, -30}, {-10, -40}}, 8.0, 255).isEmpty());
        QCOMPARE(objectArea(untouched), 0);
        QImage none;
        QVERIFY(paintMaskStroke(none, {{1, 1}}, 3.0, 255).isEmpty());
    }

    void startsFromTheMaskInUseAndKeepsOnlyObjectAndBackground() {
        QImage automatic = discMask({60, 40}, {30, 20}, 12);
        QImage soft = automatic.copy();
        soft.scanLine(0)[0] = 200; // >= 128: object
        soft.scanLine(20)[30] = 100;
        MaskEdits edits(automatic, soft);
        QVERIFY(onlyZeroAnd255(edits.mask()));
        QVERIFY(isObject(edits.mask(), 0, 0));
        QVERIFY(!isObject(edits.mask(), 30, 20));
        QVERIFY(!edits.isAutomatic());
        QVERIFY(!edits.canUndo());
        // A mask of another size is not the picture's: the automatic one is used.
        MaskEdits other(automatic, emptyMask({10, 10}));
        QVERIFY(other.isAutomatic());
        QCOMPARE(other.size(), QSize(60, 40));
        QCOMPARE(other.mask().format(), QImage::Format_Grayscale8);
    }

    void rectangleKeepsTheObjectInsideIt() {
        // The automatic mask took the object (left disc) and a shadow (right disc).
        QImage automatic = discMask({100, 60}, {30, 30}, 15);
        for (int y = 20; y < 40; ++y)
            std::fill_n(automatic.scanLine(y) + 70, 20, uchar(255));
        MaskEdits edits(automatic);
        const QImage before = edits.mask();
        const QRect changed = edits.keepInside(QRect(10, 10, 40, 40));
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.contains(difference(before, edits.mask())));
        QCOMPARE(objectArea(edits.mask()), objectArea(discMask({100, 60}, {30, 30}, 15)));
        QVERIFY(isObject(edits.mask(), 30, 30));
        QVERIFY(!isObject(edits.mask(), 80, 30));
        QCOMPARE(edits.undoSteps(), 1);
    }

    void rectangleOverEmptyMaskBecomesTheObject() {
        MaskEdits edits(emptyMask({80, 60}));
        QVERIFY(!edits.hasObject());
        edits.keepInside(QRect(QPoint(20, 10), QPoint(50, 40)));
        QVERIFY(edits.hasObject());
        QCOMPARE(objectArea(edits.mask()), 31 * 31);
        QCOMPARE(difference(edits.mask(), emptyMask({80, 60})),
                 QRect(QPoint(20, 10), QPoint(50, 40)));
        // Partly beyond the picture: clipped, the object stays inside the picture.
        MaskEdits corner(emptyMask({80, 60}));
        corner.keepInside(QRect(60, 50, 100, 100));
        QCOMPARE(objectArea(corner.mask()), 20 * 10);
    }

    void rectangleBesideThePictureChangesNothing() {
        MaskEdits edits(discMask({40, 40}, {20, 20}, 10));
        QVERIFY(edits.keepInside(QRect(100, 100, 20, 20)).isEmpty());
        QVERIFY(edits.keepInside(QRect(5, 5, 0, 0)).isEmpty());
        // Around the whole object: nothing changes, so there is nothing to undo.
        QVERIFY(edits.keepInside(QRect(0, 0, 40, 40)).isEmpty());
        QVERIFY(edits.isAutomatic());
        QCOMPARE(edits.undoSteps(), 0);
    }

    void includeAndExcludeStrokes() {
        MaskEdits edits(discMask({100, 100}, {50, 50}, 20));
        // Exclude a band through the middle, in three moves of one drag.
        edits.beginStroke(MaskBrush::Exclude, 6.0, {20, 50});
        QVERIFY(edits.isStroking());
        edits.continueStroke({50, 50});
        const QRect last = edits.continueStroke({80, 50});
        QVERIFY(last.contains(QPoint(75, 50)));
        edits.endStroke();
        QVERIFY(!isObject(edits.mask(), 50, 50) && !isObject(edits.mask(), 40, 48));
        QVERIFY(isObject(edits.mask(), 50, 40) && isObject(edits.mask(), 50, 60));
        // Include a handle to the right of the disc.
        edits.beginStroke(MaskBrush::Include, 4.0, {75, 30});
        edits.continueStroke({90, 30});
        edits.endStroke();
        QVERIFY(isObject(edits.mask(), 85, 30));
        QVERIFY(onlyZeroAnd255(edits.mask()));
        // Each drag is one undo step.
        QCOMPARE(edits.undoSteps(), 2);
        // A stroke that paints what is already there is no step.
        edits.beginStroke(MaskBrush::Exclude, 5.0, {5, 5});
        edits.continueStroke({10, 90});
        edits.endStroke();
        QCOMPARE(edits.undoSteps(), 2);
        QVERIFY(edits.continueStroke({20, 20}).isEmpty()); // no stroke in progress
    }

    void undoGoesBackOneEditAtATime() {
        const QImage automatic = discMask({64, 64}, {32, 32}, 16);
        MaskEdits edits(automatic);
        QList<QImage> states{edits.mask()};
        edits.beginStroke(MaskBrush::Exclude, 8.0, {32, 10});
        edits.continueStroke({32, 54});
        edits.endStroke();
        states << edits.mask();
        edits.keepInside(QRect(10, 10, 20, 44));
        states << edits.mask();
        edits.beginStroke(MaskBrush::Include, 3.0, {50, 5});
        edits.continueStroke({60, 5});
        states << edits.mask(); // undo while stroking ends the stroke, then undoes it
        QCOMPARE(edits.undoSteps(), 2);
        QVERIFY(edits.canUndo());
        for (int i = states.size() - 2; i >= 0; --i) {
            const QRect area = edits.undo();
            QVERIFY(!area.isEmpty());
            QCOMPARE(edits.mask(), states.at(i));
            QVERIFY(area.contains(difference(states.at(i), states.at(i + 1))));
        }
        QVERIFY(edits.isAutomatic());
        QVERIFY(!edits.canUndo());
        QVERIFY(edits.undo().isEmpty());
        QCOMPARE(edits.mask(), automatic);
    }

    void undoKeepsTheNewestSteps() {
        MaskEdits edits(emptyMask({200, 20}));
        const int extra = 5;
        QImage afterExtra;
        for (int i = 0; i < MaskEdits::maxUndoSteps + extra; ++i) {
            edits.beginStroke(MaskBrush::Include, 1.0, {i + 0.5, 10.5});
            edits.endStroke();
            if (i == extra - 1)
                afterExtra = edits.mask();
        }
        QCOMPARE(edits.undoSteps(), MaskEdits::maxUndoSteps);
        while (edits.canUndo())
            edits.undo();
        QCOMPARE(edits.mask(), afterExtra);
        QCOMPARE(objectArea(edits.mask()), extra);
    }

    void resetReturnsToTheAutomaticMaskAndCanBeUndone() {
        const QImage automatic = discMask({50, 50}, {25, 25}, 10);
        MaskEdits edits(automatic, emptyMask({50, 50}));
        QVERIFY(!edits.hasObject());
        edits.keepInside(QRect(5, 5, 10, 10));
        const QImage edited = edits.mask();
        QVERIFY(!edits.resetToAutomatic().isEmpty());
        QVERIFY(edits.isAutomatic());
        QCOMPARE(edits.mask(), automatic);
        QVERIFY(edits.resetToAutomatic().isEmpty()); // already automatic: no step
        QCOMPARE(edits.undoSteps(), 2);
        edits.undo();
        QCOMPARE(edits.mask(), edited);
        edits.undo();
        QVERIFY(!edits.hasObject()); // the mask it started from
    }
};

QTEST_GUILESS_MAIN(TestMaskEdits)

#include "tst_maskedits.moc"
