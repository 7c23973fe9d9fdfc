#include "app/gui/MaskEditor.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace lift3d {

namespace {

QString keyText(const QAction* action) {
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

MaskEditor::MaskEditor(QWidget* parent) : QDialog(parent) {
    m_canvas = new MaskCanvas(this);

    auto* toolGroup = new QActionGroup(this); // exclusive: one tool at a time
    m_rectangle = makeAction(QKeySequence(Qt::Key_R));
    m_include = makeAction(QKeySequence(Qt::Key_I));
    m_exclude = makeAction(QKeySequence(Qt::Key_E));
    auto* toolRow = new QHBoxLayout;
    for (QAction* tool : {m_rectangle, m_include, m_exclude}) {
        tool->setCheckable(true);
        toolGroup->addAction(tool);
        auto* button = new QToolButton(this);
        button->setDefaultAction(tool);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        toolRow->addWidget(button);
    }
    m_rectangle->setChecked(true);
    const QList<std::pair<QAction*, MaskCanvas::Tool>> tools = {
        {m_rectangle, MaskCanvas::Tool::Rectangle},
        {m_include, MaskCanvas::Tool::Include},
        {m_exclude, MaskCanvas::Tool::Exclude}};
    for (const auto& [action, tool] : tools)
        connect(action, &QAction::triggered, m_canvas,
                [this, tool = tool] { m_canvas->setTool(tool); });
    connect(m_canvas, &MaskCanvas::toolChanged, this, [this, tools](MaskCanvas::Tool chosen) {
        for (const auto& [action, tool] : tools)
            action->setChecked(tool == chosen);
        updateState();
    });

    m_brushLabel = new QLabel(this);
    m_brushSize = new QSpinBox(this);
    m_brushSize->setRange(1, 999);
    m_brushSize->setValue(m_canvas->brushSize());
    m_brushLabel->setBuddy(m_brushSize);
    connect(m_brushSize, &QSpinBox::valueChanged, m_canvas, &MaskCanvas::setBrushSize);
    m_smaller = makeAction(QKeySequence(Qt::Key_BracketLeft));
    m_larger = makeAction(QKeySequence(Qt::Key_BracketRight));
    connect(m_smaller, &QAction::triggered, this, [this] { stepBrushSize(false); });
    connect(m_larger, &QAction::triggered, this, [this] { stepBrushSize(true); });
    toolRow->addSpacing(12);
    toolRow->addWidget(m_brushLabel);
    toolRow->addWidget(m_brushSize);
    toolRow->addStretch(1);

    m_undo = makeAction(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, m_canvas, &MaskCanvas::undo);
    m_undoButton = new QPushButton(this);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QAction::trigger);
    m_resetButton = new QPushButton(this);
    connect(m_resetButton, &QPushButton::clicked, m_canvas, &MaskCanvas::resetToAutomatic);
    for (QPushButton* button : {m_undoButton, m_resetButton}) {
        button->setAutoDefault(false);
        toolRow->addWidget(button);
    }

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_applyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (mask() != m_startMask)
            Q_EMIT applied(m_picture, isAutomatic() ? QImage() : mask());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolRow);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_canvas, &MaskCanvas::maskChanged, this, &MaskEditor::updateState);

    // Large: most of the window it belongs to, within the screen.
    QSize size = parent ? parent->window()->size() * 0.9 : QSize(960, 720);
    if (const QScreen* screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size.expandedTo(QSize(640, 520)));
    retranslate();
}

QAction* MaskEditor::makeAction(const QKeySequence& key) {
    auto* action = new QAction(this);
    action->setShortcut(key);
    addAction(action); // its shortcut works wherever the focus is in the dialog
    return action;
}

void MaskEditor::setPicture(const QImage& image, const QImage& automaticMask, const QImage& mask,
                            quint64 picture) {
    m_canvas->setPicture(image, automaticMask, mask);
    m_startMask = m_canvas->edits().mask();
    m_picture = picture;
    // A brush about a twenty-fifth of the picture: a few strokes cover a wrong part.
    const int longest = std::max(image.width(), image.height());
    m_brushSize->setRange(1, std::max(1, longest));
    m_brushSize->setValue(std::clamp(longest / 25, 2, 200));
    updateState();
}

void MaskEditor::stepBrushSize(bool larger) {
    const int size = m_brushSize->value();
    const int next = larger ? std::max(size + 1, int(std::lround(size * 1.25)))
                            : std::min(size - 1, int(std::lround(size / 1.25)));
    m_brushSize->setValue(next); // clamped to the spin box's range
}

void MaskEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MaskEditor::retranslate() {
    setWindowTitle(tr("Edit Mask"));
    // The tool buttons show their key: tools are switched by key while the pointer draws.
    const auto withKey = [](const QString& text, const QAction* action) {
        return QStringLiteral("%1 (%2)").arg(text, keyText(action));
    };
    m_rectangle->setText(withKey(tr("Rectangle"), m_rectangle));
    m_rectangle->setToolTip(
        tr("Drag a rectangle around the object: everything outside it becomes background. "
           "Inside, the mask stays as it is; where it holds no object yet, the whole rectangle "
           "becomes the object."));
    m_include->setText(withKey(tr("Include"), m_include));
    m_include->setToolTip(tr("Paint over what belongs to the object. A right drag paints "
                             "background."));
    m_exclude->setText(withKey(tr("Exclude"), m_exclude));
    m_exclude->setToolTip(tr("Paint over what is background. A right drag paints the object."));
    m_brushLabel->setText(tr("&Brush size:"));
    m_brushSize->setSuffix(tr(" px"));
    m_brushSize->setToolTip(
        tr("Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)")
            .arg(keyText(m_smaller), keyText(m_larger)));
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setToolTip(tr("Undo the last change (%1)").arg(keyText(m_undo)));
    m_resetButton->setText(tr("&Reset to Automatic"));
    m_resetButton->setToolTip(tr("Go back to the mask Lift3D found; Undo brings your changes "
                                 "back."));
    m_applyButton->setText(tr("&Apply"));
    m_applyButton->setToolTip(tr("Generate the mesh from this mask (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close without changing the mask (Esc)"));
    updateState();
}

void MaskEditor::updateState() {
    const MaskEdits& edits = m_canvas->edits();
    const bool hasObject = edits.hasObject();
    m_undo->setEnabled(edits.canUndo());
    m_undoButton->setEnabled(edits.canUndo());
    m_resetButton->setEnabled(!edits.isAutomatic());
    m_applyButton->setEnabled(hasObject);
    m_brushSize->setEnabled(m_canvas->tool() != MaskCanvas::Tool::Rectangle);

    QString hint;
    switch (m_canvas->tool()) {
    case MaskCanvas::Tool::Rectangle:
        hint = tr("Drag a rectangle around the object: everything outside it becomes "
                  "background.");
        break;
    case MaskCanvas::Tool::Include:
        hint = tr("Paint over parts of the object that are tinted. A right drag paints "
                  "background.");
        break;
    case MaskCanvas::Tool::Exclude:
        hint = tr("Paint over background inside the outline. A right drag paints the object.");
        break;
    }
    hint += QLatin1Char('\n') + tr("Tinted areas are background, the yellow line outlines "
                                   "the object.");
    if (!hasObject)
        hint = tr("The mask is empty. Paint the object or drag a rectangle around it, then "
                  "apply.");
    m_hint->setText(hint);
}

} // namespace lift3d
