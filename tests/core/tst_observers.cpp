// What calibration records (TensorObservation) and the observers PyTorch has: MinMax,
// MovingAverageMinMax and Histogram against the numbers PyTorch 1.13 produced from the same floats
// (tests/data/make_observer_reference.py wrote observer_reference.json). Percentile, Entropy and
// MSE are checked against their definitions in tst_clippingsearch.

#include "quantscope/Error.h"
#include "quantscope/Observer.h"
#include "quantscope/QParams.h"

#include "ObserverTestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <functional>
#include <thread>

using namespace testing;

namespace {

QJsonObject reference()
{
    static const QJsonObject root = [] {
        QFile f(QStringLiteral(QS_TEST_DATA_DIR "/observer_reference.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read observer_reference.json");
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return root;
}

std::vector<float> floats(const QJsonArray &values)
{
    std::vector<float> out;
    out.reserve(std::size_t(values.size()));
    for (const auto &v : values)
        out.push_back(float(v.toDouble()));
    return out;
}

qs::QuantSpec specOf(const QJsonObject &config)
{
    qs::QuantSpec spec;
    spec.dtype = qs::quantDtypeFromString(config.value(QStringLiteral("dtype")).toString().toStdString());
    spec.scheme = qs::quantSchemeFromString(config.value(QStringLiteral("scheme")).toString().toStdString());
    spec.reduceRange = config.value(QStringLiteral("reduce_range")).toBool();
    spec.bits = config.value(QStringLiteral("bits")).toInt();
    return spec;
}

// The large sets' batches, made again from make_observer_reference.py's generated_batch: the same
// integer hash and the same float32 steps, so the same bits (checked against PyTorch's checksum).
std::vector<float> generatedBatch(const QJsonObject &spec)
{
    const auto seed = quint32(spec.value(QStringLiteral("seed")).toInt());
    const auto count = std::size_t(spec.value(QStringLiteral("count")).toInt());
    const auto scale = float(spec.value(QStringLiteral("scale")).toDouble());
    const bool relu = spec.value(QStringLiteral("relu")).toBool();
    const auto fmix32 = [](quint32 h) {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    };
    std::vector<float> values(count);
    quint64 checksum = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const float a = float(fmix32(quint32(2 * i) + (seed << 24)) >> 8) * 0x1p-24f;
        const float b = float(fmix32(quint32(2 * i + 1) + (seed << 24)) >> 8) * 0x1p-24f;
        float v = ((a + b) - 1.0f) * scale;
        if (relu)
            v = std::max(v, 0.0f);
        values[i] = v;
        quint32 bits;
        std::memcpy(&bits, &v, sizeof bits);
        checksum += bits;
    }
    if (checksum != spec.value(QStringLiteral("checksum")).toString().toULongLong())
        qFatal("the generated batch (seed %u) differs from the one PyTorch saw", seed);
    return values;
}

std::vector<std::vector<float>> batchesOf(const QJsonObject &set)
{
    std::vector<std::vector<float>> batches;
    for (const auto &b : set.value(QStringLiteral("batches")).toArray())
        batches.push_back(floats(b.toArray()));
    for (const auto &g : set.value(QStringLiteral("generated_batches")).toArray())
        batches.push_back(generatedBatch(g.toObject()));
    return batches;
}

qs::TensorObservation observe(const std::vector<std::vector<float>> &batches)
{
    qs::TensorObservation observation;
    for (const auto &values : batches)
        observation.observe(values.data(), values.size());
    return observation;
}

// Worst agreement with PyTorch's HistogramObserver over all rows, printed at the end.
double g_worstHistogramScale = 0.0;
int g_worstHistogramZeroPoint = 0;
int g_histogramRows = 0;
int g_exactHistogramRows = 0;
double g_worstCountDifference = 0.0; // Σ|ours − PyTorch's| / Σ PyTorch's, worst batch
int g_identicalHistograms = 0;
int g_comparedHistograms = 0;

} // namespace

class TestObservers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pytorchReference_data();
    void pytorchReference();
    void histogramGrowsAsPyTorch_data();
    void histogramGrowsAsPyTorch();
    void printAgreement();
    void namesRoundTrip();
    void emptyObservation();
    void nonFiniteValuesIgnored();
    void allZeros();
    void movingAverageByHand();
    void lowerBitsMinMaxByHand();
    void magnitudeHistogramIsExact();
    void observationsOnSeveralThreads();
    void splitOverPartsChangesNothing();
    void refusesBadSettings();
};

