// quantscope-cli compare and sensitivity as a real process: every documented JSON key, the report
// and CSV files, an infinite SQNR written as null, the suggested plan file, usage errors, and the
// limits a CI pipeline sets (--max-drop, --min-agreement: exit status 4 when one is not met).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliProcess.h"

namespace {

// Small enough to keep the test quick: 128 calibration and 300 evaluation samples, 3 timed runs.
QStringList quick()
{
    return {QStringLiteral("--data"), QStringLiteral("fashion-mnist"), QStringLiteral("--calib"), QStringLiteral("128"),
            QStringLiteral("--eval"), QStringLiteral("300"), QStringLiteral("--runs"), QStringLiteral("3")};
}

QJsonObject parse(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("%s\n%s", r.out.constData(), r.err.constData());
    return d.object();
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compareJsonKeys();
    void compareTable();
    void identicalModelGivesNullSqnr();
    void limitsSetTheExitStatus();
    void sensitivityJsonAndPlan();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCliCompare::compareJsonKeys()
{
    const QString report = m_dir.filePath(QStringLiteral("report.html")), csv = m_dir.filePath(QStringLiteral("layers.csv"));
    const Run r = runCli(QStringList{QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--json"),
                                     QStringLiteral("--report"), report, QStringLiteral("--csv"), csv}
                         + quick());
    QCOMPARE(r.status, 0);
    const QJsonObject o = parse(r);
    for (const char *side : {"original", "quantized"}) {
        const QJsonObject s = o.value(QLatin1String(side)).toObject();
        for (const char *key : {"size_bytes", "latency_ms", "latency_ms_batch1", "accuracy"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(s.value(QLatin1String("size_bytes")).toDouble() > 0);
        for (const char *latency : {"latency_ms", "latency_ms_batch1"})
            for (const char *p : {"p50", "p95"})
                QVERIFY(s.value(QLatin1String(latency)).toObject().value(QLatin1String(p)).toDouble() > 0.0);
        QVERIFY(s.value(QLatin1String("accuracy")).toDouble() > 0.8);
        QCOMPARE(s.value(QLatin1String("confusion")).toArray().size(), 10);
    }
    for (const char *key : {"agreement", "output_sqnr_db", "engine", "threads", "layers", "mean_kl_divergence", "size_ratio"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QLatin1String("engine")).toString(), QStringLiteral("onednn"));
    QCOMPARE(o.value(QLatin1String("threads")).toInt(), 2);
    QVERIFY(o.value(QLatin1String("agreement")).toDouble() > 0.9);
    QVERIFY(o.value(QLatin1String("output_sqnr_db")).isDouble());
    const QJsonArray layers = o.value(QLatin1String("layers")).toArray();
    QCOMPARE(layers.size(), 4);
    for (const auto &l : layers)
        for (const char *key : {"name", "mode", "weight_sqnr_db", "output_sqnr_db"})
            QVERIFY2(l.toObject().contains(QLatin1String(key)), key);

    QFile html(report);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page = html.readAll();
    QVERIFY(page.contains("<svg") && page.contains("features.0") && page.contains("quantscope-plan"));
    QVERIFY(!page.contains("<script") && !page.contains("src=") && !page.contains("href="));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = table.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QByteArray("name,mode,bits,weight_sqnr_db,output_sqnr_db,normalized_l2,cosine,flagged"));
}

void TestCliCompare::compareTable()
{
    const Run r = runCli(QStringList{QStringLiteral("compare"), QStringLiteral("demo:cnn")} + quick());
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *expected : {"file bytes", "top-1", "agreement", "features.0", "static_int8", "onednn"})
        QVERIFY2(out.contains(QLatin1String(expected)), expected);
}

void TestCliCompare::identicalModelGivesNullSqnr()
{
    const QString plan = m_dir.filePath(QStringLiteral("float.json"));
    QFile f(plan);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "quantscope-plan", "version": 1, "engine": "onednn", "defaults": {"mode": "float"}})");
    f.close();
    const Run r = runCli(QStringList{QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--json"),
                                     QStringLiteral("--plan"), plan}
                         + quick());
    QCOMPARE(r.status, 0);
    const QJsonObject o = parse(r);
    QVERIFY(o.value(QLatin1String("output_sqnr_db")).isNull());
    QCOMPARE(o.value(QLatin1String("agreement")).toDouble(), 1.0);
    bool noted = false;
    for (const auto &n : o.value(QLatin1String("notes")).toArray())
        noted = noted || n.toString().contains(QLatin1String("identical"));
    QVERIFY(noted);
    QCOMPARE(o.value(QLatin1String("original")).toObject().value(QLatin1String("accuracy")).toDouble(),
             o.value(QLatin1String("quantized")).toObject().value(QLatin1String("accuracy")).toDouble());
}

