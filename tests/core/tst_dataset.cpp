// The data set readers on fixtures this test writes itself (IDX gzip and plain, an image folder of
// PNGs) or that PyTorch wrote (tests/data/tensors/make_tensor_fixtures.py), plus Fashion-MNIST itself,
// batching, views and the calibration/evaluation split.

#include "quantscope/DataSpec.h"
#include "quantscope/Dataset.h"
#include "quantscope/Error.h"

#include "IdxFixtureWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

#include <set>

namespace {

QString tensorFixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/tensors/") + name;
}

QByteArray idxImages(int count, int rows, int cols)
{
    QByteArray b = idxfixture::header(0x803, {quint32(count), quint32(rows), quint32(cols)});
    for (int i = 0; i < count * rows * cols; ++i)
        b.append(char(i % 251));
    return b;
}

QByteArray idxLabels(int count)
{
    QByteArray b = idxfixture::header(0x801, {quint32(count)});
    for (int i = 0; i < count; ++i)
        b.append(char(i % 4));
    return b;
}

void writePlain(const QString &path, const QByteArray &bytes)
{
    QVERIFY(idxfixture::write(path, bytes, false));
}

void writeGzip(const QString &path, const QByteArray &bytes)
{
    QVERIFY(idxfixture::write(path, bytes, true));
}

// A w x h image, every pixel the given value in each of its n channels.
void writePng(const QString &path, int w, int h, int n, unsigned char value)
{
    std::vector<unsigned char> pixels(std::size_t(w * h * n), value);
    QVERIFY(stbi_write_png(path.toLocal8Bit().constData(), w, h, n, pixels.data(), w * n) != 0);
}

} // namespace

class TestDataset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idx_data();
    void idx();
    void imageFolder();
    void imageFolderResizeAndCrop();
    void imageFolderSkipsUnreadable();
    void tensorFile();
    void tensorFileUint8Pixels();
    void tensorFileUnlabelled();
    void normalization();
    void views();
    void specParsing_data();
    void specParsing();
    void splitNeverOverlaps();
    void fashionMnist();
    void embeddedSample();
};

void TestDataset::idx_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("plain") << false;
    QTest::newRow("gzip") << true;
}

void TestDataset::idx()
{
    QFETCH(bool, gzip);
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("images"));
    const QString labels = dir.filePath(QStringLiteral("labels"));
    (gzip ? writeGzip : writePlain)(images, idxImages(7, 3, 2));
    (gzip ? writeGzip : writePlain)(labels, idxLabels(7));
    const auto data = qs::readIdx(images.toStdString(), labels.toStdString());
    QCOMPARE(data->size(), std::size_t(7));
    QCOMPARE(data->sampleShape(), (std::vector<std::int64_t>{1, 3, 2}));
    QVERIFY(data->hasLabels());
    QCOMPARE(data->labels(), (std::vector<std::int64_t>{0, 1, 2, 3, 0, 1, 2}));
    QCOMPARE(data->classNames(), (std::vector<std::string>{"0", "1", "2", "3"}));
    const qs::Batch b = data->batch(5, 10); // clipped at the end
    QCOMPARE(b.shape, (std::vector<std::int64_t>{2, 1, 3, 2}));
    QCOMPARE(b.labels, (std::vector<std::int64_t>{1, 2}));
    QCOMPARE(b.inputs.size(), std::size_t(12));
    QCOMPARE(b.inputs[0], float(30 % 251) / 255.0f); // pixel 5*6 + 0, scaled to [0, 1]
    QCOMPARE(b.inputs[11], float(41 % 251) / 255.0f);
    QCOMPARE(data->batchCount(3), std::size_t(3));

    const auto unlabelled = qs::readIdx(images.toStdString(), "");
    QVERIFY(!unlabelled->hasLabels());
    QVERIFY(unlabelled->batch(0, 2).labels.empty());
}

