#include "core/model/TrainingPlot.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <map>
#include <vector>

namespace lift3d {

QImage plotTrainingLoss(const QString& csvPath) {
    struct Point {
        double step, loss, validation;
    };
    std::map<QString, std::vector<Point>> phases;
    QFile file(csvPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        file.readLine();
        while (!file.atEnd()) {
            const QList<QByteArray> cells = file.readLine().trimmed().split(',');
            if (cells.size() >= 4)
                phases[QString::fromUtf8(cells[0])].push_back(
                    {cells[1].toDouble(), cells[2].toDouble(), cells[3].toDouble()});
        }
    }
    QImage image(1200, 450, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    int panel = 0;
    for (const QString& phase : {QStringLiteral("autoencoder"), QStringLiteral("flow")}) {
        const QRect area(80 + panel++ * 600, 50, 480, 340);
        painter.setPen(Qt::black);
        painter.drawRect(area);
        painter.drawText(
            QRect(area.left(), 10, area.width(), 30), Qt::AlignCenter,
            QStringLiteral("%1 loss (log scale; blue: training, smoothed; red: validation)")
                .arg(phase));
        const auto& points = phases[phase];
        if (points.empty())
            continue;
        double lo = 1e30, hi = 0, maxStep = 1;
        for (const Point& p : points) {
            for (double v : {p.loss, p.validation})
                if (v > 0) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
            maxStep = std::max(maxStep, p.step);
        }
        lo = std::log10(lo);
        hi = std::log10(hi) + 1e-6;
        auto toPoint = [&](double step, double value) {
            return QPointF(area.left() + area.width() * step / maxStep,
                           area.bottom() - area.height() * (std::log10(value) - lo) / (hi - lo));
        };
        for (int t = 0; t <= 4; ++t) {
            const double v = lo + (hi - lo) * t / 4.0;
            const double y = area.bottom() - area.height() * t / 4.0;
            painter.drawText(QRectF(area.left() - 75, y - 10, 70, 20),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(std::pow(10.0, v), 'g', 3));
        }
        painter.drawText(QRectF(area.left(), area.bottom() + 5, area.width(), 20), Qt::AlignCenter,
                         QStringLiteral("step (0 .. %1)").arg(maxStep));
        QPainterPath training, validation;
        double smooth = points.front().loss;
        bool firstValidation = true;
        for (std::size_t i = 0; i < points.size(); ++i) {
            smooth = 0.9 * smooth + 0.1 * points[i].loss;
            if (i == 0)
                training.moveTo(toPoint(points[i].step, smooth));
            else
                training.lineTo(toPoint(points[i].step, smooth));
            if (points[i].validation > 0) {
                if (firstValidation)
                    validation.moveTo(toPoint(points[i].step, points[i].validation));
                else
                    validation.lineTo(toPoint(points[i].step, points[i].validation));
                firstValidation = false;
            }
        }
        painter.setPen(QPen(QColor(31, 119, 180), 2));
        painter.drawPath(training);
        painter.setPen(QPen(QColor(214, 39, 40), 2));
        painter.drawPath(validation);
    }
    return image;
}

} // namespace lift3d
