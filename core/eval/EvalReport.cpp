#include "core/eval/EvalReport.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace lift3d {
namespace {

struct Group {
    std::vector<const EvalSample*> samples;
    double mean(double EvalSample::*metric) const {
        double sum = 0;
        for (const EvalSample* s : samples)
            sum += s->*metric;
        return samples.empty() ? 0.0 : sum / double(samples.size());
    }
    double median(double (*value)(const EvalSample&)) const {
        std::vector<double> v;
        for (const EvalSample* s : samples)
            v.push_back(value(*s));
        if (v.empty())
            return 0.0;
        std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
        return v[v.size() / 2];
    }
};

using Key = std::tuple<QString, int, int>; // generator, steps, source

std::map<Key, Group> groupBySetting(const std::vector<EvalSample>& samples) {
    std::map<Key, Group> groups;
    for (const EvalSample& s : samples)
        groups[{s.generator, s.steps, int(s.source)}].samples.push_back(&s);
    return groups;
}

QString stepsLabel(int steps) {
    return steps == 0 ? QStringLiteral("-") : QString::number(steps);
}
QString f3(double v) {
    return QString::number(v, 'f', 3);
}
QString f1(double v) {
    return QString::number(v, 'f', 1);
}

} // namespace

QString evalMarkdown(const std::vector<EvalSample>& samples, const QString& command) {
    QString md;
    md += QStringLiteral("Made by `%1`.\n\n").arg(command);
    md += QStringLiteral("### Quality (means over test inputs)\n\n");
    md += QStringLiteral("| generator | steps | input | n | IoU@32³ | IoU@64³ | Chamfer-L1 ↓ | "
                         "F@1% | F@2% | silhouette IoU |\n");
    md += QStringLiteral("|---|---|---|---|---|---|---|---|---|---|\n");
    const auto groups = groupBySetting(samples);
    for (const auto& [key, group] : groups)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n")
                  .arg(std::get<0>(key), stepsLabel(std::get<1>(key)),
                       evalSourceName(EvalSource(std::get<2>(key))))
                  .arg(group.samples.size())
                  .arg(f3(group.mean(&EvalSample::iou32)), f3(group.mean(&EvalSample::iou64)),
                       f3(group.mean(&EvalSample::chamferL1)), f3(group.mean(&EvalSample::fscore1)),
                       f3(group.mean(&EvalSample::fscore2)),
                       f3(group.mean(&EvalSample::silhouetteIoU)));

    md += QStringLiteral("\n### Latency per stage (median ms, this machine)\n\n");
    md += QStringLiteral("| generator | steps | preprocess | encode | sample | decode | mesh | "
                         "total |\n|---|---|---|---|---|---|---|---|\n");
    std::map<std::pair<QString, int>, Group> byRun;
    for (const EvalSample& s : samples)
        byRun[{s.generator, s.steps}].samples.push_back(&s);
    for (const auto& [key, group] : byRun)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(key.first, stepsLabel(key.second))
                  .arg(f1(group.median([](const EvalSample& s) { return s.timings.preprocess; })),
                       f1(group.median([](const EvalSample& s) { return s.timings.encode; })),
                       f1(group.median([](const EvalSample& s) { return s.timings.sample; })),
                       f1(group.median([](const EvalSample& s) { return s.timings.decode; })),
                       f1(group.median([](const EvalSample& s) { return s.timings.mesh; })),
                       f1(group.median([](const EvalSample& s) { return s.timings.total(); })));

    // Per category: each generator at its largest step count, renders and icons together.
    std::map<QString, int> largestSteps;
    std::set<QString> categories;
    for (const EvalSample& s : samples) {
        largestSteps[s.generator] = std::max(largestSteps[s.generator], s.steps);
        categories.insert(s.category);
    }
    md += QStringLiteral("\n### IoU@32³ per category (renders and icons; each generator at its "
                         "largest step count)\n\n| category |");
    for (const auto& [generator, steps] : largestSteps)
        md += QStringLiteral(" %1%2 |").arg(
            generator, steps ? QStringLiteral(" (%1 steps)").arg(steps) : QString());
    md += QStringLiteral("\n|---|");
    for (std::size_t i = 0; i < largestSteps.size(); ++i)
        md += QStringLiteral("---|");
    md += QLatin1Char('\n');
    for (const QString& category : categories) {
        md += QStringLiteral("| %1 |").arg(category);
        for (const auto& [generator, steps] : largestSteps) {
            Group group;
            for (const EvalSample& s : samples)
                if (s.generator == generator && s.steps == steps && s.category == category)
                    group.samples.push_back(&s);
            md += QStringLiteral(" %1 (n=%2) |")
                      .arg(f3(group.mean(&EvalSample::iou32)))
                      .arg(group.samples.size());
        }
        md += QLatin1Char('\n');
    }
    return md;
}

