#include "core/dataset/sources/ZeroADActor.h"

#include <QXmlStreamReader>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace lift3d {
namespace {

// A small element tree: actor files are a few kilobytes, and a tree makes <qualitylevels> (pick
// one of several nested actors) simple.
struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<std::unique_ptr<Element>> children;

    QString attribute(const char* key) const {
        return attributes.value(QLatin1String(key)).toString();
    }
    bool has(const char* key) const { return attributes.hasAttribute(QLatin1String(key)); }
    std::vector<const Element*> all(const char* childName) const {
        std::vector<const Element*> found;
        for (const auto& child : children)
            if (child->name == QLatin1String(childName))
                found.push_back(child.get());
        return found;
    }
    const Element* first(const char* childName) const {
        for (const auto& child : children)
            if (child->name == QLatin1String(childName))
                return child.get();
        return nullptr;
    }
};

std::unique_ptr<Element> parseTree(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    std::unique_ptr<Element> root;
    std::vector<Element*> open;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            auto element = std::make_unique<Element>();
            element->name = reader.name().toString();
            element->attributes = reader.attributes();
            Element* raw = element.get();
            if (open.empty())
                root = std::move(element);
            else
                open.back()->children.push_back(std::move(element));
            open.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.empty())
                open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return nullptr;
    return root;
}

ZeroADVariant readVariant(const Element& element) {
    ZeroADVariant variant;
    variant.name = element.attribute("name");
    variant.frequency = element.attribute("frequency").toInt(); // absent or bad: 0
    variant.file = element.attribute("file").trimmed();
    if (const Element* mesh = element.first("mesh"))
        variant.mesh = mesh->text.trimmed();
    for (const Element* textures : element.all("textures"))
        for (const Element* texture : textures->all("texture"))
            if (texture->attribute("name") == QLatin1String("baseTex"))
                variant.baseTexture = texture->attribute("file").trimmed();
    for (const Element* props : element.all("props"))
        for (const Element* prop : props->all("prop"))
            variant.props.push_back(
                {prop->attribute("attachpoint").trimmed(), prop->attribute("actor").trimmed()});
    return variant;
}

ZeroADActor readActor(const Element& element) {
    ZeroADActor actor;
    for (const Element* group : element.all("group")) {
        std::vector<ZeroADVariant> variants;
        for (const Element* variant : group->all("variant"))
            variants.push_back(readVariant(*variant));
        if (!variants.empty())
            actor.groups.push_back(std::move(variants));
    }
    if (const Element* material = element.first("material"))
        actor.material = material->text.trimmed();
    return actor;
}

const ZeroADVariant* pick(const std::vector<ZeroADVariant>& group, const QString& preferredMesh) {
    if (!preferredMesh.isEmpty())
        for (const ZeroADVariant& variant : group)
            if (variant.mesh == preferredMesh)
                return &variant;
    for (const ZeroADVariant& variant : group)
        if (variant.frequency > 0)
            return &variant;
    return &group.front();
}

} // namespace

ZeroADActor parseZeroADActor(const QByteArray& xml) {
    const std::unique_ptr<Element> root = parseTree(xml);
    if (!root)
        return {};
    if (root->name == QLatin1String("actor"))
        return readActor(*root);
    if (root->name != QLatin1String("qualitylevels"))
        return {};
    // The highest quality is the last <actor>; with an "inline" attribute it stands for the
    // shared <inline> element.
    const std::vector<const Element*> levels = root->all("actor");
    for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
        if ((*level)->has("inline")) {
            if (const Element* shared = root->first("inline"))
                return readActor(*shared);
            continue;
        }
        ZeroADActor actor = readActor(**level);
        if (!actor.groups.empty())
            return actor;
    }
    if (const Element* shared = root->first("inline"))
        return readActor(*shared);
    return {};
}

void resolveVariantFiles(ZeroADActor& actor,
                         const std::function<QByteArray(const QString& file)>& readVariantFile) {
    std::map<QString, ZeroADVariant> cache;
    for (auto& group : actor.groups) {
        for (ZeroADVariant& variant : group) {
            if (variant.file.isEmpty())
                continue;
            auto cached = cache.find(variant.file);
            if (cached == cache.end()) {
                ZeroADVariant base;
                const std::unique_ptr<Element> root = parseTree(readVariantFile(variant.file));
                if (root && root->name == QLatin1String("variant"))
                    base = readVariant(*root);
                cached = cache.emplace(variant.file, base).first;
            }
            ZeroADVariant merged = cached->second;
            merged.name = variant.name.isEmpty() ? merged.name : variant.name;
            merged.frequency = variant.frequency;
            merged.file.clear(); // variant files do not chain in the game either
            if (!variant.mesh.isEmpty())
                merged.mesh = variant.mesh;
            if (!variant.baseTexture.isEmpty())
                merged.baseTexture = variant.baseTexture;
            merged.props.insert(merged.props.end(), variant.props.begin(), variant.props.end());
            variant = std::move(merged);
        }
    }
}

ZeroADActorChoice chooseVariants(const ZeroADActor& actor, const QString& preferredMesh) {
    ZeroADActorChoice choice;
    choice.material = actor.material;
    std::vector<ZeroADProp> props;
    for (const auto& group : actor.groups) {
        const ZeroADVariant& variant = *pick(group, preferredMesh);
        if (!variant.mesh.isEmpty())
            choice.mesh = variant.mesh;
        if (!variant.baseTexture.isEmpty())
            choice.baseTexture = variant.baseTexture;
        // As the game does: a variant replaces every earlier prop at the points it names, and
        // may put several props at one point (a tree's crown and its falling leaves at "root").
        std::set<QString> named;
        for (const ZeroADProp& prop : variant.props)
            named.insert(prop.attachPoint);
        props.erase(std::remove_if(props.begin(), props.end(),
                                   [&](const ZeroADProp& p) { return named.count(p.attachPoint); }),
                    props.end());
        props.insert(props.end(), variant.props.begin(), variant.props.end());
    }
    if (!preferredMesh.isEmpty())
        choice.mesh = preferredMesh;
    for (ZeroADProp& prop : props)
        if (!prop.actor.isEmpty())
            choice.props.push_back(std::move(prop));
    return choice;
}

} // namespace lift3d
