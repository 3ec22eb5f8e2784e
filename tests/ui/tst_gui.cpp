// The quantscope binary end to end: --screenshot writes a PNG of the window and the exit status
// says whether the model loaded.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int status = -1;
    QByteArray err;
};

Run runGui(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QS_GUI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("quantscope did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError() };
}

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

} // namespace

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotOfModel();
    void screenshotOfBadModelFails();
    void unknownLayerFails();
    void unwritableScreenshotFails();
    void screenshotOfComparison();
    void unknownJobFails();
    void darkTheme();

private:
    QTemporaryDir m_tmp;
};

void TestGui::screenshotOfModel()
{
    const QString png = m_tmp.filePath(QStringLiteral("cnn.png"));
    const Run r = runGui({ fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--layer"),
        QStringLiteral("features.4"), QStringLiteral("--screenshot"), png });
    QVERIFY2(r.status == 0, r.err.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not a blank window: the plot's bars and the text give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestGui::screenshotOfBadModelFails()
{
    const QString png = m_tmp.filePath(QStringLiteral("bad.png"));
    const Run r = runGui({ fixture(QStringLiteral("state_dict.pt")), QStringLiteral("--screenshot"), png });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("state_dict"), r.err.constData());
    QVERIFY(QImage(png).size() == QSize(1280, 800)); // the window with its error message, for a bug report
}

void TestGui::unknownLayerFails()
{
    const QString png = m_tmp.filePath(QStringLiteral("layer.png"));
    const Run r = runGui({ fixture(QStringLiteral("mlp_traced.pt")), QStringLiteral("--layer"), QStringLiteral("nope"),
        QStringLiteral("--screenshot"), png });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains("nope"), r.err.constData());
}

void TestGui::unwritableScreenshotFails()
{
    const Run r = runGui({ fixture(QStringLiteral("mlp_traced.pt")), QStringLiteral("--screenshot"),
        m_tmp.filePath(QStringLiteral("no/such/dir/shot.png")) });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains("screenshot"));
}

void TestGui::screenshotOfComparison()
{
    const QString png = m_tmp.filePath(QStringLiteral("compare.png"));
    const Run r = runGui({ fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--data"),
        QStringLiteral("tensors:" QS_TEST_DATA_DIR "/tensors/fashion200.pt"), QStringLiteral("--calibration-samples"),
        QStringLiteral("64"), QStringLiteral("--evaluation-samples"), QStringLiteral("50"), QStringLiteral("--view"),
        QStringLiteral("compare"), QStringLiteral("--run"), QStringLiteral("compare"), QStringLiteral("--screenshot"), png });
    QVERIFY2(r.status == 0, r.err.constData());
    QCOMPARE(QImage(png).size(), QSize(1280, 800));
}

void TestGui::unknownJobFails()
{
    const Run r = runGui({ fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--run"), QStringLiteral("compare,bake"),
        QStringLiteral("--screenshot"), m_tmp.filePath(QStringLiteral("x.png")) });
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains("bake"), r.err.constData());
}

void TestGui::darkTheme()
{
    // --theme dark: a dark window (the plot and the table both), and an unknown theme is a usage error.
    const QString png = m_tmp.filePath(QStringLiteral("dark.png"));
    const Run r = runGui({ fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--theme"), QStringLiteral("dark"),
        QStringLiteral("--screenshot"), png });
    QVERIFY2(r.status == 0, r.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    int dark = 0, samples = 0;
    for (int y = 0; y < image.height(); y += 11)
        for (int x = 0; x < image.width(); x += 11, ++samples)
            dark += image.pixelColor(x, y).lightnessF() < 0.35 ? 1 : 0;
    QVERIFY2(dark > samples * 3 / 4, qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(samples)));

    const Run bad = runGui({ fixture(QStringLiteral("cnn_traced.pt")), QStringLiteral("--theme"), QStringLiteral("sepia"),
        QStringLiteral("--screenshot"), m_tmp.filePath(QStringLiteral("y.png")) });
    QCOMPARE(bad.status, 2);
    QVERIFY2(bad.err.contains("sepia"), bad.err.constData());
}

QTEST_GUILESS_MAIN(TestGui)
#include "tst_gui.moc"