QByteArray evalCsv(const std::vector<EvalSample>& samples) {
    QString csv = QStringLiteral(
        "generator,steps,source,object,category,iou32,iou64,chamfer_l1,fscore_1,fscore_2,"
        "silhouette_iou,best_azimuth_deg,preprocess_ms,encode_ms,sample_ms,decode_ms,mesh_ms,total_"
        "ms\n");
    auto quoted = [](QString text) {
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    };
    for (const EvalSample& s : samples)
        csv += QStringList{s.generator,
                           QString::number(s.steps),
                           evalSourceName(s.source),
                           quoted(s.objectId),
                           quoted(s.category),
                           QString::number(s.iou32, 'f', 5),
                           QString::number(s.iou64, 'f', 5),
                           QString::number(s.chamferL1, 'f', 5),
                           QString::number(s.fscore1, 'f', 5),
                           QString::number(s.fscore2, 'f', 5),
                           QString::number(s.silhouetteIoU, 'f', 5),
                           QString::number(s.bestAzimuth),
                           QString::number(s.timings.preprocess, 'f', 2),
                           QString::number(s.timings.encode, 'f', 2),
                           QString::number(s.timings.sample, 'f', 2),
                           QString::number(s.timings.decode, 'f', 2),
                           QString::number(s.timings.mesh, 'f', 2),
                           QString::number(s.timings.total(), 'f', 2)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return csv.toUtf8();
}

QImage evalPlot(const std::vector<EvalSample>& samples) {
    QImage image(1200, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto groups = groupBySetting(samples);
    std::set<QString> generators;
    for (const EvalSample& s : samples)
        generators.insert(s.generator);
    const QList<QColor> palette{QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                                QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};
    double maxTime = 1.0;
    for (const EvalSample& s : samples)
        maxTime = std::max(maxTime, s.timings.total());

    struct Panel {
        QRect area;
        QString title;
        bool time;
    };
    const Panel panels[2] = {
        {QRect(70, 50, 480, 380),
         QStringLiteral("IoU@32³ vs sampling steps (solid: renders, dashed: icons)"), false},
        {QRect(690, 50, 480, 380),
         QStringLiteral("median total time on renders (ms) vs sampling steps"), true}};
    auto xOf = [](const QRect& area, int steps) {
        return area.left() + area.width() * (std::log2(double(std::max(steps, 1))) / 7.0);
    };
    for (const Panel& panel : panels) {
        painter.setPen(Qt::black);
        painter.drawRect(panel.area);
        painter.drawText(QRect(panel.area.left(), 10, panel.area.width(), 30), Qt::AlignCenter,
                         panel.title);
        for (int e = 0; e <= 7; ++e) {
            const double x = xOf(panel.area, 1 << e);
            painter.drawText(QRectF(x - 20, panel.area.bottom() + 5, 40, 20), Qt::AlignCenter,
                             QString::number(1 << e));
        }
        const double top = panel.time ? maxTime * 1.1 : 1.0;
        for (int t = 0; t <= 4; ++t) {
            const double y = panel.area.bottom() - panel.area.height() * t / 4.0;
            painter.setPen(QColor(220, 220, 220));
            painter.drawLine(QPointF(panel.area.left(), y), QPointF(panel.area.right(), y));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(panel.area.left() - 65, y - 10, 60, 20),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(top * t / 4.0, 'f', panel.time ? 0 : 2));
        }
        int colorIndex = 0;
        for (const QString& generator : generators) {
            const QColor color = palette[colorIndex++ % palette.size()];
            for (int source = 0; source < 2; ++source) {
                if (panel.time && source == 1)
                    continue;
                QPainterPath path;
                bool first = true;
                for (const auto& [key, group] : groups) {
                    if (std::get<0>(key) != generator || std::get<2>(key) != source)
                        continue;
                    const double value =
                        panel.time
                            ? group.median([](const EvalSample& s) { return s.timings.total(); })
                            : group.mean(&EvalSample::iou32);
                    const double y =
                        panel.area.bottom() - panel.area.height() * std::min(value / top, 1.0);
                    if (std::get<1>(key) == 0) { // ignores steps: a horizontal line
                        path.moveTo(panel.area.left(), y);
                        path.lineTo(panel.area.right(), y);
                        continue;
                    }
                    const double x = xOf(panel.area, std::get<1>(key));
                    if (first)
                        path.moveTo(x, y);
                    else
                        path.lineTo(x, y);
                    first = false;
                    painter.setBrush(color);
                    painter.setPen(color);
                    painter.drawEllipse(QPointF(x, y), 3, 3);
                }
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(color, 2, source == 0 ? Qt::SolidLine : Qt::DashLine));
                painter.drawPath(path);
            }
        }
    }
    int colorIndex = 0, x = 70;
    for (const QString& generator : generators) {
        const QColor color = palette[colorIndex++ % palette.size()];
        painter.setPen(QPen(color, 3));
        painter.drawLine(x, 470, x + 30, 470);
        painter.setPen(Qt::black);
        painter.drawText(x + 36, 475, generator);
        x += 60 + painter.fontMetrics().horizontalAdvance(generator);
    }
    return image;
}

} // namespace lift3d
