#pragma once

#include <string>

struct aiScene;
namespace Assimp {
class Importer;
}

namespace lift3d {

// Reads a file with Assimp without trusting it: after parsing, every face index is checked
// against its mesh (a file that lies about them is refused instead of crashing a later step)
// and each mesh's primitive-type flags are recomputed from its faces (Assimp's OBJ reader
// misreports them for files mixing lines and faces, which its own validator then rejects).
// Only then are `postProcessing` steps applied. Returns null with `error` set on failure.
const aiScene* readSceneSafely(Assimp::Importer& importer, const std::string& path,
                               unsigned postProcessing, std::string& error);

} // namespace lift3d
