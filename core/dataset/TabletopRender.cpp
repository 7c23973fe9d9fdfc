#include "core/dataset/TabletopRender.h"

#include "core/Error.h"
#include "core/dataset/CameraPipeline.h"
#include "core/dataset/ContactShadow.h"
#include "core/dataset/CornerNormals.h"
#include "core/dataset/PhotoRender.h"
#include "core/dataset/SoftwareRenderer.h"
#include "core/dataset/SurfaceTextures.h"

#include <QJsonArray>
#include <QRectF>
#include <algorithm>
#include <cmath>
#include <functional>
#include <glm/ext/matrix_clip_space.hpp>
#include <glm/geometric.hpp>
#include <glm/trigonometric.hpp>

namespace lift3d {
namespace {

float uniform(std::mt19937& random, float lo, float hi) {
    return std::uniform_real_distribution<float>(lo, hi)(random);
}

struct Bounds {
    glm::vec3 lo{std::numeric_limits<float>::max()}, hi{std::numeric_limits<float>::lowest()};
    void add(const glm::vec3& p) {
        lo = glm::min(lo, p);
        hi = glm::max(hi, p);
    }
};

Bounds boundsOf(const std::vector<glm::vec3>& positions) {
    Bounds b;
    for (const glm::vec3& p : positions)
        b.add(p);
    return b;
}

// Largest distance from the vertical axis through the origin: the circle the object needs.
float footprintRadius(const std::vector<glm::vec3>& positions) {
    float r = 0.0f;
    for (const glm::vec3& p : positions)
        r = std::max(r, p.x * p.x + p.z * p.z);
    return std::sqrt(r);
}

// Scale, then turn about +Y, then move: how a clutter object is stood in the scene.
struct Placement {
    Placement() = default;
    Placement(float scale, float yaw)
        : scale(scale), yaw(yaw), cosYaw(std::cos(yaw)), sinYaw(std::sin(yaw)) {}
    glm::vec3 operator()(const glm::vec3& p) const { return turn(p * scale) + offset; }
    glm::vec3 turn(const glm::vec3& v) const {
        return {cosYaw * v.x + sinYaw * v.z, v.y, -sinYaw * v.x + cosYaw * v.z};
    }

    float scale = 1.0f, yaw = 0.0f;
    glm::vec3 offset{0.0f};

private:
    float cosYaw = 1.0f, sinYaw = 0.0f;
};

// The scene as one mesh, so one render sees everything and its z-buffer decides what hides what.
class SceneMesh {
public:
    // Room for `vertices` and `indices` more, so appending copies each part once.
    void reserve(std::size_t vertices, std::size_t indices) {
        mesh.positions.reserve(mesh.positions.size() + vertices);
        mesh.uvs.reserve(mesh.uvs.size() + vertices);
        mesh.colors.reserve(mesh.colors.size() + vertices);
        mesh.indices.reserve(mesh.indices.size() + indices);
        mesh.triangleMaterial.reserve(mesh.triangleMaterial.size() + indices / 3);
        cornerNormals.reserve(cornerNormals.size() + indices);
    }

    void addPart(const TexturedMesh& part, const std::vector<glm::vec3>& normals,
                 const Placement& placement) {
        const auto base = std::uint32_t(mesh.positions.size());
        const auto firstMaterial = std::uint32_t(mesh.materials.size());
        for (std::size_t v = 0; v < part.positions.size(); ++v) {
            mesh.positions.push_back(placement(part.positions[v]));
            mesh.uvs.push_back(part.uvs.empty() ? glm::vec2(0.0f) : part.uvs[v]);
            mesh.colors.push_back(part.colors.empty() ? glm::vec3(1.0f) : part.colors[v]);
        }
        for (std::uint32_t index : part.indices)
            mesh.indices.push_back(base + index);
        for (std::uint32_t material : part.triangleMaterial)
            mesh.triangleMaterial.push_back(firstMaterial + material);
        for (SurfaceMaterial material : part.materials) {
            if (part.uvs.empty())
                material.texture = QImage(); // its texture had nowhere to go on the part either
            mesh.materials.push_back(material);
        }
        for (const glm::vec3& n : normals)
            cornerNormals.push_back(placement.turn(n));
    }