void TestCliCompare::limitsSetTheExitStatus()
{
    const auto run = [](const QString &maxDrop, const QString &minAgreement) {
        return runCli(QStringList{QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--json"),
                                  QStringLiteral("--max-drop"), maxDrop, QStringLiteral("--min-agreement"), minAgreement}
                      + quick());
    };
    // Generous limits pass; the JSON says what was measured against them.
    const Run pass = run(QStringLiteral("5"), QStringLiteral("90"));
    QCOMPARE(pass.status, 0);
    const QJsonObject o = parse(pass);
    const QJsonArray checks = o.value(QLatin1String("checks")).toArray();
    QCOMPARE(checks.size(), 2);
    const QJsonObject drop = checks[0].toObject(), agreement = checks[1].toObject();
    QCOMPARE(drop.value(QLatin1String("option")).toString(), QStringLiteral("max-drop"));
    QCOMPARE(drop.value(QLatin1String("limit")).toDouble(), 5.0);
    const double measuredDrop = (o.value(QLatin1String("original")).toObject().value(QLatin1String("accuracy")).toDouble()
                                 - o.value(QLatin1String("quantized")).toObject().value(QLatin1String("accuracy")).toDouble())
        * 100.0;
    QVERIFY(std::abs(drop.value(QLatin1String("value")).toDouble() - measuredDrop) < 1e-9);
    QCOMPARE(agreement.value(QLatin1String("value")).toDouble(), o.value(QLatin1String("agreement")).toDouble() * 100.0);
    for (const auto &c : checks)
        QVERIFY(c.toObject().value(QLatin1String("passed")).toBool());

    // Limits no quantized model meets (a 100-point gain, agreement on every sample and more): exit
    // status 4, the figures still printed, and stderr names the limit.
    const Run fail = run(QStringLiteral("-100"), QStringLiteral("100"));
    QCOMPARE(fail.status, 4);
    QVERIFY(parse(fail).contains(QLatin1String("quantized")));
    QVERIFY2(fail.err.contains("--max-drop") && fail.err.contains("--min-agreement"), fail.err.constData());
    // The table says it too.
    const Run table = runCli(QStringList{QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--max-drop"),
                                         QStringLiteral("-100")}
                             + quick());
    QCOMPARE(table.status, 4);
    QVERIFY(table.out.contains("check: top-1 drop"));

    // Accuracy needs labels: refused before anything runs (bad input), and a usage error for a bad number.
    const Run unlabelled = runCli({QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                                   QStringLiteral("tensors:" QS_TEST_DATA_DIR "/tensors/unlabelled.pt"), QStringLiteral("--calib"),
                                   QStringLiteral("2"), QStringLiteral("--max-drop"), QStringLiteral("1")});
    QCOMPARE(unlabelled.status, 3);
    QVERIFY2(unlabelled.err.contains("no labels"), unlabelled.err.constData());
    QCOMPARE(run(QStringLiteral("a lot"), QStringLiteral("90")).status, 2);
    QCOMPARE(run(QStringLiteral("1"), QStringLiteral("101")).status, 2);
}

void TestCliCompare::sensitivityJsonAndPlan()
{
    const QString planOut = m_dir.filePath(QStringLiteral("suggested.json"));
    const Run r = runCli(QStringList{QStringLiteral("sensitivity"), QStringLiteral("demo:cnn"), QStringLiteral("--json"),
                                     QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("--plan-out"), planOut}
                         + quick());
    QCOMPARE(r.status, 0);
    const QJsonObject o = parse(r);
    for (const char *key : {"float_accuracy", "quantized_accuracy", "budget_points", "layers", "suggested", "suggested_plan"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QLatin1String("layers")).toArray().size(), 4);
    const QJsonObject s = o.value(QLatin1String("suggested")).toObject();
    QVERIFY(s.value(QLatin1String("within_budget")).toBool());
    QVERIFY(s.value(QLatin1String("drop_points")).toDouble() <= 1.0);
    QVERIFY(QFile::exists(planOut));
    // The written plan is a plan the quantize command takes.
    const Run q = runCli(QStringList{QStringLiteral("quantize"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                                     QStringLiteral("fashion-mnist"), QStringLiteral("--calib"), QStringLiteral("64"),
                                     QStringLiteral("--plan"), planOut, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("q.pt"))});
    QCOMPARE(q.status, 0);
}

void TestCliCompare::usageErrors()
{
    QCOMPARE(runCli({QStringLiteral("compare"), QStringLiteral("demo:cnn")}).status, 2);
    QCOMPARE(runCli({QStringLiteral("compare"), QStringLiteral("demo:cnn"), QStringLiteral("--data"), QStringLiteral("fashion-mnist"),
                     QStringLiteral("--batch"), QStringLiteral("0")})
                 .status,
             2);
    QCOMPARE(runCli({QStringLiteral("sensitivity"), QStringLiteral("demo:cnn"), QStringLiteral("--data"), QStringLiteral("fashion-mnist"),
                     QStringLiteral("--budget"), QStringLiteral("-1")})
                 .status,
             2);
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
