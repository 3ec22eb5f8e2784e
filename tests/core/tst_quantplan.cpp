// QuantPlan: PyTorch's default qconfigs per engine, what each layer kind gets, every refused plan
// (the message names the layer and the reason), the JSON format, and saving that never leaves a
// half-written or broken file.

#include "quantscope/Error.h"
#include "quantscope/Model.h"
#include "quantscope/QuantPlan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

namespace {

std::shared_ptr<const qs::Model> fixture(const QString &name)
{
    return qs::Model::load(QStringLiteral(QS_TEST_DATA_DIR "/models/%1_scripted.pt").arg(name).toStdString());
}

const qs::LayerInfo &layerNamed(const qs::Model &model, const std::string &name)
{
    const int index = model.layerIndex(name);
    if (index < 0)
        qFatal("fixture has no layer %s", name.c_str());
    return model.layers()[std::size_t(index)];
}

QString planJson(const QString &body)
{
    return QStringLiteral(R"({"format": "quantscope-plan", "version": 1%1})").arg(body.isEmpty() ? QString() : QStringLiteral(", ") + body);
}

QString messageOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const qs::Error &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestQuantPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsPerEngine();
    void resolvePerLayerKind();
    void resolveUnderOtherDefaults();
    void overridesAreTakenAsTheyAre();
    void validPlansPass();
    void refusedPlans_data();
    void refusedPlans();
    void refusedPlanListsEveryProblem();
    void jsonRoundTrip();
    void jsonIsReadableAndVersioned();
    void partialJsonFallsBackToDefaults();
    void badJson_data();
    void badJson();
    void badFiles();
    void saveReplacesAtomically();
    void saveToUnwritablePlaceLeavesNothing();
    void failedSaveKeepsTheGoodFile();
};

// get_default_qconfig: onednn per-channel symmetric weights, histogram quint8 affine activations
// over the full range; qnnpack per-tensor symmetric weights, no reduce_range either. Dynamic int8
// on onednn: reduce_range, as quantize_dynamic_jit.
void TestQuantPlan::defaultsPerEngine()
{
    const qs::QuantPlan onednn = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    QVERIFY(onednn.engine() == qs::QuantEngine::Onednn);
    QVERIFY(onednn.defaults().mode == qs::LayerMode::StaticInt8);
    QVERIFY(onednn.defaults().granularity == qs::WeightGranularity::PerChannel);
    QVERIFY(onednn.defaults().weightScheme == qs::QuantScheme::Symmetric);
    QVERIFY(onednn.defaults().activationObserver == qs::ObserverKind::Histogram);
    QCOMPARE(onednn.defaults().bits, 8);
    const qs::QuantSpec activations = onednn.defaults().activationSpec(qs::QuantEngine::Onednn);
    QVERIFY(activations.dtype == qs::QuantDtype::QUInt8 && activations.scheme == qs::QuantScheme::Affine);
    QVERIFY(!activations.reduceRange);
    QCOMPARE(activations.range().qmax, 255);
    qs::LayerQuantConfig dynamic = onednn.defaults();
    dynamic.mode = qs::LayerMode::DynamicInt8;
    QVERIFY(dynamic.activationSpec(qs::QuantEngine::Onednn).reduceRange);
    QVERIFY(!dynamic.activationSpec(qs::QuantEngine::Qnnpack).reduceRange);
    const qs::QuantSpec weights = onednn.defaults().weightSpec();
    QVERIFY(weights.dtype == qs::QuantDtype::QInt8 && weights.scheme == qs::QuantScheme::Symmetric && !weights.reduceRange);

    const qs::QuantPlan qnnpack = qs::QuantPlan::defaultsFor(qs::QuantEngine::Qnnpack);
    QVERIFY(qnnpack.engine() == qs::QuantEngine::Qnnpack);
    QVERIFY(qnnpack.defaults().granularity == qs::WeightGranularity::PerTensor);
    QVERIFY(qnnpack.defaults().weightScheme == qs::QuantScheme::Symmetric);
    QVERIFY(qnnpack.defaults().activationObserver == qs::ObserverKind::Histogram);
    QVERIFY(!qnnpack.defaults().activationSpec(qs::QuantEngine::Qnnpack).reduceRange);
    QVERIFY(qnnpack.overrides().empty());

    // Simulated bit widths have no kernel to protect: no reduce_range there.
    qs::LayerQuantConfig fourBits = onednn.defaults();
    fourBits.bits = 4;
    QVERIFY(!fourBits.activationSpec(qs::QuantEngine::Onednn).reduceRange);
}

