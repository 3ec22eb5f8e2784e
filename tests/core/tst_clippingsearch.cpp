// Percentile, Entropy and MSE against their definitions (shared/reference/quantization-math.md),
// on cases worked out by hand in the comments, and at 2 to 8 bits.

#include "quantscope/Error.h"
#include "quantscope/Observer.h"
#include "quantscope/QParams.h"

#include "ObserverTestHelpers.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace testing;

namespace {

// The mean squared fake-quantization error of values under a range: the MSE observer's criterion.
double meanSquaredError(const std::vector<float> &values, const qs::ClippingRange &r, const qs::QuantSpec &spec)
{
    const qs::QParams q = qs::calculateQParams(r.min, r.max, spec);
    double sum = 0.0;
    for (float v : values) {
        const double d = double(qs::fakeQuantizeValue(v, q, spec.range())) - double(v);
        sum += d * d;
    }
    return sum / double(values.size());
}

} // namespace

class TestClippingSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileSymmetricByHand();
    void percentileAffineBothTails();
    void percentileAfterReluMatchesSymmetric();
    void entropyPrefersClippingAnOutlier();
    void entropyKeepsFullRangeWhenNothingIsLost();
    void mseIsTheMinimumOfItsCriterion_data();
    void mseIsTheMinimumOfItsCriterion();
    void mseClipsAnOutlier();
    void lowerBitsClipMore();
};

// Values 1, 2, ..., 1000; 2048 bins of |x| over [0, 1000], w = 1000 / 2048 = 0.48828125.
// p = 99: the cdf first reaches 0.99 at the bin holding 990 (990 of the 1000 values are <= 990),
// bin ⌊990 / w⌋ = 2027, whose upper edge is 2028 · w = 990.234375. Bin 2026 ends at 989.746...,
// where the cdf is 989 / 1000 < 0.99.
void TestClippingSearch::percentileSymmetricByHand()
{
    std::vector<float> values;
    for (int k = 1; k <= 1000; ++k)
        values.push_back(float(k));
    const qs::TensorObservation observation = observe(values);
    qs::ObserverSettings settings;
    settings.percentile = 99.0;
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Percentile, observation, symmetricSpec(8), settings);
    QCOMPARE(r.max, 990.234375f);
    QCOMPARE(r.min, 1.0f); // [-amax, amax] within what was seen
    // p = 100 is the max itself.
    settings.percentile = 100.0;
    QCOMPARE(qs::chooseRange(qs::ObserverKind::Percentile, observation, symmetricSpec(8), settings).max, 1000.0f);

    // The default p = 99.99 on 9999 ones and one 100: 9999 of 10 000 values must be inside, and
    // 99.99 / 100 · 10 000 is 9999 only up to rounding. w = 100 / 2048; 1.0 is in bin ⌊1 / w⌋ = 20,
    // whose upper edge is 21 · w = 1.025390625.
    std::vector<float> ones(9999, 1.0f);
    ones.push_back(100.0f);
    const qs::ClippingRange r2 = qs::chooseRange(qs::ObserverKind::Percentile, observe(ones), symmetricSpec(8));
    QCOMPARE(r2.max, 1.025390625f);
}

// Values ±1, ±2, ..., ±1000 (2000 values), affine, p = 99: each tail loses at most 1 %.
// Lower: the cdf must exceed 0.01 = 20 values; the 21st smallest is -980, in the negative bin
// ⌊980 / w⌋ = 2007 (w = 0.48828125), i.e. (-2008·w, -2007·w]; the range starts at its lower
// edge -2008·w = -980.46875 (below it: -1000 .. -981, exactly 20 values).
// Upper: the cdf reaches 0.99 (1980 values) at 980, bin 2007, upper edge 2008·w = 980.46875.
void TestClippingSearch::percentileAffineBothTails()
{
    std::vector<float> values;
    for (int k = 1; k <= 1000; ++k) {
        values.push_back(float(k));
        values.push_back(-float(k));
    }
    const qs::TensorObservation observation = observe(values);
    qs::ObserverSettings settings;
    settings.percentile = 99.0;
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Percentile, observation, affineSpec(8), settings);
    QCOMPARE(r.min, -980.46875f);
    QCOMPARE(r.max, 980.46875f);
}

