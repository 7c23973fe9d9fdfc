#pragma once

#include <QByteArray>
#include <cstdint>
#include <glm/gtc/quaternion.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <string>
#include <vector>

namespace lift3d {

// A bone's rest state (its transform in the bind pose), as 0 A.D. stores it.
struct PmdBone {
    glm::vec3 translation{0.0f};
    glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
};

// A named point where an actor attaches another model (a roof, a tree's crown, a rider). Its
// transform is relative to the model, or to bone `bone` when that is not 0xFF.
struct PmdPropPoint {
    std::string name;
    glm::vec3 position{0.0f};
    glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
    std::uint8_t bone = 0xFF;

    glm::mat4 transform() const; // translate(position) * rotate(rotation)
};

// A mesh in 0 A.D.'s PMD format ("PSMD"), the game's compiled form of its COLLADA models:
// every vertex in the bind pose, one material. Positions are in the file's frame (+Y up).
struct PmdMesh {
    std::uint32_t version = 0;
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    // UV set 0, with v turned so that v = 0 is the bottom row of the picture (the convention of
    // OpenGL, Assimp and SoftwareRenderer); the file counts v from the top row.
    std::vector<glm::vec2> uvs;
    std::vector<std::uint32_t> indices; // three per triangle, each < positions.size()
    std::vector<PmdBone> bones;
    std::vector<PmdPropPoint> propPoints;

    const PmdPropPoint* findPropPoint(const std::string& name) const;
    // Where a prop attached at `point` sits in the model's frame: the bone's rest transform
    // (when the point follows a bone) times the point's own transform.
    glm::mat4 propTransform(const PmdPropPoint& point) const;
};

// Reads PMD versions 1 to 4 (the package ships version 4; versions up to 2 stored skinned
// vertices relative to their bones, which this puts into the bind pose as the game does).
// Throws Error(CorruptData) for anything malformed or truncated; never reads past `bytes`.
PmdMesh readPmd(const QByteArray& bytes);

} // namespace lift3d