void TestQuantPlan::resolvePerLayerKind()
{
    const qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    const auto cnn = fixture(QStringLiteral("cnn"));
    for (const qs::LayerInfo &layer : cnn->layers()) {
        const qs::LayerQuantConfig c = plan.resolve(layer);
        QVERIFY2(c.mode == qs::LayerMode::StaticInt8, layer.name.c_str());
        QVERIFY(c.granularity == qs::WeightGranularity::PerChannel);
    }
    const auto lstm = fixture(QStringLiteral("lstm"));
    const qs::LayerQuantConfig recurrent = plan.resolve(layerNamed(*lstm, "lstm"));
    QVERIFY(recurrent.mode == qs::LayerMode::DynamicInt8); // default_dynamic_qconfig: per-tensor weights
    QVERIFY(recurrent.granularity == qs::WeightGranularity::PerTensor);
    QVERIFY(plan.resolve(layerNamed(*lstm, "fc")).mode == qs::LayerMode::StaticInt8);

    const auto sequence = fixture(QStringLiteral("sequence"));
    QVERIFY(plan.resolve(layerNamed(*sequence, "embed")).mode == qs::LayerMode::Float);
    QVERIFY(plan.resolve(layerNamed(*sequence, "conv")).mode == qs::LayerMode::StaticInt8);
    QVERIFY(plan.resolve(layerNamed(*sequence, "gru")).mode == qs::LayerMode::DynamicInt8);
    QVERIFY(plan.resolve(layerNamed(*sequence, "head")).mode == qs::LayerMode::StaticInt8);
    plan.validate(*sequence);
}

// A dynamic default (quantize_dynamic's habit): Linear, LSTM and GRU dynamic, convolutions and
// embeddings stay float. An fp16 default applies to every kind.
void TestQuantPlan::resolveUnderOtherDefaults()
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    qs::LayerQuantConfig dynamic = plan.defaults();
    dynamic.mode = qs::LayerMode::DynamicInt8;
    plan.setDefaults(dynamic);
    const auto sequence = fixture(QStringLiteral("sequence"));
    QVERIFY(plan.resolve(layerNamed(*sequence, "embed")).mode == qs::LayerMode::Float);
    QVERIFY(plan.resolve(layerNamed(*sequence, "conv")).mode == qs::LayerMode::Float);
    QVERIFY(plan.resolve(layerNamed(*sequence, "gru")).mode == qs::LayerMode::DynamicInt8);
    QVERIFY(plan.resolve(layerNamed(*sequence, "head")).mode == qs::LayerMode::DynamicInt8);
    plan.validate(*sequence);

    qs::LayerQuantConfig half = plan.defaults();
    half.mode = qs::LayerMode::Fp16;
    plan.setDefaults(half);
    for (const qs::LayerInfo &layer : sequence->layers())
        QVERIFY2(plan.resolve(layer).mode == qs::LayerMode::Fp16, layer.name.c_str());

    // A weight without an output-channel axis cannot be per channel: the default falls back.
    qs::LayerInfo vector;
    vector.name = "scale";
    vector.kind = qs::LayerKind::Linear;
    vector.weightShape = {16};
    plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    QVERIFY(plan.resolve(vector).granularity == qs::WeightGranularity::PerTensor);
}

