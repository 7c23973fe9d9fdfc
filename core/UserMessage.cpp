#include "core/UserMessage.h"

#include "core/Error.h"

#include <QCoreApplication>

namespace lift3d {

QString tr(const char* sourceText, const char* disambiguation, int n) {
    return QCoreApplication::translate("lift3d", sourceText, disambiguation, n);
}

QString userMessage(const std::exception& error, const QString& otherwise) {
    if (const auto* typed = dynamic_cast<const Error*>(&error))
        return typed->message();
    return otherwise.arg(QString::fromLocal8Bit(error.what()));
}

} // namespace lift3d