void TestObservers::pytorchReference_data()
{
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QJsonObject>("config");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject root = reference();
    const QJsonArray configs = root.value(QStringLiteral("configs")).toArray();
    const QJsonObject sets = root.value(QStringLiteral("sets")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject set = it.value().toObject();
        for (const auto &c : configs) {
            const QJsonObject config = c.toObject();
            const QString name = config.value(QStringLiteral("name")).toString();
            QTest::addRow("%s/%s", qPrintable(it.key()), qPrintable(name))
                << set << config
                << set.value(QStringLiteral("configs")).toObject().value(name).toObject();
        }
    }
}

void TestObservers::pytorchReference()
{
    QFETCH(QJsonObject, set);
    QFETCH(QJsonObject, config);
    QFETCH(QJsonObject, expected);
    const qs::QuantSpec spec = specOf(config);
    const qs::TensorObservation observation = observe(batchesOf(set));

    // MinMax and MovingAverageMinMax: the same floats, the same qparams.
    const std::pair<qs::ObserverKind, const char *> exact[] = {{qs::ObserverKind::MinMax, "minmax"},
                                                                {qs::ObserverKind::MovingAverageMinMax, "moving_average"}};
    for (const auto &[kind, key] : exact) {
        const QJsonObject e = expected.value(QLatin1String(key)).toObject();
        const qs::ClippingRange r = qs::chooseRange(kind, observation, spec);
        QCOMPARE(r.min, float(e.value(QStringLiteral("min")).toDouble()));
        QCOMPARE(r.max, float(e.value(QStringLiteral("max")).toDouble()));
        const qs::QParams q = qs::calculateQParams(r.min, r.max, spec);
        QCOMPARE(q.scale, float(e.value(QStringLiteral("scale")).toDouble()));
        QCOMPARE(q.zeroPoint, e.value(QStringLiteral("zero_point")).toInt());
    }

    // Histogram: scale within 0.1 %, zero point within 1.
    const QJsonObject e = expected.value(QStringLiteral("histogram")).toObject();
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::Histogram, observation, spec);
    const qs::QParams q = qs::calculateQParams(r.min, r.max, spec);
    const double theirScale = e.value(QStringLiteral("scale")).toDouble();
    const int theirZeroPoint = e.value(QStringLiteral("zero_point")).toInt();
    const double scaleDiff = std::abs(double(q.scale) - theirScale) / theirScale;
    const int zpDiff = std::abs(q.zeroPoint - theirZeroPoint);
    g_worstHistogramScale = std::max(g_worstHistogramScale, scaleDiff);
    g_worstHistogramZeroPoint = std::max(g_worstHistogramZeroPoint, zpDiff);
    ++g_histogramRows;
    if (r.min == float(e.value(QStringLiteral("min")).toDouble()) && r.max == float(e.value(QStringLiteral("max")).toDouble()))
        ++g_exactHistogramRows;
    QVERIFY2(scaleDiff <= 1e-3, qPrintable(QStringLiteral("scale %1 vs PyTorch %2 (range [%3, %4] vs [%5, %6])")
                                               .arg(double(q.scale), 0, 'g', 9)
                                               .arg(theirScale, 0, 'g', 9)
                                               .arg(double(r.min))
                                               .arg(double(r.max))
                                               .arg(e.value(QStringLiteral("min")).toDouble())
                                               .arg(e.value(QStringLiteral("max")).toDouble())));
    QVERIFY2(zpDiff <= 1, qPrintable(QStringLiteral("zero point %1 vs PyTorch %2").arg(q.zeroPoint).arg(theirZeroPoint)));
}

void TestObservers::histogramGrowsAsPyTorch_data()
{
    QTest::addColumn<QJsonObject>("set");
    const QJsonObject sets = reference().value(QStringLiteral("sets")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject set = it.value().toObject();
        QTest::newRow(qPrintable(it.key())) << set;
    }
}

