// Bad data gets a clear qs::Error before it can do harm, and the message says what is wrong.

#include "quantscope/AccuracyEvaluation.h"
#include "quantscope/DataSpec.h"
#include "quantscope/Dataset.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include "IdxFixtureWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace {

using idxfixture::header;

void write(const QString &path, const QByteArray &bytes, bool gzip)
{
    QVERIFY(idxfixture::write(path, bytes, gzip));
}

template<typename F>
QString errorOf(F &&f)
{
    try {
        f();
    } catch (const qs::Error &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QString tensorFixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/tensors/") + name;
}

} // namespace

class TestBadData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idx_data();
    void idx();
    void truncatedGzipStream();
    void emptyFolder();
    void imagesWithoutClassFolders();
    void allImagesUnreadable();
    void strictRefusesCorruptImage();
    void tensorFiles_data();
    void tensorFiles();
    void specs_data();
    void specs();
    void shapeMismatchNamesBothShapes();
    void unlabelledDataCannotBeScored();
};

void TestBadData::idx_data()
{
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QString>("expected");
    const QByteArray pixels(2 * 4 * 4, char(7));
    const QByteArray good = header(0x803, {2, 4, 4}) + pixels;
    const QByteArray labels = header(0x801, {2}) + QByteArray(2, char(1));
    QTest::newRow("wrong magic") << header(0x12345678, {2, 4, 4}) + pixels << QByteArray() << false << "magic number is 0x12345678";
    QTest::newRow("png given") << QByteArray("\x89PNG\r\n\x1a\n", 8) + pixels << QByteArray() << false << "is not an IDX file";
    QTest::newRow("float idx") << header(0x0D03, {2, 4, 4}) + pixels << QByteArray() << false << "unsigned-byte IDX";
    QTest::newRow("empty") << QByteArray() << QByteArray() << false << "is empty";
    QTest::newRow("truncated header") << header(0x803, {2}).left(6) << QByteArray() << false << "ends inside";
    QTest::newRow("truncated data") << good.left(good.size() - 5) << QByteArray() << false << "is truncated";
    QTest::newRow("truncated data gz") << good.left(good.size() - 5) << QByteArray() << true << "is truncated";
    QTest::newRow("absurd dims") << header(0x803, {4000000000u, 60000, 60000}) << QByteArray() << false << "absurd dimensions";
    QTest::newRow("absurd dims gz") << header(0x803, {4000000000u, 60000, 60000}) << QByteArray() << true << "absurd dimensions";
    // 1 GB declared in a few-byte gzip file: more than deflate can expand to, refused before allocating.
    QTest::newRow("oversized for gz") << header(0x803, {1000000, 1000, 1}) << QByteArray() << true << "more than a gzip file";
    QTest::newRow("oversized plain") << header(0x803, {1000000, 1000, 1}) << QByteArray() << false << "is truncated";
    QTest::newRow("zero images") << header(0x803, {0, 28, 28}) << QByteArray() << false << "holds no samples";
    QTest::newRow("labels first") << labels << good << false << "looks like a labels file";
    QTest::newRow("label count") << good << header(0x801, {3}) + QByteArray(3, char(1)) << false
                                 << "holds 3 labels but images holds 2 images";
    QTest::newRow("label count gz") << good << header(0x801, {3}) + QByteArray(3, char(1)) << true
                                    << "holds 3 labels but images holds 2 images";
}

void TestBadData::idx()
{
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(bool, gzip);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString imagesPath = dir.filePath(QStringLiteral("images"));
    write(imagesPath, images, gzip);
    QString labelsPath;
    if (!labels.isEmpty()) {
        labelsPath = dir.filePath(QStringLiteral("labels"));
        write(labelsPath, labels, gzip);
    }
    const QString error = errorOf([&] { qs::readIdx(imagesPath.toStdString(), labelsPath.toStdString()); });
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestBadData::truncatedGzipStream()
{
    // A valid gzip file cut in half: zlib reports the stream as broken or the data short.
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.gz"));
    QByteArray noise;
    for (int i = 0; i < 20000; ++i)
        noise.append(char((i * 7919) % 256));
    write(whole, header(0x803, {25, 28, 28}) + noise, true);
    QFile f(whole);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString cut = dir.filePath(QStringLiteral("cut.gz"));
    write(cut, bytes.left(bytes.size() / 2), false);
    const QString error = errorOf([&] { qs::readIdx(cut.toStdString(), ""); });
    QVERIFY2(error.contains(QLatin1String("truncated")), qPrintable(error));
}

void TestBadData::emptyFolder()
{
    QTemporaryDir dir;
    const QString error = errorOf([&] { qs::readImageFolder(dir.path().toStdString()); });
    QVERIFY2(error.contains(QLatin1String("is empty")), qPrintable(error));
    QDir(dir.path()).mkpath(QStringLiteral("cats"));
    const QString noImages = errorOf([&] { qs::readImageFolder(dir.path().toStdString()); });
    QVERIFY2(noImages.contains(QLatin1String("hold no PNG, JPEG or BMP images")), qPrintable(noImages));
    const QString missing = errorOf([&] { qs::readImageFolder(dir.filePath(QStringLiteral("nope")).toStdString()); });
    QVERIFY2(missing.contains(QLatin1String("cannot find")), qPrintable(missing));
}

void TestBadData::imagesWithoutClassFolders()
{
    QTemporaryDir dir;
    unsigned char px[4] = {1, 2, 3, 4};
    stbi_write_png(dir.filePath(QStringLiteral("a.png")).toLocal8Bit().constData(), 2, 2, 1, px, 2);
    const QString error = errorOf([&] { qs::readImageFolder(dir.path().toStdString()); });
    QVERIFY2(error.contains(QLatin1String("no class subfolders")), qPrintable(error));
}

void TestBadData::allImagesUnreadable()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("x"));
    write(dir.filePath(QStringLiteral("x/a.jpg")), QByteArray("not a jpeg"), false);
    const QString error = errorOf([&] { qs::readImageFolder(dir.path().toStdString()); });
    QVERIFY2(error.contains(QLatin1String("none of the 1 images")) && error.contains(QLatin1String("x/a.jpg")), qPrintable(error));
}

