#pragma once

#include <QImage>
#include <QString>

class QMimeData;

namespace lift3d {

// What a drop or a paste hands Lift3D, decided without touching the file: picture data (a
// browser drag), a local file, or an explanation of why neither can be used.
struct DroppedInput {
    QImage image;      // set for picture data
    QString path;      // set for a local file: the first when several were dropped
    int fileCount = 0; // how many files were dropped
    QString error;     // set when nothing is usable: one translated sentence saying what to do
};

// A browser drag often carries both the picture and its web address; the picture wins, since
// Lift3D downloads nothing.
DroppedInput readDroppedInput(const QMimeData* data);

// Whether `path` goes to the mesh viewer (a file Assimp claims that is not a picture) rather
// than to the generator.
bool looksLikeMeshFile(const QString& path);

// The open dialog's filters: every picture format Qt reads, the common mesh formats, all files.
QString openDialogFilter();

} // namespace lift3d
