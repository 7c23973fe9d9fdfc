#include "core/dataset/sources/Quake3Materials.h"

#include <QStringList>

namespace lift3d {
namespace {

// Shader scripts are whitespace-separated tokens, braces standing alone, with // and /* */
// comments.
QStringList tokenize(const QString& text) {
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            tokens << current;
        current.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('/') && i + 1 < text.size() && text[i + 1] == QLatin1Char('/')) {
            flush();
            while (i < text.size() && text[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('*')) {
            flush();
            const int end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? int(text.size()) : end + 1;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            flush();
            tokens << QString(c);
        } else if (c.isSpace()) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return tokens;
}

bool isPictureMap(const QString& path) {
    return !path.startsWith(QLatin1Char('$'));
}

} // namespace

std::map<QString, QString> readQuake3ShaderMaps(const QByteArray& script) {
    const QStringList tokens = tokenize(QString::fromLatin1(script));
    std::map<QString, QString> maps;
    QString shader, surface, effect; // the shader's first plain stage, its first effect stage
    QString stageMap;
    bool stageIsEffect = false;
    int depth = 0;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens[i];
        const QString key = token.toLower();
        if (token == QLatin1String("{")) {
            if (++depth == 2) {
                stageMap.clear();
                stageIsEffect = false;
            }
        } else if (token == QLatin1String("}")) {
            if (depth == 2 && !stageMap.isEmpty()) {
                QString& slot = stageIsEffect ? effect : surface;
                if (slot.isEmpty())
                    slot = stageMap;
            }
            if (--depth <= 0) {
                depth = 0;
                const QString picture = surface.isEmpty() ? effect : surface;
                if (!shader.isEmpty() && !picture.isEmpty())
                    maps.emplace(shader.toLower(), picture);
                shader.clear();
                surface.clear();
                effect.clear();
            }
        } else if (depth == 0) {
            shader = token;
        } else if (depth == 2 && i + 1 < tokens.size()) {
            if ((key == QLatin1String("map") || key == QLatin1String("clampmap")) &&
                isPictureMap(tokens[i + 1]))
                stageMap = tokens[i + 1];
            else if (key == QLatin1String("animmap") && i + 2 < tokens.size() &&
                     isPictureMap(tokens[i + 2]))
                stageMap = tokens[i + 2]; // after the frequency: the first frame
            // Reflections and glows painted over the surface are not its colour.
            else if (key == QLatin1String("tcgen") &&
                     tokens[i + 1].compare(QLatin1String("environment"), Qt::CaseInsensitive) == 0)
                stageIsEffect = true;
            else if (key == QLatin1String("blendfunc") &&
                     (tokens[i + 1].compare(QLatin1String("add"), Qt::CaseInsensitive) == 0 ||
                      (tokens[i + 1].compare(QLatin1String("gl_one"), Qt::CaseInsensitive) == 0 &&
                       i + 2 < tokens.size() &&
                       tokens[i + 2].compare(QLatin1String("gl_one"), Qt::CaseInsensitive) == 0)))
                stageIsEffect = true;
        }
    }
    return maps;
}

std::map<QString, QString> readQuake3Skin(const QByteArray& text) {
    std::map<QString, QString> skin;
    for (const QString& line : QString::fromLatin1(text).split(QLatin1Char('\n'))) {
        const int comma = line.indexOf(QLatin1Char(','));
        if (comma <= 0)
            continue;
        const QString surface = line.left(comma).trimmed().toLower();
        const QString picture = line.mid(comma + 1).trimmed();
        if (!picture.isEmpty() && !surface.startsWith(QLatin1String("tag_")))
            skin.emplace(surface, picture);
    }
    return skin;
}

} // namespace lift3d
