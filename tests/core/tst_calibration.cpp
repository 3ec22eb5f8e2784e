// Calibration of the PyTorch-made fixtures on Fashion-MNIST: every layer's input and output is
// observed where the int8 kernels will see it, and a cancelled run leaves the previous result.

#include "QuantTestSupport.h"
#include "quantscope/DemoCatalog.h"

#include "quantscope/Error.h"

#include <QtTest>

#include <algorithm>
#include <atomic>

using namespace qstest;

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsSaneRanges_data();
    void recordsSaneRanges();
    void observesResidualAdds();
    void sharedTensorObservedAlike();
    void recordsOnlyWhatItsObserversNeed();
    void stopsAtTheSampleCount();
    void cancelKeepsThePreviousResult();
    void refusesDataOfTheWrongShape();
    void reportsProgress();
};

void TestCalibration::recordsSaneRanges_data()
{
    QTest::addColumn<QString>("file");
    for (const char *base : {"cnn", "mlp", "lstm", "residual"})
        for (const char *how : {"scripted", "traced"}) {
            const QString file = QStringLiteral("%1_%2.pt").arg(QLatin1String(base), QLatin1String(how));
            QTest::newRow(qPrintable(file)) << file;
        }
}

void TestCalibration::recordsSaneRanges()
{
    QFETCH(QString, file);
    const auto model = loadFixture(file);
    const qs::CalibrationResult result = qs::calibrate(*model, trainImages(256));
    QCOMPARE(result.samples, std::size_t(256));
    QCOMPARE(result.layers.size(), model->layers().size());
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
        const qs::LayerCalibration &l = result.layers[i];
        const qs::LayerInfo &info = model->layers()[i];
        QCOMPARE(l.name, info.name);
        QVERIFY2(l.called, l.name.c_str());
        QVERIFY2(!l.input.isEmpty() && !l.output.isEmpty(), l.name.c_str());
        QVERIFY(l.input.min() <= l.input.max());
        QVERIFY(l.output.min() < l.output.max());
        QCOMPARE(l.input.valueCount() > 0, true);
        // A layer whose chain ends in relu is observed after the relu (what the fused kernel outputs).
        const auto &f = info.followedBy;
        auto isRelu = [](const std::string &op) { return op == "aten::relu" || op == "aten::relu_"; };
        const bool endsInRelu = (!f.empty() && isRelu(f[0])) || (f.size() > 1 && f[0] == "aten::batch_norm" && isRelu(f[1]));
        if (endsInRelu && info.kind != qs::LayerKind::Lstm)
            QVERIFY2(l.output.min() >= 0.0f, l.name.c_str());
        qInfo("%-14s input [%8.4f, %8.4f]  output [%8.4f, %8.4f]", l.name.c_str(), double(l.input.min()),
              double(l.input.max()), double(l.output.min()), double(l.output.max()));
    }
    // The first layer sees the pixels as the data set hands them out: [0, 1].
    QCOMPARE(result.layers.front().input.min(), 0.0f);
    QVERIFY(result.layers.front().input.max() > 0.9f && result.layers.front().input.max() <= 1.0f);
}

void TestCalibration::observesResidualAdds()
{
    for (const char *file : {"residual_scripted.pt", "residual_traced.pt"}) {
        const auto model = loadFixture(QString::fromLatin1(file));
        const qs::CalibrationResult result = qs::calibrate(*model, trainImages(128));
        QCOMPARE(result.adds.size(), std::size_t(1));
        QCOMPARE(result.adds.front().name, std::string("add_0"));
        QVERIFY(!result.adds.front().output.isEmpty());
        QCOMPARE(result.adds.front().output.min(), 0.0f); // relu(bn2(conv2(y)) + x): observed after the relu
        QVERIFY(result.findAdd("add_0"));
    }
    const auto cnn = loadFixture(QStringLiteral("cnn_scripted.pt"));
    QVERIFY(qs::calibrate(*cnn, trainImages(64)).adds.empty());
}

// linear → relu → linear: the first layer's output (after its relu) is the second layer's input.
// Calibration bins that tensor once and copies the observation: both must be complete and equal.
void TestCalibration::sharedTensorObservedAlike()
{
    for (const char *file : {"mlp_scripted.pt", "mlp_traced.pt"}) {
        const auto model = loadFixture(QString::fromLatin1(file));
        const qs::CalibrationResult result = qs::calibrate(*model, trainImages(256));
        QVERIFY(result.layers.size() >= 2);
        const qs::TensorObservation &out = result.layers[0].output, &in = result.layers[1].input;
        QCOMPARE(in.batchCount(), std::size_t(4));
        QCOMPARE(in.batchCount(), out.batchCount());
        QCOMPARE(in.min(), out.min());
        QCOMPARE(in.max(), out.max());
        QCOMPARE(in.movingAverageMax(), out.movingAverageMax());
        QVERIFY(in.histogram().counts == out.histogram().counts);
        QVERIFY(in.magnitudeHistogram().positive() == out.magnitudeHistogram().positive());
        QVERIFY(in.min() >= 0.0f); // after the relu
        QCOMPARE(QString::fromStdString(result.layers[1].inputSharedWith),
                 QString::fromStdString(result.layers[0].name + " output"));
        QVERIFY(result.layers[0].inputSharedWith.empty()); // the model's input
    }
    // A residual add's result read by two layers: both name the add, and match its observation.
    const auto resnet = qs::Model::load(qs::DemoCatalog::resolveModelPath("demo:resnet"));
    const qs::CalibrationResult residual = qs::calibrate(*resnet, trainImages(64));
    const qs::LayerCalibration *conv1 = residual.find("layer2.conv1"), *downsample = residual.find("layer2.downsample.0");
    const qs::AddCalibration *add = residual.findAdd("add_0");
    QVERIFY(conv1 && downsample && add);
    QCOMPARE(QString::fromStdString(conv1->inputSharedWith), QStringLiteral("add_0"));
    QCOMPARE(QString::fromStdString(downsample->inputSharedWith), QStringLiteral("add_0"));
    QVERIFY(conv1->input.histogram().counts == add->output.histogram().counts);
    QCOMPARE(QString::fromStdString(residual.find("layer1.conv2")->inputSharedWith), QStringLiteral("layer1.conv1 output"));
}

