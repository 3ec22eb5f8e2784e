// Comparison and sensitivity: the output metrics on hand-computed tensors, the demo CNN compared
// with itself, a layer damaged on purpose (2-bit weights, simulated form) found by the per-layer
// error and ranked first by sensitivity, and a suggested plan that keeps its budget.

#include "quantscope/Calibration.h"
#include "quantscope/Comparison.h"
#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Model.h"
#include "quantscope/OutputMetrics.h"
#include "quantscope/QuantizationError.h"
#include "quantscope/QuantizedAccuracy.h"
#include "quantscope/Sensitivity.h"

#include <QtTest>

#include <cmath>

namespace {

constexpr std::size_t kEvaluation = 500;

struct Fixture
{
    std::shared_ptr<const qs::Model> model;
    std::shared_ptr<const qs::Dataset> evaluation;
    qs::CalibrationResult calibration;
};

const Fixture &demoCnn()
{
    static const Fixture f = [] {
        Fixture x;
        x.model = qs::Model::load(qs::DemoCatalog::resolveModelPath("demo:cnn"));
        qs::Normalization n;
        n.mean = {0.286f};
        n.std = {0.353f};
        x.evaluation = qs::loadFashionMnist(false)->withNormalization(n)->first(kEvaluation);
        qs::CalibrationOptions c;
        c.samples = 256;
        x.calibration = qs::calibrate(*x.model, *qs::loadFashionMnist(false)->withNormalization(n)->subset(
                                                    [] {
                                                        std::vector<std::size_t> i;
                                                        for (std::size_t k = 0; k < 256; ++k)
                                                            i.push_back(kEvaluation + k); // never evaluated
                                                        return i;
                                                    }(),
                                                    "calibration"),
                                      c);
        return x;
    }();
    return f;
}

// The layer the tests damage: the second convolution.
constexpr std::size_t kDamaged = 1;

qs::QuantPlan damagedPlan(const qs::Model &model)
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    qs::LayerQuantConfig c = plan.resolve(model.layers()[kDamaged]);
    c.bits = 2;
    plan.setOverride(model.layers()[kDamaged].name, c);
    return plan;
}

qs::ComparisonOptions quickOptions()
{
    qs::ComparisonOptions o;
    o.latency.warmupRuns = 1;
    o.latency.timedRuns = 3;
    o.layerSamples = 128;
    return o;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void metricsByHand();
    void metricsRefuseMismatch();
    void comparedWithItself();
    void int8Comparison();
    void recurrentLayerIsMeasured();
    void damagedLayerIsFlagged();
    void sensitivityRanksDamagedLayerFirst();
    void cancels();
    void singleScorePerSampleIsRefused();
};

void TestComparison::metricsByHand()
{
    // Two rows of two classes. Row 0: p = softmax(0, 0) = (1/2, 1/2), q = softmax(0, ln 3) = (1/4, 3/4):
    // KL = ½·ln(½ / ¼) + ½·ln(½ / ¾) = ½·ln(4/3). Row 1 is identical: KL 0. Mean ¼·ln(4/3).
    const std::vector<float> ref{0.0f, 0.0f, 5.0f, 1.0f};
    const std::vector<float> approx{0.0f, std::log(3.0f), 5.0f, 1.0f};
    QVERIFY(std::abs(qs::meanSoftmaxKl(ref, approx, 2) - 0.25 * std::log(4.0 / 3.0)) < 1e-7);
    QCOMPARE(qs::meanSoftmaxKl(ref, ref, 2), 0.0);
    // Row 0: argmax 0 (first of equals) vs 1; row 1: 0 vs 0.
    QCOMPARE(qs::topOneAgreement(ref, approx, 2), 0.5);
    QCOMPARE(qs::topOneAgreement(ref, ref, 2), 1.0);

    // x = (3, 4), y = (3, 0): ‖x − y‖ = 4, ‖x‖ = 5, x·y = 9, ‖y‖ = 3.
    const std::vector<float> x{3.0f, 4.0f}, y{3.0f, 0.0f};
    QVERIFY(std::abs(qs::normalizedL2(x, y) - 0.8) < 1e-12);
    QVERIFY(std::abs(qs::cosineSimilarity(x, y) - 0.6) < 1e-12);
    QVERIFY(std::abs(qs::sqnrDb(x, y) - 20.0 * std::log10(5.0 / 4.0)) < 1e-9);
    QVERIFY(std::isinf(qs::sqnrDb(x, x)));
    QCOMPARE(qs::normalizedL2(x, x), 0.0);
    QVERIFY(std::abs(qs::cosineSimilarity(x, x) - 1.0) < 1e-12);
}

void TestComparison::metricsRefuseMismatch()
{
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::topOneAgreement({1, 2, 3}, {1, 2}, 1));
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::meanSoftmaxKl({1, 2, 3}, {1, 2, 3}, 2));
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::normalizedL2({1}, {1, 2}));
}