// After every batch: the same min and max (float for float), and the same counts within 1e-6 of
// the total (PyTorch's float32 counts are stored with 9 significant digits, which is exact; the
// test allows for a different summation order in the merge, and prints how many are identical).
void TestObservers::histogramGrowsAsPyTorch()
{
    QFETCH(QJsonObject, set);
    const std::vector<std::vector<float>> batches = batchesOf(set);
    const QJsonArray steps = set.value(QStringLiteral("histogram_steps")).toArray();
    QCOMPARE(std::size_t(steps.size()), batches.size());
    qs::TensorObservation observation;
    for (int b = 0; b < steps.size(); ++b) {
        observation.observe(batches[std::size_t(b)].data(), batches[std::size_t(b)].size());
        const QJsonObject step = steps[b].toObject();
        const qs::Histogram &h = observation.histogram();
        QCOMPARE(float(h.lower), float(step.value(QStringLiteral("min")).toDouble()));
        QCOMPARE(float(h.upper), float(step.value(QStringLiteral("max")).toDouble()));
        const std::vector<float> theirs = floats(step.value(QStringLiteral("bins")).toArray());
        QCOMPARE(h.counts.size(), theirs.size());
        double difference = 0.0, total = 0.0, worstBin = 0.0;
        bool identical = true;
        for (std::size_t i = 0; i < theirs.size(); ++i) {
            identical = identical && float(h.counts[i]) == theirs[i];
            difference += std::abs(h.counts[i] - double(theirs[i]));
            worstBin = std::max(worstBin, std::abs(h.counts[i] - double(theirs[i])));
            total += double(theirs[i]);
        }
        g_worstCountDifference = std::max(g_worstCountDifference, difference / std::max(total, 1.0));
        ++g_comparedHistograms;
        if (identical) // 9 significant digits give the float32 counts back exactly
            ++g_identicalHistograms;
        QVERIFY2(difference <= 1e-6 * std::max(total, 1.0),
                 qPrintable(QStringLiteral("batch %1: counts differ by %2 in all (worst bin %3) of %4")
                                .arg(b)
                                .arg(difference)
                                .arg(worstBin)
                                .arg(total)));
    }
}

void TestObservers::printAgreement()
{
    if (g_histogramRows == 0)
        QSKIP("run with the reference rows to see the agreement");
    qInfo("Histogram observer vs PyTorch 1.13 over %d set/config rows: %d ranges float-identical, "
          "worst relative scale difference %.3g, worst zero-point difference %d",
          g_histogramRows, g_exactHistogramRows, g_worstHistogramScale, g_worstHistogramZeroPoint);
    qInfo("Histograms after %d batches: %d equal to PyTorch's bin for bin; worst batch differs by %.3g of its total",
          g_comparedHistograms, g_identicalHistograms, g_worstCountDifference);
}

void TestObservers::namesRoundTrip()
{
    QCOMPARE(qs::allObserverKinds().size(), std::size_t(6));
    for (qs::ObserverKind kind : qs::allObserverKinds())
        QVERIFY(qs::observerKindFromString(qs::toString(kind)) == kind);
    try {
        qs::observerKindFromString("kl");
        QFAIL("an unknown observer name was accepted");
    } catch (const qs::Error &e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("'kl'")));
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("entropy")));
    }
}

// Nothing observed: every observer gives an empty range, which becomes PyTorch's default qparams.
void TestObservers::emptyObservation()
{
    qs::TensorObservation observation;
    observation.observe(nullptr, 0);
    QVERIFY(observation.isEmpty());
    for (qs::ObserverKind kind : qs::allObserverKinds()) {
        for (const qs::QuantSpec &spec : {affineSpec(8), symmetricSpec(8), symmetricSpec(3)}) {
            const qs::ClippingRange r = qs::chooseRange(kind, observation, spec);
            QVERIFY2(r.isEmpty(), qPrintable(QString::fromStdString(qs::toString(kind))));
            const qs::QParams q = qs::calculateQParams(r.min, r.max, spec);
            QCOMPARE(q.scale, 1.0f);
            QCOMPARE(q.zeroPoint, 0);
        }
    }
}

void TestObservers::nonFiniteValuesIgnored()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> values = {nan, -1.5f, inf, 0.25f, -inf, 2.0f, nan, 1.0f, -0.5f};
    const qs::TensorObservation observation = observe(values);
    QCOMPARE(observation.min(), -1.5f);
    QCOMPARE(observation.max(), 2.0f);
    QCOMPARE(observation.valueCount(), 5.0);
    QCOMPARE(observation.magnitudeHistogram().total(), 5.0);
    for (qs::ObserverKind kind : qs::allObserverKinds()) {
        const qs::ClippingRange r = qs::chooseRange(kind, observation, affineSpec(8));
        QVERIFY(std::isfinite(r.min) && std::isfinite(r.max) && r.min <= r.max);
    }
    qs::TensorObservation onlyNaN;
    const std::vector<float> bad = {nan, inf};
    onlyNaN.observe(bad.data(), bad.size());
    QVERIFY(onlyNaN.isEmpty());
    QCOMPARE(onlyNaN.batchCount(), std::size_t(0));
}

