#include "app/gui/ControlPanel.h"

#include "app/gui/InputThumbnail.h"
#include "app/gui/ProgressStrip.h"
#include "app/gui/QualitySlider.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lift3d {

ControlPanel::ControlPanel(QWidget* parent) : QWidget(parent) {
    thumbnail = new InputThumbnail(this);
    inputLabel = new QLabel(this);
    inputLabel->setWordWrap(true);
    resultLabel = new QLabel(this);
    resultLabel->setAlignment(Qt::AlignCenter);
    resultLabel->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 13pt; }"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #5c1f1f; color: #ffe9e9; padding: 8px; "
                       "border-radius: 6px; }"));
    m_errorLabel->hide();
    m_qualityTitle = new QLabel(this);
    slider = new QualitySlider(this);
    progress = new ProgressStrip(this);
    againButton = new QPushButton(this);
    cancelButton = new QPushButton(this);
    exportButton = new QPushButton(this);
    exportButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(thumbnail, 3);
    layout->addWidget(inputLabel);
    layout->addWidget(m_errorLabel);
    layout->addSpacing(8);
    layout->addWidget(resultLabel);
    layout->addWidget(m_qualityTitle);
    layout->addWidget(slider);
    layout->addWidget(progress);
    layout->addWidget(againButton);
    layout->addWidget(cancelButton);
    layout->addWidget(exportButton);
    layout->addStretch(1);
    setMinimumWidth(240);
    setMaximumWidth(420);
}

void ControlPanel::retranslate() {
    m_qualityTitle->setText(tr("Quality of the final mesh"));
    againButton->setText(tr("Generate again (new seed)"));
    cancelButton->setText(tr("Cancel"));
    exportButton->setText(tr("Export…"));
    slider->retranslate();
}

void ControlPanel::setError(const QString& message) {
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString ControlPanel::error() const {
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace lift3d