void TestQuantPlan::overridesAreTakenAsTheyAre()
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Qnnpack);
    qs::LayerQuantConfig config = plan.defaults();
    config.mode = qs::LayerMode::Float;
    plan.setOverride("features.0", config);
    const auto cnn = fixture(QStringLiteral("cnn"));
    QVERIFY(plan.resolve(layerNamed(*cnn, "features.0")).mode == qs::LayerMode::Float);
    QVERIFY(plan.resolve(layerNamed(*cnn, "features.4")).mode == qs::LayerMode::StaticInt8);
    plan.clearOverride("features.0");
    QVERIFY(plan.overrides().empty());
    QVERIFY(plan.resolve(layerNamed(*cnn, "features.0")).mode == qs::LayerMode::StaticInt8);
}

void TestQuantPlan::validPlansPass()
{
    for (const char *name : {"cnn", "mlp", "lstm", "residual", "sequence"}) {
        const auto model = fixture(QString::fromLatin1(name));
        for (qs::QuantEngine engine : {qs::QuantEngine::Onednn, qs::QuantEngine::Qnnpack})
            qs::QuantPlan::defaultsFor(engine).validate(*model);
    }
    // Possible overrides: a dynamic Linear, an fp16 LSTM, affine weights on qnnpack, 4 simulated bits.
    const auto lstm = fixture(QStringLiteral("lstm"));
    const qs::QuantPlan plan = qs::QuantPlan::fromJson(planJson(QStringLiteral(
        R"("engine": "qnnpack", "overrides": {"fc": {"mode": "dynamic_int8", "weight_scheme": "affine"},
            "lstm": {"mode": "fp16", "bits": 4}})")).toStdString());
    plan.validate(*lstm);
}

void TestQuantPlan::refusedPlans_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("static LSTM") << "lstm" << R"("overrides": {"lstm": {"mode": "static_int8"}})"
                                 << QStringList{"layer 'lstm' (LSTM)", "static_int8 is not possible", "dynamic_int8"};
    QTest::addRow("dynamic Conv2d") << "cnn" << R"("overrides": {"features.0": {"mode": "dynamic_int8"}})"
                                    << QStringList{"layer 'features.0' (Conv2d)", "dynamic_int8 is not possible"};
    QTest::addRow("static GRU") << "sequence" << R"("overrides": {"gru": {"mode": "static_int8"}})"
                                << QStringList{"layer 'gru' (GRU)", "static_int8 is not possible"};
    QTest::addRow("dynamic Conv1d") << "sequence" << R"("overrides": {"conv": {"mode": "dynamic_int8"}})"
                                    << QStringList{"layer 'conv' (Conv1d)", "dynamic_int8"};
    QTest::addRow("int8 Embedding") << "sequence" << R"("overrides": {"embed": {"mode": "static_int8"}})"
                                    << QStringList{"layer 'embed' (Embedding)", "use float or fp16"};
    QTest::addRow("missing layer") << "cnn" << R"("overrides": {"features.9": {"mode": "float"}})"
                                   << QStringList{"layer 'features.9' is not in the model", "features.0"};
    QTest::addRow("symmetric + reduce_range + quint8")
        << "cnn" << R"("overrides": {"classifier.1": {"activation_scheme": "symmetric", "activation_reduce_range": true}})"
        << QStringList{"layer 'classifier.1' (Linear)", "reduce_range", "quint8"};
    QTest::addRow("9 bits") << "mlp" << R"("overrides": {"fc1": {"bits": 9}})"
                            << QStringList{"layer 'fc1' (Linear)", "bit width 9", "2 to 8"};
    QTest::addRow("1 bit by default") << "mlp" << R"("defaults": {"bits": 1})"
                                      << QStringList{"defaults", "bit width 1"};
    QTest::addRow("affine weights on onednn") << "mlp" << R"("overrides": {"fc2": {"weight_scheme": "affine"}})"
                                              << QStringList{"layer 'fc2' (Linear)", "symmetric weights", "qnnpack"};
}

void TestQuantPlan::refusedPlans()
{
    QFETCH(QString, model);
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    const auto loaded = fixture(model);
    const qs::QuantPlan plan = qs::QuantPlan::fromJson(planJson(json).toStdString());
    const QString message = messageOf([&] { plan.validate(*loaded); });
    QVERIFY2(!message.isEmpty(), "the plan was accepted");
    qInfo("%s", qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, message)));
}

