#include "core/Error.h"
#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralShapes.h"
#include "core/dataset/sources/ProceduralSource.h"
#include "core/geometry/MeshToField.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <map>
#include <unordered_map>

using namespace lift3d;

namespace {

// Which families each procedural kind is made of, for running every variant.
const std::vector<procedural::Variant>& variantsOf(const QString& kind) {
    static const std::map<QString, const std::vector<procedural::Variant>& (*)()> table = {
        {QStringLiteral("fruit"), procedural::fruitVariants},
        {QStringLiteral("bottle"), procedural::bottleVariants},
        {QStringLiteral("mug"), procedural::mugVariants},
        {QStringLiteral("cup"), procedural::cupVariants},
        {QStringLiteral("bowl"), procedural::bowlVariants},
        {QStringLiteral("vase"), procedural::vaseVariants},
        {QStringLiteral("can"), procedural::canVariants},
        {QStringLiteral("superquadric"), procedural::superquadricVariants},
        {QStringLiteral("box"), procedural::boxVariants},
        {QStringLiteral("extrusion"), procedural::extrusionVariants},
        {QStringLiteral("union"), procedural::unionVariants},
    };
    return table.at(kind)();
}

// Vertex ids after merging vertices at identical positions: the procedural meshes split
// vertices only where UVs or materials change, never where the surface does.
std::vector<std::uint32_t> mergedIds(const std::vector<glm::vec3>& positions) {
    struct Hash {
        std::size_t operator()(const glm::vec3& p) const {
            std::uint32_t bits[3];
            std::memcpy(bits, &p, sizeof bits);
            return std::size_t(bits[0]) * 73856093u ^ std::size_t(bits[1]) * 19349663u ^
                   std::size_t(bits[2]) * 83492791u;
        }
    };
    std::unordered_map<glm::vec3, std::uint32_t, Hash> ids;
    std::vector<std::uint32_t> merged;
    merged.reserve(positions.size());
    for (const glm::vec3& p : positions)
        merged.push_back(ids.emplace(p, std::uint32_t(ids.size())).first->second);
    return merged;
}

// Empty when the mesh is closed and consistently wound: no degenerate triangle, and every
// directed edge used exactly once with its reverse used exactly once.
QString closednessProblem(const TexturedMesh& mesh) {
    const std::vector<std::uint32_t> id = mergedIds(mesh.positions);
    std::unordered_map<std::uint64_t, int> directed;
    auto key = [](std::uint32_t a, std::uint32_t b) { return (std::uint64_t(a) << 32) | b; };
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const std::uint32_t a = id[mesh.indices[i]], b = id[mesh.indices[i + 1]],
                            c = id[mesh.indices[i + 2]];
        if (a == b || b == c || a == c)
            return QStringLiteral("triangle %1 is degenerate").arg(i / 3);
        ++directed[key(a, b)];
        ++directed[key(b, c)];
        ++directed[key(c, a)];
    }
    for (const auto& [edge, count] : directed) {
        if (count != 1)
            return QStringLiteral("a directed edge is used %1 times (inconsistent winding or a "
                                  "non-manifold edge)")
                .arg(count);
        const auto reverse = directed.find(key(std::uint32_t(edge), std::uint32_t(edge >> 32)));
        if (reverse == directed.end())
            return QStringLiteral("a boundary edge: the mesh is open");
    }
    return {};
}

double signedVolume(const TexturedMesh& mesh) {
    double volume = 0.0;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::dvec3 a = mesh.positions[mesh.indices[i]],
                         b = mesh.positions[mesh.indices[i + 1]],
                         c = mesh.positions[mesh.indices[i + 2]];
        volume += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return volume;
}

std::pair<glm::vec3, glm::vec3> bounds(const TexturedMesh& mesh) {
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const glm::vec3& p : mesh.positions) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
    return {lo, hi};
}

