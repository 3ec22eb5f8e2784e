// quantscope-cli end to end: a real process, real fixtures, exit statuses and JSON as documented.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "CliProcess.h"

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inspectTable();
    void inspectJson_data();
    void inspectJson();
    void qparamsMatchPyTorch();
    void usageErrors_data();
    void usageErrors();
    void badInput_data();
    void badInput();
};

void TestCli::inspectTable()
{
    const Run r = runCli({QStringLiteral("inspect"), fixture(QStringLiteral("cnn_traced.pt"))});
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *expected : {"features.0", "features.4", "classifier.1", "classifier.3", "Conv2d", "[16, 8, 3, 3]", "batch_norm"})
        QVERIFY2(out.contains(QLatin1String(expected)), expected);
    QVERIFY(r.err.isEmpty());
}

void TestCli::inspectJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layers");
    QTest::newRow("cnn scripted") << QStringLiteral("cnn_scripted.pt") << 4;
    QTest::newRow("cnn traced") << QStringLiteral("cnn_traced.pt") << 4;
    QTest::newRow("lstm traced") << QStringLiteral("lstm_traced.pt") << 2;
    QTest::newRow("sequence scripted") << QStringLiteral("sequence_scripted.pt") << 4;
    QTest::newRow("nan weights") << QStringLiteral("nan_weights.pt") << 3;
    QTest::newRow("no layers") << QStringLiteral("no_layers.pt") << 0;
}

void TestCli::inspectJson()
{
    QFETCH(QString, file);
    QFETCH(int, layers);
    const Run r = runCli({QStringLiteral("inspect"), fixture(file), QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray list = root.value(QStringLiteral("layers")).toArray();
    QCOMPARE(list.size(), layers);
    for (const auto &v : list) {
        const QJsonObject l = v.toObject();
        for (const char *key : {"name", "op", "weight_shape", "params", "weight_min", "weight_max", "qparams"})
            QVERIFY2(l.contains(QLatin1String(key)), key);
        const QJsonObject q = l.value(QStringLiteral("qparams")).toObject();
        QVERIFY(q.value(QStringLiteral("per_tensor_affine")).toObject().contains(QStringLiteral("scale")));
        QVERIFY(q.value(QStringLiteral("per_tensor_symmetric")).toObject().contains(QStringLiteral("zero_point")));
        const QJsonObject pc = q.value(QStringLiteral("per_channel_symmetric")).toObject();
        QCOMPARE(pc.value(QStringLiteral("scales")).toArray().size(), pc.value(QStringLiteral("zero_points")).toArray().size());
        QVERIFY(pc.value(QStringLiteral("scales")).toArray().size() > 0);
        QVERIFY(l.value(QStringLiteral("weight_min")).toDouble() < l.value(QStringLiteral("weight_max")).toDouble());
    }
    if (layers == 0)
        QVERIFY(!root.value(QStringLiteral("warnings")).toArray().isEmpty());
}

// The CLI's numbers are PyTorch's numbers (qparams_reference.json from make_fixtures.py).
void TestCli::qparamsMatchPyTorch()
{
    QFile f(QStringLiteral(QS_TEST_DATA_DIR "/qparams_reference.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject weights = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("weights")).toObject();
    for (const QString form : {QStringLiteral("scripted"), QStringLiteral("traced")}) {
        const Run r = runCli({QStringLiteral("inspect"), fixture(QStringLiteral("cnn_%1.pt").arg(form)), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonArray layers = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), 4);
        for (const auto &v : layers) {
            const QJsonObject l = v.toObject();
            const QJsonObject ref = weights.value(QStringLiteral("cnn/%1.weight").arg(l.value(QStringLiteral("name")).toString()))
                                        .toObject()
                                        .value(QStringLiteral("qparams"))
                                        .toObject();
            QVERIFY(!ref.isEmpty());
            const QJsonObject q = l.value(QStringLiteral("qparams")).toObject();
            const QJsonObject affine = q.value(QStringLiteral("per_tensor_affine")).toObject();
            const QJsonObject refAffine = ref.value(QStringLiteral("per_tensor_affine_quint8")).toObject();
            QCOMPARE(float(affine.value(QStringLiteral("scale")).toDouble()), float(refAffine.value(QStringLiteral("scale")).toDouble()));
            QCOMPARE(affine.value(QStringLiteral("zero_point")).toInt(), refAffine.value(QStringLiteral("zero_point")).toInt());
            const QJsonObject sym = q.value(QStringLiteral("per_tensor_symmetric")).toObject();
            QCOMPARE(float(sym.value(QStringLiteral("scale")).toDouble()),
                     float(ref.value(QStringLiteral("per_tensor_symmetric_qint8")).toObject().value(QStringLiteral("scale")).toDouble()));
            const QJsonArray scales = q.value(QStringLiteral("per_channel_symmetric")).toObject().value(QStringLiteral("scales")).toArray();
            const QJsonArray refScales = ref.value(QStringLiteral("per_channel_symmetric_qint8")).toObject().value(QStringLiteral("scales")).toArray();
            QCOMPARE(scales.size(), refScales.size());
            for (int i = 0; i < scales.size(); ++i)
                QCOMPARE(float(scales[i].toDouble()), float(refScales[i].toDouble()));
        }
    }
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("inspect without model") << QStringList{QStringLiteral("inspect")};
    QTest::newRow("inspect unknown flag") << QStringList{QStringLiteral("inspect"), fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--nope")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = runCli(args);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << fixture(QStringLiteral("nope.pt")) << QStringLiteral("does not exist");
    QTest::newRow("state_dict") << fixture(QStringLiteral("state_dict.pt")) << QStringLiteral("state_dict");
    QTest::newRow("not a model") << QStringLiteral(QS_TEST_DATA_DIR "/qparams_reference.json") << QStringLiteral("not a TorchScript model");
}

void TestCli::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Run r = runCli({QStringLiteral("inspect"), file});
    QCOMPARE(r.status, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
