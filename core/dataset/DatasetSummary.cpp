#include "core/dataset/DatasetSummary.h"

#include "core/dataset/ShapeDataset.h"

#include <QPainter>
#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace lift3d {
namespace {

constexpr Split allSplits[] = {Split::Train, Split::Validation, Split::Test, Split::Unseen};

QString row(const QStringList& cells) {
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString separator(int columns, int leftAligned = 1) {
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << (c < leftAligned ? QStringLiteral("---") : QStringLiteral("---:"));
    return row(cells);
}

} // namespace

QString datasetSummaryMarkdown(const ShapeDataset& dataset) {
    std::map<QString, std::map<Split, int>> perSource;
    std::map<QString, std::map<QString, int>> perCategory;
    std::map<Split, int> totals;
    long views = 0, evalViews = 0, tabletopViews = 0, icons = 0;
    for (const DatasetObject& object : dataset.objects()) {
        ++perSource[object.source][object.split];
        ++totals[object.split];
        ++perCategory[object.source]
                     [object.category.isEmpty() ? QStringLiteral("(none)") : object.category];
        views += long(object.views.size());
        evalViews += long(object.evalViews.size());
        tabletopViews += long(object.tabletopViews.size());
        icons += object.iconFile.isEmpty() ? 0 : 1;
    }

    QString text =
        row({QStringLiteral("source"), QStringLiteral("train"), QStringLiteral("validation"),
             QStringLiteral("test"), QStringLiteral("unseen"), QStringLiteral("objects")});
    text += separator(6);
    auto countsRow = [&](const QString& label, std::map<Split, int>& counts) {
        QStringList cells{label};
        int sum = 0;
        for (Split split : allSplits) {
            cells << QString::number(counts[split]);
            sum += counts[split];
        }
        cells << QString::number(sum);
        return row(cells);
    };
    for (auto& [source, counts] : perSource)
        text += countsRow(source, counts);
    text += countsRow(QStringLiteral("**total**"), totals);

    text += QStringLiteral("\n");
    text += row({QStringLiteral("source"), QStringLiteral("categories (objects)")});
    text += separator(2, 2);
    for (const auto& [source, categories] : perCategory) {
        std::vector<std::pair<int, QString>> sorted;
        for (const auto& [category, count] : categories)
            sorted.emplace_back(-count, category);
        std::sort(sorted.begin(), sorted.end());
        QStringList cells;
        for (const auto& [negativeCount, category] : sorted)
            cells << QStringLiteral("%1 %2").arg(category).arg(-negativeCount);
        text += row({source, cells.join(QStringLiteral(", "))});
    }

    text += QStringLiteral("\nViews: %1 training renders, %2 evaluation renders, %3 tabletop "
                           "scenes, %4 catalog icons.\n")
                .arg(views)
                .arg(evalViews)
                .arg(tabletopViews)
                .arg(icons);
    return text;
}

namespace {

// Up to `count` objects that `keep` accepts, drawn at random (the same for the same seed).
template <typename Keep>
std::vector<const DatasetObject*> drawObjects(const ShapeDataset& dataset, Keep keep,
                                              std::size_t count, std::mt19937& random) {
    std::vector<const DatasetObject*> objects;
    for (const DatasetObject& object : dataset.objects())
        if (keep(object))
            objects.push_back(&object);
    std::shuffle(objects.begin(), objects.end(), random);
    objects.resize(std::min(objects.size(), count));
    return objects;
}

QImage blankSheet(int width, int height) {
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(QColor(235, 235, 235));
    return sheet;
}

constexpr int cell = 128;

} // namespace

QImage sourceContactSheet(const ShapeDataset& dataset, const QString& source, int columns, int rows,
                          unsigned seed) {
    if (columns < 1 || rows < 1)
        return {};
    std::mt19937 random(seed);
    const auto objects = drawObjects(
        dataset,
        [&](const DatasetObject& o) {
            return o.source == source && (!o.views.empty() || !o.evalViews.empty());
        },
        std::size_t(columns * rows), random);
    if (objects.empty())
        return {};
    QImage sheet = blankSheet(columns * cell, rows * cell);
    QPainter painter(&sheet);
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const DatasetObject& object = *objects[i];
        const auto& views = object.views.empty() ? object.evalViews : object.views;
        const DatasetView& view =
            views[std::uniform_int_distribution<std::size_t>(0, views.size() - 1)(random)];
        painter.drawImage(QRect(int(i) % columns * cell, int(i) / columns * cell, cell, cell),
                          QImage(dataset.objectPath(object, view.imageFile)));
    }
    return sheet;
}

QImage tabletopContactSheet(const ShapeDataset& dataset, int columns, int rows, unsigned seed) {
    if (columns < 1 || rows < 1)
        return {};
    std::mt19937 random(seed);
    const auto objects = drawObjects(
        dataset, [](const DatasetObject& o) { return !o.tabletopViews.empty(); },
        std::size_t(columns * rows), random);
    if (objects.empty())
        return {};
    QImage sheet = blankSheet(columns * cell, rows * 2 * cell);
    QPainter painter(&sheet);
    for (std::size_t i = 0; i < objects.size(); ++i) {
        const DatasetObject& object = *objects[i];
        const DatasetView& view = object.tabletopViews.front();
        const int x = int(i) % columns * cell, y = int(i) / columns * 2 * cell;
        painter.drawImage(QRect(x, y, cell, cell),
                          QImage(dataset.objectPath(object, view.imageFile)));
        painter.drawImage(QRect(x, y + cell, cell, cell),
                          QImage(dataset.objectPath(object, view.maskFile)));
    }
    return sheet;
}

} // namespace lift3d
