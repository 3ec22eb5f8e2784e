// Scale and zero point against the numbers PyTorch 1.13's MinMaxObserver and
// PerChannelMinMaxObserver produced (tests/data/make_fixtures.py wrote qparams_reference.json).

#include "quantscope/Model.h"
#include "quantscope/QParams.h"
#include "quantscope/WeightQParams.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

struct SpecCase
{
    const char *label;
    qs::QuantSpec spec;
};

const std::vector<SpecCase> &perTensorCases()
{
    using qs::QuantDtype;
    using qs::QuantScheme;
    static const std::vector<SpecCase> cases = {
        {"per_tensor_affine_quint8", {QuantDtype::QUInt8, QuantScheme::Affine, false, 8}},
        {"per_tensor_affine_quint8_reduce", {QuantDtype::QUInt8, QuantScheme::Affine, true, 8}},
        {"per_tensor_affine_qint8", {QuantDtype::QInt8, QuantScheme::Affine, false, 8}},
        {"per_tensor_symmetric_qint8", {QuantDtype::QInt8, QuantScheme::Symmetric, false, 8}},
        {"per_tensor_symmetric_qint8_reduce", {QuantDtype::QInt8, QuantScheme::Symmetric, true, 8}},
        {"per_tensor_symmetric_quint8", {QuantDtype::QUInt8, QuantScheme::Symmetric, false, 8}},
    };
    return cases;
}

const std::vector<SpecCase> &perChannelCases()
{
    using qs::QuantDtype;
    using qs::QuantScheme;
    static const std::vector<SpecCase> cases = {
        {"per_channel_symmetric_qint8", {QuantDtype::QInt8, QuantScheme::Symmetric, false, 8}},
        {"per_channel_affine_qint8", {QuantDtype::QInt8, QuantScheme::Affine, false, 8}},
        {"per_channel_affine_quint8", {QuantDtype::QUInt8, QuantScheme::Affine, false, 8}},
    };
    return cases;
}

QJsonObject reference()
{
    QFile f(QStringLiteral(QS_TEST_DATA_DIR "/qparams_reference.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read qparams_reference.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Scales must equal PyTorch's to float32 precision: the same float arithmetic gives the same bits.
void compareScale(float ours, double theirs)
{
    QCOMPARE(ours, float(theirs));
}

} // namespace

class TestQParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data();
    void ranges();
    void edgeCases_data();
    void edgeCases();
    void modelWeights_data();
    void modelWeights();
    void refusesImpossibleSpecs();
    void quantizeRoundTrip();
    void emptyObserverGivesDefault();
    void narrowRange();
};

void TestQParams::ranges_data()
{
    QTest::addColumn<int>("dtype");
    QTest::addColumn<bool>("reduce");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("qmin");
    QTest::addColumn<int>("qmax");
    QTest::addRow("quint8") << int(qs::QuantDtype::QUInt8) << false << 8 << 0 << 255;
    QTest::addRow("quint8 reduce") << int(qs::QuantDtype::QUInt8) << true << 8 << 0 << 127;
    QTest::addRow("qint8") << int(qs::QuantDtype::QInt8) << false << 8 << -128 << 127;
    QTest::addRow("qint8 reduce") << int(qs::QuantDtype::QInt8) << true << 8 << -64 << 63;
    QTest::addRow("qint4") << int(qs::QuantDtype::QInt8) << false << 4 << -8 << 7;
    QTest::addRow("quint2") << int(qs::QuantDtype::QUInt8) << false << 2 << 0 << 3;
}

void TestQParams::ranges()
{
    QFETCH(int, dtype);
    QFETCH(bool, reduce);
    QFETCH(int, bits);
    QFETCH(int, qmin);
    QFETCH(int, qmax);
    qs::QuantSpec spec{qs::QuantDtype(dtype), qs::QuantScheme::Affine, reduce, bits};
    QCOMPARE(spec.range().qmin, qmin);
    QCOMPARE(spec.range().qmax, qmax);
}

void TestQParams::edgeCases_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    for (const auto &c : reference().value(QStringLiteral("cases")).toArray()) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString())) << o;
    }
}

