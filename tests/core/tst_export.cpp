// The export: files that stock PyTorch 1.13 loads and runs with no Quantscope code, giving the
// in-app real model's outputs; encodings equal to the qparams stored inside the model; atomic writes.

#include "QuantTestSupport.h"

#include "quantscope/Error.h"
#include "quantscope/QuantizedExport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qstest;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

bool pythonHasTorch()
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import torch")});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool sameFloat(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b));
}

// A test row's mode that means "the engine's default plan" (each layer kind its default mode).
constexpr int kEngineDefaults = -1;

qs::QuantPlan plan(qs::QuantEngine engine, qs::LayerMode mode = qs::LayerMode::StaticInt8, int bits = 8)
{
    qs::QuantPlan p = qs::QuantPlan::defaultsFor(engine);
    if (int(mode) == kEngineDefaults)
        return p;
    auto d = p.defaults();
    d.mode = mode;
    d.bits = bits;
    p.setDefaults(d);
    return p;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stockPyTorchReproducesTheModel_data();
    void stockPyTorchReproducesTheModel();
    void encodingsDescribeEveryLayer();
    void failedExportLeavesNothingBehind();
    void lowBitPlansAreSimulatedOnly();
};

void TestExport::stockPyTorchReproducesTheModel_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("engine");
    QTest::addColumn<QStringList>("expectedOps"); // ops the exported graph must hold
    const int onednn = int(qs::QuantEngine::Onednn), qnnpack = int(qs::QuantEngine::Qnnpack);
    const int st = int(qs::LayerMode::StaticInt8), dyn = int(qs::LayerMode::DynamicInt8), fp16 = int(qs::LayerMode::Fp16);
    // On onednn the 8-channel conv's pool is lowered (maximum of byte views), the input is quantized
    // with float ops (_make_per_tensor_quantized_tensor) and the classifier reads the flattened
    // conv output in channels-last order (permute): Uint8Lowering.h, rewriteStatic.
    const QStringList lowered{QStringLiteral("aten::maximum"), QStringLiteral("aten::_make_per_tensor_quantized_tensor"),
                              QStringLiteral("aten::permute")};
    QTest::newRow("cnn scripted static onednn") << "cnn_scripted.pt" << st << onednn << lowered;
    QTest::newRow("cnn traced static onednn") << "cnn_traced.pt" << st << onednn << lowered;
    // On qnnpack the input is quantized by quantize_per_tensor itself (Uint8Lowering.h: insertQuantize).
    const QStringList serialQuantize{QStringLiteral("aten::quantize_per_tensor")};
    QTest::newRow("cnn traced static qnnpack") << "cnn_traced.pt" << st << qnnpack << serialQuantize;
    // Its global average pool runs as avg_pool2d (chosen at run time in the graph: Uint8Lowering.h).
    QTest::newRow("residual scripted static onednn") << "residual_scripted.pt" << st << onednn
                                                     << QStringList{QStringLiteral("aten::avg_pool2d")};
    QTest::newRow("residual traced static qnnpack") << "residual_traced.pt" << st << qnnpack << serialQuantize;
    QTest::newRow("mlp scripted dynamic onednn") << "mlp_scripted.pt" << dyn << onednn << QStringList();
    QTest::newRow("mlp traced static onednn") << "mlp_traced.pt" << st << onednn << QStringList();
    QTest::newRow("lstm scripted dynamic onednn") << "lstm_scripted.pt" << dyn << onednn << QStringList();
    QTest::newRow("lstm traced dynamic qnnpack") << "lstm_traced.pt" << dyn << qnnpack << QStringList();
    QTest::newRow("cnn scripted fp16") << "cnn_scripted.pt" << fp16 << onednn << QStringList();
    // The engine's default plan: Conv1d static (conv1d_relu), GRU dynamic, the head static.
    const QStringList convGru{QStringLiteral("quantized::conv1d_relu"), QStringLiteral("aten::quantized_gru"),
                              QStringLiteral("quantized::linear")};
    QTest::newRow("conv1d+gru scripted default onednn") << "convgru_scripted.pt" << kEngineDefaults << onednn << convGru;
    QTest::newRow("conv1d+gru traced default onednn") << "convgru_traced.pt" << kEngineDefaults << onednn << convGru;
    // Linears written as aten::addmm / aten::matmul(x, W.t()) are quantized like aten::linear.
    const QStringList matmulStatic{QStringLiteral("quantized::linear_relu"), QStringLiteral("quantized::linear")};
    const QStringList matmulDynamic{QStringLiteral("quantized::linear_dynamic")};
    QTest::newRow("addmm/matmul scripted static onednn") << "matmul_scripted.pt" << st << onednn << matmulStatic;
    QTest::newRow("addmm/matmul traced dynamic onednn") << "matmul_traced.pt" << dyn << onednn << matmulDynamic;
    QTest::newRow("conv1d+gru traced default qnnpack") << "convgru_traced.pt" << kEngineDefaults << qnnpack << convGru;
    // x.view(x.size(0), -1) after a quantized pool (channels-last) becomes a reshape (PyTorch's CIFAR tutorial net).
    QTest::newRow("view after pool traced static onednn") << "poolview_traced.pt" << st << onednn
                                                           << QStringList{QStringLiteral("aten::reshape")};
    QTest::newRow("view after pool scripted static qnnpack") << "poolview_scripted.pt" << st << qnnpack
                                                              << QStringList{QStringLiteral("aten::reshape")};
    // Layers inside `if self.use_res:` (MobileNetV2's block) are quantized, the residual add too.
    const QStringList branchy{QStringLiteral("quantized::add"), QStringLiteral("quantized::conv2d")};
    QTest::newRow("if-branches scripted static onednn") << "branchy_scripted.pt" << st << onednn << branchy;
    QTest::newRow("if-branches traced static onednn") << "branchy_traced.pt" << st << onednn << branchy;
}

