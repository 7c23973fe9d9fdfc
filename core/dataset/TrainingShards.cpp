#include "core/dataset/TrainingShards.h"

#include "core/Error.h"
#include "core/ParallelFor.h"
#include "core/geometry/ShapeLattice.h"
#include "core/image/ImagePreparation.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <mutex>

namespace lift3d {
namespace {

constexpr quint32 shardMagic = 0x4853334c; // "L3SH"
constexpr quint32 shardVersion = 1;

qsizetype sampleBytes(const ShardFormat& f) {
    const qsizetype pixels = qsizetype(f.imageSize) * f.imageSize;
    return qsizetype(f.fieldSide) * f.fieldSide * f.fieldSide + 4 * pixels + pixels;
}

// The depth picture (16 bits, 0 = none) seen through the conditioning's crop, nearest sample:
// depths must not be blended across the silhouette.
QByteArray croppedDepth(const QImage& depth, const QRect& crop, int size) {
    QByteArray bytes(qsizetype(size) * size, 0);
    if (depth.isNull() || crop.isEmpty())
        return bytes;
    const QImage d16 = depth.convertToFormat(QImage::Format_Grayscale16);
    for (int y = 0; y < size; ++y) {
        const int sy = crop.top() + int(std::floor((y + 0.5) * crop.height() / size));
        if (sy < 0 || sy >= d16.height())
            continue;
        const auto* row = reinterpret_cast<const quint16*>(d16.constScanLine(sy));
        for (int x = 0; x < size; ++x) {
            const int sx = crop.left() + int(std::floor((x + 0.5) * crop.width() / size));
            if (sx < 0 || sx >= d16.width() || row[sx] == 0)
                continue;
            bytes[qsizetype(y) * size + x] = char(1 + std::lround((row[sx] - 1) / 65534.0 * 254.0));
        }
    }
    return bytes;
}

QString shardFolder(const ShapeDataset& dataset, Split split, const ShardFormat& format) {
    return QDir(dataset.root())
        .filePath(QStringLiteral("shards/%1-%2-%3")
                      .arg(splitName(split))
                      .arg(format.fieldSide)
                      .arg(format.imageSize));
}

QJsonObject formatJson(const ShardFormat& f) {
    return {{QStringLiteral("fieldSide"), f.fieldSide},
            {QStringLiteral("imageSize"), f.imageSize},
            {QStringLiteral("truncation"), double(f.truncation)},
            {QStringLiteral("cropMargin"), double(f.cropMargin)}};
}

} // namespace

TrainingSample makeTrainingSample(const ShapeDataset& dataset, const DatasetObject& object,
                                  const DatasetView& view, const ScalarGrid& canonicalField,
                                  float canonicalTruncation, const ShardFormat& format) {
    ConditioningOptions conditioning;
    conditioning.size = format.imageSize;
    conditioning.margin = format.cropMargin;
    const PreparedImage prepared =
        prepareImageFile(dataset.objectPath(object, view.imageFile), conditioning);
    TrainingSample sample;
    sample.image = planarImage(prepared.conditioning);
    sample.field = quantiseField(
        fieldInViewFrame(canonicalField, view.camera, format.fieldSide, canonicalTruncation),
        format.truncation);
    sample.depth = croppedDepth(
        view.depthFile.isEmpty() ? QImage() : QImage(dataset.objectPath(object, view.depthFile)),
        prepared.conditioning.crop, format.imageSize);
    return sample;
}

std::vector<TrainingSample> samplesOfObject(const ShapeDataset& dataset, quint32 objectIndex,
                                            const ShardFormat& format, std::size_t maxViews) {
    const DatasetObject& object = dataset.objects()[objectIndex];
    float truncation = 0.1f;
    const ScalarGrid canonical = dataset.canonicalField(object, &truncation); // once per object
    std::vector<TrainingSample> samples;
    for (std::size_t v = 0; v < std::min(maxViews, object.views.size()); ++v) {
        try {
            samples.push_back(makeTrainingSample(dataset, object, object.views[v], canonical,
                                                 truncation, format));
            samples.back().object = objectIndex;
        } catch (const Error& error) {
            if (error.kind() != ErrorKind::NoObjectFound)
                throw;
            // Seen edge-on, nothing visible: not a sample.
        }
    }
    return samples;
}

QByteArray planarImage(const Conditioning& conditioning) {
    const QImage rgb = conditioning.rgb.convertToFormat(QImage::Format_RGB888);
    const QImage mask = conditioning.mask.convertToFormat(QImage::Format_Grayscale8);
    const int w = rgb.width(), h = rgb.height();
    QByteArray bytes(4 * qsizetype(w) * h, 0);
    for (int y = 0; y < h; ++y) {
        const uchar* row = rgb.constScanLine(y);
        const uchar* m = mask.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c)
                bytes[(qsizetype(c) * h + y) * w + x] = char(row[3 * x + c]);
            bytes[(qsizetype(3) * h + y) * w + x] = char(m[x]);
        }
    }
    return bytes;
}

