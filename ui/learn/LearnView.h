#pragma once

#include <QWidget>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace qs {
class Model;
}

namespace qs::ui {

class LessonPage;

// Interactive lessons on what quantization does, with live numbers from core: float to integer,
// rounding and clipping, observers, per-tensor against per-channel, and layer by layer to a whole
// model. Opened from Help ▸ Learn Quantization and by --view learn.
class LearnView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnView)

public:
    explicit LearnView(QWidget *parent = nullptr);
    ~LearnView() override;

    // The workbench's open model: lessons 2–5 use its layers. nullptr when none is open.
    void setModel(std::shared_ptr<const qs::Model> model);
    void showLesson(int index);
    int currentLesson() const;
    int lessonCount() const;
    LessonPage *lesson(int index) const;
    // Larger (steps > 0) or smaller text, as the A+ / A− buttons and Ctrl++ / Ctrl+− do; limited to the buttons' range.
    void changeTextSize(int steps);

private:

    QListWidget *m_list = nullptr;
    QStackedWidget *m_pages = nullptr;
    double m_basePointSize = 0.0;
    int m_textSteps = 0;
};

} // namespace qs::ui