void TestDataset::imageFolder()
{
    QTemporaryDir dir;
    QDir root(dir.path());
    root.mkpath(QStringLiteral("cat"));
    root.mkpath(QStringLiteral("dog"));
    writePng(dir.filePath(QStringLiteral("cat/a.png")), 8, 8, 1, 0);
    writePng(dir.filePath(QStringLiteral("cat/b.PNG")), 8, 8, 1, 51);
    writePng(dir.filePath(QStringLiteral("dog/c.png")), 8, 8, 1, 255);
    QFile::copy(dir.filePath(QStringLiteral("cat/a.png")), dir.filePath(QStringLiteral("dog/readme.txt"))); // ignored: not an image name

    const auto data = qs::readImageFolder(dir.path().toStdString());
    QCOMPARE(data->size(), std::size_t(3));
    QCOMPARE(data->classNames(), (std::vector<std::string>{"cat", "dog"}));
    QCOMPARE(data->labels(), (std::vector<std::int64_t>{0, 0, 1}));
    QCOMPARE(data->sampleShape(), (std::vector<std::int64_t>{1, 8, 8}));
    const qs::Batch b = data->batch(0, 3);
    QCOMPARE(b.inputs[0], 0.0f);
    QCOMPARE(b.inputs[64], 0.2f);
    QCOMPARE(b.inputs[128], 1.0f);
    QVERIFY(data->notes().empty());
}

void TestDataset::imageFolderResizeAndCrop()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("only"));
    // A 40x20 RGB image: left half black, right half white. Resized so the short side is 10 and
    // centre-cropped to 10x10, it keeps the middle: left half dark, right half bright.
    const int w = 40, h = 20;
    std::vector<unsigned char> pixels(std::size_t(w * h * 3));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c)
                pixels[std::size_t((y * w + x) * 3 + c)] = x < w / 2 ? 0 : 255;
    QVERIFY(stbi_write_png(dir.filePath(QStringLiteral("only/wide.png")).toLocal8Bit().constData(), w, h, 3, pixels.data(), w * 3));
    writePng(dir.filePath(QStringLiteral("only/zgray.png")), 5, 5, 1, 128);

    qs::ImageOptions options;
    options.height = 10;
    options.width = 10;
    const auto rgb = qs::readImageFolder(dir.path().toStdString(), options);
    QCOMPARE(rgb->sampleShape(), (std::vector<std::int64_t>{3, 10, 10})); // first image decides: RGB
    const qs::Batch b = rgb->batch(0, 1); // wide.png comes first in name order
    QCOMPARE(b.shape, (std::vector<std::int64_t>{1, 3, 10, 10}));
    QVERIFY(b.inputs[0] < 0.05f);      // channel 0, row 0, column 0
    QVERIFY(b.inputs[9] > 0.95f);      // column 9
    QVERIFY(b.inputs[200 + 9] > 0.95f); // channel 2
    const qs::Batch g = rgb->batch(1, 1); // gray upscaled and replicated to RGB
    QVERIFY(std::abs(g.inputs[55] - 128.0f / 255.0f) < 0.01f);

    options.channels = 1;
    const auto gray = qs::readImageFolder(dir.path().toStdString(), options);
    QCOMPARE(gray->sampleShape(), (std::vector<std::int64_t>{1, 10, 10}));
}

void TestDataset::imageFolderSkipsUnreadable()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("a"));
    writePng(dir.filePath(QStringLiteral("a/good.png")), 4, 4, 1, 10);
    writePlain(dir.filePath(QStringLiteral("a/broken.png")), QByteArray("\x89PNG\r\n\x1a\n this is not a png", 28));
    const auto data = qs::readImageFolder(dir.path().toStdString());
    QCOMPARE(data->size(), std::size_t(1));
    QCOMPARE(data->notes().size(), std::size_t(1));
    QCOMPARE(int(data->notes().front().kind), int(qs::DataNote::Kind::SkippedImages));
    QCOMPARE(data->notes().front().count, std::size_t(1));
    QVERIFY2(QString::fromStdString(qs::describe(data->notes().front())).contains(QLatin1String("skipped 1 unreadable image(s): a/broken.png")),
             qs::describe(data->notes().front()).c_str());
}

void TestDataset::tensorFile()
{
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("good.pt")).toStdString());
    QCOMPARE(data->size(), std::size_t(12));
    QCOMPARE(data->sampleShape(), (std::vector<std::int64_t>{1, 28, 28}));
    QCOMPARE(data->classNames(), (std::vector<std::string>{"zero", "one", "two"}));
    QCOMPARE(data->labels()[4], std::int64_t(1));
    const qs::Batch b = data->batch(0, 12);
    for (float v : b.inputs) // torch.rand: stored as is, in [0, 1)
        QVERIFY(v >= 0.0f && v < 1.0f);
}

