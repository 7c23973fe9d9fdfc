#pragma once

#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace lift3d {

// Help > About: version, the loaded model's manifest, licences and training-data attribution.
void showAboutDialog(QWidget* parent, const QString& version, const QString& manifestPath,
                     const QString& modelStatus);

// Help > Shortcuts: every action that has a shortcut, with its key, read from the actions
// themselves so the list cannot drift from the menus.
void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions);

// The text of the shortcuts list (also what the dialog shows), one "key: action" per line.
QString shortcutsText(const QList<QAction*>& actions);

} // namespace lift3d
