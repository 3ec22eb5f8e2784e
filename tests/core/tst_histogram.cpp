#include "quantscope/Histogram.h"

#include <QtTest>

#include <cmath>
#include <limits>

class TestHistogram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEveryFiniteValue();
    void edgesGoToOuterBins();
    void constantInputGetsWidth();
    void nonFiniteValuesAreLeftOut();
    void emptyInput();
};

void TestHistogram::countsEveryFiniteValue()
{
    const std::vector<float> v{0.f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f};
    const qs::Histogram h = qs::makeHistogram(v, 5);
    QCOMPARE(h.binCount(), std::size_t(5));
    QCOMPARE(h.total(), 10.0);
    QCOMPARE(h.lower, 0.0);
    QCOMPARE(float(h.upper), 0.9f);
    for (double c : h.counts)
        QCOMPARE(c, 2.0);
}

void TestHistogram::edgesGoToOuterBins()
{
    const std::vector<float> v{-1.f, 1.f, 0.f};
    const qs::Histogram h = qs::makeHistogram(v, 4);
    QCOMPARE(h.counts.front(), 1.0);
    QCOMPARE(h.counts.back(), 1.0); // the maximum falls into the last bin, not past it
    QCOMPARE(h.counts[2], 1.0);     // 0 is the lower edge of bin 2
    QCOMPARE(h.binCenter(0), -0.75);
}

void TestHistogram::constantInputGetsWidth()
{
    const std::vector<float> v(7, 2.0f);
    const qs::Histogram h = qs::makeHistogram(v, 10);
    QCOMPARE(h.lower, 1.5);
    QCOMPARE(h.upper, 2.5);
    QCOMPARE(h.total(), 7.0);
}

void TestHistogram::nonFiniteValuesAreLeftOut()
{
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> v{std::nanf(""), inf, -inf, 1.f, 3.f};
    const qs::Histogram h = qs::makeHistogram(v, 2);
    QCOMPARE(h.total(), 2.0);
    QCOMPARE(h.lower, 1.0);
    QCOMPARE(h.upper, 3.0);
}

void TestHistogram::emptyInput()
{
    const qs::Histogram h = qs::makeHistogram(std::vector<float>{}, 8);
    QVERIFY(h.isEmpty());
    QCOMPARE(h.binCount(), std::size_t(8));
}

QTEST_APPLESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