    // A flat surface as a grid of quads (fine where shadows fall, coarse elsewhere; small enough
    // that no triangle reaches behind the camera), `at(u, v)` giving each corner's position,
    // texture coordinate and light factor (carried in the vertex colour, which multiplies the
    // texture).
    struct Corner {
        glm::vec3 position;
        glm::vec2 uv;
        float light;
    };
    void addGrid(const std::vector<float>& us, const std::vector<float>& vs,
                 const std::function<Corner(float u, float v)>& at, glm::vec3 normal,
                 const QImage& texture) {
        const auto base = std::uint32_t(mesh.positions.size());
        const auto material = std::uint32_t(mesh.materials.size());
        SurfaceMaterial surface;
        surface.diffuse = glm::vec3(1.0f);
        surface.texture = texture;
        mesh.materials.push_back(surface);
        for (float v : vs)
            for (float u : us) {
                const Corner corner = at(u, v);
                mesh.positions.push_back(corner.position);
                mesh.uvs.push_back(corner.uv);
                mesh.colors.push_back(glm::vec3(corner.light));
            }
        const auto columns = std::uint32_t(us.size());
        for (std::uint32_t j = 0; j + 1 < vs.size(); ++j)
            for (std::uint32_t i = 0; i + 1 < columns; ++i) {
                const std::uint32_t a = base + j * columns + i, b = a + 1, c = a + columns,
                                    d = c + 1;
                for (std::uint32_t index : {a, b, d, a, d, c}) {
                    mesh.indices.push_back(index);
                    cornerNormals.push_back(normal);
                }
                mesh.triangleMaterial.push_back(material);
                mesh.triangleMaterial.push_back(material);
            }
    }

