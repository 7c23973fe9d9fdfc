#include "core/dataset/Ac3dSkim.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <algorithm>
#include <glm/common.hpp>
#include <glm/mat4x4.hpp>
#include <utility>
#include <vector>

namespace lift3d {
namespace {

// Deeper object trees than this are taken as damaged rather than followed (the recursion below
// would otherwise let a hostile file exhaust the stack).
constexpr int maxDepth = 200;

class LineReader {
public:
    explicit LineReader(const QByteArray& text) : m_text(text) {}

    bool atEnd() const { return m_position >= m_text.size(); }
    qsizetype position() const { return m_position; }

    // The next line, without its line ending and trailing blanks.
    QByteArrayView next() {
        const qsizetype start = m_position;
        qsizetype end = m_text.indexOf('\n', start);
        if (end < 0)
            end = m_text.size();
        m_position = std::min(end + 1, m_text.size()); // never past the end: callers slice by it
        qsizetype last = end;
        while (last > start &&
               (m_text[last - 1] == '\r' || m_text[last - 1] == ' ' || m_text[last - 1] == '\t'))
            --last;
        return QByteArrayView(m_text.constData() + start, last - start);
    }

    // The next line that is neither blank nor a comment, or an empty view at the end.
    QByteArrayView nextStatement() {
        while (!atEnd()) {
            const QByteArrayView line = next();
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                return line;
        }
        return {};
    }

