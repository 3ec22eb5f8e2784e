// The job runner: results on the UI thread, newer jobs cancel older ones, cancel and errors
// leave the caller's state alone, progress arrives throttled while the event loop runs.

#include "JobRunner.h"

#include "quantscope/Error.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

using qs::ui::JobRunner;

namespace {

// Work that reports progress every millisecond until cancelled or done.
int slowWork(const qs::Progress &progress, int steps, int value)
{
    for (int i = 0; i < steps; ++i) {
        progress.throwIfCancelled();
        progress.report(double(i) / steps, "step " + std::to_string(i));
        QThread::msleep(1);
    }
    return value;
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnTheUiThread();
    void newerJobCancelsOlder();
    void cancelLeavesStateAlone();
    void errorBecomesMessage();
    void progressIsThrottled();
};

void TestJobRunner::resultArrivesOnTheUiThread()
{
    JobRunner jobs;
    QSignalSpy busy(&jobs, &JobRunner::busyChanged);
    QThread *resultThread = nullptr;
    QThread *workThread = nullptr;
    int result = 0;
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("answer"),
        [&](const qs::Progress &) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            resultThread = QThread::currentThread();
            result = value;
        });
    QVERIFY(jobs.isBusy());
    QTRY_VERIFY(!jobs.isBusy());
    QCOMPARE(result, 42);
    QCOMPARE(resultThread, QThread::currentThread());
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestJobRunner::newerJobCancelsOlder()
{
    JobRunner jobs;
    QList<int> results;
    std::atomic<bool> olderSawCancel { false };
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("older"),
        [&](const qs::Progress &p) {
            try {
                return slowWork(p, 5000, 1);
            } catch (const qs::Cancelled &) {
                olderSawCancel = true;
                throw;
            }
        },
        [&](int v) { results << v; });
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("newer"), [](const qs::Progress &p) { return slowWork(p, 20, 2); },
        [&](int v) { results << v; });
    QTRY_VERIFY(!jobs.isBusy());
    QCOMPARE(results, QList<int> { 2 });
    QTRY_VERIFY(olderSawCancel);
}

void TestJobRunner::cancelLeavesStateAlone()
{
    JobRunner jobs;
    QSignalSpy cancelled(&jobs, &JobRunner::jobCancelled);
    QSignalSpy failed(&jobs, &JobRunner::jobFailed);
    bool delivered = false;
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("long"), [](const qs::Progress &p) { return slowWork(p, 5000, 1); },
        [&](int) { delivered = true; });
    jobs.cancel(JobRunner::Kind::LoadModel);
    QTRY_VERIFY(!jobs.isBusy());
    QVERIFY(!delivered);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.at(0).at(1).toString(), QStringLiteral("long"));
    QCOMPARE(failed.size(), 0);
}

void TestJobRunner::errorBecomesMessage()
{
    JobRunner jobs;
    QSignalSpy failed(&jobs, &JobRunner::jobFailed);
    bool delivered = false;
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("broken"),
        [](const qs::Progress &) -> int { throw qs::Error("model.pt is a state_dict"); },
        [&](int) { delivered = true; });
    QTRY_VERIFY(!jobs.isBusy());
    QVERIFY(!delivered);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).toString(), QStringLiteral("model.pt is a state_dict"));

    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("unexpected"),
        [](const qs::Progress &) -> int { throw std::runtime_error("bad_alloc or so"); },
        [&](int) { delivered = true; });
    QTRY_VERIFY(!jobs.isBusy());
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(1).at(2).toString().contains(QStringLiteral("bad_alloc or so")));
}

void TestJobRunner::progressIsThrottled()
{
    JobRunner jobs;
    QSignalSpy progress(&jobs, &JobRunner::progressChanged);
    constexpr int steps = 400; // about 0.4 s or more: 1 ms sleep each
    QElapsedTimer clock;
    clock.start();
    jobs.run<int>(
        JobRunner::Kind::LoadModel, QStringLiteral("steps"),
        [](const qs::Progress &p) { return slowWork(p, steps, 0); }, [](int) {});
    QTRY_VERIFY_WITH_TIMEOUT(!jobs.isBusy(), 30000);
    const qint64 elapsed = clock.elapsed();
    // Some reports arrive while the job runs (the event loop was not blocked), far fewer than 400.
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    QVERIFY2(progress.size() <= elapsed / JobRunner::progressIntervalMs + 2,
        qPrintable(QStringLiteral("%1 reports in %2 ms").arg(progress.size()).arg(elapsed)));
    double last = -1.0;
    for (const auto &args : progress) {
        QVERIFY(args.at(1).toDouble() >= last);
        last = args.at(1).toDouble();
    }
}

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
