#include "LearnView.h"

#include "FloatToIntegerLesson.h"
#include "LayerToModelLesson.h"
#include "ObserversLesson.h"
#include "PerChannelLesson.h"
#include "RoundingClippingLesson.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qs::ui {

namespace {

// Text size steps for a projector: each step is 15 % larger, up to about twice the normal size.
constexpr double kTextStep = 1.15;
constexpr int kMaxTextSteps = 5;

} // namespace

LearnView::LearnView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("learnView"));
    m_basePointSize = font().pointSizeF();

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("lessonList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_pages = new QStackedWidget(this);

    const QList<LessonPage *> lessons = { new FloatToIntegerLesson(m_pages), new RoundingClippingLesson(m_pages),
        new ObserversLesson(m_pages), new PerChannelLesson(m_pages), new LayerToModelLesson(m_pages) };
    for (LessonPage *lesson : lessons) {
        m_pages->addWidget(lesson);
        m_list->addItem(lesson->title());
    }
    m_list->setMinimumWidth(150);
    m_list->setMaximumWidth(230);
    m_list->setSpacing(3);

    auto *smaller = new QToolButton(this);
    smaller->setText(tr("A−"));
    smaller->setToolTip(tr("Smaller text (Ctrl+−)"));
    auto *larger = new QToolButton(this);
    larger->setText(tr("A+"));
    larger->setToolTip(tr("Larger text, e.g. for a projector (Ctrl++)"));
    connect(smaller, &QToolButton::clicked, this, [this] { changeTextSize(-1); });
    connect(larger, &QToolButton::clicked, this, [this] { changeTextSize(+1); });
    auto *zoomIn = new QShortcut(QKeySequence::ZoomIn, this);
    auto *zoomOut = new QShortcut(QKeySequence::ZoomOut, this);
    connect(zoomIn, &QShortcut::activated, this, [this] { changeTextSize(+1); });
    connect(zoomOut, &QShortcut::activated, this, [this] { changeTextSize(-1); });

    auto *textSize = new QHBoxLayout;
    textSize->addWidget(new QLabel(tr("Text size"), this));
    textSize->addStretch(1);
    textSize->addWidget(smaller);
    textSize->addWidget(larger);
    auto *side = new QVBoxLayout;
    auto *heading = new QLabel(tr("Lessons"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    side->addWidget(heading);
    side->addWidget(m_list, 1);
    side->addLayout(textSize);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_pages, 1);

    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);
}

LearnView::~LearnView() = default;

void LearnView::setModel(std::shared_ptr<const qs::Model> model)
{
    for (int i = 0; i < lessonCount(); ++i)
        lesson(i)->setModel(model);
}

void LearnView::showLesson(int index)
{
    if (index >= 0 && index < lessonCount())
        m_list->setCurrentRow(index);
}

int LearnView::currentLesson() const
{
    return m_pages->currentIndex();
}

int LearnView::lessonCount() const
{
    return m_pages->count();
}

LessonPage *LearnView::lesson(int index) const
{
    return qobject_cast<LessonPage *>(m_pages->widget(index));
}

void LearnView::changeTextSize(int steps)
{
    m_textSteps = std::clamp(m_textSteps + steps, -2, kMaxTextSteps);
    QFont f = font();
    double size = m_basePointSize;
    for (int i = 0; i < std::abs(m_textSteps); ++i)
        size = m_textSteps > 0 ? size * kTextStep : size / kTextStep;
    f.setPointSizeF(size);
    setFont(f);
}

} // namespace qs::ui