void TestObservers::allZeros()
{
    const std::vector<float> zeros(1000, 0.0f);
    qs::TensorObservation observation;
    observation.observe(zeros.data(), zeros.size());
    observation.observe(zeros.data(), zeros.size());
    QCOMPARE(observation.valueCount(), 2000.0);
    for (qs::ObserverKind kind : qs::allObserverKinds()) {
        const qs::ClippingRange r = qs::chooseRange(kind, observation, affineSpec(8));
        QCOMPARE(r.min, 0.0f);
        QCOMPARE(r.max, 0.0f);
    }
    // Zeros seen before the first non-zero value still count, in the bin at 0.
    const std::vector<float> later = {0.5f, -1.0f};
    observation.observe(later.data(), later.size());
    QCOMPARE(observation.magnitudeHistogram().positive()[0], 2000.0);
    QCOMPARE(observation.magnitudeHistogram().total(), 2002.0);
}

// Batch minima -1, -3, -2 (maxima 1, 5, 2), c = 0.01:
//   min: -1 → -1 + 0.01·(-3 - -1) = -1.02 → -1.02 + 0.01·(-2 - -1.02) = -1.0298
//   max:  1 →  1 + 0.01·(5 - 1) = 1.04    → 1.04 + 0.01·(2 - 1.04) = 1.0496
void TestObservers::movingAverageByHand()
{
    qs::TensorObservation observation;
    const std::vector<std::vector<float>> batches = {{-1.f, 1.f, 0.f}, {-3.f, 5.f}, {2.f, -2.f, 0.5f}};
    for (const auto &b : batches)
        observation.observe(b.data(), b.size());
    QCOMPARE(observation.batchCount(), std::size_t(3));
    QVERIFY(std::abs(observation.movingAverageMin() - -1.0298f) < 1e-6f);
    QVERIFY(std::abs(observation.movingAverageMax() - 1.0496f) < 1e-6f);
    QCOMPARE(observation.min(), -3.0f);
    QCOMPARE(observation.max(), 5.0f);
}

// [-1, 3] at 4 bits, quint8 affine: s = 4 / 15, z = 0 - round(-1 / s) = round(3.75) = 4.
// qint8 symmetric at 2 bits: [-2, 1], s = 3 / ((1 - -2) / 2) = 2, z = 0.
void TestObservers::lowerBitsMinMaxByHand()
{
    const qs::TensorObservation observation = observe(std::vector<float>{-1.0f, 0.5f, 3.0f});
    const qs::ClippingRange r = qs::chooseRange(qs::ObserverKind::MinMax, observation, affineSpec(4));
    const qs::QParams q4 = qs::calculateQParams(r.min, r.max, affineSpec(4));
    QCOMPARE(q4.scale, 4.0f / 15.0f);
    QCOMPARE(q4.zeroPoint, 4);
    const qs::QParams q2 = qs::calculateQParams(r.min, r.max, symmetricSpec(2));
    QCOMPARE(q2.scale, 2.0f);
    QCOMPARE(q2.zeroPoint, 0);
}

// Growth appends bins, and merges pairs past 2 × bins: no count is ever lost or split.
void TestObservers::magnitudeHistogramIsExact()
{
    qs::ObserverSettings settings;
    settings.histogramBins = 64;
    qs::TensorObservation observation(settings);
    std::vector<float> values;
    double seen = 0.0;
    for (float scale : {1.0f, 1.5f, 3.0f, 100.0f, 2.0f}) {
        values.clear();
        for (int k = -500; k <= 500; ++k)
            values.push_back(scale * float(k) / 500.0f);
        observation.observe(values.data(), values.size());
        seen += double(values.size());
        const qs::ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
        QCOMPARE(h.total(), seen);
        QCOMPARE(h.magnitude().total(), seen);
        QCOMPARE(h.signedValues().total(), seen);
        QVERIFY(h.binCount() >= 64 && h.binCount() <= 128);
        QVERIFY(h.binWidth() * double(h.binCount()) >= double(observation.max()));
    }
    // 1000 negative and 1000 positive values per batch, 5 batches; zeros are non-negative.
    const qs::ZeroAnchoredHistogram &h = observation.magnitudeHistogram();
    double negative = 0.0;
    for (double c : h.negative())
        negative += c;
    QCOMPARE(negative, 2500.0);
}

