#include "core/eval/EvalReport.h"

#include "core/dataset/DataSplit.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <functional>
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

std::map<Key, Group> groupBySetting(const std::vector<const EvalSample*>& samples) {
    std::map<Key, Group> groups;
    for (const EvalSample* s : samples)
        groups[{s->generator, s->steps, int(s->source)}].samples.push_back(s);
    return groups;
}

// The order in which the report shows splits: what is reported first, then calibration, then
// the unseen-source test.
int splitRank(Split split) {
    switch (split) {
    case Split::Test:
        return 0;
    case Split::Validation:
        return 1;
    case Split::Unseen:
        return 2;
    case Split::Train:
        break;
    }
    return 3;
}

// Samples grouped by their split, in report order.
std::map<int, std::vector<const EvalSample*>> bySplit(const std::vector<EvalSample>& samples) {
    std::map<int, std::vector<const EvalSample*>> splits;
    for (const EvalSample& s : samples)
        splits[splitRank(s.split)].push_back(&s);
    return splits;
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

QString qualityTable(const std::vector<const EvalSample*>& samples) {
    QString md = QStringLiteral("| generator | steps | input | n | IoU@32³ | IoU@64³ | "
                                "Chamfer-L1 ↓ | F@1% | F@2% | F@5% | silhouette IoU |\n"
                                "|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const auto& [key, group] : groupBySetting(samples))
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n")
                  .arg(std::get<0>(key), stepsLabel(std::get<1>(key)),
                       evalSourceName(EvalSource(std::get<2>(key))))
                  .arg(group.samples.size())
                  .arg(f3(group.mean(&EvalSample::iou32)), f3(group.mean(&EvalSample::iou64)),
                       f3(group.mean(&EvalSample::chamferL1)), f3(group.mean(&EvalSample::fscore1)),
                       f3(group.mean(&EvalSample::fscore2)), f3(group.mean(&EvalSample::fscore5)),
                       f3(group.mean(&EvalSample::silhouetteIoU)));
    return md;
}

QString qualityHeading(Split split, const std::vector<const EvalSample*>& samples) {
    if (split != Split::Unseen)
        return QStringLiteral("### Quality (means over %1 inputs)\n\n").arg(splitName(split));
    std::set<QString> sources;
    for (const EvalSample* s : samples)
        sources.insert(s->objectSource);
    return QStringLiteral("### Unseen sources: quality (means over inputs of the sources held "
                          "out whole: %1)\n\n")
        .arg(QStringList(sources.begin(), sources.end()).join(QStringLiteral(", ")));
}

// Means per split, per group (an object source or a category) and per generator, each generator
// at its largest step count. Renders only: icons exist for Sweet Home 3D objects alone, and
// counting them would set sources (and their categories) apart by the input, not the shapes.
QString breakdownTable(const std::vector<EvalSample>& samples, const QString& groupName,
                       const std::function<QString(const EvalSample&)>& groupOf) {
    std::map<QString, int> largestSteps;
    for (const EvalSample& s : samples)
        largestSteps[s.generator] = std::max(largestSteps[s.generator], s.steps);
    std::map<std::tuple<int, QString, QString>, Group> rows; // split, group, generator
    std::map<int, Split> splitOfRank;
    for (const EvalSample& s : samples) {
        if (s.source != EvalSource::Render || s.steps != largestSteps[s.generator])
            continue;
        rows[{splitRank(s.split), groupOf(s), s.generator}].samples.push_back(&s);
        splitOfRank[splitRank(s.split)] = s.split;
    }
    QString md = QStringLiteral("| split | %1 | generator | n | IoU@32³ | Chamfer-L1 ↓ | F@5% |\n"
                                "|---|---|---|---|---|---|---|\n")
                     .arg(groupName);
    for (const auto& [key, group] : rows) {
        const QString& generator = std::get<2>(key);
        const int steps = largestSteps[generator];
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                .arg(splitName(splitOfRank[std::get<0>(key)]),
                     std::get<1>(key).isEmpty() ? QStringLiteral("-") : std::get<1>(key),
                     steps ? QStringLiteral("%1 (%2 steps)").arg(generator).arg(steps) : generator)
                .arg(group.samples.size())
                .arg(f3(group.mean(&EvalSample::iou32)), f3(group.mean(&EvalSample::chamferL1)),
                     f3(group.mean(&EvalSample::fscore5)));
    }
    return md;
}

} // namespace

QString evalMarkdown(const std::vector<EvalSample>& samples, const QString& command) {
    QString md;
    md += QStringLiteral("Made by `%1`.\n\n").arg(command);
    bool first = true;
    for (const auto& [rank, inSplit] : bySplit(samples)) {
        md += (first ? QString() : QStringLiteral("\n")) +
              qualityHeading(inSplit.front()->split, inSplit) + qualityTable(inSplit);
        first = false;
    }

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

    md +=
        QStringLiteral("\n### Per source (renders; each generator at its largest step count)\n\n") +
        breakdownTable(samples, QStringLiteral("source"),
                       [](const EvalSample& s) { return s.objectSource; });
    md += QStringLiteral("\n### Per category (renders; each generator at its largest step "
                         "count)\n\n") +
          breakdownTable(samples, QStringLiteral("category"),
                         [](const EvalSample& s) { return s.category; });
    return md;
}

QByteArray evalCsv(const std::vector<EvalSample>& samples) {
    QString csv = QStringLiteral(
        "generator,steps,source,object,category,object_source,split,iou32,iou64,chamfer_l1,"
        "fscore_1,fscore_2,fscore_5,silhouette_iou,best_azimuth_deg,preprocess_ms,encode_ms,"
        "sample_ms,decode_ms,mesh_ms,total_ms\n");
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
                           quoted(s.objectSource),
                           splitName(s.split),
                           QString::number(s.iou32, 'f', 5),
                           QString::number(s.iou64, 'f', 5),
                           QString::number(s.chamferL1, 'f', 5),
                           QString::number(s.fscore1, 'f', 5),
                           QString::number(s.fscore2, 'f', 5),
                           QString::number(s.fscore5, 'f', 5),
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

QImage evalPlot(const std::vector<EvalSample>& allSamples) {
    QImage image(1200, 500, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // One split per plot, the first in report order: averaging the test split with the unseen
    // sources would draw neither.
    const auto splits = bySplit(allSamples);
    const std::vector<const EvalSample*> samples =
        splits.empty() ? std::vector<const EvalSample*>{} : splits.begin()->second;
    const auto groups = groupBySetting(samples);
    std::set<QString> generators;
    for (const EvalSample* s : samples)
        generators.insert(s->generator);
    const QList<QColor> palette{QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                                QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};
    double maxTime = 1.0;
    for (const EvalSample* s : samples)
        maxTime = std::max(maxTime, s->timings.total());

    struct Panel {
        QRect area;
        QString title;
        bool time;
    };
    const Panel panels[2] = {
        {QRect(70, 50, 480, 380),
         QStringLiteral("IoU@32³ vs sampling steps, %1 split (solid: renders, dashed: icons)")
             .arg(samples.empty() ? QStringLiteral("no") : splitName(samples.front()->split)),
         false},
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
