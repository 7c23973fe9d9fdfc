#include "app/gui/Languages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace lift3d {

const std::vector<Language>& shippedLanguages() {
    static const std::vector<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QString embeddedTranslation(const QString& code) {
    return QStringLiteral(":/i18n/lift3d_%1.qm").arg(code);
}

QString installLanguage(const QString& code) {
    // Owned here: the application keeps pointers to installed translators.
    static std::unique_ptr<QTranslator> appTranslator;
    static std::unique_ptr<QTranslator> qtTranslator;
    if (appTranslator)
        QCoreApplication::removeTranslator(appTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    appTranslator = std::make_unique<QTranslator>();
    qtTranslator = std::make_unique<QTranslator>();

    QString chosen;
    if (code.isEmpty()) {
        // The system's preferred languages in order; the first one we ship wins.
        if (appTranslator->load(QLocale::system(), QStringLiteral("lift3d"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
            chosen = QFileInfo(appTranslator->filePath())
                         .completeBaseName()
                         .mid(int(qstrlen("lift3d_")));
    } else if (appTranslator->load(embeddedTranslation(code))) {
        chosen = code;
    }
    if (chosen.isEmpty()) {
        // English needs its file too: it holds the plural forms ("1 step", "2 steps").
        chosen = QStringLiteral("en");
        // Embedded in the binary, so it is always there.
        const bool loaded = appTranslator->load(embeddedTranslation(chosen));
        Q_ASSERT(loaded);
        Q_UNUSED(loaded);
    }
    QCoreApplication::installTranslator(appTranslator.get()); // posts LanguageChange
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    if (chosen != QLatin1String("en") &&
        qtTranslator->load(QStringLiteral("qtbase_") + chosen,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    return chosen;
}

} // namespace lift3d