    TexturedMesh mesh;
    std::vector<glm::vec3> cornerNormals;
};

// Grid lines from lo to hi: `fine` apart inside [fineLo, fineHi], `coarse` apart outside.
std::vector<float> gridLines(float lo, float hi, float fineLo, float fineHi, float fine,
                             float coarse) {
    std::vector<float> lines{lo};
    while (lines.back() < hi) {
        const float at = lines.back();
        const float step = at >= fineLo - 1e-4f && at < fineHi ? fine : coarse;
        float next = at + step;
        if (at < fineLo && next > fineLo)
            next = fineLo; // land on the fine region's edge
        lines.push_back(std::min(next, hi));
    }
    return lines;
}

QRectF screenRect(const Bounds& bounds, const Placement& placement,
                  const glm::mat4& viewProjection) {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    for (int c = 0; c < 8; ++c) {
        const glm::vec3 corner(c & 1 ? bounds.hi.x : bounds.lo.x, c & 2 ? bounds.hi.y : bounds.lo.y,
                               c & 4 ? bounds.hi.z : bounds.lo.z);
        const glm::vec4 clip = viewProjection * glm::vec4(placement(corner), 1.0f);
        const float w = std::max(clip.w, 1e-4f);
        x0 = std::min(x0, clip.x / w);
        x1 = std::max(x1, clip.x / w);
        y0 = std::min(y0, clip.y / w);
        y1 = std::max(y1, clip.y / w);
    }
    return QRectF(x0, y0, x1 - x0, y1 - y0);
}

QJsonArray vec3Json(const glm::vec3& v) {
    return {double(v.x), double(v.y), double(v.z)};
}

} // namespace

TabletopView renderTabletopView(const TexturedMesh& object,
                                const std::vector<const TexturedMesh*>& clutter,
                                const ViewCamera& camera, const PhotoLook& look,
                                std::mt19937& random, int size,
                                const std::vector<glm::vec3>* objectCornerNormals) {
    const Bounds objectBounds = boundsOf(object.positions);
    // A hair below the object, so its flat bottom (a rug, a plate) never fights the floor.
    const float floorY = objectBounds.lo.y - 0.002f;
    const glm::vec3 eye = glm::vec3(glm::inverse(camera.viewMatrix())[3]);
    if (!(eye.y > floorY + 0.001f))
        throw Error(ErrorKind::InvalidArgument,
                    QStringLiteral("A tabletop view needs the camera above the floor (elevation "
                                   "%1 degrees puts it below).")
                        .arg(double(glm::degrees(camera.elevation))));

    // The camera's horizontal frame: `toCamera` points from the object to the camera, `right`
    // across the picture. The wall stands behind the object, square to the line of sight.
    const glm::vec3 toCamera(std::sin(camera.azimuth), 0.0f, std::cos(camera.azimuth));
    const glm::vec3 right(std::cos(camera.azimuth), 0.0f, -std::sin(camera.azimuth));
    const float cameraReach = std::sqrt(eye.x * eye.x + eye.z * eye.z);
    float behind = 0.0f;
    for (const glm::vec3& p : object.positions)
        behind = std::max(behind, -glm::dot(p, toCamera));
    const float wallDistance = behind + std::exp(uniform(random, std::log(0.08f), std::log(2.0f)));

    QJsonObject scene;
    scene.insert(QStringLiteral("wallDistance"), double(wallDistance));

    SceneMesh builder;
    // The object, clutter, and floor and wall grids of some thousands of quads.
    std::size_t vertices = object.positions.size() + 20000, indices = object.indices.size() + 60000;
    for (const TexturedMesh* part : clutter) {
        vertices += part->positions.size();
        indices += part->indices.size();
    }
    builder.reserve(vertices, indices);
    std::vector<glm::vec3> ownNormals;
    if (!objectCornerNormals) {
        ownNormals = cornerNormals(object);
        objectCornerNormals = &ownNormals;
    }
    builder.addPart(object, *objectCornerNormals, Placement{});
    const std::size_t objectTriangles = object.triangleCount();

    // Clutter: beside or behind, clear of the object, the wall and each other, and not in front
    // of much of it.
    RenderSettings settings = photoRenderSettings(camera, look, size, nullptr);
    const float far = 4.0f * (camera.distance + wallDistance + 2.0f);
    settings.projection = glm::perspective(camera.verticalFov, 1.0f, 0.05f, far);
    const glm::mat4 viewProjection = settings.projection * settings.view;
    const QRectF objectRect = screenRect(objectBounds, Placement{}, viewProjection);
    const float objectRadius = footprintRadius(object.positions);
    struct Placed {
        glm::vec3 centre;
        float radius;
    };
    std::vector<Placed> placed;
    QJsonArray clutterJson;
    for (std::size_t c = 0; c < std::min<std::size_t>(clutter.size(), 3); ++c) {
        const TexturedMesh& part = *clutter[c];
        if (part.indices.empty())
            continue;
        const Bounds partBounds = boundsOf(part.positions);
        const float scale = uniform(random, 0.35f, 0.85f);
        Placement placement(scale, uniform(random, 0.0f, glm::radians(360.0f)));
        const float radius = footprintRadius(part.positions) * placement.scale;
        bool found = false;
        for (int attempt = 0; attempt < 10 && !found; ++attempt) {
            const float angle = glm::radians(uniform(random, -110.0f, 110.0f));
            const glm::vec3 away = -std::cos(angle) * toCamera + std::sin(angle) * right;
            const float distance = objectRadius + radius + uniform(random, 0.03f, 0.6f);
            const glm::vec3 centre = away * distance;
            placement.offset =
                glm::vec3(centre.x, floorY - partBounds.lo.y * placement.scale, centre.z);
            if (-glm::dot(centre, toCamera) + radius > wallDistance - 0.01f)
                continue; // through the wall
            if (std::any_of(placed.begin(), placed.end(), [&](const Placed& other) {
                    return glm::length(other.centre - centre) < other.radius + radius + 0.02f;
                }))
                continue;
            const QRectF overlap =
                screenRect(partBounds, placement, viewProjection).intersected(objectRect);
            const double objectArea = objectRect.width() * objectRect.height();
            if (glm::dot(centre, toCamera) > 0.0f && objectArea > 0.0 &&
                overlap.width() * overlap.height() > 0.25 * objectArea)
                continue; // in front of too much of the object
            found = true;
            placed.push_back({centre, radius});
        }
        if (!found)
            continue;
        // Flat facets keep clutter cheap; it is background.
        builder.addPart(part, std::vector<glm::vec3>(part.indices.size(), glm::vec3(0.0f)),
                        placement);
        clutterJson.append(QJsonObject{{QStringLiteral("scale"), double(placement.scale)},
                                       {QStringLiteral("yaw"), double(placement.yaw)},
                                       {QStringLiteral("offset"), vec3Json(placement.offset)}});
    }
    scene.insert(QStringLiteral("clutter"), clutterJson);

    // The floor's light: the key light's share of it is what the cast shadow takes away.
    const glm::vec3 toKey = glm::normalize(settings.lightDirection);
    const glm::vec3 toFill = glm::normalize(settings.fillDirection);
    const float keyOnFloor = settings.lightIntensity * std::max(0.0f, toKey.y);
    const float floorLight =
        keyOnFloor + settings.fillIntensity * std::max(0.0f, toFill.y) + settings.ambient;
    const ContactShadow shadow(builder.mesh.positions, builder.mesh.indices, floorY, toKey,
                               floorLight > 0.0f ? keyOnFloor / floorLight : 0.0f);

    const SurfaceTexture floor = sampleFloorTexture(random);
    const SurfaceTexture wall = sampleWallTexture(random);
    const float floorTurn = uniform(random, 0.0f, glm::radians(180.0f));
    const glm::vec2 floorShift(uniform(random, 0.0f, 1.0f), uniform(random, 0.0f, 1.0f));
    const glm::vec2 wallShift(uniform(random, 0.0f, 1.0f), uniform(random, 0.0f, 1.0f));
    scene.insert(QStringLiteral("floor"), floor.kind);
    scene.insert(QStringLiteral("floorRepeat"), double(floor.repeat));
    scene.insert(QStringLiteral("wall"), wall.kind);
    scene.insert(QStringLiteral("wallRepeat"), double(wall.repeat));

    // Floor: from the wall toward the camera, as far as stays in front of it (the renderer drops
    // triangles with a corner behind the camera): a camera looking down at angle e sees the
    // floor up to height * tan(e) beyond the point under it. Wide enough to fill the picture.
    const float halfWidth = 1.5f * (cameraReach + wallDistance) + 1.0f;
    const float reach = shadow.reach();
    const float front =
        cameraReach - 0.01f + 0.8f * (eye.y - floorY) * std::max(0.0f, std::tan(camera.elevation));
    const std::vector<float> across = gridLines(-halfWidth, halfWidth, -reach, reach, 0.08f, 0.5f);
    const std::vector<float> along = gridLines(-wallDistance, front, -reach, reach, 0.08f, 0.5f);
    const float c = std::cos(floorTurn), s = std::sin(floorTurn);
    builder.addGrid(
        across, along,
        [&](float u, float w) {
            const glm::vec3 p = u * right + w * toCamera + glm::vec3(0.0f, floorY, 0.0f);
            const glm::vec2 uv =
                glm::vec2(c * u - s * w, s * u + c * w) / floor.repeat + floorShift;
            return SceneMesh::Corner{p, uv, shadow.lightAt(p.x, p.z)};
        },
        glm::vec3(0.0f, 1.0f, 0.0f), floor.image);

    // Wall: tall enough to fill the top of the picture, darker where it meets the floor.
    const float wallTop = eye.y - floorY + (cameraReach + wallDistance) * 2.0f + 1.0f;
    const std::vector<float> wallAcross = gridLines(-halfWidth, halfWidth, 0.0f, 0.0f, 1.0f, 1.0f);
    const std::vector<float> wallUp = gridLines(0.0f, wallTop, 0.0f, 0.6f, 0.06f, 1.0f);
    builder.addGrid(
        wallAcross, wallUp,
        [&](float u, float y) {
            const glm::vec3 p =
                u * right - wallDistance * toCamera + glm::vec3(0.0f, floorY + y, 0.0f);
            const float corner = 1.0f - 0.3f * std::exp(-y / 0.12f);
            return SceneMesh::Corner{p, glm::vec2(u, -y) / wall.repeat + wallShift, corner};
        },
        toCamera, wall.image);

    settings.cornerNormals = &builder.cornerNormals;
    std::vector<std::uint8_t> coverage;
    RenderBuffers buffers;
    buffers.coverage = &coverage;
    buffers.coverageFirstTriangle = 0;
    buffers.coverageTriangleCount = objectTriangles;
    const QImage render = renderTexturedMesh(builder.mesh, settings, buffers);

    TabletopView view;
    // Nothing should be uncovered; if a sliver is, it shows the backdrop rather than black.
    view.rgb = developPhoto(overBackdrop(render, look.backdrop), look);
    view.mask = QImage(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y)
        std::copy_n(coverage.begin() + std::ptrdiff_t(y) * size, size, view.mask.scanLine(y));
    view.scene = scene;
    return view;
}

} // namespace lift3d
