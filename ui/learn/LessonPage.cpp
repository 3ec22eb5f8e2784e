#include "LessonPage.h"

#include "LessonPlot.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qs::ui {

LessonPage::LessonPage(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);

    auto *reset = new QPushButton(tr("&Reset"), this);
    reset->setObjectName(QStringLiteral("resetButton"));
    reset->setToolTip(tr("Put every control of this lesson back to where it started"));
    connect(reset, &QPushButton::clicked, this, [this] { this->reset(); });

    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setOpenExternalLinks(true);
    m_explanation->setMinimumWidth(240);

    // The content scrolls rather than being squeezed below its minimum size on a small screen.
    auto *contentWidget = new QWidget;
    m_content = new QVBoxLayout(contentWidget);
    m_content->setContentsMargins(0, 0, 4, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(contentWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_explanation);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The text takes about a quarter; the pictures the rest (the user can move the handle).
    splitter->setSizes({ 300, 900 });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(reset, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    applyFonts();
}

LessonPage::~LessonPage() = default;

QString LessonPage::title() const
{
    return m_title->text();
}

QString LessonPage::explanation() const
{
    return m_explanation->toPlainText();
}

QList<LessonPlot *> LessonPage::plots() const
{
    return findChildren<LessonPlot *>();
}

void LessonPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

void LessonPage::applyFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont textFont = font();
    textFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_explanation->setFont(textFont);
}

void LessonPage::setModel(std::shared_ptr<const qs::Model>) { }

void LessonPage::addLabelled(QBoxLayout *row, const QString &text, QWidget *widget)
{
    auto *label = new QLabel(text, widget->parentWidget());
    label->setBuddy(widget);
    row->addWidget(label);
    row->addWidget(widget);
}

void LessonPage::setExplanation(const QString &html)
{
    m_explanation->setHtml(html);
}

} // namespace qs::ui
