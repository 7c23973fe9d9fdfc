#pragma once

#include <QString>
#include <QStringList>
#include <vector>

class QTranslator;

namespace lift3d {

struct Language {
    QString code;       // "de", "zh_CN"; empty = follow the system
    QString nativeName; // shown in the menu in its own language
};

// The languages Lift3D ships, English first. Their .qm files are embedded under :/i18n.
const std::vector<Language>& shippedLanguages();

// Makes `code` the application language (empty: the system locale, falling back to English),
// replacing the previous one. Widgets get a LanguageChange event and retranslate themselves.
// Returns the code actually in use ("en" when nothing matched).
QString installLanguage(const QString& code);

// The embedded .qm file of a shipped language.
QString embeddedTranslation(const QString& code);

} // namespace lift3d
