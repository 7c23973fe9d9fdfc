#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lift3d {

class InputThumbnail;
class ProgressStrip;
class QualitySlider;

// The column beside the viewport: the input picture with its outline, the error box, what is
// shown, the quality slider with progress, and the buttons. Like a uic-generated Ui class the
// widgets are public members; the window fills them and connects them.
class ControlPanel : public QWidget {
    Q_OBJECT
public:
    explicit ControlPanel(QWidget* parent = nullptr);
    // The fixed texts, in the current language.
    void retranslate();
    // The red box under the picture; empty text hides it.
    void setError(const QString& message);
    QString error() const;

    InputThumbnail* thumbnail;
    QLabel* inputLabel;  // the input's path or description
    QLabel* resultLabel; // what the viewport shows
    QualitySlider* slider;
    ProgressStrip* progress;
    QPushButton* againButton;
    QPushButton* cancelButton;
    QPushButton* exportButton;

private:
    QLabel* m_errorLabel;
    QLabel* m_qualityTitle;
};

} // namespace lift3d