void writeShard(const QString& path, const std::vector<TrainingSample>& samples,
                const ShardFormat& format) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << shardMagic << shardVersion << qint32(format.fieldSide) << qint32(format.imageSize)
        << format.truncation << format.cropMargin << quint32(samples.size());
    for (const TrainingSample& sample : samples) {
        const QByteArray packed = qCompress(sample.field + sample.image + sample.depth, 1);
        out << sample.object << quint32(packed.size());
        out.writeRawData(packed.constData(), int(packed.size()));
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
}

std::vector<TrainingSample> readShard(const QString& path, const ShardFormat& format) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::FileNotFound, QStringLiteral("Cannot read the shard %1.").arg(path));
    return readShard(file, path, format);
}

std::vector<TrainingSample> readShard(QIODevice& file, const QString& path,
                                      const ShardFormat& format) {
    const auto corrupt = [&](const char* why) {
        return Error(ErrorKind::CorruptData,
                     QStringLiteral("The training shard %1 is damaged (%2); delete its folder and "
                                    "run lift3d-train again to rewrite it.")
                         .arg(path, QString::fromLatin1(why)));
    };
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0, count = 0;
    qint32 fieldSide = 0, imageSize = 0;
    float truncation = 0, margin = 0;
    in >> magic >> version >> fieldSide >> imageSize >> truncation >> margin >> count;
    if (in.status() != QDataStream::Ok || magic != shardMagic || version != shardVersion)
        throw corrupt("not a Lift3D shard");
    if (fieldSide != format.fieldSide || imageSize != format.imageSize ||
        truncation != format.truncation || margin != format.cropMargin)
        throw corrupt("written for another model size");
    const qsizetype expected = sampleBytes(format);
    const qsizetype fieldBytes = qsizetype(fieldSide) * fieldSide * fieldSide;
    const qsizetype imageBytes = 4 * qsizetype(imageSize) * imageSize;
    // Each sample takes at least its 8-byte header: a count beyond that is a lie.
    if (qint64(count) * 8 > file.size())
        throw corrupt("sample count beyond the file");
    std::vector<TrainingSample> samples(count);
    for (TrainingSample& sample : samples) {
        quint32 length = 0;
        in >> sample.object >> length;
        if (in.status() != QDataStream::Ok || qint64(length) > file.size() - file.pos())
            throw corrupt("truncated");
        QByteArray packed(qsizetype(length), Qt::Uninitialized);
        if (in.readRawData(packed.data(), int(length)) != int(length))
            throw corrupt("truncated");
        // qCompress leads with the uncompressed size (big-endian): check it before qUncompress
        // allocates that much.
        if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) != quint32(expected))
            throw corrupt("a sample of the wrong size");
        const QByteArray bytes = qUncompress(packed);
        if (bytes.size() != expected)
            throw corrupt("a sample of the wrong size");
        sample.field = bytes.left(fieldBytes);
        sample.image = bytes.mid(fieldBytes, imageBytes);
        sample.depth = bytes.mid(fieldBytes + imageBytes);
    }
    return samples;
}