void TestDataset::tensorFileUint8Pixels()
{
    const auto floats = qs::readTensorFile(tensorFixture(QStringLiteral("good.pt")).toStdString());
    const auto pixels = qs::readTensorFile(tensorFixture(QStringLiteral("pixels_uint8.pt")).toStdString());
    QCOMPARE(pixels->labels(), floats->labels()); // int32 labels are accepted
    const qs::Batch a = floats->batch(0, 12);
    const qs::Batch b = pixels->batch(0, 12);
    for (std::size_t i = 0; i < a.inputs.size(); ++i)
        QVERIFY(std::abs(a.inputs[i] - b.inputs[i]) <= 0.5f / 255.0f + 1e-6f);
}

void TestDataset::tensorFileUnlabelled()
{
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("unlabelled.pt")).toStdString());
    QCOMPARE(data->size(), std::size_t(5));
    QVERIFY(!data->hasLabels());
}

void TestDataset::normalization()
{
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("rgb32.pt")).toStdString());
    const qs::Batch raw = data->batch(0, 1);
    const auto normed = data->withNormalization({{0.5f, 0.25f, 0.0f}, {0.5f, 2.0f, 1.0f}});
    const qs::Batch n = normed->batch(0, 1);
    const std::size_t plane = 32 * 32;
    QCOMPARE(n.inputs[0], (raw.inputs[0] - 0.5f) / 0.5f);
    QCOMPARE(n.inputs[plane + 3], (raw.inputs[plane + 3] - 0.25f) / 2.0f);
    QCOMPARE(n.inputs[2 * plane + 7], raw.inputs[2 * plane + 7]);
    QCOMPARE(data->normalization().isIdentity(), true); // the original view is unchanged
    QVERIFY_THROWS_EXCEPTION(qs::Error, data->withNormalization({{0.5f, 0.5f}, {1.0f, 1.0f}})); // 2 values, 3 channels
    QVERIFY_THROWS_EXCEPTION(qs::Error, data->withNormalization({{0.5f}, {0.0f}}));             // std 0
}

void TestDataset::views()
{
    const auto data = qs::readTensorFile(tensorFixture(QStringLiteral("good.pt")).toStdString());
    const auto firstFour = data->first(4);
    QCOMPARE(firstFour->size(), std::size_t(4));
    QCOMPARE(firstFour->labels(), (std::vector<std::int64_t>{0, 1, 2, 0}));
    const auto random = data->randomSubset(5, 42);
    const auto again = data->randomSubset(5, 42);
    QCOMPARE(random->labels(), again->labels());
    QCOMPARE(random->batch(0, 5).inputs, again->batch(0, 5).inputs);
    const auto nested = random->subset({4, 0}, "two of five");
    QCOMPARE(nested->batch(0, 1).inputs, random->batch(4, 1).inputs);

    // The description in parts (for the UI's translation) and in English, each selection wrapping the last.
    const auto firstOfRandom = random->first(3);
    const qs::DataProvenance &p = firstOfRandom->provenance();
    QCOMPARE(int(p.source), int(qs::DataProvenance::Source::TensorFile));
    QCOMPARE(p.name, std::string("good.pt"));
    QCOMPARE(p.count, std::size_t(12));
    QVERIFY(p.labelled);
    QCOMPARE(p.selections.size(), std::size_t(2));
    QCOMPARE(int(p.selections[0].pick), int(qs::DataProvenance::Pick::Random));
    QCOMPARE(p.selections[0].count, std::size_t(5));
    QCOMPARE(p.selections[0].seed, std::uint64_t(42));
    QCOMPARE(int(p.selections[1].pick), int(qs::DataProvenance::Pick::First));
    QCOMPARE(firstOfRandom->description(), "first 3 of 5 random samples (seed 42) of " + data->description());
    QCOMPARE(nested->description(), std::string("two of five"));
    QCOMPARE(int(nested->provenance().source), int(qs::DataProvenance::Source::Other));
    QCOMPARE(random->withNormalization({{0.5f}, {0.5f}})->provenance().selections.size(), std::size_t(1));
    QVERIFY_THROWS_EXCEPTION(qs::Error, random->subset({5}, "out of range"));
}

void TestDataset::specParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("labels");
    QTest::newRow("fashion") << "fashion-mnist" << int(qs::DataSpec::Source::FashionMnist) << "" << "";
    QTest::newRow("idx") << "idx:a.gz,b.gz" << int(qs::DataSpec::Source::Idx) << "a.gz" << "b.gz";
    QTest::newRow("idx unlabelled") << "idx:a" << int(qs::DataSpec::Source::Idx) << "a" << "";
    QTest::newRow("folder") << "folder:/x/y" << int(qs::DataSpec::Source::Folder) << "/x/y" << "";
    QTest::newRow("tensors") << "tensors:d.pt" << int(qs::DataSpec::Source::Tensors) << "d.pt" << "";
}

