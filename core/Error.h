#pragma once

#include <QString>
#include <stdexcept>

namespace lift3d {

// What went wrong, so callers can react (retry, ask for another file) without parsing text.
enum class ErrorKind {
    FileNotFound,      // the input path does not exist or is not a regular file
    FileNotReadable,   // it exists but cannot be opened
    EmptyFile,         // zero bytes
    NotAnImage,        // no image decoder recognises the bytes
    CorruptImage,      // a decoder recognised the format but could not decode it
    ImageTooLarge,     // decoding would need more memory than we allow
    NoObjectFound,     // the image decoded but no foreground object could be separated
    UnsupportedFormat, // an export format or file type we do not handle
    MeshImportFailed,  // Assimp could not read the mesh file
    EmptyMesh,         // a mesh with no triangles where one is required
    DirectoryNotFound, // the target folder of a write does not exist
    DirectoryNotWritable,
    WriteFailed,     // the write started but did not complete (disk full, I/O error)
    InvalidArgument, // a caller passed values outside the documented range
    InvalidModel,    // a model file is missing, damaged, of another version or not a model
    CorruptData, // a dataset or training file (field, shard, checkpoint) is damaged or truncated
};

// The typed failure every core function throws. `message()` is one translated sentence that
// says what happened and what to do; the app shows it as is, the CLI prints it to stderr.
class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message) {}

    ErrorKind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace lift3d