void TestQuantPlan::refusedPlanListsEveryProblem()
{
    const auto sequence = fixture(QStringLiteral("sequence"));
    qs::QuantPlan plan = qs::QuantPlan::fromJson(planJson(QStringLiteral(
        R"("overrides": {"gru": {"mode": "static_int8"}, "nope": {"mode": "float"}})")).toStdString());
    qs::LayerQuantConfig unknownObserver = plan.defaults();
    unknownObserver.activationObserver = qs::ObserverKind(42);
    plan.setOverride("head", unknownObserver);
    qs::ObserverSettings settings;
    settings.percentile = 120.0;
    plan.setObserverSettings(settings);
    const QString message = messageOf([&] { plan.validate(*sequence); });
    qInfo("%s", qPrintable(message));
    for (const char *part : {"layer 'gru' (GRU)", "layer 'nope' is not in the model", "layer 'head' (Linear): observer 42",
                             "observer settings: percentile 120"})
        QVERIFY2(message.contains(QString::fromUtf8(part)), qPrintable(message));
    QCOMPARE(message.count(QStringLiteral("\n  - ")), 4);
}

void TestQuantPlan::jsonRoundTrip()
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Qnnpack);
    qs::ObserverSettings settings;
    settings.percentile = 99.999;
    settings.averagingConstant = 0.05;
    settings.histogramBins = 1024;
    plan.setObserverSettings(settings);
    qs::LayerQuantConfig a = plan.defaults();
    a.mode = qs::LayerMode::DynamicInt8;
    a.granularity = qs::WeightGranularity::PerChannel;
    a.weightScheme = qs::QuantScheme::Affine;
    a.activationObserver = qs::ObserverKind::Entropy;
    a.bits = 5;
    a.activationReduceRange = false;
    plan.setOverride("fc1", a);
    qs::LayerQuantConfig b = plan.defaults();
    b.mode = qs::LayerMode::Fp16;
    b.activationObserver = qs::ObserverKind::MovingAverageMinMax;
    b.activationScheme = qs::QuantScheme::Symmetric;
    b.activationReduceRange = true;
    plan.setOverride("block.conv2", b);
    for (qs::ObserverKind kind : qs::allObserverKinds()) {
        qs::LayerQuantConfig c = plan.defaults();
        c.activationObserver = kind;
        plan.setOverride("layer_" + qs::toString(kind), c);
    }
    const std::string text = plan.toJson();
    const qs::QuantPlan back = qs::QuantPlan::fromJson(text);
    QVERIFY(back == plan);
    QCOMPARE(back.toJson(), text);
    QVERIFY(back.overrides().at("fc1").activationReduceRange == std::optional<bool>(false));
}

void TestQuantPlan::jsonIsReadableAndVersioned()
{
    const std::string text = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn).toJson();
    const QString json = QString::fromStdString(text);
    for (const char *part : {"\"format\": \"quantscope-plan\"", "\"version\": 1", "\"engine\": \"onednn\"",
                             "\"mode\": \"static_int8\"", "\"weight_granularity\": \"per_channel\"",
                             "\"activation_observer\": \"histogram\"", "\"percentile\": 99.99", "\"overrides\": {}"})
        QVERIFY2(json.contains(QString::fromUtf8(part)), part);
    QVERIFY(json.count(QLatin1Char('\n')) > 10); // indented, one key a line
    QVERIFY(json.indexOf(QStringLiteral("format")) < json.indexOf(QStringLiteral("engine")));
}