bool sameMesh(const TexturedMesh& a, const TexturedMesh& b) {
    auto sameBytes = [](const auto& x, const auto& y) {
        return x.size() == y.size() &&
               (x.empty() || std::memcmp(x.data(), y.data(), x.size() * sizeof(x[0])) == 0);
    };
    if (!sameBytes(a.positions, b.positions) || !sameBytes(a.uvs, b.uvs) ||
        !sameBytes(a.indices, b.indices) || !sameBytes(a.triangleMaterial, b.triangleMaterial) ||
        a.materials.size() != b.materials.size())
        return false;
    for (std::size_t m = 0; m < a.materials.size(); ++m)
        if (a.materials[m].diffuse != b.materials[m].diffuse ||
            a.materials[m].texture != b.materials[m].texture)
            return false;
    return true;
}

// The families that stand on a flat base (checked: the base is flat, not a point or a ring of
// bumps), the tall ones and the wide ones.
const QSet<QString> flatBottomed = {"bottle", "can", "vase", "mug", "cup", "bowl"};
const QSet<QString> tall = {"bottle", "can", "vase"};
const QSet<QString> wide = {"bowl"};

// Every check on one object fresh from its generator (not normalised): well-formed, closed,
// outward, upright, resting on y = 0, stable.
void checkShape(const QString& kind, const QString& what, const TexturedMesh& mesh) {
    QVERIFY2(mesh.triangleCount() > 0, qPrintable(what));
    QCOMPARE(mesh.uvs.size(), mesh.positions.size());
    QCOMPARE(mesh.triangleMaterial.size(), mesh.triangleCount());
    for (const std::uint32_t index : mesh.indices)
        QVERIFY(index < mesh.positions.size());
    for (const std::uint32_t material : mesh.triangleMaterial)
        QVERIFY(material < mesh.materials.size());
    for (const SurfaceMaterial& material : mesh.materials)
        QVERIFY(material.texture.isNull() || material.texture.format() == QImage::Format_RGBA8888);
    for (const glm::vec3& p : mesh.positions)
        QVERIFY2(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z), qPrintable(what));

    const QString problem = closednessProblem(mesh);
    QVERIFY2(problem.isEmpty(), qPrintable(what + QStringLiteral(": ") + problem));
    QVERIFY2(signedVolume(mesh) > 0.0, qPrintable(what + QStringLiteral(": wound inward")));

    const auto [lo, hi] = bounds(mesh);
    const glm::vec3 size = hi - lo;
    QVERIFY2(std::abs(lo.y) < 1e-3f * size.y, qPrintable(what + QStringLiteral(": not on y = 0")));
    // Stable: the centre of the surface lies over the footprint of what touches the ground.
    glm::dvec3 centre(0.0);
    double area = 0.0;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[i]],
                        b = mesh.positions[mesh.indices[i + 1]],
                        c = mesh.positions[mesh.indices[i + 2]];
        const double w = 0.5 * glm::length(glm::cross(b - a, c - a));
        centre += w * glm::dvec3(a + b + c) / 3.0;
        area += w;
    }
    centre /= area;
    glm::vec2 footLo(1e30f), footHi(-1e30f);
    for (const glm::vec3& p : mesh.positions)
        if (p.y <= lo.y + 0.02f * size.y) {
            footLo = glm::min(footLo, glm::vec2(p.x, p.z));
            footHi = glm::max(footHi, glm::vec2(p.x, p.z));
        }
    const float slack = 0.02f * std::max({size.x, size.y, size.z});
    QVERIFY2(centre.x >= footLo.x - slack && centre.x <= footHi.x + slack &&
                 centre.z >= footLo.y - slack && centre.z <= footHi.y + slack,
             qPrintable(what + QStringLiteral(": would fall over")));

    const float width = std::max(size.x, size.z);
    if (tall.contains(kind))
        QVERIFY2(size.y > width, qPrintable(what + QStringLiteral(": not taller than wide")));
    if (wide.contains(kind))
        QVERIFY2(size.y < width, qPrintable(what + QStringLiteral(": not wider than tall")));
    if (flatBottomed.contains(kind)) {
        // Vertices exactly at the bottom spread over a good part of the width: a flat base.
        glm::vec2 baseLo(1e30f), baseHi(-1e30f);
        for (const glm::vec3& p : mesh.positions)
            if (p.y <= lo.y + 1e-4f * size.y) {
                baseLo = glm::min(baseLo, glm::vec2(p.x, p.z));
                baseHi = glm::max(baseHi, glm::vec2(p.x, p.z));
            }
        QVERIFY2(baseHi.x - baseLo.x > 0.3f * size.x && baseHi.y - baseLo.y > 0.3f * size.z,
                 qPrintable(what + QStringLiteral(": the base is not flat")));
    }
}

} // namespace

