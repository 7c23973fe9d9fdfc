#include "core/dataset/sources/CubeEngineModelConfig.h"

#include <QRegularExpression>
#include <QStringList>

namespace lift3d {
namespace {

// A cubescript line as words: "quoted words" stay whole, // starts a comment.
QStringList wordsOf(const QString& line) {
    QStringList words;
    QString current;
    bool quoted = false, any = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quoted && c == QLatin1Char('/') && i + 1 < line.size() &&
            line[i + 1] == QLatin1Char('/'))
            break;
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (!quoted && c.isSpace()) {
            if (any)
                words << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        words << current;
    return words;
}

// "<dds>../skin.png" -> "../skin.png": the engine's loading hints are not part of the path.
QString withoutHints(QString path) {
    static const QRegularExpression hint(QStringLiteral("^(<[^>]*>)+"));
    return path.remove(hint);
}

} // namespace

CubeEngineModelConfig parseCubeEngineModelConfig(const QByteArray& text) {
    static const QRegularExpression load(QStringLiteral("^(obj|iqm|md5|md3|md2|smd)load$"));
    static const QRegularExpression skin(QStringLiteral("^(obj|iqm|md5|md3|md2|smd)skin$"));
    CubeEngineModelConfig config;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QStringList words = wordsOf(line);
        if (words.isEmpty())
            continue;
        const QString command = words[0].toLower();
        if (load.match(command).hasMatch() && words.size() >= 2 && config.model.isEmpty())
            config.model = withoutHints(words[1]);
        else if (skin.match(command).hasMatch() && words.size() >= 3)
            config.skins.emplace_back(words[1], withoutHints(words[2]));
    }
    return config;
}

} // namespace lift3d
