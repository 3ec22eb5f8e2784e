// Interleaved timing: structure and statistics, never wall-clock limits (the machine is shared);
// telling a busy machine from a quiet one by the cores the process kept busy.

#include "quantscope/CpuShare.h"
#include "quantscope/Error.h"
#include "quantscope/Latency.h"

#include <QtTest>

class TestLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileInterpolates();
    void runsAreInterleaved();
    void statisticsDescribeTheSamples();
    void progressCanCancel();
    void refusesNoRuns();
    void busyMachineIsNoted();
};

void TestLatency::percentileInterpolates()
{
    QCOMPARE(qs::percentile({1, 2, 3, 4, 5}, 50), 3.0);
    QCOMPARE(qs::percentile({1, 2, 3, 4}, 50), 2.5);
    QCOMPARE(qs::percentile({10, 0}, 95), 9.5);
    QCOMPARE(qs::percentile({}, 50), 0.0);
    QCOMPARE(qs::percentile({7}, 95), 7.0);
}

void TestLatency::runsAreInterleaved()
{
    std::string order;
    qs::LatencySettings settings;
    settings.warmupRuns = 2;
    settings.timedRuns = 3;
    const auto c = qs::compareLatency([&] { order += 'a'; }, [&] { order += 'b'; }, settings);
    // Each round runs both; the one that goes first alternates.
    QCOMPARE(QString::fromStdString(order), QStringLiteral("abbaabbaab"));
    QCOMPARE(c.a.samples.size(), std::size_t(3));
    QCOMPARE(c.b.samples.size(), std::size_t(3));
}

void TestLatency::statisticsDescribeTheSamples()
{
    // b does strictly more work than a, so whatever the machine does, the ratios are consistent.
    volatile double sink = 0;
    const auto work = [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + std::sqrt(double(i));
    };
    qs::LatencySettings settings;
    settings.timedRuns = 31;
    const auto c = qs::compareLatency([&] { work(20000); }, [&] { work(200); }, settings);
    QCOMPARE(c.a.samples.size(), std::size_t(31));
    QVERIFY(c.a.min <= c.a.p50 && c.a.p50 <= c.a.p95);
    QVERIFY(c.b.min <= c.b.p50 && c.b.p50 <= c.b.p95);
    QCOMPARE(c.a.p50, qs::percentile(c.a.samples, 50));
    QCOMPARE(c.speedup, c.a.p50 / c.b.p50);
    QVERIFY(c.speedupLow <= c.speedupHigh);
    QVERIFY(c.speedup > 1.0); // b did a hundredth of a's work
}

void TestLatency::progressCanCancel()
{
    int calls = 0;
    const auto stopAfterThree = [&](double) {
        if (++calls == 3)
            throw qs::Cancelled();
    };
    QVERIFY_THROWS_EXCEPTION(qs::Cancelled, qs::compareLatency([] {}, [] {}, {}, stopAfterThree));
    QCOMPARE(calls, 3);
}

void TestLatency::refusesNoRuns()
{
    qs::LatencySettings settings;
    settings.timedRuns = 0;
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::compareLatency([] {}, [] {}, settings));
}

void TestLatency::busyMachineIsNoted()
{
    // The clock counts this process's CPU time: spinning for a while makes it positive.
    const qs::CpuClock clock;
    volatile double sink = 0.0;
    for (int i = 0; i < 20000000; ++i)
        sink = sink + 1e-9 * double(i);
    QVERIFY(clock.coresUsed() > 0.0);
    // Below 60 % of the threads' cores: other programs had the CPU; the note says what it means.
    const auto busy = qs::busyMachineNote(0.8, 2);
    QVERIFY(busy.has_value());
    QVERIFY2(busy->find("2 threads kept 0.8 cores busy") != std::string::npos, busy->c_str());
    QVERIFY(!qs::busyMachineNote(1.9, 2).has_value());
    QVERIFY(!qs::busyMachineNote(1.2, 2).has_value());
    QVERIFY(qs::busyMachineNote(0.5, 1).has_value());
    QVERIFY(!qs::busyMachineNote(0.0, 2).has_value()); // unknown: no claim
}

QTEST_APPLESS_MAIN(TestLatency)
#include "tst_latency.moc"
