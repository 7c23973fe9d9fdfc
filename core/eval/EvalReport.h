#pragma once

#include "core/eval/Evaluation.h"

#include <QImage>
#include <QString>
#include <vector>

namespace lift3d {

// Markdown: quality per generator, step count and input source, one table per split (test,
// validation, then the unseen sources, held out whole); per-stage latency (medians); IoU@32^3,
// Chamfer-L1 and F@5% per object source and per category (renders, each generator at its largest
// step count, with a split column). `command` is quoted so the numbers can be reproduced.
QString evalMarkdown(const std::vector<EvalSample>& samples, const QString& command);

// One row per sample: its object's source and split, every metric and stage time.
QByteArray evalCsv(const std::vector<EvalSample>& samples);

// Quality (IoU@32^3, renders and icons) and total time against sampling steps (log2 axis), on
// the first split of the report (usually test); generators that ignore steps are drawn as
// horizontal lines. Needs a QGuiApplication (fonts).
QImage evalPlot(const std::vector<EvalSample>& samples);

} // namespace lift3d
