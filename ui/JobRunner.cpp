#include "JobRunner.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <atomic>

namespace qs::ui {

// Shared by the UI thread and the job's worker thread.
struct JobControl
{
    JobRunner::Kind kind = JobRunner::Kind::LoadModel;
    QString title;
    std::atomic<bool> cancelled { false };
    QElapsedTimer clock; // started before the worker starts, read-only afterwards
    std::atomic<qint64> lastReportMs { -JobRunner::progressIntervalMs };

    // True when a report at this moment should reach the UI thread (the last one always does).
    bool takeReportSlot(double fraction)
    {
        const qint64 now = clock.elapsed();
        qint64 last = lastReportMs.load();
        if (fraction < 1.0 && now - last < JobRunner::progressIntervalMs)
            return false;
        return lastReportMs.compare_exchange_strong(last, now) || fraction >= 1.0;
    }
};

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
{
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_pool.waitForDone();
}

QString JobRunner::title(Kind kind) const
{
    const auto job = m_current.value(kind);
    return job ? job->title : QString();
}

void JobRunner::cancel(Kind kind)
{
    if (const auto job = m_current.value(kind))
        job->cancelled = true;
}

void JobRunner::cancelAll()
{
    for (const auto &job : std::as_const(m_current))
        job->cancelled = true;
}

std::shared_ptr<JobControl> JobRunner::begin(Kind kind, const QString &title)
{
    const bool wasBusy = isBusy();
    if (const auto older = m_current.value(kind))
        older->cancelled = true;
    auto job = std::make_shared<JobControl>();
    job->kind = kind;
    job->title = title;
    job->clock.start();
    m_current.insert(kind, job);
    Q_EMIT jobStarted(kind, title);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    return job;
}

qs::Progress JobRunner::progressFor(const std::shared_ptr<JobControl> &job)
{
    qs::Progress progress;
    progress.cancelFlag = &job->cancelled;
    // Runs on the worker thread. `this` outlives every worker: the destructor waits for them.
    progress.onProgress = [this, job](double fraction, const std::string &message) {
        if (!job->takeReportSlot(fraction))
            return;
        QMetaObject::invokeMethod(
            this,
            [this, job, fraction, text = QString::fromStdString(message)] {
                if (isCurrent(job))
                    Q_EMIT progressChanged(job->kind, fraction, text);
            },
            Qt::QueuedConnection);
    };
    return progress;
}

bool JobRunner::isCurrent(const std::shared_ptr<JobControl> &job) const
{
    return m_current.value(job->kind) == job;
}

void JobRunner::end(const std::shared_ptr<JobControl> &job, Outcome outcome, const QString &error)
{
    m_current.remove(job->kind);
    if (outcome == Outcome::Failed)
        Q_EMIT jobFailed(job->kind, job->title, error);
    else if (outcome == Outcome::Cancelled)
        Q_EMIT jobCancelled(job->kind, job->title);
    Q_EMIT jobFinished(job->kind);
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

JobRunner::Outcome JobRunner::runGuarded(
    const std::function<void()> &body, const qs::Progress &progress, QString *error)
{
    try {
        body();
    } catch (const qs::Cancelled &) {
        return Outcome::Cancelled;
    } catch (const qs::Error &e) {
        *error = QString::fromStdString(e.what());
        return Outcome::Failed;
    } catch (const std::exception &e) {
        *error = tr("Unexpected error: %1").arg(QString::fromLocal8Bit(e.what()));
        return Outcome::Failed;
    } catch (...) {
        *error = tr("Unexpected error of an unknown kind.");
        return Outcome::Failed;
    }
    // Work that ran to the end after the user pressed Cancel is still discarded: they asked to stop.
    return progress.isCancelled() ? Outcome::Cancelled : Outcome::Succeeded;
}

} // namespace qs::ui
