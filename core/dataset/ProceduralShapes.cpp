#include "core/dataset/ProceduralShapes.h"

#include "core/Error.h"
#include "core/dataset/ProceduralFamilies.h"
#include "core/dataset/ProceduralRandom.h"

namespace lift3d {
namespace {

struct Family {
    ProceduralKind kind;
    const std::vector<procedural::Variant>& (*variants)();
};

// Weights: about what a shelf of everyday things holds, fruit and containers first.
const std::vector<Family>& families() {
    static const std::vector<Family> all = {
        {{QStringLiteral("fruit"), 30}, procedural::fruitVariants},
        {{QStringLiteral("bottle"), 20}, procedural::bottleVariants},
        {{QStringLiteral("mug"), 15}, procedural::mugVariants},
        {{QStringLiteral("cup"), 12}, procedural::cupVariants},
        {{QStringLiteral("bowl"), 12}, procedural::bowlVariants},
        {{QStringLiteral("vase"), 10}, procedural::vaseVariants},
        {{QStringLiteral("can"), 12}, procedural::canVariants},
        {{QStringLiteral("superquadric"), 15}, procedural::superquadricVariants},
        {{QStringLiteral("box"), 20}, procedural::boxVariants},
        {{QStringLiteral("extrusion"), 10}, procedural::extrusionVariants},
        {{QStringLiteral("union"), 25}, procedural::unionVariants},
    };
    return all;
}

const Family& familyOf(const QString& kind) {
    for (const Family& family : families())
        if (family.kind.name == kind)
            return family;
    throw Error(ErrorKind::InvalidArgument,
                QStringLiteral("\"%1\" is not a kind of procedural shape.").arg(kind));
}

const procedural::Variant& pickVariant(const Family& family, std::mt19937& random) {
    const auto& variants = family.variants();
    float total = 0.0f;
    for (const procedural::Variant& v : variants)
        total += v.weight;
    float draw = procedural::uniform(random, 0.0f, total);
    for (const procedural::Variant& v : variants) {
        if (draw < v.weight)
            return v;
        draw -= v.weight;
    }
    return variants.back();
}

} // namespace

const std::vector<ProceduralKind>& proceduralKinds() {
    static const std::vector<ProceduralKind> kinds = [] {
        std::vector<ProceduralKind> list;
        for (const Family& family : families())
            list.push_back(family.kind);
        return list;
    }();
    return kinds;
}

std::vector<QString> proceduralKindSequence(std::size_t count) {
    // Smooth weighted round-robin (as nginx balances upstreams): each turn every kind gains its
    // weight, the richest is drawn and pays the total. Integers, so it never drifts.
    const auto& kinds = proceduralKinds();
    int total = 0;
    for (const ProceduralKind& kind : kinds)
        total += kind.weight;
    std::vector<int> credit(kinds.size(), 0);
    std::vector<QString> sequence;
    sequence.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t richest = 0;
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            credit[k] += kinds[k].weight;
            if (credit[k] > credit[richest])
                richest = k;
        }
        credit[richest] -= total;
        sequence.push_back(kinds[richest].name);
    }
    return sequence;
}

QString proceduralVariant(const QString& kind, std::uint32_t seed) {
    std::mt19937 random(seed);
    return QString::fromLatin1(pickVariant(familyOf(kind), random).name);
}

TexturedMesh generateProceduralShape(const QString& kind, std::uint32_t seed) {
    std::mt19937 random(seed);
    return generateProceduralShape(kind, random);
}

TexturedMesh generateProceduralShape(const QString& kind, std::mt19937& random) {
    const procedural::Variant& variant = pickVariant(familyOf(kind), random);
    return variant.make(random);
}

} // namespace lift3d