void TestQParams::edgeCases()
{
    QFETCH(QJsonObject, testCase);
    float mn = std::numeric_limits<float>::infinity(), mx = -mn;
    for (const auto &v : testCase.value(QStringLiteral("values")).toArray()) {
        mn = std::min(mn, float(v.toDouble()));
        mx = std::max(mx, float(v.toDouble()));
    }
    const QJsonObject expected = testCase.value(QStringLiteral("qparams")).toObject();
    for (const auto &c : perTensorCases()) {
        const QJsonObject e = expected.value(QLatin1String(c.label)).toObject();
        const qs::QParams q = qs::calculateQParams(mn, mx, c.spec);
        QVERIFY2(e.contains(QStringLiteral("scale")), c.label);
        compareScale(q.scale, e.value(QStringLiteral("scale")).toDouble());
        QCOMPARE(q.zeroPoint, e.value(QStringLiteral("zero_point")).toInt());
    }
}

void TestQParams::modelWeights_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject weights = reference().value(QStringLiteral("weights")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('/'));
        QTest::newRow(qPrintable(it.key())) << parts[0] << parts[1] << it.value().toObject();
    }
}

// Loads the scripted model and checks every layer's weight qparams against PyTorch's observers.
void TestQParams::modelWeights()
{
    QFETCH(QString, model);
    QFETCH(QString, parameter);
    QFETCH(QJsonObject, expected);
    const auto loaded = qs::Model::load(QStringLiteral(QS_TEST_DATA_DIR "/models/%1_scripted.pt").arg(model).toStdString());
    // "features.0.weight" -> layer "features.0"; recurrent weights ("lstm.weight_ih_l0") are checked on their own.
    const int dot = parameter.lastIndexOf(QLatin1Char('.'));
    const QString layerName = parameter.left(dot);
    const QString weightName = parameter.mid(dot + 1);
    const int index = loaded->layerIndex(layerName.toStdString());
    QVERIFY2(index >= 0, qPrintable(QStringLiteral("layer %1 not found").arg(layerName)));
    const qs::LayerInfo &layer = loaded->layers()[std::size_t(index)];
    if (layer.weightNames.size() != 1)
        QSKIP("recurrent layers combine several weight matrices; their single matrices are checked by tst_modelloader");
    QCOMPARE(QString::fromStdString(layer.weightNames.front()), weightName);

    QCOMPARE(float(layer.weightStats.min), float(expected.value(QStringLiteral("min")).toDouble()));
    QCOMPARE(float(layer.weightStats.max), float(expected.value(QStringLiteral("max")).toDouble()));
    QVERIFY(std::abs(layer.weightStats.mean - expected.value(QStringLiteral("mean")).toDouble()) < 1e-6);
    QVERIFY(std::abs(layer.weightStats.std - expected.value(QStringLiteral("std")).toDouble()) < 1e-6);

    const QJsonObject q = expected.value(QStringLiteral("qparams")).toObject();
    for (const auto &c : perTensorCases()) {
        const QJsonObject e = q.value(QLatin1String(c.label)).toObject();
        const qs::QParams ours = qs::weightQParams(layer, c.spec);
        compareScale(ours.scale, e.value(QStringLiteral("scale")).toDouble());
        QCOMPARE(ours.zeroPoint, e.value(QStringLiteral("zero_point")).toInt());
    }
    for (const auto &c : perChannelCases()) {
        const QJsonObject e = q.value(QLatin1String(c.label)).toObject();
        const qs::PerChannelQParams ours = qs::weightQParamsPerChannel(*loaded, std::size_t(index), c.spec);
        const QJsonArray scales = e.value(QStringLiteral("scales")).toArray();
        const QJsonArray zps = e.value(QStringLiteral("zero_points")).toArray();
        QCOMPARE(ours.scales.size(), std::size_t(scales.size()));
        for (int ch = 0; ch < scales.size(); ++ch) {
            compareScale(ours.scales[std::size_t(ch)], scales[ch].toDouble());
            QCOMPARE(ours.zeroPoints[std::size_t(ch)], zps[ch].toInt());
        }
    }
}

