// The demo models that ship in resources/models: each loads through the same path as a user's model,
// has its layers found, runs at batch 1 and 64, and reaches the float accuracy its metadata records
// on all 10 000 Fashion-MNIST test images (within 0.1 point).

#include "quantscope/AccuracyEvaluation.h"
#include "quantscope/DataSpec.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <QFile>
#include <QtTest>

#include <map>

namespace {

bool haveFashionMnist()
{
    return QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"));
}

} // namespace

class TestDemos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalog();
    void demoReferences();
    void loads_data();
    void loads();
    void recordedAccuracy_data();
    void recordedAccuracy();
};

void TestDemos::catalog()
{
    const std::string dir = qs::DemoCatalog::defaultDirectory();
    QVERIFY(!dir.empty());
    const auto demos = qs::DemoCatalog::list(dir);
    std::vector<std::string> names;
    for (const auto &d : demos)
        names.push_back(d.name);
    QCOMPARE(names, (std::vector<std::string>{"cnn", "lstm", "mlp", "resnet"}));
    const std::map<std::string, double> floors{{"cnn", 0.91}, {"mlp", 0.88}, {"resnet", 0.92}, {"lstm", 0.88}};
    for (const auto &d : demos) {
        QVERIFY2(d.testAccuracy >= floors.at(d.name), d.name.c_str());
        QCOMPARE(d.testImages, std::int64_t(10000));
        QCOMPARE(d.inputShape, (std::vector<std::int64_t>{1, 1, 28, 28}));
        QCOMPARE(d.classNames, qs::fashionMnistClassNames());
        QCOMPARE(d.normalization.mean.size(), std::size_t(1));
        QVERIFY(d.normalization.std.front() > 0.0f);
        QVERIFY(!d.description.empty() && !d.recipe.empty() && d.trainingSeconds > 0.0);
        QVERIFY2(QFile(QString::fromStdString(d.modelPath)).size() < 4 * 1024 * 1024, d.modelPath.c_str());
    }
}

void TestDemos::demoReferences()
{
    QVERIFY(qs::DemoCatalog::isDemoReference("demo:cnn"));
    QVERIFY(!qs::DemoCatalog::isDemoReference("cnn.pt"));
    QVERIFY(QString::fromStdString(qs::DemoCatalog::resolveModelPath("demo:mlp")).endsWith(QLatin1String("models/mlp.pt")));
    QCOMPARE(qs::DemoCatalog::resolveModelPath("some/model.pt"), std::string("some/model.pt"));
    QVERIFY(qs::DemoCatalog::metadataFor("demo:lstm").has_value());
    QVERIFY(!qs::DemoCatalog::metadataFor(QS_TEST_DATA_DIR "/models/cnn_traced.pt").has_value());
    try {
        qs::DemoCatalog::resolveModelPath("demo:vgg");
        QFAIL("demo:vgg resolved");
    } catch (const qs::Error &e) {
        QVERIFY2(QString::fromStdString(e.what()).contains(QLatin1String("the demos are: cnn, lstm, mlp, resnet")), e.what());
    }
}

void TestDemos::loads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("layers");
    QTest::newRow("cnn") << "cnn" << QStringList{"features.0", "features.4", "classifier.1", "classifier.3"};
    QTest::newRow("mlp") << "mlp" << QStringList{"classifier.1", "classifier.3", "classifier.5"};
    QTest::newRow("resnet") << "resnet"
                            << QStringList{"stem.0", "layer1.conv1", "layer1.conv2", "layer2.conv1", "layer2.conv2",
                                           "layer2.downsample.0", "fc"};
    QTest::newRow("lstm") << "lstm" << QStringList{"lstm", "fc"};
}

void TestDemos::loads()
{
    QFETCH(QString, name);
    QFETCH(QStringList, layers);
    const auto model = qs::Model::load(qs::DemoCatalog::resolveModelPath("demo:" + name.toStdString()));
    QStringList found;
    for (const auto &l : model->layers())
        found << QString::fromStdString(l.name);
    QCOMPARE(found, layers);
    QVERIFY(model->summary().warnings.empty());

    // Batch 1 and batch 64 both run and agree on the shared sample.
    const auto data = qs::readIdx(QS_RESOURCES_DIR "/data/fashion-mnist-sample-images-idx3-ubyte.gz",
                                  QS_RESOURCES_DIR "/data/fashion-mnist-sample-labels-idx1-ubyte.gz",
                                  qs::fashionMnistClassNames());
    const qs::DemoInfo info = qs::DemoCatalog::find(name.toStdString());
    const auto first64 = data->first(64)->withNormalization(info.normalization);
    qs::checkInputFits(*model, *first64);
    qs::EvaluationOptions one, many;
    one.batchSize = 1;
    many.batchSize = 64;
    const qs::AccuracyResult a = qs::evaluateAccuracy(*model, *first64, one);
    const qs::AccuracyResult b = qs::evaluateAccuracy(*model, *first64, many);
    QCOMPARE(a.correct, b.correct);
    QVERIFY(a.top1 > 0.75);
}

void TestDemos::recordedAccuracy_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"cnn", "mlp", "resnet", "lstm"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestDemos::recordedAccuracy()
{
    if (!haveFashionMnist())
        QSKIP("dataset-fashion-mnist is not installed");
    QFETCH(QString, name);
    const qs::DemoInfo info = qs::DemoCatalog::find(name.toStdString());
    const auto model = qs::Model::load(info.modelPath);
    const auto test = qs::loadFashionMnist(false)->withNormalization(info.normalization);
    qs::EvaluationOptions options;
    options.batchSize = 500;
    options.threads = 2;
    const qs::AccuracyResult r = qs::evaluateAccuracy(*model, *test, options);
    QCOMPARE(r.samples, std::int64_t(10000));
    qInfo("%s: measured %.2f %%, recorded %.2f %%", qPrintable(name), r.top1 * 100.0, info.testAccuracy * 100.0);
    QVERIFY(std::abs(r.top1 - info.testAccuracy) <= 0.001 + 1e-9);
}

QTEST_GUILESS_MAIN(TestDemos)
#include "tst_demos.moc"