void TestBadData::strictRefusesCorruptImage()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("x"));
    unsigned char px[4] = {1, 2, 3, 4};
    stbi_write_png(dir.filePath(QStringLiteral("x/good.png")).toLocal8Bit().constData(), 2, 2, 1, px, 2);
    write(dir.filePath(QStringLiteral("x/zbad.bmp")), QByteArray("BM broken"), false);
    qs::ImageOptions strict;
    strict.strict = true;
    const QString error = errorOf([&] { qs::readImageFolder(dir.path().toStdString(), strict); });
    QVERIFY2(error.contains(QLatin1String("cannot read the image x/zbad.bmp")), qPrintable(error));
}

void TestBadData::tensorFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no inputs") << "no_inputs.pt" << "has no \"inputs\" entry (it holds \"images\", \"labels\")";
    QTest::newRow("bare tensor") << "bare_tensor.pt" << "not a dict";
    QTest::newRow("label count") << "label_count.pt" << "give one label per sample, shape [12]";
    QTest::newRow("float labels") << "float_labels.pt" << "labels are class indices";
    QTest::newRow("legacy format") << "legacy_format.pt" << "not a tensor file LibTorch can read";
    QTest::newRow("torchscript model") << "../models/cnn_traced.pt" << "torch.save({\"inputs\": x, \"labels\": y}, path)";
    QTest::newRow("missing") << "nope.pt" << "cannot find the tensor file";
    QTest::newRow("one entry") << "one_entry.pt" << "\"labels\": None";
}

void TestBadData::tensorFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString error = errorOf([&] { qs::readTensorFile(tensorFixture(file).toStdString()); });
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestBadData::specs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << "mnist" << "unknown data spec 'mnist'";
    QTest::newRow("no folder") << "folder:" << "names no file or folder";
    QTest::newRow("no idx") << "idx:,labels" << "names no image file";
}

void TestBadData::specs()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const QString error = errorOf([&] { qs::DataSpec::parse(spec.toStdString()); });
    QVERIFY2(error.contains(expected), qPrintable(error));
    const QString list = errorOf([&] { qs::parseFloatList("0.5,abc", "--mean"); });
    QVERIFY2(list.contains(QLatin1String("--mean '0.5,abc' is not a number")), qPrintable(list));
}

void TestBadData::shapeMismatchNamesBothShapes()
{
    // A 28x28 grayscale CNN given 3x32x32 RGB inputs: the one-sample dry run says so.
    const auto model = qs::Model::load(QS_TEST_DATA_DIR "/models/cnn_traced.pt");
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("rgb32.pt")).toStdString());
    const QString error = errorOf([&] { qs::checkInputFits(*model, *data); });
    QVERIFY2(error.contains(QLatin1String("[1, 3, 32, 32]")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("[?, 1, ?, ?]")), qPrintable(error));
    const auto fits = qs::readTensorFile(tensorFixture(QStringLiteral("good.pt")).toStdString());
    qs::checkInputFits(*model, *fits); // does not throw
}

void TestBadData::unlabelledDataCannotBeScored()
{
    const auto model = qs::Model::load(QS_TEST_DATA_DIR "/models/cnn_traced.pt");
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("unlabelled.pt")).toStdString());
    const QString error = errorOf([&] { qs::evaluateAccuracy(*model, *data); });
    QVERIFY2(error.contains(QLatin1String("has no labels")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBadData)
#include "tst_baddata.moc"