class TestProcedural : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kindsAreTheFamiliesOfTheIssue() {
        QStringList names;
        for (const ProceduralKind& kind : proceduralKinds()) {
            names << kind.name;
            QVERIFY(kind.weight > 0);
            QVERIFY(!variantsOf(kind.name).empty());
        }
        QCOMPARE(names, QStringList({"fruit", "bottle", "mug", "cup", "bowl", "vase", "can",
                                     "superquadric", "box", "extrusion", "union"}));
    }

    // Every variant of every family, for several seeds: closed, outward, upright.
    void everyVariantIsClosedAndUpright_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("variant");
        for (const ProceduralKind& kind : proceduralKinds()) {
            const auto& variants = variantsOf(kind.name);
            for (std::size_t v = 0; v < variants.size(); ++v)
                QTest::newRow(qPrintable(kind.name + QLatin1Char('/') + variants[v].name))
                    << kind.name << int(v);
        }
    }
    void everyVariantIsClosedAndUpright() {
        QFETCH(QString, kind);
        QFETCH(int, variant);
        const procedural::Variant& maker = variantsOf(kind)[std::size_t(variant)];
        for (const std::uint32_t seed : {1u, 2u, 3u, 1234u, 987654u}) {
            std::mt19937 random(seed);
            const TexturedMesh mesh = maker.make(random);
            checkShape(kind, QStringLiteral("%1 seed %2").arg(maker.name).arg(seed), mesh);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void sameSeedSameMeshOtherSeedOtherMesh_data() {
        QTest::addColumn<QString>("kind");
        for (const ProceduralKind& kind : proceduralKinds())
            QTest::newRow(qPrintable(kind.name)) << kind.name;
    }
    void sameSeedSameMeshOtherSeedOtherMesh() {
        QFETCH(QString, kind);
        for (const std::uint32_t seed : {7u, 8u}) {
            const TexturedMesh a = generateProceduralShape(kind, seed);
            const TexturedMesh b = generateProceduralShape(kind, seed);
            QVERIFY(sameMesh(a, b));
            checkShape(kind, kind, a);
            QCOMPARE(proceduralVariant(kind, seed),
                     proceduralVariant(kind, seed)); // and cheap to ask
        }
        QVERIFY(!sameMesh(generateProceduralShape(kind, 7u), generateProceduralShape(kind, 8u)));
    }

    void unknownKindIsRefused() {
        try {
            generateProceduralShape(QStringLiteral("spaceship"), 1u);
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        }
    }

    void kindSequenceIsWeightedAndPrefixStable() {
        int total = 0;
        for (const ProceduralKind& kind : proceduralKinds())
            total += kind.weight;
        // Over whole rounds every kind comes exactly as often as its weight says.
        const std::vector<QString> sequence = proceduralKindSequence(std::size_t(3 * total));
        for (const ProceduralKind& kind : proceduralKinds())
            QCOMPARE(int(std::count(sequence.begin(), sequence.end(), kind.name)), 3 * kind.weight);
        const std::vector<QString> shorter = proceduralKindSequence(50);
        QVERIFY(std::equal(shorter.begin(), shorter.end(), sequence.begin()));
        // Interleaved, not in blocks: the first dozen already hold several families.
        QSet<QString> early(sequence.begin(), sequence.begin() + 12);
        QVERIFY(early.size() >= 6);
    }

    void sourceListIsStableAndUnique() {
        const ProceduralSource source(400);
        QCOMPARE(source.name(), QStringLiteral("procedural"));
        QVERIFY(source.packages().empty());
        QVERIFY(source.credit().contains(QStringLiteral("generated")));
        const std::vector<SourceObject> objects = source.list();
        QCOMPARE(objects.size(), std::size_t(400));
        QSet<QString> ids;
        const QRegularExpression pattern(QStringLiteral("^([a-z]+)-(\\d{6})$"));
        for (std::size_t i = 0; i < objects.size(); ++i) {
            const SourceObject& object = objects[i];
            const auto match = pattern.match(object.id);
            QVERIFY2(match.hasMatch(), qPrintable(object.id));
            QCOMPARE(match.captured(2).toInt(), int(i));
            QCOMPARE(object.category, match.captured(1));
            QCOMPARE(object.source, QStringLiteral("procedural"));
            QCOMPARE(object.license, QStringLiteral("CC0-1.0 (generated by Lift3D)"));
            QCOMPARE(object.author, QStringLiteral("Lift3D"));
            QVERIFY(!object.name.isEmpty());
            ids.insert(object.id);
        }
        QCOMPARE(ids.size(), 400);
        // The same list every time, and a longer list begins with the shorter one.
        const std::vector<SourceObject> again = source.list();
        const std::vector<SourceObject> longer = ProceduralSource(600).list();
        for (std::size_t i = 0; i < objects.size(); ++i) {
            QCOMPARE(again[i].id, objects[i].id);
            QCOMPARE(again[i].name, objects[i].name);
            QCOMPARE(longer[i].id, objects[i].id);
        }
        // Another base seed: the same ids, other objects.
        QCOMPARE(ProceduralSource(400, 5).list()[0].id, objects[0].id);
        QVERIFY(ProceduralSource(400, 5).seedOf(objects[0].id) != source.seedOf(objects[0].id));
    }

    // One object of each family through the source: normalised, deterministic, distinct, and
    // solid in the signed-distance field the dataset builder makes of it.
    void sourceLoadsNormalisedSolidObjects() {
        const ProceduralSource source(40);
        const std::vector<SourceObject> objects = source.list();
        QSet<QString> seen;
        for (std::size_t i = 0; i < objects.size(); ++i) {
            const SourceObject& object = objects[i];
            if (seen.contains(object.category))
                continue;
            seen.insert(object.category);
            const TexturedMesh mesh = source.load(object);
            QVERIFY2(closednessProblem(mesh).isEmpty(), qPrintable(object.id));
            const auto [lo, hi] = bounds(mesh);
            const glm::vec3 size = hi - lo;
            QVERIFY(std::abs(std::max({size.x, size.y, size.z}) - 1.0f) < 1e-5f);
            QVERIFY(glm::length(lo + hi) < 1e-5f);
            QVERIFY(sameMesh(mesh, source.load(object)));
            QVERIFY(!sameMesh(mesh, source.load(objects[(i + 11) % objects.size()])));

            ScalarGrid grid = ScalarGrid::cube(48, 0.6f);
            meshToSignedDistance(mesh.positions, mesh.indices, 0.1f, grid);
            const auto inside = std::count_if(grid.values.begin(), grid.values.end(),
                                              [](float d) { return d < 0.0f; });
            QVERIFY2(inside > 50, qPrintable(object.id + QStringLiteral(": no inside")));
            // And its outside reaches the border: the object is not a sealed box of the grid.
            QVERIFY(grid.values.front() > 0.0f);
        }
        QCOMPARE(seen.size(), int(proceduralKinds().size()));
    }

    void sourceRefusesForeignIds() {
        const ProceduralSource source(10);
        SourceObject object = source.list().front();
        object.id = QStringLiteral("spaceship-000001");
        try {
            source.load(object);
            QFAIL("no error");
        } catch (const Error& error) {
            QCOMPARE(error.kind(), ErrorKind::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestProcedural)
#include "tst_procedural.moc"
