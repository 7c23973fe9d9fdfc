#pragma once

#include "core/dataset/ShapeDataset.h"
#include "core/image/Conditioning.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <random>
#include <vector>

namespace lift3d {

// What one training sample holds, fixed per shard set (the model's input and output sizes).
struct ShardFormat {
    int fieldSide = 32;       // view-frame field, fieldSide^3 on the shape lattice
    int imageSize = 64;       // conditioning image side
    float truncation = 0.08f; // field values are clamp(sdf / truncation, -1, 1) * 127
    float cropMargin = 0.1f;  // the conditioning crop's margin (ConditioningOptions)
};

// One (object, view) pair as the trainer takes it. Bytes, not floats: shards stay small.
struct TrainingSample {
    QByteArray field;   // fieldSide^3 int8, the object's field in this view's frame
    QByteArray image;   // 4 planes of imageSize^2 uint8: R, G, B (over white), mask
    QByteArray depth;   // imageSize^2 uint8: visible view-frame z cropped like the image, 0 = no
                        // object, 1..255 = z from -fieldHalfExtent to +fieldHalfExtent
    quint32 object = 0; // the object's index in ShapeDataset::objects()
};

// The sample of one rendered view: the conditioning made from its picture exactly as the app
// makes it, the canonical field resampled into the view's frame, the depth cropped like the
// picture. Throws Error(NoObjectFound) for a view that shows no object (seen edge-on).
TrainingSample makeTrainingSample(const ShapeDataset& dataset, const DatasetObject& object,
                                  const DatasetView& view, const ScalarGrid& canonicalField,
                                  float canonicalTruncation, const ShardFormat& format);

// The samples of the first `maxViews` training views of objects()[objectIndex] (their
// `object` set), the canonical field read once; views that show no object are left out.
std::vector<TrainingSample> samplesOfObject(const ShapeDataset& dataset, quint32 objectIndex,
                                            const ShardFormat& format,
                                            std::size_t maxViews = SIZE_MAX);

// The conditioning image as the networks take it: R, G, B, mask planes of width x height bytes.
QByteArray planarImage(const Conditioning& conditioning);

// A shard: "L3SH", version, format, count, then each sample zlib-compressed with its length.
// Written through QSaveFile (all or nothing). readShard throws Error(CorruptData) for a file
// that is damaged, truncated or of another format.
void writeShard(const QString& path, const std::vector<TrainingSample>& samples,
                const ShardFormat& format);
std::vector<TrainingSample> readShard(const QString& path, const ShardFormat& format);
// The same from an open device; `name` is what its errors call it.
std::vector<TrainingSample> readShard(QIODevice& device, const QString& name,
                                      const ShardFormat& format);

struct ShardSet {
    QString folder;
    QStringList files; // absolute paths
    long samples = 0;
};

// Writes every view of the objects of `split` as shards of `objectsPerShard` objects each
// (objects in a seeded random order, so each shard mixes sources and kinds) under
// <dataset>/shards/<split>-<fieldSide>-<imageSize>/. Resumable: shards already written are
// kept; the set is complete when its index.json exists, and is then reused as it is.
// `progress(done, total)` counts shards.
ShardSet buildTrainingShards(const ShapeDataset& dataset, Split split, const ShardFormat& format,
                             int objectsPerShard = 32,
                             const std::function<void(int, int)>& progress = {},
                             const std::atomic<bool>* cancel = nullptr);

// Random batches from a shard set with bounded memory: `residentShards` shards are decoded at a
// time; each sample is drawn uniformly from what the resident shards have not given yet, and a
// shard whose samples have all been drawn is replaced by the next (in a reshuffled order each
// pass): every sample is drawn once while its shard is resident. Memory is residentShards x the
// largest shard, whatever the set's size.
class ShardStream {
public:
    ShardStream(ShardSet set, ShardFormat format, int residentShards, std::uint64_t seed);

    // `count` samples, copied (the buffer may turn over during the next call).
    std::vector<TrainingSample> nextBatch(int count);
    long shardsLoaded() const { return m_loads; }
    const ShardFormat& format() const { return m_format; }

private:
    void loadNext(std::size_t slot);

    ShardSet m_set;
    ShardFormat m_format;
    std::mt19937_64 m_random;
    std::vector<std::size_t> m_order;
    std::size_t m_nextInOrder = 0;
    std::vector<std::vector<TrainingSample>> m_resident;
    std::vector<std::vector<std::size_t>> m_slotOrder; // a shuffled order per resident shard
    std::vector<std::size_t> m_cursor;                 // how far each order has been drawn
    long m_loads = 0;
};

} // namespace lift3d