// After a ReLU (no negative value) the affine lower bound is 0 and the upper one is the symmetric amax.
void TestClippingSearch::percentileAfterReluMatchesSymmetric()
{
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.2f, 1.0f);
    std::vector<float> values(50000);
    for (float &v : values)
        v = std::max(normal(rng), 0.0f);
    const qs::TensorObservation observation = observe(values);
    const qs::ClippingRange affine = qs::chooseRange(qs::ObserverKind::Percentile, observation, affineSpec(8));
    const qs::ClippingRange symmetric = qs::chooseRange(qs::ObserverKind::Percentile, observation, symmetricSpec(8));
    QCOMPARE(affine.min, 0.0f);
    QCOMPARE(affine.max, symmetric.max);
    QVERIFY(affine.max < observation.max());
    // Percentile does not depend on the bit width.
    for (int bits = 2; bits <= 7; ++bits)
        QCOMPARE(qs::chooseRange(qs::ObserverKind::Percentile, observation, affineSpec(bits)).max, affine.max);
}

// 16 bins over [0, 16] (w = 1), values at the bin centres: counts 12, 8, 12, 8, 12, 8, 12, 8 in
// bins 0..7 and one outlier, 16.0, in bin 15 (81 values). 4-bit symmetric: L = 16 / 2 = 8 levels,
// so i runs from 8 to 16.
//   i = 8:  S = 80, P = (12, 8, 12, 8, 12, 8, 12, 8 + 1), Q = the bins themselves (one bin per level):
//           KL = (1/81)·9·ln(9/8) + ln(80/81) = 0.0130870 − 0.0124225 = 0.000664
//   i = 9..15: bin i−1 is empty but P puts the outlier there, Q has nothing: KL = ∞
//   i = 16: no outliers; levels are bin pairs, (12, 8) becomes (10, 10):
//           KL = 4·(12·ln 1.2 + 8·ln 0.8) / 81 = 4·0.40271 / 81 = 0.0199
// So i = 8 wins: threshold (8 + 0.5)·w = 8.5, range [0, 8.5] for these non-negative values.
void TestClippingSearch::entropyPrefersClippingAnOutlier()
{
    std::vector<float> values;
    const int counts[8] = {12, 8, 12, 8, 12, 8, 12, 8};
    for (int bin = 0; bin < 8; ++bin)
        values.insert(values.end(), std::size_t(counts[bin]), float(bin) + 0.5f);
    values.push_back(16.0f);
    qs::ObserverSettings settings;
    settings.histogramBins = 16;
    const qs::TensorObservation observation = observe(values, settings);
    QCOMPARE(observation.magnitudeHistogram().binWidth(), 1.0);
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Entropy, observation, symmetricSpec(4), settings);
    QCOMPARE(r.min, 0.5f);
    QCOMPARE(r.max, 8.5f);
}

// Uniform counts: at i = n, P = Q exactly (KL = 0) while every i < n puts the outliers into one
// bin (KL > 0), so the whole range is kept: (n + 0.5)·w clamped to max |x|.
void TestClippingSearch::entropyKeepsFullRangeWhenNothingIsLost()
{
    std::vector<float> values;
    for (int k = 0; k < 20480; ++k)
        values.push_back(-4.0f + 8.0f * (float(k) + 0.5f) / 20480.0f);
    const qs::TensorObservation observation = observe(values);
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Entropy, observation, symmetricSpec(8));
    QCOMPARE(r.min, observation.min());
    QCOMPARE(r.max, observation.max());
}

void TestClippingSearch::mseIsTheMinimumOfItsCriterion_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("symmetric");
    for (int bits : {2, 4, 6, 8})
        for (bool symmetric : {false, true})
            QTest::addRow("%d bits %s", bits, symmetric ? "symmetric" : "affine") << bits << symmetric;
}