ShardSet buildTrainingShards(const ShapeDataset& dataset, Split split, const ShardFormat& format,
                             int objectsPerShard, const std::function<void(int, int)>& progress,
                             const std::atomic<bool>* cancel) {
    ShardSet set;
    set.folder = shardFolder(dataset, split, format);
    const QDir folder(set.folder);
    // Objects by index into objects(), in a fixed random order.
    std::vector<quint32> order;
    for (std::size_t i = 0; i < dataset.objects().size(); ++i)
        if (dataset.objects()[i].split == split && !dataset.objects()[i].views.empty())
            order.push_back(quint32(i));
    std::shuffle(order.begin(), order.end(), std::mt19937(20261203u));
    // What the shards hold: shards written for another dataset (other sources, another hold-out,
    // other views) must not be reused, finished or not.
    QByteArray plan = QByteArray::number(objectsPerShard);
    for (quint32 o : order)
        plan += ';' + dataset.objects()[o].key.toUtf8() + ':' +
                QByteArray::number(qulonglong(dataset.objects()[o].views.size()));
    const QString fingerprint = QString::number(fnv1a32(plan), 16);

    QFile existingIndex(folder.filePath(QStringLiteral("index.json")));
    if (existingIndex.open(QIODevice::ReadOnly)) {
        const QJsonObject index = QJsonDocument::fromJson(existingIndex.readAll()).object();
        if (index.value(QStringLiteral("format")).toObject() == formatJson(format) &&
            index.value(QStringLiteral("fingerprint")).toString() == fingerprint) {
            for (const QJsonValue& name : index.value(QStringLiteral("files")).toArray())
                set.files << folder.filePath(name.toString());
            set.samples = long(index.value(QStringLiteral("samples")).toDouble());
            return set;
        }
    }
    QFile planFile(folder.filePath(QStringLiteral("plan.txt")));
    const bool samePlan = planFile.open(QIODevice::ReadOnly) &&
                          QString::fromLatin1(planFile.readAll()) == fingerprint;
    planFile.close();
    if (!samePlan) {
        QDir(set.folder).removeRecursively(); // shards of another plan, finished or partial
        if (!QDir().mkpath(set.folder) || !planFile.open(QIODevice::WriteOnly) ||
            planFile.write(fingerprint.toLatin1()) != fingerprint.size() || !planFile.flush())
            throw Error(ErrorKind::DirectoryNotWritable,
                        QStringLiteral("Cannot write into %1.").arg(set.folder));
        planFile.close();
    }

    const int shardCount = int((order.size() + std::size_t(objectsPerShard) - 1) /
                               std::size_t(std::max(1, objectsPerShard)));
    std::vector<long> counts(std::size_t(shardCount), 0);
    std::mutex lock;
    int done = 0;
    parallelFor(std::size_t(shardCount), [&](std::size_t s) {
        if (cancel && cancel->load())
            return;
        const QString path =
            folder.filePath(QStringLiteral("shard-%1.bin").arg(s, 5, 10, QLatin1Char('0')));
        std::vector<TrainingSample> samples;
        if (QFile::exists(path)) {
            samples = readShard(path, format); // written by an interrupted run: reuse
        } else {
            const std::size_t first = s * std::size_t(objectsPerShard);
            const std::size_t last = std::min(order.size(), first + std::size_t(objectsPerShard));
            for (std::size_t o = first; o < last; ++o)
                for (TrainingSample& sample : samplesOfObject(dataset, order[o], format))
                    samples.push_back(std::move(sample));
            writeShard(path, samples, format);
        }
        std::lock_guard<std::mutex> guard(lock);
        counts[s] = long(samples.size());
        ++done;
        if (progress)
            progress(done, shardCount);
    });
    if (cancel && cancel->load())
        return {};

    QJsonArray files;
    for (int s = 0; s < shardCount; ++s) {
        const QString name = QStringLiteral("shard-%1.bin").arg(s, 5, 10, QLatin1Char('0'));
        files.append(name);
        set.files << folder.filePath(name);
        set.samples += counts[std::size_t(s)];
    }
    QSaveFile index(folder.filePath(QStringLiteral("index.json")));
    const QJsonObject json{{QStringLiteral("format"), formatJson(format)},
                           {QStringLiteral("fingerprint"), fingerprint},
                           {QStringLiteral("files"), files},
                           {QStringLiteral("samples"), double(set.samples)}};
    // A short write (full disk) must fail: QSaveFile would commit the truncated file.
    const QByteArray indexJson = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!index.open(QIODevice::WriteOnly) || index.write(indexJson) != indexJson.size() ||
        !index.commit())
        throw Error(ErrorKind::WriteFailed,
                    QStringLiteral("Cannot write %1.").arg(index.fileName()));
    return set;
}

