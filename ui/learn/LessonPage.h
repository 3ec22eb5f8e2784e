#pragma once

#include <QWidget>

#include <memory>

class QBoxLayout;
class QLabel;
class QSplitter;
class QTextBrowser;
class QVBoxLayout;

namespace qs {
class Model;
}

namespace qs::ui {

class LessonPlot;

// One lesson of the Learn view: a title and a Reset button above, the explanation (rich text) on
// the left beside the lesson's controls and pictures on the right.
class LessonPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonPage)

public:
    LessonPage(const QString &title, QWidget *parent = nullptr);
    ~LessonPage() override;

    QString title() const;
    QString explanation() const;
    QList<LessonPlot *> plots() const;

    // Puts every control back to the lesson's starting values.
    virtual void reset() = 0;
    // The model the workbench has open (or none): lessons that use real layers offer its weights.
    virtual void setModel(std::shared_ptr<const qs::Model> model);

protected:
    void changeEvent(QEvent *event) override;
    void setExplanation(const QString &html);
    // Adds "text [widget]" to a row of controls, the label being the widget's buddy (for its shortcut).
    void addLabelled(QBoxLayout *row, const QString &text, QWidget *widget);
    // Where the lesson puts its controls and plots.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    // Title and explanation are larger than the rest; they follow the view's text size.
    void applyFonts();

    QLabel *m_title = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace qs::ui