// Calibration may observe different tensors on different threads: the binning scratch is per
// thread, so each observation comes out as it would alone.
void TestObservers::observationsOnSeveralThreads()
{
    const QJsonObject sets = reference().value(QStringLiteral("sets")).toObject();
    const std::vector<std::vector<float>> a = batchesOf(sets.value(QStringLiteral("large_growing")).toObject());
    const std::vector<std::vector<float>> b = batchesOf(sets.value(QStringLiteral("large_post_relu")).toObject());
    const qs::TensorObservation aAlone = observe(a), bAlone = observe(b);
    qs::TensorObservation aThreaded, bThreaded;
    std::thread first([&] { aThreaded = observe(a); });
    std::thread second([&] { bThreaded = observe(b); });
    first.join();
    second.join();
    QVERIFY(aThreaded.histogram().counts == aAlone.histogram().counts);
    QVERIFY(bThreaded.histogram().counts == bAlone.histogram().counts);
    QVERIFY(aThreaded.magnitudeHistogram().positive() == aAlone.magnitudeHistogram().positive());
    QVERIFY(bThreaded.magnitudeHistogram().positive() == bAlone.magnitudeHistogram().positive());
    // A copy is independent of its original.
    qs::TensorObservation copy = aAlone;
    copy.observe(b.front().data(), b.front().size());
    QVERIFY(copy.histogram().counts != aAlone.histogram().counts);
    QCOMPARE(aAlone.batchCount(), a.size());
}

// Calibration splits a large batch over the intra-op threads; counts are integers and pieces'
// mins and maxes combine exactly, so any split (here 3 pieces, run in reverse on their own threads)
// must give the serial observation bit for bit.
void TestObservers::splitOverPartsChangesNothing()
{
    std::vector<std::vector<float>> batches;
    std::uint32_t state = 12345u;
    auto uniform = [&] { // LCG: the same values on every platform
        state = state * 1664525u + 1013904223u;
        return float(state >> 8) / float(1u << 24);
    };
    for (int b = 0; b < 4; ++b) {
        std::vector<float> batch(200003);
        for (float &v : batch)
            v = (uniform() - 0.3f) * float(b + 1) * 3.0f;
        batch[17] = std::numeric_limits<float>::quiet_NaN();
        batch[100000] = 0.0f;
        batches.push_back(std::move(batch));
    }
    qs::ParallelParts threeParts;
    threeParts.parts = 3;
    threeParts.run = [](std::size_t parts, const std::function<void(std::size_t)> &fn) {
        std::vector<std::thread> threads;
        for (std::size_t p = parts; p-- > 0;)
            threads.emplace_back([&fn, p] { fn(p); });
        for (auto &t : threads)
            t.join();
    };
    qs::TensorObservation serial, split;
    for (const auto &batch : batches) {
        serial.observe(batch.data(), batch.size());
        split.observe(batch.data(), batch.size(), threeParts);
    }
    QCOMPARE(split.min(), serial.min());
    QCOMPARE(split.max(), serial.max());
    QCOMPARE(split.valueCount(), serial.valueCount());
    QCOMPARE(split.pytorchHistogram().min(), serial.pytorchHistogram().min());
    QCOMPARE(split.pytorchHistogram().max(), serial.pytorchHistogram().max());
    QVERIFY(split.pytorchHistogram().counts() == serial.pytorchHistogram().counts());
    QVERIFY(split.magnitudeHistogram().positive() == serial.magnitudeHistogram().positive());
    QVERIFY(split.magnitudeHistogram().negative() == serial.magnitudeHistogram().negative());
    QCOMPARE(serial.valueCount(), 4.0 * 200002.0);
}

void TestObservers::refusesBadSettings()
{
    qs::ObserverSettings settings;
    settings.percentile = 101.0;
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::TensorObservation{settings});
    const qs::TensorObservation observation = observe(std::vector<float>{1.0f, 2.0f});
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::chooseRange(qs::ObserverKind::Percentile, observation, affineSpec(8), settings));
    settings = {};
    settings.histogramBins = 4;
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::TensorObservation{settings});
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::chooseRange(qs::ObserverKind::MinMax, observation,
                                                        {qs::QuantDtype::QUInt8, qs::QuantScheme::Symmetric, true, 8}));
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::chooseRange(qs::ObserverKind::MinMax, observation, affineSpec(9)));
}

QTEST_APPLESS_MAIN(TestObservers)
#include "tst_observers.moc"