// A calibration for some observers (what `quantize` runs) gives those observers exactly the ranges
// a full calibration gives them, and refuses the others with a message that says what to do.
void TestCalibration::recordsOnlyWhatItsObserversNeed()
{
    const auto model = loadFixture(QStringLiteral("cnn_traced.pt"));
    const auto data = trainImages(256);
    const qs::CalibrationResult full = qs::calibrate(*model, data);
    const qs::QuantSpec spec{qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, false, 8};
    const std::vector<std::vector<qs::ObserverKind>> subsets{
        {qs::ObserverKind::Histogram}, {qs::ObserverKind::Entropy, qs::ObserverKind::Mse}, {qs::ObserverKind::MinMax}};
    for (const auto &kinds : subsets) {
        qs::CalibrationOptions options;
        options.observers = kinds;
        const qs::CalibrationResult part = qs::calibrate(*model, data, options);
        QCOMPARE(part.layers.size(), full.layers.size());
        for (std::size_t i = 0; i < full.layers.size(); ++i) {
            const qs::TensorObservation &a = part.layers[i].output, &b = full.layers[i].output;
            QCOMPARE(a.min(), b.min());
            QCOMPARE(a.movingAverageMax(), b.movingAverageMax());
            for (const qs::ObserverKind kind : qs::allObserverKinds()) {
                // Min/max serve everyone; PyTorch's histogram the Histogram observer; the |x| one the other three.
                const auto group = [](qs::ObserverKind k) {
                    return k == qs::ObserverKind::Histogram ? 1
                        : (k == qs::ObserverKind::MinMax || k == qs::ObserverKind::MovingAverageMinMax) ? 0
                                                                                                           : 2;
                };
                const bool expected = group(kind) == 0
                    || std::any_of(kinds.begin(), kinds.end(), [&](qs::ObserverKind k) { return group(k) == group(kind); });
                const bool recorded = a.recorded().serves(kind);
                QCOMPARE(recorded, expected);
                if (!recorded) {
                    try {
                        qs::chooseRange(kind, a, spec);
                        QFAIL("an observer without its statistics chose a range");
                    } catch (const qs::Error &e) {
                        QVERIFY(QString::fromLatin1(e.what()).contains(QStringLiteral("calibrate again")));
                    }
                    continue;
                }
                const qs::ClippingRange ra = qs::chooseRange(kind, a, spec), rb = qs::chooseRange(kind, b, spec);
                QCOMPARE(ra.min, rb.min);
                QCOMPARE(ra.max, rb.max);
            }
        }
    }
}

void TestCalibration::stopsAtTheSampleCount()
{
    const auto model = loadFixture(QStringLiteral("mlp_traced.pt"));
    qs::CalibrationOptions options;
    options.samples = 100;
    const qs::CalibrationResult result = qs::calibrate(*model, trainImages(256), options);
    QCOMPARE(result.samples, std::size_t(100));
    QCOMPARE(result.layers.front().input.valueCount(), 100.0 * 784.0);
}

void TestCalibration::cancelKeepsThePreviousResult()
{
    const auto model = loadFixture(QStringLiteral("cnn_traced.pt"));
    qs::CalibrationResult result = qs::calibrate(*model, trainImages(128));
    const float previousMax = result.layers.front().output.max();

    std::atomic<bool> cancel{false};
    int reports = 0;
    qs::Progress progress;
    progress.cancelFlag = &cancel;
    progress.onProgress = [&](double fraction, const std::string &) {
        ++reports;
        if (fraction > 0.0)
            cancel = true; // the user presses Cancel after the first batch
    };
    bool cancelled = false;
    try {
        result = qs::calibrate(*model, trainImages(512), {}, progress);
    } catch (const qs::Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QVERIFY(reports >= 2);
    QCOMPARE(result.samples, std::size_t(128));
    QCOMPARE(result.layers.front().output.max(), previousMax);
}

void TestCalibration::refusesDataOfTheWrongShape()
{
    const auto model = loadFixture(QStringLiteral("cnn_scripted.pt"));
    qs::Batch batch;
    batch.shape = {4, 3, 32, 32};
    batch.inputs.assign(4 * 3 * 32 * 32, 0.5f);
    try {
        qs::calibrate(*model, std::vector<qs::Batch>{batch});
        QFAIL("calibrating on 3-channel 32x32 data must fail");
    } catch (const std::exception &e) {
        QVERIFY2(dynamic_cast<const qs::Error *>(&e), e.what());
        const QString message = QString::fromStdString(e.what());
        QVERIFY2(message.contains(QStringLiteral("[4, 3, 32, 32]")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Traceback")), qPrintable(message));
    }
}

void TestCalibration::reportsProgress()
{
    const auto model = loadFixture(QStringLiteral("mlp_scripted.pt"));
    std::vector<double> fractions;
    qs::Progress progress;
    progress.onProgress = [&](double fraction, const std::string &) { fractions.push_back(fraction); };
    qs::calibrate(*model, trainImages(256), {}, progress);
    QVERIFY(fractions.size() >= 5); // a start and one per batch of 64
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
