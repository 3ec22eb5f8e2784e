#pragma once

#include "quantscope/Progress.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace qs::ui {

struct JobControl;

// The one way long work runs. Work gets a qs::Progress whose reports reach the UI thread through
// queued calls (throttled) and whose cancel flag the UI can set. A newer job of the same kind
// cancels the older one, whose result is then dropped. Results come back on the UI thread;
// a qs::Cancelled job changes nothing, a failed job emits jobFailed with its message.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    enum class Kind { LoadModel, LoadData, Calibrate, Export, WeightError, Compare, Sensitivity };
    Q_ENUM(Kind)

    enum class Outcome { Succeeded, Cancelled, Failed };

    // At most one progress report per job reaches the UI thread in this many milliseconds.
    static constexpr qint64 progressIntervalMs = 50;

    explicit JobRunner(QObject *parent = nullptr);
    // Cancels every job and waits for the worker threads: a job may be inside one torch call.
    ~JobRunner() override;

    // Runs work on a worker thread; onResult gets its result on the UI thread if the job
    // succeeded and was neither cancelled nor replaced by a newer job of the same kind.
    template <typename Result>
    void run(Kind kind, const QString &title, std::function<Result(const qs::Progress &)> work,
        std::function<void(Result)> onResult);

    bool isBusy() const { return !m_current.isEmpty(); }
    bool isRunning(Kind kind) const { return m_current.contains(kind); }
    QList<Kind> runningKinds() const { return m_current.keys(); }
    QString title(Kind kind) const;
    void cancel(Kind kind);
    void cancelAll();

Q_SIGNALS:
    void jobStarted(qs::ui::JobRunner::Kind kind, const QString &title);
    void progressChanged(qs::ui::JobRunner::Kind kind, double fraction, const QString &message);
    void jobFailed(qs::ui::JobRunner::Kind kind, const QString &title, const QString &message);
    void jobCancelled(qs::ui::JobRunner::Kind kind, const QString &title);
    // After jobFailed/jobCancelled or the result handler: the job is over either way.
    void jobFinished(qs::ui::JobRunner::Kind kind);
    void busyChanged(bool busy);

private:
    template <typename Result> struct Finished
    {
        Outcome outcome = Outcome::Failed;
        QString error;
        std::optional<Result> value;
    };

    std::shared_ptr<JobControl> begin(Kind kind, const QString &title);
    qs::Progress progressFor(const std::shared_ptr<JobControl> &job);
    bool isCurrent(const std::shared_ptr<JobControl> &job) const;
    void end(const std::shared_ptr<JobControl> &job, Outcome outcome, const QString &error);
    // Runs body on the worker thread and turns what it throws into an outcome and a message.
    static Outcome runGuarded(const std::function<void()> &body, const qs::Progress &progress, QString *error);

    QThreadPool m_pool;
    QHash<Kind, std::shared_ptr<JobControl>> m_current;
};

template <typename Result>
void JobRunner::run(Kind kind, const QString &title, std::function<Result(const qs::Progress &)> work,
    std::function<void(Result)> onResult)
{
    const std::shared_ptr<JobControl> job = begin(kind, title);
    const qs::Progress progress = progressFor(job);
    auto *watcher = new QFutureWatcher<Finished<Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, onResult = std::move(onResult)] {
        watcher->deleteLater();
        Finished<Result> finished = watcher->result();
        if (!isCurrent(job))
            return; // replaced by a newer job of its kind, which now owns the status
        // The result goes in before jobFinished/busyChanged, so whoever waits for "not busy" sees it.
        if (finished.outcome == Outcome::Succeeded)
            onResult(std::move(*finished.value));
        end(job, finished.outcome, finished.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [work = std::move(work), progress] {
        Finished<Result> finished;
        finished.outcome = runGuarded([&] { finished.value = work(progress); }, progress, &finished.error);
        return finished;
    }));
}

} // namespace qs::ui
