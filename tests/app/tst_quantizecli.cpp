// `quantscope-cli quantize` end to end: a real process writes the export, a fresh process loads it
// and gets the same accuracy, refused plans exit with status 3 and say why, failed writes leave nothing.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "CliProcess.h"

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// The first "NN.NN %" after `label` in the text.
double percentAfter(const QString &text, const QString &label)
{
    const auto m = QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\D*([0-9.]+) %")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
}

} // namespace

class TestQuantizeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsAndAFreshProcessAgrees();
    void refusedPlans_data();
    void refusedPlans();
    void usageErrors();
    void unwritableOutputLeavesNothing();
};

void TestQuantizeCli::exportsAndAFreshProcessAgrees()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cnn_int8.pt"));
    const Run q = runCli({QStringLiteral("quantize"), fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--data"),
                          QStringLiteral("fashion-mnist"), QStringLiteral("--calib"), QStringLiteral("256"),
                          QStringLiteral("--eval"), QStringLiteral("1000"), QStringLiteral("--out"), out,
                          QStringLiteral("--encodings"), dir.filePath(QStringLiteral("cnn_int8.json")),
                          QStringLiteral("--evaluate")});
    QVERIFY2(q.status == 0, qPrintable(q.errText()));
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("cnn_int8.json"), QStringLiteral("cnn_int8.plan.json"),
                                               QStringLiteral("cnn_int8.pt")}));
    QVERIFY(q.outText().contains(QStringLiteral("calibrated on 256 samples")));
    QVERIFY(q.outText().contains(QStringLiteral("features.0")));
    const double inProcess = percentAfter(q.outText(), QStringLiteral("quantized"));
    QVERIFY2(inProcess > 0, qPrintable(q.outText()));

    // A fresh LibTorch process (the CLI's evaluate, no Quantscope rewriting involved) loads the export.
    const Run e = runCli({QStringLiteral("evaluate"), out, QStringLiteral("--data"), QStringLiteral("fashion-mnist"),
                          QStringLiteral("--eval"), QStringLiteral("1000")});
    QVERIFY2(e.status == 0, qPrintable(e.errText()));
    const double fresh = percentAfter(e.outText(), QStringLiteral("Top-1:"));
    qInfo("int8 top-1 on 1000 test images: %.2f %% in the quantizing process, %.2f %% in a fresh process", inProcess, fresh);
    QCOMPARE(fresh, inProcess);

    const QJsonObject encodings = QJsonDocument::fromJson([&] {
                                      QFile f(dir.filePath(QStringLiteral("cnn_int8.json")));
                                      f.open(QIODevice::ReadOnly);
                                      return f.readAll();
                                  }()).object();
    QCOMPARE(encodings[QStringLiteral("format")].toString(), QStringLiteral("quantscope-encodings"));
}

void TestQuantizeCli::refusedPlans_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("expected");
    const QString head = QStringLiteral(R"({"format": "quantscope-plan", "version": 1, )");
    QTest::newRow("static lstm") << "lstm_traced.pt" << head + R"("overrides": {"lstm": {"mode": "static_int8"}}})" << "lstm";
    QTest::newRow("unknown observer") << "cnn_traced.pt" << head + R"("defaults": {"activation_observer": "kmeans"}})"
                                      << "kmeans";
    QTest::newRow("unknown layer") << "cnn_traced.pt" << head + R"("overrides": {"features.9": {"mode": "float"}}})"
                                   << "features.9";
    QTest::newRow("symmetric reduce_range quint8")
        << "cnn_traced.pt"
        << head + R"("defaults": {"activation_scheme": "symmetric", "activation_reduce_range": true}})" << "reduce_range";
    QTest::newRow("4 bits for export") << "mlp_traced.pt" << head + R"("defaults": {"bits": 4}})" << "simulated only";
    QTest::newRow("fbgemm engine") << "mlp_traced.pt" << head + R"("engine": "fbgemm"})" << "fbgemm";
    QTest::newRow("not json") << "mlp_traced.pt" << "{mode: static" << "JSON";
    // Models Quantscope cannot run are refused before any data is read, saying what to do.
    const QString defaults = head + R"("defaults": {"mode": "static_int8"}})";
    QTest::newRow("model with two inputs") << "two_inputs_scripted.pt" << defaults << "takes 2 inputs (x, y)";
    QTest::newRow("model taking token ids") << "sequence_traced.pt" << defaults << "token ids";
    QTest::newRow("model traced in training mode") << "bn_train_traced.pt" << defaults
                                                   << "Call model.eval() before torch.jit.trace";
}

void TestQuantizeCli::refusedPlans()
{
    QFETCH(QString, model);
    QFETCH(QString, plan);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("plan.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(plan.toUtf8());
    f.close();
    const QString out = dir.filePath(QStringLiteral("out.pt"));
    const Run r = runCli({QStringLiteral("quantize"), fixture(model), QStringLiteral("--data"), QStringLiteral("fashion-mnist"),
                          QStringLiteral("--calib"), QStringLiteral("64"), QStringLiteral("--plan"), f.fileName(),
                          QStringLiteral("--out"), out});
    qInfo("%s", qPrintable(r.errText().trimmed()));
    QCOMPARE(r.status, 3);
    QVERIFY2(r.errText().contains(expected), qPrintable(r.errText()));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("plan.json")});
}

void TestQuantizeCli::usageErrors()
{
    const QString model = fixture(QStringLiteral("mlp_traced.pt"));
    QCOMPARE(runCli({QStringLiteral("quantize"), model, QStringLiteral("--data"), QStringLiteral("fashion-mnist")}).status, 2);
    QCOMPARE(runCli({QStringLiteral("quantize"), QStringLiteral("--out"), QStringLiteral("x.pt")}).status, 2);
    QCOMPARE(runCli({QStringLiteral("quantize"), model, QStringLiteral("--data"), QStringLiteral("fashion-mnist"),
                     QStringLiteral("--plan"), QStringLiteral("p.json"), QStringLiteral("--engine"), QStringLiteral("qnnpack"),
                     QStringLiteral("--out"), QStringLiteral("x.pt")})
                 .status,
             2);
    const Run help = runCli({QStringLiteral("quantize"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.outText().contains(QStringLiteral("--encodings")));
}

void TestQuantizeCli::unwritableOutputLeavesNothing()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // Below a regular file nothing can be created, not even by root.
    const Run r = runCli({QStringLiteral("quantize"), fixture(QStringLiteral("mlp_traced.pt")), QStringLiteral("--data"),
                          QStringLiteral("fashion-mnist"), QStringLiteral("--calib"), QStringLiteral("64"),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("file/out.pt"))});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("cannot write")), qPrintable(r.errText()));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("file")});

    // A good file stays when the encodings cannot be written.
    QFile good(dir.filePath(QStringLiteral("good.pt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("keep me");
    good.close();
    const Run r2 = runCli({QStringLiteral("quantize"), fixture(QStringLiteral("mlp_traced.pt")), QStringLiteral("--data"),
                           QStringLiteral("fashion-mnist"), QStringLiteral("--calib"), QStringLiteral("64"),
                           QStringLiteral("--out"), good.fileName(), QStringLiteral("--encodings"),
                           dir.filePath(QStringLiteral("file/enc.json"))});
    QCOMPARE(r2.status, 3);
    QVERIFY(good.open(QIODevice::ReadOnly));
    QCOMPARE(good.readAll(), QByteArray("keep me"));
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("file"), QStringLiteral("good.pt")}));
}

QTEST_GUILESS_MAIN(TestQuantizeCli)
#include "tst_quantizecli.moc"