void TestComparison::comparedWithItself()
{
    const Fixture &f = demoCnn();
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    qs::LayerQuantConfig floatConfig = plan.defaults();
    floatConfig.mode = qs::LayerMode::Float;
    plan.setDefaults(floatConfig);
    const qs::ComparisonResult r = qs::compare(*f.model, plan, f.calibration, *f.evaluation, quickOptions());
    QCOMPARE(r.agreement, 1.0);
    QVERIFY(std::isinf(r.outputSqnrDb) && r.outputSqnrDb > 0.0);
    QCOMPARE(r.meanKlDivergence, 0.0);
    QCOMPARE(r.parameterBytesRatio, 1.0);
    // The quantized form is a flattened copy: a little TorchScript code differs, the weights not.
    QVERIFY2(std::abs(r.sizeRatio - 1.0) < 0.1, qPrintable(QString::number(r.sizeRatio)));
    QVERIFY(r.original.accuracy && r.quantized.accuracy);
    QCOMPARE(r.original.accuracy->correct, r.quantized.accuracy->correct);
    QVERIFY(r.original.confusion == r.quantized.confusion);
    for (const qs::LayerError &l : r.layers)
        QVERIFY(!l.flagged && !l.measured);
    QCOMPARE(r.latency.a.samples.size(), std::size_t(3));
}

void TestComparison::int8Comparison()
{
    const Fixture &f = demoCnn();
    const qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    const qs::ComparisonResult r = qs::compare(*f.model, plan, f.calibration, *f.evaluation, quickOptions());
    QVERIFY(r.form == qs::QuantizedForm::Real);
    QCOMPARE(r.evaluationSamples, kEvaluation);
    QVERIFY(r.sizeRatio < 0.5);
    QVERIFY(r.quantized.size.parameterBytes.count("qint8"));
    QVERIFY(r.agreement > 0.95);
    QVERIFY(r.outputSqnrDb > 15.0 && std::isfinite(r.outputSqnrDb));
    QVERIFY(r.meanKlDivergence > 0.0 && r.meanKlDivergence < 0.05);
    // The real model's accuracy is the one evaluateAccuracy measures for it.
    const auto q = qs::QuantizedModel::build(*f.model, plan, f.calibration, qs::QuantizedForm::Real);
    QCOMPARE(qs::evaluateAccuracy(*q, *f.evaluation).correct, r.quantized.accuracy->correct);
    QCOMPARE(qs::evaluateAccuracy(*f.model, *f.evaluation).correct, r.original.accuracy->correct);
    std::int64_t diagonal = 0;
    for (std::size_t c = 0; c < r.quantized.confusion.size(); ++c)
        diagonal += r.quantized.confusion[c][c];
    QCOMPARE(diagonal, r.quantized.accuracy->correct);
    for (const qs::LayerError &l : r.layers) {
        QVERIFY2(l.measured, l.name.c_str());
        QVERIFY2(l.weightSqnrDb > 30.0, l.name.c_str());
        QVERIFY2(!l.flagged, l.name.c_str());
        QVERIFY(l.cosine > 0.99);
    }
    for (const char *phase : {"build", "accuracy", "layers", "latency"})
        QVERIFY2(r.phaseSeconds.count(phase), phase);
}

// A dynamic int8 LSTM's output (aten::lstm's output 0) is found in the simulated model as in the
// float one, so its error is measured like any other layer's.
void TestComparison::recurrentLayerIsMeasured()
{
    const std::string path = qs::DemoCatalog::resolveModelPath("demo:lstm");
    const auto model = qs::Model::load(path);
    const auto meta = qs::DemoCatalog::metadataFor(path);
    QVERIFY(meta.has_value());
    const auto evaluation = qs::loadFashionMnist(false)->withNormalization(meta->normalization)->first(200);
    qs::CalibrationOptions c;
    c.samples = 128;
    const qs::CalibrationResult calibration
        = qs::calibrate(*model, *qs::loadFashionMnist(true)->withNormalization(meta->normalization)->first(128), c);
    const qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    const qs::ComparisonResult r = qs::compare(*model, plan, calibration, *evaluation, quickOptions());
    bool sawLstm = false;
    for (const qs::LayerError &l : r.layers) {
        QVERIFY2(l.measured, l.name.c_str());
        QVERIFY2(l.outputSqnrDb > 20.0 && std::isfinite(l.outputSqnrDb), l.name.c_str());
        sawLstm = sawLstm || l.name == "lstm";
    }
    QVERIFY(sawLstm);
}