void TestExport::stockPyTorchReproducesTheModel()
{
    QFETCH(QString, file);
    QFETCH(int, mode);
    QFETCH(int, engine);
    QFETCH(QStringList, expectedOps);
    if (!pythonHasTorch())
        QSKIP("/usr/bin/python3 cannot import torch (install python3-torch)");
    const auto model = loadFixture(file);
    const auto calibration = qs::calibrate(*model, trainImages(256));
    const qs::QuantPlan p = plan(qs::QuantEngine(engine), qs::LayerMode(mode));
    const auto real = qs::QuantizedModel::build(*model, p, calibration, qs::QuantizedForm::Real);
    QTemporaryDir dir;
    const qs::ExportPaths paths{dir.filePath(QStringLiteral("model.pt")).toStdString(),
                                dir.filePath(QStringLiteral("model.json")).toStdString(),
                                dir.filePath(QStringLiteral("model.plan.json")).toStdString()};
    qs::exportQuantized(*real, p, calibration, paths);
    QCOMPARE(qs::QuantPlan::load(paths.plan).toJson(), p.toJson());

    const qs::Batch batch = testImages(256, 256).front();
    const qs::ModelOutput inApp = real->run(batch);
    QFile in(dir.filePath(QStringLiteral("in.bin")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write(reinterpret_cast<const char *>(batch.inputs.data()), qint64(batch.inputs.size() * sizeof(float)));
    in.close();
    QStringList shape;
    for (auto d : batch.shape)
        shape << QString::number(d);
    QProcess python;
    python.start(kPython, {QStringLiteral(QS_TEST_DATA_DIR "/run_exported_model.py"), QString::fromStdString(paths.model),
                           QString::fromStdString(qs::toString(qs::QuantEngine(engine))), in.fileName(),
                           shape.join(QLatin1Char(',')), dir.filePath(QStringLiteral("out.bin")),
                           dir.filePath(QStringLiteral("report.json"))});
    QVERIFY(python.waitForFinished(300000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

    QFile out(dir.filePath(QStringLiteral("out.bin")));
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QByteArray bytes = out.readAll();
    QCOMPARE(std::size_t(bytes.size()), inApp.values.size() * sizeof(float));
    const auto *values = reinterpret_cast<const float *>(bytes.constData());
    double maxDiff = 0.0;
    for (std::size_t i = 0; i < inApp.values.size(); ++i)
        maxDiff = std::max(maxDiff, double(std::abs(values[i] - inApp.values[i])));
    qInfo("stock PyTorch vs in-app outputs: max |difference| %g over %zu values", maxDiff, inApp.values.size());
    QCOMPARE(maxDiff, 0.0);

    // The qparams inside the exported model are the encodings' qparams.
    const QJsonObject encodings = readJson(QString::fromStdString(paths.encodings));
    const QJsonObject report = readJson(dir.filePath(QStringLiteral("report.json")));
    const QJsonObject weights = report[QStringLiteral("weights")].toObject();
    const QJsonArray ops = report[QStringLiteral("ops")].toArray();
    const QJsonArray kinds = report[QStringLiteral("kinds")].toArray();
    for (const QString &op : expectedOps)
        QVERIFY2(kinds.contains(op), qPrintable(op + QStringLiteral(" is not in the exported graph")));
    int checkedWeights = 0, checkedOutputs = 0;
    std::vector<std::pair<double, int>> freshInputs; // inputs quantized from float (not shared with a producer)
    for (const auto &v : encodings[QStringLiteral("layers")].toArray()) {
        const QJsonObject layer = v.toObject();
        const QString packed = layer[QStringLiteral("packed_attribute")].toString();
        const QJsonObject w = layer[QStringLiteral("weight")].toObject();
        if (weights.contains(packed)) {
            const QJsonObject stored = weights[packed].toObject();
            if (w.contains(QStringLiteral("scales"))) {
                const QJsonArray a = w[QStringLiteral("scales")].toArray(), b = stored[QStringLiteral("scales")].toArray();
                QCOMPARE(a.size(), b.size());
                for (int i = 0; i < a.size(); ++i)
                    QVERIFY2(sameFloat(a[i].toDouble(), b[i].toDouble()), qPrintable(packed));
                QCOMPARE(w[QStringLiteral("zero_points")].toArray(), stored[QStringLiteral("zero_points")].toArray());
            } else {
                QVERIFY2(sameFloat(w[QStringLiteral("scale")].toDouble(), stored[QStringLiteral("scale")].toDouble()), qPrintable(packed));
                QCOMPARE(w[QStringLiteral("zero_point")].toInt(), stored[QStringLiteral("zero_point")].toInt());
            }
            ++checkedWeights;
        }
        const QJsonObject output = layer[QStringLiteral("output")].toObject();
        for (const auto &o : ops) {
            const QJsonObject op = o.toObject();
            if (!packed.isEmpty() && op[QStringLiteral("packed")].toString() == packed) {
                QVERIFY(sameFloat(op[QStringLiteral("scale")].toDouble(), output[QStringLiteral("scale")].toDouble()));
                QCOMPARE(op[QStringLiteral("zero_point")].toInt(), output[QStringLiteral("zero_point")].toInt());
                ++checkedOutputs;
            }
        }
        const QJsonObject input = layer[QStringLiteral("input")].toObject();
        if (layer[QStringLiteral("mode")].toString() == QLatin1String("static_int8") && !input.contains(QStringLiteral("shared_with")))
            freshInputs.emplace_back(input[QStringLiteral("scale")].toDouble(), input[QStringLiteral("zero_point")].toInt());
    }
    const QJsonArray quantize = report[QStringLiteral("quantize")].toArray();
    QCOMPARE(std::size_t(quantize.size()), freshInputs.size());
    for (int i = 0; i < quantize.size(); ++i) {
        QVERIFY(sameFloat(quantize[i].toObject()[QStringLiteral("scale")].toDouble(), freshInputs[std::size_t(i)].first));
        QCOMPARE(quantize[i].toObject()[QStringLiteral("zero_point")].toInt(), freshInputs[std::size_t(i)].second);
    }
    const QJsonArray adds = encodings[QStringLiteral("adds")].toArray();
    int addOps = 0;
    for (const auto &o : ops) {
        const QJsonObject op = o.toObject();
        if (!op[QStringLiteral("kind")].toString().startsWith(QLatin1String("quantized::add")))
            continue;
        const QJsonObject expected = adds.at(addOps++).toObject()[QStringLiteral("output")].toObject();
        QVERIFY(sameFloat(op[QStringLiteral("scale")].toDouble(), expected[QStringLiteral("scale")].toDouble()));
        QCOMPARE(op[QStringLiteral("zero_point")].toInt(), expected[QStringLiteral("zero_point")].toInt());
    }
    QCOMPARE(addOps, adds.size());
    qInfo("checked %d packed weights, %d output qparams, %zu input quantizations, %d adds", checkedWeights,
          checkedOutputs, freshInputs.size(), addOps);
    if (qs::LayerMode(mode) != qs::LayerMode::Fp16)
        QVERIFY(checkedWeights > 0);
}

void TestExport::encodingsDescribeEveryLayer()
{
    const auto model = loadFixture(QStringLiteral("residual_traced.pt"));
    const auto calibration = qs::calibrate(*model, trainImages(128));
    const qs::QuantPlan p = plan(qs::QuantEngine::Onednn);
    const auto real = qs::QuantizedModel::build(*model, p, calibration, qs::QuantizedForm::Real);
    const QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(qs::encodingsJson(*real, p, calibration))).object();
    QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("quantscope-encodings"));
    QCOMPARE(doc[QStringLiteral("version")].toInt(), 1);
    QCOMPARE(doc[QStringLiteral("engine")].toString(), QStringLiteral("onednn"));
    QCOMPARE(doc[QStringLiteral("calibration_samples")].toInt(), 128);
    const QJsonArray layers = doc[QStringLiteral("layers")].toArray();
    QCOMPARE(std::size_t(layers.size()), model->layers().size());
    for (int i = 0; i < layers.size(); ++i) {
        const QJsonObject l = layers[i].toObject();
        const qs::LayerInfo &info = model->layers()[std::size_t(i)];
        QCOMPARE(l[QStringLiteral("name")].toString().toStdString(), info.name);
        QCOMPARE(l[QStringLiteral("mode")].toString(), QStringLiteral("static_int8"));
        const QJsonObject w = l[QStringLiteral("weight")].toObject();
        QCOMPARE(w[QStringLiteral("granularity")].toString(), QStringLiteral("per_channel"));
        QCOMPARE(w[QStringLiteral("scales")].toArray().size(), int(info.outputChannels()));
        QCOMPARE(w[QStringLiteral("dtype")].toString(), QStringLiteral("qint8"));
        const QJsonObject out = l[QStringLiteral("output")].toObject();
        QCOMPARE(out[QStringLiteral("observer")].toString(), QStringLiteral("histogram"));
        QCOMPARE(out[QStringLiteral("dtype")].toString(), QStringLiteral("quint8"));
        QVERIFY(out[QStringLiteral("scale")].toDouble() > 0.0);
        QVERIFY(out[QStringLiteral("min")].toDouble() <= out[QStringLiteral("max")].toDouble());
    }
    // block.conv1 reads the stem's relu output: it stays quantized and shares the stem's qparams.
    QCOMPARE(layers[1].toObject()[QStringLiteral("input")].toObject()[QStringLiteral("shared_with")].toString(),
             QStringLiteral("stem"));
    QCOMPARE(layers[1].toObject()[QStringLiteral("batch_norm_folded")].toBool(), true);
    const QJsonArray adds = doc[QStringLiteral("adds")].toArray();
    QCOMPARE(adds.size(), 1);
    QCOMPARE(adds[0].toObject()[QStringLiteral("fused_relu")].toBool(), true);
}

void TestExport::failedExportLeavesNothingBehind()
{
    const auto model = loadFixture(QStringLiteral("mlp_traced.pt"));
    const auto calibration = qs::calibrate(*model, trainImages(64));
    const qs::QuantPlan p = plan(qs::QuantEngine::Onednn);
    const auto real = qs::QuantizedModel::build(*model, p, calibration, qs::QuantizedForm::Real);
    QTemporaryDir dir;

    // A folder that does not exist (a path below a regular file cannot be created, even by root).
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::exportQuantized(*real, p, calibration,
                                                            {dir.filePath(QStringLiteral("not-a-folder/m.pt")).toStdString(), {}, {}}));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("not-a-folder")});

    // A good model file stays as it was when a later file of the same export cannot be written.
    QFile good(dir.filePath(QStringLiteral("m.pt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("a good model");
    good.close();
    try {
        qs::exportQuantized(*real, p, calibration,
                            {good.fileName().toStdString(), dir.filePath(QStringLiteral("not-a-folder/m.json")).toStdString(), {}});
        QFAIL("the export must fail");
    } catch (const qs::Error &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("m.json")), e.what());
    }
    QVERIFY(good.open(QIODevice::ReadOnly));
    QCOMPARE(good.readAll(), QByteArray("a good model"));
    good.close();
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("m.pt"), QStringLiteral("not-a-folder")}));

    // The simulated form is for measuring, not for export.
    const auto simulated = qs::QuantizedModel::build(*model, p, calibration, qs::QuantizedForm::Simulated);
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::exportQuantized(*simulated, p, calibration,
                                                            {dir.filePath(QStringLiteral("s.pt")).toStdString(), {}, {}}));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("s.pt"))));
}