void TestQuantPlan::partialJsonFallsBackToDefaults()
{
    QVERIFY(qs::QuantPlan::fromJson(planJson(QStringLiteral(R"("engine": "qnnpack")")).toStdString())
            == qs::QuantPlan::defaultsFor(qs::QuantEngine::Qnnpack));
    QVERIFY(qs::QuantPlan::fromJson(planJson({}).toStdString()) == qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn));
    const qs::QuantPlan plan = qs::QuantPlan::fromJson(planJson(QStringLiteral(
        R"("defaults": {"activation_observer": "mse", "bits": 6}, "overrides": {"fc": {"mode": "float"}})")).toStdString());
    QVERIFY(plan.defaults().activationObserver == qs::ObserverKind::Mse);
    QVERIFY(plan.defaults().granularity == qs::WeightGranularity::PerChannel);
    const qs::LayerQuantConfig &fc = plan.overrides().at("fc");
    QVERIFY(fc.mode == qs::LayerMode::Float);
    QVERIFY(fc.activationObserver == qs::ObserverKind::Mse); // from the plan's defaults
    QCOMPARE(fc.bits, 6);

    // dynamic_int8 without a weight granularity takes PyTorch's default_dynamic_qconfig
    // (per-tensor weights); given, it is kept; a static override keeps the defaults' per-channel.
    const qs::QuantPlan dynamic = qs::QuantPlan::fromJson(planJson(QStringLiteral(
        R"("defaults": {"mode": "dynamic_int8"}, "overrides": {"fc": {"mode": "dynamic_int8", "weight_granularity": "per_channel"}})"))
                                                           .toStdString());
    QVERIFY(dynamic.defaults().granularity == qs::WeightGranularity::PerTensor);
    QVERIFY(dynamic.overrides().at("fc").granularity == qs::WeightGranularity::PerChannel);
    const qs::QuantPlan staticHead = qs::QuantPlan::fromJson(planJson(QStringLiteral(
        R"("overrides": {"head": {"mode": "static_int8"}, "rnn": {"mode": "dynamic_int8"}})")).toStdString());
    QVERIFY(staticHead.overrides().at("head").granularity == qs::WeightGranularity::PerChannel);
    QVERIFY(staticHead.overrides().at("rnn").granularity == qs::WeightGranularity::PerTensor);
}

void TestQuantPlan::badJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << "" << "not valid JSON";
    QTest::addRow("truncated") << R"({"format": "quantscope-plan", "vers)" << "not valid JSON";
    QTest::addRow("a list") << "[1, 2]" << "not a Quantscope plan";
    QTest::addRow("another format") << R"({"format": "onnx", "version": 1})" << "not a Quantscope plan";
    QTest::addRow("no version") << R"({"format": "quantscope-plan"})" << "no \"version\"";
    QTest::addRow("newer version") << planJson({}).replace("\"version\": 1", "\"version\": 2") << "version 2 is newer";
    QTest::addRow("version 0") << planJson({}).replace("\"version\": 1", "\"version\": 0") << "version 0 does not exist";
    QTest::addRow("version as text") << planJson({}).replace("\"version\": 1", "\"version\": \"1\"")
                                     << "'version' must be an integer, not a string";
    QTest::addRow("unknown key") << planJson(R"("overides": {})") << "unknown key 'overides' in 'plan'";
    QTest::addRow("fbgemm") << planJson(R"("engine": "fbgemm")") << "'engine': unknown quantized engine 'fbgemm'";
    QTest::addRow("engine as number") << planJson(R"("engine": 1)") << "'engine' must be a string, not an integer";
    QTest::addRow("unknown mode") << planJson(R"("defaults": {"mode": "int4"})") << "'defaults.mode': unknown layer mode 'int4'";
    QTest::addRow("bits as text") << planJson(R"("defaults": {"bits": "8"})") << "'defaults.bits' must be an integer, not a string";
    QTest::addRow("fractional bits") << planJson(R"("defaults": {"bits": 7.5})") << "'defaults.bits' must be an integer, not a number";
    QTest::addRow("unknown defaults key") << planJson(R"("defaults": {"observer": "minmax"})") << "unknown key 'observer' in 'defaults'";
    QTest::addRow("overrides as list") << planJson(R"("overrides": ["fc"])") << "'overrides' must be an object";
    QTest::addRow("override as text") << planJson(R"("overrides": {"fc": "float"})") << "'overrides.fc' must be an object";
    QTest::addRow("unknown observer") << planJson(R"("overrides": {"fc": {"activation_observer": "kl"}})")
                                      << "'overrides.fc.activation_observer': unknown observer 'kl'";
    QTest::addRow("unknown granularity") << planJson(R"("overrides": {"fc": {"weight_granularity": "per_row"}})")
                                         << "'overrides.fc.weight_granularity': unknown weight granularity";
    QTest::addRow("reduce range as text") << planJson(R"("overrides": {"fc": {"activation_reduce_range": "yes"}})")
                                          << "must be true, false or null";
    QTest::addRow("percentile 120") << planJson(R"("observer_settings": {"percentile": 120})")
                                    << "'observer_settings': percentile 120";
    QTest::addRow("bins as text") << planJson(R"("observer_settings": {"histogram_bins": "many"})")
                                  << "'observer_settings.histogram_bins' must be an integer";
}

