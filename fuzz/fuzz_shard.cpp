// The training-shard reader on arbitrary bytes: a typed CorruptData error or samples of exactly
// the format's sizes; anything else (a crash, a read past the input, a huge allocation from a
// lying length) is a finding.
#include "core/Error.h"
#include "core/dataset/TrainingShards.h"

#include <QBuffer>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    lift3d::ShardFormat format;
    format.fieldSide = 8;
    format.imageSize = 8;
    try {
        for (const lift3d::TrainingSample& sample :
             lift3d::readShard(buffer, QStringLiteral("fuzz"), format))
            if (sample.field.size() != 512 || sample.image.size() != 256 ||
                sample.depth.size() != 64)
                __builtin_trap();
    } catch (const lift3d::Error&) {
    }
    return 0;
}
