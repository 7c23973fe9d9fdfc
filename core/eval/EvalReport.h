#pragma once

#include "core/eval/Evaluation.h"

#include <QImage>
#include <QString>
#include <vector>

namespace lift3d {

// Markdown: overall quality per generator, step count and input source; per-stage latency
// (medians); IoU@32^3 per category. `command` is quoted so the numbers can be reproduced.
QString evalMarkdown(const std::vector<EvalSample>& samples, const QString& command);

// One row per sample, every metric and stage time.
QByteArray evalCsv(const std::vector<EvalSample>& samples);

// Quality (IoU@32^3, renders and icons) and total time against sampling steps (log2 axis);
// generators that ignore steps are drawn as horizontal lines. Needs a QGuiApplication (fonts).
QImage evalPlot(const std::vector<EvalSample>& samples);

} // namespace lift3d