void TestQuantPlan::badJson()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const QString message = messageOf([&] { qs::QuantPlan::fromJson(json.toStdString()); });
    QVERIFY2(message.contains(expected), qPrintable(QStringLiteral("'%1' not in: '%2'").arg(expected, message)));
}

void TestQuantPlan::badFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string missing = dir.filePath(QStringLiteral("missing.json")).toStdString();
    QVERIFY(messageOf([&] { qs::QuantPlan::load(missing); }).contains(QStringLiteral("cannot read the plan")));
    QVERIFY(messageOf([&] { qs::QuantPlan::load(dir.path().toStdString()); }).contains(QStringLiteral("folder")));
    const QString garbage = dir.filePath(QStringLiteral("garbage.json"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\x89PNG\r\n\x1a\n not a plan");
    f.close();
    const QString message = messageOf([&] { qs::QuantPlan::load(garbage.toStdString()); });
    QVERIFY2(message.contains(garbage) && message.contains(QStringLiteral("not valid JSON")), qPrintable(message));
}

void TestQuantPlan::saveReplacesAtomically()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("plan.json")).toStdString();
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    plan.save(path);
    QVERIFY(qs::QuantPlan::load(path) == plan);
    plan.setEngine(qs::QuantEngine::Qnnpack);
    plan.save(path);
    QVERIFY(qs::QuantPlan::load(path) == plan);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("plan.json")}); // no temporary left behind
}

void TestQuantPlan::saveToUnwritablePlaceLeavesNothing()
{
    QTemporaryDir dir;
    const qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    const std::string inMissingFolder = dir.filePath(QStringLiteral("no/such/folder/plan.json")).toStdString();
    QVERIFY(messageOf([&] { plan.save(inMissingFolder); }).contains(QStringLiteral("cannot save the plan")));
    // A regular file where the folder should be (fails even for root, unlike a read-only folder).
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const std::string underFile = dir.filePath(QStringLiteral("file/plan.json")).toStdString();
    QVERIFY(messageOf([&] { plan.save(underFile); }).contains(QStringLiteral("cannot save the plan")));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("file")});
    QVERIFY(messageOf([&] { plan.save(dir.path().toStdString() + "/"); }).contains(QStringLiteral("folder")));
}

// A write that fails half way (the file size limit stands in for a full disk): the plan that was
// there before is still there, whole, and no temporary is left.
void TestQuantPlan::failedSaveKeepsTheGoodFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("plan.json")).toStdString();
    const qs::QuantPlan good = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    good.save(path);
    QFile before(QString::fromStdString(path));
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = before.readAll();
    before.close();

    qs::QuantPlan bigger = qs::QuantPlan::defaultsFor(qs::QuantEngine::Qnnpack);
    for (int i = 0; i < 50; ++i)
        bigger.setOverride("layer." + std::to_string(i), bigger.defaults());

    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 64;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString message = messageOf([&] { bigger.save(path); });
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(message.contains(QStringLiteral("cannot save the plan")), qPrintable(message));
    QFile after(QString::fromStdString(path));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), goodBytes);
    QVERIFY(qs::QuantPlan::load(path) == good);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("plan.json")});
}

QTEST_APPLESS_MAIN(TestQuantPlan)
#include "tst_quantplan.moc"