ShardStream::ShardStream(ShardSet set, ShardFormat format, int residentShards, std::uint64_t seed)
    : m_set(std::move(set)), m_format(format), m_random(seed) {
    if (m_set.files.isEmpty())
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("No training samples: the training split has no views. Build "
                                   "the dataset with lift3d-data (training views: --views) and "
                                   "check that not every source is held out (--hold-out)."));
    const int slots = std::clamp(residentShards, 1, int(m_set.files.size()));
    m_resident.resize(std::size_t(slots));
    m_slotOrder.resize(std::size_t(slots));
    m_cursor.assign(std::size_t(slots), 0);
    for (std::size_t slot = 0; slot < m_resident.size(); ++slot)
        loadNext(slot);
}

void ShardStream::loadNext(std::size_t slot) {
    // Up to as many tries as there are shards: skips shards that hold no sample.
    for (qsizetype tries = 0; tries < m_set.files.size(); ++tries) {
        if (m_nextInOrder == m_order.size()) {
            m_order.resize(std::size_t(m_set.files.size()));
            for (std::size_t i = 0; i < m_order.size(); ++i)
                m_order[i] = i;
            std::shuffle(m_order.begin(), m_order.end(), m_random);
            m_nextInOrder = 0;
        }
        m_resident[slot] = readShard(m_set.files[qsizetype(m_order[m_nextInOrder++])], m_format);
        ++m_loads;
        m_slotOrder[slot].resize(m_resident[slot].size());
        for (std::size_t i = 0; i < m_slotOrder[slot].size(); ++i)
            m_slotOrder[slot][i] = i;
        std::shuffle(m_slotOrder[slot].begin(), m_slotOrder[slot].end(), m_random);
        m_cursor[slot] = 0;
        if (!m_resident[slot].empty())
            return;
    }
    throw Error(ErrorKind::CorruptData,
                QStringLiteral("Every training shard in %1 is empty; delete that folder and run "
                               "lift3d-train again to rewrite it.")
                    .arg(m_set.folder));
}

std::vector<TrainingSample> ShardStream::nextBatch(int count) {
    std::vector<TrainingSample> batch;
    batch.reserve(std::size_t(std::max(0, count)));
    for (int i = 0; i < count; ++i) {
        // A slot is chosen in proportion to the samples it has left, so the draw is uniform
        // over what the buffer still holds; each resident sample is drawn exactly once.
        std::size_t remaining = 0;
        for (std::size_t slot = 0; slot < m_resident.size(); ++slot)
            remaining += m_resident[slot].size() - m_cursor[slot];
        std::size_t pick = std::uniform_int_distribution<std::size_t>(0, remaining - 1)(m_random);
        std::size_t slot = 0;
        while (pick >= m_resident[slot].size() - m_cursor[slot])
            pick -= m_resident[slot].size() - m_cursor[slot++];
        batch.push_back(m_resident[slot][m_slotOrder[slot][m_cursor[slot]++]]);
        if (m_cursor[slot] == m_resident[slot].size())
            loadNext(slot); // spent: the next shard of the pass takes its place
    }
    return batch;
}

} // namespace lift3d
