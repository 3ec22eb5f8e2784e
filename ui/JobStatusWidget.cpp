#include "JobStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace qs::ui {

JobStatusWidget::JobStatusWidget(JobRunner *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    m_text = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, progressMaximum);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop this job; what is open stays as it was"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    connect(jobs, &JobRunner::jobStarted, this, &JobStatusWidget::onStarted);
    connect(jobs, &JobRunner::progressChanged, this, &JobStatusWidget::onProgress);
    connect(jobs, &JobRunner::busyChanged, this, &JobStatusWidget::setVisible);
    connect(jobs, &JobRunner::jobFinished, this, [this] {
        // Another job still runs: show that one.
        if (m_jobs->isBusy() && !m_jobs->isRunning(m_shown)) {
            const JobRunner::Kind next = m_jobs->runningKinds().constFirst();
            onStarted(next, m_jobs->title(next));
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_jobs->cancel(m_shown); });
    setVisible(jobs->isBusy());
}

JobStatusWidget::~JobStatusWidget() = default;

QString JobStatusWidget::text() const
{
    return m_text->text();
}

int JobStatusWidget::progressValue() const
{
    return m_progress->value();
}

void JobStatusWidget::onStarted(JobRunner::Kind kind, const QString &title)
{
    m_shown = kind;
    m_text->setText(title);
    m_progress->setValue(0);
}

void JobStatusWidget::onProgress(JobRunner::Kind kind, double fraction, const QString &message)
{
    if (kind != m_shown)
        return;
    m_text->setText(tr("%1: %2").arg(m_jobs->title(kind), message));
    m_progress->setValue(int(std::lround(fraction * progressMaximum)));
}

} // namespace qs::ui
