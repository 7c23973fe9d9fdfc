#pragma once

#include <QImage>
#include <QString>

namespace lift3d {

class ShapeDataset;

// Markdown tables of a built dataset for docs/dataset.md: objects per source and split with a
// total row, objects per source and category, and the number of views of each kind.
QString datasetSummaryMarkdown(const ShapeDataset& dataset);

// A contact sheet of one source: `columns` x `rows` training (or, for held-out objects,
// evaluation) renders of randomly drawn objects of `source`, composited on light grey (no text:
// it needs no font, so the headless tools can draw it). Deterministic per seed; a null image
// when the source has none.
QImage sourceContactSheet(const ShapeDataset& dataset, const QString& source, int columns = 8,
                          int rows = 5, unsigned seed = 1);

// The same for tabletop scenes of any source: each scene above the object's mask, so both can
// be checked at a glance. A null image when the dataset has none.
QImage tabletopContactSheet(const ShapeDataset& dataset, int columns = 8, int rows = 3,
                            unsigned seed = 1);

} // namespace lift3d