void TestComparison::damagedLayerIsFlagged()
{
    const Fixture &f = demoCnn();
    qs::ComparisonOptions o = quickOptions();
    o.measureLatency = false;
    const qs::ComparisonResult good = qs::compare(*f.model, qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn), f.calibration,
                                                  *f.evaluation, o);
    const qs::ComparisonResult bad = qs::compare(*f.model, damagedPlan(*f.model), f.calibration, *f.evaluation, o);
    QVERIFY(bad.form == qs::QuantizedForm::Simulated);
    QCOMPARE(bad.layers[kDamaged].bits, 2);
    for (std::size_t i = 0; i < bad.layers.size(); ++i)
        qInfo("%-14s weight %6.1f dB (8-bit %6.1f), output %6.1f dB (8-bit %6.1f)%s", bad.layers[i].name.c_str(),
              bad.layers[i].weightSqnrDb, good.layers[i].weightSqnrDb, bad.layers[i].outputSqnrDb, good.layers[i].outputSqnrDb,
              bad.layers[i].flagged ? "  flagged" : "");
    QVERIFY(bad.layers[kDamaged].flagged);
    for (std::size_t i = 0; i < kDamaged; ++i)
        QVERIFY(!bad.layers[i].flagged);
    // The first flagged layer is the damaged one, and its weights are the worst.
    for (std::size_t i = 0; i < bad.layers.size(); ++i)
        if (i != kDamaged)
            QVERIFY(bad.layers[i].weightSqnrDb > bad.layers[kDamaged].weightSqnrDb + 10.0);
    QVERIFY(bad.layers[kDamaged].outputSqnrDb < good.layers[kDamaged].outputSqnrDb - 10.0);
    QVERIFY(bad.outputSqnrDb < good.outputSqnrDb);
}

void TestComparison::sensitivityRanksDamagedLayerFirst()
{
    const Fixture &f = demoCnn();
    qs::SensitivityOptions o;
    o.evaluationSamples = 0; // all kEvaluation
    o.latency.warmupRuns = 1;
    o.latency.timedRuns = 3;
    const qs::QuantPlan plan = damagedPlan(*f.model);
    const qs::SensitivityResult r = qs::analyseSensitivity(*f.model, plan, f.calibration, *f.evaluation, o);
    for (const auto &l : r.layers)
        qInfo("%-14s alone: drop %6.2f points, SQNR %6.1f dB; all but: gain %6.2f points", l.name.c_str(), l.aloneDropPoints,
              l.aloneOutputSqnrDb, l.allButGainPoints);
    qInfo("float %.2f %%, plan %.2f %%, suggested %.2f %% keeping %zu in float", r.floatAccuracy * 100, r.quantizedAccuracy * 100,
          r.suggested.accuracy * 100, r.suggested.keptFloat.size());
    QCOMPARE(r.layers.size(), f.model->layers().size());
    QCOMPARE(QString::fromStdString(r.layers.front().name), QString::fromStdString(f.model->layers()[kDamaged].name));
    QVERIFY(r.suggested.withinBudget);
    QVERIFY(r.suggested.dropPoints <= o.budgetPoints);
    QVERIFY(!r.suggested.keptFloat.empty());
    QCOMPARE(QString::fromStdString(r.suggested.keptFloat.front()), QString::fromStdString(f.model->layers()[kDamaged].name));

    // Measured independently on the data it was made from, the suggested plan keeps the budget.
    const auto q = qs::QuantizedModel::build(*f.model, r.suggested.plan, f.calibration, qs::formFor(*f.model, r.suggested.plan));
    const double accuracy = qs::evaluateAccuracy(*q, *f.evaluation).top1;
    QCOMPARE(accuracy, r.suggested.accuracy);
    QVERIFY((r.floatAccuracy - accuracy) * 100.0 <= o.budgetPoints);
    QVERIFY(r.suggested.size.serializedBytes > 0);
}

void TestComparison::cancels()
{
    const Fixture &f = demoCnn();
    std::atomic<bool> cancel{true};
    qs::Progress p;
    p.cancelFlag = &cancel;
    QVERIFY_THROWS_EXCEPTION(qs::Cancelled, qs::compare(*f.model, qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn),
                                                       f.calibration, *f.evaluation, quickOptions(), p));
    QVERIFY_THROWS_EXCEPTION(qs::Cancelled, qs::analyseSensitivity(*f.model, damagedPlan(*f.model), f.calibration,
                                                                  *f.evaluation, {}, p));
}

void TestComparison::singleScorePerSampleIsRefused()
{
    // One logit per sample (a binary classifier): top-1 would be the share of class 0 and the
    // agreement 100 % whatever the quantization does, so compare and sensitivity refuse it, as
    // evaluate does, saying what to change.
    const auto model = qs::Model::load(QS_TEST_DATA_DIR "/models/single_logit_traced.pt");
    const auto data = qs::loadFashionMnist(false)->first(128);
    const qs::CalibrationResult calibration = qs::calibrate(*model, *data);
    const qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    try {
        qs::compare(*model, plan, calibration, *data, quickOptions());
        QFAIL("a single score per sample was compared");
    } catch (const qs::Error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("1 score per sample")), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::analyseSensitivity(*model, plan, calibration, *data, {}));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