void TestExport::lowBitPlansAreSimulatedOnly()
{
    const auto model = loadFixture(QStringLiteral("cnn_scripted.pt"));
    const auto calibration = qs::calibrate(*model, trainImages(128));
    const qs::QuantPlan fourBit = plan(qs::QuantEngine::Onednn, qs::LayerMode::StaticInt8, 4);
    try {
        qs::QuantizedModel::build(*model, fourBit, calibration, qs::QuantizedForm::Real);
        QFAIL("a 4-bit real model must be refused");
    } catch (const qs::Error &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("simulated only")), e.what());
    }
    const auto simulated = qs::QuantizedModel::build(*model, fourBit, calibration, qs::QuantizedForm::Simulated);
    const auto eightBit = qs::QuantizedModel::build(*model, plan(qs::QuantEngine::Onednn), calibration,
                                                    qs::QuantizedForm::Simulated);
    const auto images = testImages(256);
    const Agreement four = compareOutputs(runAll(*eightBit, images), runAll(*simulated, images));
    qInfo("4-bit simulated vs 8-bit simulated: top-1 agreement %.1f %%, SQNR %.1f dB", four.top1 * 100, four.sqnr);
    QVERIFY(four.sqnr < 30.0); // 4 bits are visibly coarser than 8
    QVERIFY(four.sqnr > 0.0);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