void TestDataset::specParsing()
{
    QFETCH(QString, spec);
    QFETCH(int, source);
    QFETCH(QString, path);
    QFETCH(QString, labels);
    const qs::DataSpec d = qs::DataSpec::parse(spec.toStdString());
    QCOMPARE(int(d.source), source);
    QCOMPARE(QString::fromStdString(d.path), path);
    QCOMPARE(QString::fromStdString(d.labelsPath), labels);
    QCOMPARE(QString::fromStdString(d.toString()), spec);
}

void TestDataset::splitNeverOverlaps()
{
    qs::DataSpec spec = qs::DataSpec::parse("tensors:" + tensorFixture(QStringLiteral("good.pt")).toStdString());
    spec.calibCount = 5;
    const qs::DataSplit split = qs::loadData(spec);
    QCOMPARE(split.calibration->size(), std::size_t(5));
    QCOMPARE(split.evaluation->size(), std::size_t(7));
    // Every stored sample is distinct (torch.rand), so the first value identifies it.
    std::set<float> seen;
    for (const auto &part : {split.calibration, split.evaluation})
        for (std::size_t i = 0; i < part->size(); ++i)
            QVERIFY(seen.insert(part->batch(i, 1).inputs[0]).second);
    QCOMPARE(seen.size(), std::size_t(12));
    // Both parts are described from the whole source (the shuffle is not a selection of its own).
    QCOMPARE(split.calibration->provenance().selections.size(), std::size_t(1));
    QCOMPARE(int(split.calibration->provenance().selections[0].pick), int(qs::DataProvenance::Pick::Calibration));
    QCOMPARE(int(split.evaluation->provenance().selections[0].pick), int(qs::DataProvenance::Pick::Evaluation));
    QCOMPARE(split.evaluation->description(), std::string("7 evaluation samples of good.pt (12 samples of [1, 28, 28], labelled)"));

    spec.evalCount = 3;
    spec.normalization = {{0.5f}, {0.5f}};
    const qs::DataSplit limited = qs::loadData(spec);
    QCOMPARE(limited.evaluation->size(), std::size_t(3));
    QCOMPARE(limited.evaluation->normalization().mean, std::vector<float>{0.5f});
}

void TestDataset::fashionMnist()
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")))
        QSKIP("dataset-fashion-mnist is not installed");
    const auto test = qs::loadFashionMnist(false);
    QCOMPARE(test->size(), std::size_t(10000));
    QCOMPARE(test->classNames().size(), std::size_t(10));
    QCOMPARE(test->classNames()[9], std::string("Ankle boot"));
    QCOMPARE(test->labels()[0], std::int64_t(9)); // the first test image is an ankle boot

    qs::DataSpec spec = qs::DataSpec::parse("fashion-mnist");
    spec.calibCount = 200;
    spec.evalCount = 300;
    const qs::DataSplit split = qs::loadData(spec);
    QCOMPARE(split.calibration->size(), std::size_t(200));
    QCOMPARE(split.evaluation->size(), std::size_t(300));
    QVERIFY(QString::fromStdString(split.calibration->description()).contains(QLatin1String("train")));
    QVERIFY(QString::fromStdString(split.evaluation->description()).contains(QLatin1String("test")));
    QVERIFY(split.notes.empty());
}

void TestDataset::embeddedSample()
{
    // Point Fashion-MNIST at a folder without it: the embedded 1000-image sample takes over, and says so.
    QTemporaryDir empty;
    qputenv("QS_FASHION_MNIST_DIR", empty.path().toLocal8Bit());
    const qs::FashionMnistLocation loc = qs::locateFashionMnist();
    const qs::DataSplit split = qs::loadData(qs::DataSpec::parse("fashion-mnist"));
    qunsetenv("QS_FASHION_MNIST_DIR");
    QVERIFY(loc.usingSample);
    QCOMPARE(split.calibration->size() + split.evaluation->size(), std::size_t(1000));
    QCOMPARE(split.notes.size(), std::size_t(1));
    QCOMPARE(int(split.notes.front().kind), int(qs::DataNote::Kind::EmbeddedSample));
    QVERIFY(QString::fromStdString(qs::describe(split.notes.front())).contains(QLatin1String("embedded sample")));
    QCOMPARE(split.evaluation->classNames()[0], std::string("T-shirt/top"));
}

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
