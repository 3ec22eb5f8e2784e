// quantscope-cli with data, end to end: evaluate on Fashion-MNIST, on an image folder and on a
// tensor file; demo:NAME wherever a model goes; bad data and bad options give the documented statuses.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliProcess.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>
#include <zlib.h>

namespace {

QString tensorFixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/tensors/") + name;
}

bool haveFashionMnist()
{
    return QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"));
}

// The first `count` images of the embedded Fashion-MNIST sample as PNGs in class folders (named
// after the classes, sorted: the folder order then is not the label order, the CLI must not care
// as long as the user names them 0..9; here they are "0".."9").
void writeSampleFolder(const QString &dir, int count)
{
    gzFile images = gzopen(QS_RESOURCES_DIR "/data/fashion-mnist-sample-images-idx3-ubyte.gz", "rb");
    gzFile labels = gzopen(QS_RESOURCES_DIR "/data/fashion-mnist-sample-labels-idx1-ubyte.gz", "rb");
    QVERIFY(images && labels);
    unsigned char header[16];
    gzread(images, header, 16);
    gzread(labels, header, 8);
    std::vector<unsigned char> pixels(28 * 28);
    for (int i = 0; i < count; ++i) {
        unsigned char label = 0;
        QCOMPARE(gzread(images, pixels.data(), 28 * 28), 28 * 28);
        QCOMPARE(gzread(labels, &label, 1), 1);
        const QString classDir = dir + QStringLiteral("/%1").arg(label);
        QDir().mkpath(classDir);
        const QString file = classDir + QStringLiteral("/img%1.png").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(stbi_write_png(file.toLocal8Bit().constData(), 28, 28, 1, pixels.data(), 28));
    }
    gzclose(images);
    gzclose(labels);
}

} // namespace

class TestCliData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluateFashionMnistJson();
    void evaluateImageFolder();
    void evaluateTensorFile();
    void evaluateTable();
    void inspectDemo();
    void badData_data();
    void badData();
    void usageErrors_data();
    void usageErrors();
};

void TestCliData::evaluateFashionMnistJson()
{
    if (!haveFashionMnist())
        QSKIP("dataset-fashion-mnist is not installed");
    const Run r = runCli({QStringLiteral("evaluate"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                          QStringLiteral("fashion-mnist"), QStringLiteral("--eval"), QStringLiteral("500"),
                          QStringLiteral("--json")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("samples")).toInt(), 500);
    QVERIFY(root.value(QStringLiteral("top1")).toDouble() > 0.85);
    const QJsonArray perClass = root.value(QStringLiteral("per_class")).toArray();
    QCOMPARE(perClass.size(), 10);
    QCOMPARE(perClass.at(9).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("Ankle boot"));
    int total = 0;
    for (const auto &c : perClass)
        total += c.toObject().value(QStringLiteral("samples")).toInt();
    QCOMPARE(total, 500);
    // The demo's own normalisation applies without --mean/--std.
    QVERIFY(root.value(QStringLiteral("normalization")).toString().startsWith(QLatin1String("mean 0.2")));
}

void TestCliData::evaluateImageFolder()
{
    QTemporaryDir dir;
    writeSampleFolder(dir.path(), 120);
    const Run r = runCli({QStringLiteral("evaluate"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                          QStringLiteral("folder:") + dir.path(), QStringLiteral("--json")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("samples")).toInt(), 120);
    QVERIFY2(root.value(QStringLiteral("top1")).toDouble() > 0.8, r.out.constData());
}

void TestCliData::evaluateTensorFile()
{
    if (!QFile::exists(tensorFixture(QStringLiteral("fashion200.pt"))))
        QSKIP("fashion200.pt was not made (dataset-fashion-mnist missing when the fixtures were written)");
    const Run r = runCli({QStringLiteral("evaluate"), QStringLiteral("demo:mlp"), QStringLiteral("--data"),
                          QStringLiteral("tensors:") + tensorFixture(QStringLiteral("fashion200.pt")), QStringLiteral("--json"),
                          QStringLiteral("--batch"), QStringLiteral("7")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("samples")).toInt(), 200);
    QVERIFY(root.value(QStringLiteral("top1")).toDouble() > 0.8);
}

void TestCliData::evaluateTable()
{
    const Run r = runCli({QStringLiteral("evaluate"), QStringLiteral("demo:lstm"), QStringLiteral("--data"),
                          QStringLiteral("idx:" QS_RESOURCES_DIR "/data/fashion-mnist-sample-images-idx3-ubyte.gz,"
                                         QS_RESOURCES_DIR "/data/fashion-mnist-sample-labels-idx1-ubyte.gz"),
                          QStringLiteral("--eval"), QStringLiteral("100")});
    QVERIFY2(r.status == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("Top-1:")) && out.contains(QLatin1String("of 100)")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("images/s")));
}

void TestCliData::inspectDemo()
{
    const Run r = runCli({QStringLiteral("inspect"), QStringLiteral("demo:resnet")});
    QVERIFY2(r.status == 0, r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("layer2.downsample.0")));
}

void TestCliData::badData_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString cnn = QStringLiteral("demo:cnn");
    QTest::newRow("missing folder") << QStringList{QStringLiteral("evaluate"), cnn, QStringLiteral("--data"), QStringLiteral("folder:/nonexistent")}
                                    << "cannot find the image folder";
    QTest::newRow("tensor file without inputs")
        << QStringList{QStringLiteral("evaluate"), cnn, QStringLiteral("--data"), QStringLiteral("tensors:") + tensorFixture(QStringLiteral("no_inputs.pt"))}
        << "has no \"inputs\" entry";
    QTest::newRow("shape mismatch")
        << QStringList{QStringLiteral("evaluate"), cnn, QStringLiteral("--data"), QStringLiteral("tensors:") + tensorFixture(QStringLiteral("rgb32.pt"))}
        << "[1, 3, 32, 32]";
    QTest::newRow("unknown demo") << QStringList{QStringLiteral("evaluate"), QStringLiteral("demo:vgg"), QStringLiteral("--data"), QStringLiteral("fashion-mnist")}
                                  << "no demo model called 'vgg'";
    QTest::newRow("unknown spec") << QStringList{QStringLiteral("evaluate"), cnn, QStringLiteral("--data"), QStringLiteral("cifar")}
                                  << "unknown data spec 'cifar'";
    QTest::newRow("unknown train-demo") << QStringList{QStringLiteral("train-demo"), QStringLiteral("vgg"), QStringLiteral("--out"), QDir::tempPath()}
                                        << "no demo called 'vgg'";
}

void TestCliData::badData()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = runCli(args);
    QCOMPARE(r.status, 3);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliData::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no data") << QStringList{QStringLiteral("evaluate"), QStringLiteral("demo:cnn")} << "missing --data";
    QTest::newRow("bad eval") << QStringList{QStringLiteral("evaluate"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                                             QStringLiteral("fashion-mnist"), QStringLiteral("--eval"), QStringLiteral("lots")}
                              << "--eval takes a whole number";
    QTest::newRow("mean alone") << QStringList{QStringLiteral("evaluate"), QStringLiteral("demo:cnn"), QStringLiteral("--data"),
                                               QStringLiteral("fashion-mnist"), QStringLiteral("--mean"), QStringLiteral("0.5")}
                                << "give --mean and --std together";
    QTest::newRow("train-demo without out") << QStringList{QStringLiteral("train-demo"), QStringLiteral("cnn")} << "missing --out";
}

void TestCliData::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = runCli(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