void TestQParams::refusesImpossibleSpecs()
{
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::calculateQParams(-1.f, 1.f, {qs::QuantDtype::QUInt8, qs::QuantScheme::Symmetric, true, 8}));
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::calculateQParams(-1.f, 1.f, {qs::QuantDtype::QInt8, qs::QuantScheme::Affine, false, 1}));
    QVERIFY_THROWS_EXCEPTION(qs::Error, qs::calculateQParams(-1.f, 1.f, {qs::QuantDtype::QInt8, qs::QuantScheme::Affine, false, 9}));
    try {
        qs::calculateQParams(-1.f, 1.f, {qs::QuantDtype::QUInt8, qs::QuantScheme::Symmetric, true, 8});
    } catch (const qs::Error &e) {
        QVERIFY(QString::fromLatin1(e.what()).contains(QStringLiteral("reduce_range")));
    }
}

// The blog's example: 0.1 in [-1, 1.5] as quint8 affine lands on an integer and comes back close.
void TestQParams::quantizeRoundTrip()
{
    const qs::QuantSpec spec{qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, false, 8};
    const qs::QParams q = qs::calculateQParams(-1.0f, 1.5f, spec);
    QCOMPARE(q.zeroPoint, 102); // 0 - round(-1 / (2.5/255)) = 102
    const int level = qs::quantizeValue(0.1f, q, spec.range());
    QCOMPARE(level, 112);
    QVERIFY(std::abs(qs::dequantizeValue(level, q) - 0.1f) <= q.scale / 2);
    QCOMPARE(qs::quantizeValue(100.f, q, spec.range()), 255); // clamped
    QCOMPARE(qs::quantizeValue(-100.f, q, spec.range()), 0);
    QCOMPARE(qs::fakeQuantizeValue(0.0f, q, spec.range()), 0.0f); // 0 is exactly representable
}

void TestQParams::emptyObserverGivesDefault()
{
    const qs::QParams q = qs::calculateQParams(std::numeric_limits<float>::infinity(), -std::numeric_limits<float>::infinity(),
                                               {qs::QuantDtype::QUInt8, qs::QuantScheme::Affine, false, 8});
    QCOMPARE(q.scale, 1.0f);
    QCOMPARE(q.zeroPoint, 0);
}

// Narrow range drops the lowest level: qint8 [-127, 127], so symmetric int8 divides by 127 (TFLite's
// int8 weights): [-1, 1] gives s = 1/127 and -1 maps to -127, not to -128.
void TestQParams::narrowRange()
{
    qs::QuantSpec spec{qs::QuantDtype::QInt8, qs::QuantScheme::Symmetric, false, 8};
    spec.narrowRange = true;
    QCOMPARE(spec.range().qmin, -127);
    QCOMPARE(spec.range().qmax, 127);
    const qs::QParams q = qs::calculateQParams(-1.0f, 1.0f, spec);
    QCOMPARE(q.scale, 1.0f / 127.0f);
    QCOMPARE(q.zeroPoint, 0);
    QCOMPARE(qs::quantizeValue(-1.0f, q, spec.range()), -127);
    QCOMPARE(qs::quantizeValue(-2.0f, q, spec.range()), -127); // clamped at the narrow edge

    // Affine qint8 narrow: s = 2.5 / 254, z = -127 - round(-1 / s) = -127 - round(-101.6) = -25.
    spec.scheme = qs::QuantScheme::Affine;
    const qs::QParams a = qs::calculateQParams(-1.0f, 1.5f, spec);
    QCOMPARE(a.scale, 2.5f / 254.0f);
    QCOMPARE(a.zeroPoint, -25);

    // quint8 narrow is [1, 255]; 4 bits signed narrow is [-7, 7].
    spec.dtype = qs::QuantDtype::QUInt8;
    QCOMPARE(spec.range().qmin, 1);
    spec.dtype = qs::QuantDtype::QInt8;
    spec.bits = 4;
    QCOMPARE(spec.range().qmin, -7);
    QCOMPARE(spec.range().qmax, 7);
}

QTEST_APPLESS_MAIN(TestQParams)
#include "tst_qparams.moc"
