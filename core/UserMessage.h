#pragma once
// How core speaks to the user: one translation lookup and one way to turn any exception that
// reached an entry point into a sentence to show. The developer tools (lift3d-data, lift3d-train,
// lift3d-eval) print their own progress and usage text in English on purpose: their users read
// logs and source, and those strings would only bloat the translations.

#include <QString>
#include <exception>

namespace lift3d {

// A user-visible sentence of core, translated. lupdate files every `tr("...")` written in a free
// function of namespace lift3d under the context "lift3d", so this lookup uses that context.
// `n` selects the plural form of "%n" sentences.
QString tr(const char* sourceText, const char* disambiguation = nullptr, int n = -1);

// The sentence for `error`: an Error's own message; for anything else (std::bad_alloc, a
// LibTorch failure), `otherwise` with its "%1" replaced by the exception's technical text.
// `otherwise` says what failed and what to do, e.g. tr("The export failed (%1). Nothing was
// written.").
QString userMessage(const std::exception& error, const QString& otherwise);

} // namespace lift3d
