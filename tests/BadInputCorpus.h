#pragma once

#include <QDir>
#include <QString>
#include <vector>

namespace lift3d::testing {

// What Lift3D must do with a case.
enum class Expect {
    Error,        // refuse it with one clear sentence; write nothing
    Works,        // a valid if unusual picture of an object: a mesh comes out
    ErrorOrWorks, // either of the above (what is left of a truncated JPEG, noise, ...), never a
                  // crash
};

struct BadInput {
    QString name; // short id, also the test row name
    QString path; // where the case was written (for "missing" it does not exist)
    Expect expect;
};

// Writes the bad-input corpus of issue #6 into `folder` (created if needed): truncated and
// corrupt PNG/JPEG/WebP/GIF/BMP/TIFF, empty files, text renamed .png, 1x1 and absurdly declared
// sizes, animated GIF, CMYK JPEG, 16-bit, greyscale and palette PNGs, transparent, white and
// black pictures, objects touching the border, non-ASCII and very long paths, a folder and a
// pipe named like images. Everything is generated; nothing is downloaded.
std::vector<BadInput> writeBadInputCorpus(const QDir& folder);

} // namespace lift3d::testing