// The definition, checked from outside: over the candidate thresholds (the |x| bin centres from
// L on), the chosen one has the smallest mean squared fake-quantization error on the bin centres.
// Here every value sits on a bin centre (16 bins over [0, 16]), so the histogram is the data.
void TestClippingSearch::mseIsTheMinimumOfItsCriterion()
{
    QFETCH(int, bits);
    QFETCH(bool, symmetric);
    const qs::QuantSpec spec = symmetric ? symmetricSpec(bits) : affineSpec(bits);
    std::mt19937 rng(11);
    std::exponential_distribution<double> tail(0.6);
    std::vector<float> centres;
    for (int k = 0; k < 4000; ++k) {
        const int bin = std::min(15, int(tail(rng)));
        centres.push_back((k % 3 == 0 ? -1.0f : 1.0f) * (float(bin) + 0.5f));
    }
    qs::ObserverSettings settings;
    settings.histogramBins = 16;
    // A first batch {16} sets the grid: w = 16 / 16 = 1, and 16 itself lands in bin 15 (centre 15.5).
    const std::vector<float> sixteen = {16.0f};
    qs::TensorObservation observation(settings);
    observation.observe(sixteen.data(), sixteen.size());
    observation.observe(centres.data(), centres.size());
    centres.push_back(15.5f);

    const qs::ClippingRange chosen = qs::chooseRange(qs::ObserverKind::Mse, observation, spec, settings);
    const int levels = spec.range().levels() / 2; // values of both signs: half the levels per side
    const double chosenError = meanSquaredError(centres, chosen, spec);
    for (int i = std::min(levels, 15); i < 16; ++i) {
        const float t = float(i) + 0.5f;
        const qs::ClippingRange candidate{std::max(observation.min(), -t), std::min(observation.max(), t)};
        QVERIFY2(chosenError <= meanSquaredError(centres, candidate, spec) * (1.0 + 1e-9),
                 qPrintable(QStringLiteral("threshold %1 beats the chosen [%2, %3]").arg(double(t)).arg(double(chosen.min)).arg(double(chosen.max))));
    }
}

// 10 000 values uniform in [-1, 1] and one at 50, 4-bit symmetric (levels −8..7, s = t / 7.5).
// Keeping the outlier (t = 50, s = 6.7) rounds every other value to 0: error ≈ E[x²] = 1/3.
// Clipping near t = 1 (s = 0.13) costs the outlier (50 − 1)² / 10 001 ≈ 0.24 plus s²/12 ≈ 0.0015
// of rounding: MSE clips. (At 8 bits the outlier's squared error outweighs the rounding of all
// the others, 0.24 against (100/255)²/12 = 0.013, and MSE rightly keeps it.)
void TestClippingSearch::mseClipsAnOutlier()
{
    std::mt19937 rng(3);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> values(10000);
    for (float &v : values)
        v = uniform(rng);
    values.push_back(50.0f);
    const qs::TensorObservation observation = observe(values);
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Mse, observation, symmetricSpec(4));
    QVERIFY2(r.max < 5.0f, qPrintable(QString::number(double(r.max))));
    QVERIFY(r.max >= 0.9f);
    QVERIFY(qs::chooseRange(qs::ObserverKind::Mse, observation, symmetricSpec(8)).max > 45.0f);
    QVERIFY(meanSquaredError(values, r, symmetricSpec(4))
            < meanSquaredError(values, {observation.min(), observation.max()}, symmetricSpec(4)));
}

// For normal data, fewer bits trade clipping for resolution: Entropy and MSE choose smaller
// thresholds at 2 bits than at 8. Every bit width gives a valid range for them and for the
// Histogram search (2^bits levels; PyTorch's search stops early on a normal distribution, and
// often keeps the whole range whatever the levels).
void TestClippingSearch::lowerBitsClipMore()
{
    std::mt19937 rng(5);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> values(100000);
    for (float &v : values)
        v = normal(rng);
    const qs::TensorObservation observation = observe(values);
    for (qs::ObserverKind kind : {qs::ObserverKind::Entropy, qs::ObserverKind::Mse, qs::ObserverKind::Histogram}) {
        float previous = 0.0f;
        for (int bits = 2; bits <= 8; ++bits) {
            const qs::ClippingRange r = qs::chooseRange(kind, observation, symmetricSpec(bits));
            QVERIFY(r.min < 0.0f && r.max > 0.0f);
            QVERIFY(r.min >= observation.min() - 1e-3f && r.max <= observation.max() + 1e-3f);
            const float amax = std::max(-r.min, r.max);
            if (bits == 2)
                previous = amax;
            if (bits == 8 && kind != qs::ObserverKind::Histogram)
                QVERIFY2(amax > previous, qPrintable(QStringLiteral("%1: 8 bits %2, 2 bits %3")
                                                         .arg(QString::fromStdString(qs::toString(kind)))
                                                         .arg(double(amax))
                                                         .arg(double(previous))));
        }
    }
}

QTEST_APPLESS_MAIN(TestClippingSearch)
#include "tst_clippingsearch.moc"