    // `data N` is followed by N bytes of free text that may span lines.
    void skipBytes(qsizetype count) {
        m_position = std::min<qsizetype>(m_text.size(), m_position + std::max<qsizetype>(0, count));
        if (m_position < m_text.size() && m_text[m_position] == '\r')
            ++m_position;
        if (m_position < m_text.size() && m_text[m_position] == '\n')
            ++m_position;
    }

private:
    const QByteArray& m_text;
    qsizetype m_position = 0;
};

// Splits a line into at most `maxFields` blank-separated fields.
int fields(QByteArrayView line, QByteArrayView* out, int maxFields) {
    int count = 0;
    qsizetype i = 0;
    while (count < maxFields) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        out[count++] = line.sliced(start, i - start);
    }
    return count;
}

bool startsWithToken(QByteArrayView line, QByteArrayView token) {
    return line.startsWith(token) &&
           (line.size() == token.size() || line[token.size()] == ' ' || line[token.size()] == '\t');
}

long long integerAfter(QByteArrayView line, QByteArrayView token) {
    bool ok = false;
    const long long value = line.sliced(token.size()).trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

QByteArrayView quoted(QByteArrayView line) {
    const qsizetype open = line.indexOf('"');
    const qsizetype close = line.lastIndexOf('"');
    return open >= 0 && close > open ? line.sliced(open + 1, close - open - 1) : QByteArrayView();
}

// The near distance of a level-of-detail group named "LOD <near>/<far>", or a negative value.
float levelNearDistance(QByteArrayView name) {
    if (!name.startsWith("LOD "))
        return -1.0f;
    const qsizetype slash = name.indexOf('/');
    if (slash < 0)
        return -1.0f;
    bool ok = false;
    const float nearDistance = name.sliced(4, slash - 4).trimmed().toFloat(&ok);
    return ok ? nearDistance : -1.0f;
}

// An object that is an effect rather than a surface, named so by its author (or by the picture
// it shows): a translucent cone, area, halo or glow faking the light a lamp or beacon casts
// ("lightvolume", "LightCone", "WhiteHalo.2", "RedShine_Plane"), the wake or spray sheet a
// ship trails ("Wake", "wake_small.png").
bool isEffectName(QByteArrayView name) {
    const QByteArray lower = name.toByteArray().toLower();
    for (const char* word : {"lightvolume", "lightarea", "lightcone", "light-cone", "light_cone",
                             "halo", "glow", "shine", "wake", "spray"})
        if (lower.contains(word))
            return true;
    return lower.startsWith("volume"); // "volume", "volume1", "volume.2" beside the cones
}

class Skimmer {
public:
    explicit Skimmer(const QByteArray& text) : m_reader(text) {}

    // Fills `m_skim`; false when the text is not a complete AC3D model.
    bool run() {
        if (!m_reader.next().startsWith("AC3D"))
            return false;
        while (!m_reader.atEnd()) {
            const qsizetype start = m_reader.position();
            const QByteArrayView line = m_reader.nextStatement();
            if (startsWithToken(line, "OBJECT"))
                return readObject(start, glm::mat4(1.0f), false, 0);
            if (!line.isEmpty() && !line.startsWith("MATERIAL"))
                return false;
        }
        return false;
    }

    QByteArray digest() { return m_hash.result(); }

    Ac3dSkim m_skim;
    std::vector<std::pair<qsizetype, qsizetype>> m_hiddenParts; // byte ranges, outermost only

private:
    void addToDigest(QByteArrayView line) {
        m_hash.addData(line);
        m_hash.addData(QByteArrayView("\n"));
    }

    // Reads the rest of an object whose OBJECT line started at `start`, and its children.
    // `hidden`: inside a part withoutHiddenParts removes.
    bool readObject(qsizetype start, const glm::mat4& parent, bool hidden, int depth) {
        if (depth > maxDepth)
            return false;
        const bool parentHidden = hidden;
        glm::mat4 local(1.0f);
        QByteArrayView field[10];
        while (!m_reader.atEnd()) {
            const QByteArrayView line = m_reader.nextStatement();
            if (startsWithToken(line, "name")) {
                const QByteArrayView name = quoted(line);
                if (levelNearDistance(name) > 0.0f || isEffectName(name))
                    hidden = true;
            } else if (startsWithToken(line, "data")) {
                m_reader.skipBytes(integerAfter(line, "data"));
            } else if (startsWithToken(line, "texture")) {
                if (isEffectName(quoted(line)))
                    hidden = true; // comes before the vertices
                const QString name = QString::fromUtf8(quoted(line));
                if (!name.isEmpty() && !m_skim.textures.contains(name))
                    m_skim.textures << name;
            } else if (startsWithToken(line, "loc")) {
                addToDigest(line);
                if (fields(line, field, 4) == 4)
                    local[3] =
                        glm::vec4(field[1].toFloat(), field[2].toFloat(), field[3].toFloat(), 1.0f);
            } else if (startsWithToken(line, "rot")) {
                addToDigest(line);
                if (fields(line, field, 10) == 10)
                    for (int row = 0; row < 3; ++row)
                        for (int column = 0; column < 3; ++column)
                            local[column][row] = field[1 + row * 3 + column].toFloat();
            } else if (startsWithToken(line, "numvert")) {
                addToDigest(line);
                if (!readVertices(integerAfter(line, "numvert"), parent * local, hidden))
                    return false;
            } else if (startsWithToken(line, "numsurf")) {
                addToDigest(line);
                if (!readSurfaces(integerAfter(line, "numsurf"), hidden))
                    return false;
            } else if (startsWithToken(line, "kids")) {
                addToDigest(line);
                const long long kids = integerAfter(line, "kids");
                if (kids < 0)
                    return false;
                for (long long k = 0; k < kids; ++k) {
                    const qsizetype childStart = m_reader.position();
                    const QByteArrayView child = m_reader.nextStatement();
                    // Some exporters count more children than they write; like Assimp (and
                    // FlightGear), take the end of the file as the end of the tree.
                    if (child.isEmpty() && m_reader.atEnd())
                        break;
                    if (!startsWithToken(child, "OBJECT") ||
                        !readObject(childStart, parent * local, hidden, depth + 1))
                        return false;
                }
                if (hidden && !parentHidden)
                    m_hiddenParts.emplace_back(start, m_reader.position());
                return true;
            } else if (startsWithToken(line, "OBJECT")) {
                return false; // an object must end with its child count
            }
        }
        return false;
    }

    bool readVertices(long long count, const glm::mat4& transform, bool hidden) {
        if (count < 0)
            return false;
        QByteArrayView field[3];
        for (long long v = 0; v < count; ++v) {
            if (m_reader.atEnd())
                return false;
            const QByteArrayView line = m_reader.nextStatement(); // blank lines occur
            addToDigest(line);
            if (fields(line, field, 3) != 3)
                return false;
            if (hidden)
                continue;
            const glm::vec3 p(transform * glm::vec4(field[0].toFloat(), field[1].toFloat(),
                                                    field[2].toFloat(), 1.0f));
            m_skim.lo = glm::min(m_skim.lo, p);
            m_skim.hi = glm::max(m_skim.hi, p);
        }
        return true;
    }

    bool readSurfaces(long long count, bool hidden) {
        if (count < 0)
            return false;
        for (long long s = 0; s < count; ++s) {
            // SURF <flags>, an optional mat, then refs <n> and n lines. Like Assimp, take a line
            // that fits none of these as a damaged surface and go on with the next.
            bool polygon = false;
            QByteArrayView line;
            for (;;) {
                if (m_reader.atEnd())
                    return false;
                line = m_reader.nextStatement();
                if (startsWithToken(line, "SURF")) {
                    bool ok = false;
                    const uint flags = line.sliced(4).trimmed().toUInt(&ok, 0);
                    polygon = ok && (flags & 0xF) == 0; // 1 and 2 are closed and open lines
                    addToDigest(line);
                } else if (!startsWithToken(line, "mat")) {
                    break;
                }
            }
            if (!startsWithToken(line, "refs"))
                continue;
            addToDigest(line);
            const long long refs = integerAfter(line, "refs");
            if (refs < 0)
                return false;
            for (long long r = 0; r < refs; ++r) {
                if (m_reader.atEnd())
                    return false;
                addToDigest(m_reader.nextStatement());
            }
            if (polygon && refs >= 3 && !hidden)
                ++m_skim.polygonCount;
        }
        return true;
    }

    LineReader m_reader;
    QCryptographicHash m_hash{QCryptographicHash::Md5};
};

} // namespace

Ac3dSkim skimAc3d(const QByteArray& text) {
    Skimmer skimmer(text);
    skimmer.m_skim.valid = skimmer.run();
    skimmer.m_skim.geometryDigest = skimmer.digest();
    return skimmer.m_skim;
}

QByteArray withoutHiddenParts(const QByteArray& text) {
    Skimmer skimmer(text);
    if (!skimmer.run() || skimmer.m_hiddenParts.empty())
        return text;
    QByteArray kept;
    kept.reserve(text.size());
    qsizetype from = 0;
    for (const auto& [start, end] : skimmer.m_hiddenParts) {
        kept.append(text.constData() + from, start - from);
        kept.append("OBJECT group\nkids 0\n");
        from = end;
    }
    kept.append(text.constData() + from, text.size() - from);
    return kept;
}

namespace {

// True for a MATERIAL line of a light volume (see withGlowMaterialsTransparent), with the byte
// range of its transparency value in [transStart, transEnd).
bool isLightVolumeMaterial(QByteArrayView line, qsizetype& transStart, qsizetype& transEnd) {
    const qsizetype nameEnd = line.lastIndexOf('"');
    if (nameEnd < 0)
        return false;
    float emission = -1.0f, transparency = -1.0f;
    qsizetype i = nameEnd + 1;
    auto nextField = [&](qsizetype& start) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        return line.sliced(start, i - start);
    };
    while (i < line.size()) {
        qsizetype start = 0;
        const QByteArrayView key = nextField(start);
        if (key == "emis") {
            for (int channel = 0; channel < 3; ++channel)
                emission = std::max(emission, nextField(start).toFloat());
        } else if (key == "trans") {
            transparency = nextField(transStart).toFloat();
            transEnd = i;
        }
    }
    return emission >= 0.3f && transparency >= 0.3f && transparency < 1.0f;
}

} // namespace

QByteArray withGlowMaterialsTransparent(const QByteArray& text) {
    QByteArray out;
    LineReader reader(text);
    qsizetype copied = 0;
    while (!reader.atEnd()) {
        const qsizetype start = reader.position();
        const QByteArrayView line = reader.next();
        if (startsWithToken(line, "OBJECT"))
            break; // materials come first
        qsizetype transStart = 0, transEnd = 0;
        if (!startsWithToken(line, "MATERIAL") ||
            !isLightVolumeMaterial(line, transStart, transEnd))
            continue;
        out.append(text.constData() + copied, start + transStart - copied);
        out.append("1");
        copied = start + transEnd;
    }
    if (copied == 0)
        return text;
    out.append(text.constData() + copied, text.size() - copied);
    return out;
}

} // namespace lift3d
