// Long check (ctest -L slow): retraining the cnn demo with its recorded seed, epochs and threads
// reaches the accuracy its metadata records, within 0.5 point. Training takes minutes.

#include "quantscope/DemoCatalog.h"
#include "quantscope/DemoTrainer.h"
#include "quantscope/Model.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

class TestDemoRetrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cnnReachesRecordedAccuracy();
};

void TestDemoRetrain::cnnReachesRecordedAccuracy()
{
    if (!QFile::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz")))
        QSKIP("dataset-fashion-mnist is not installed");
    const qs::DemoInfo shipped = qs::DemoCatalog::find("cnn");
    std::ifstream in(shipped.metadataPath);
    const nlohmann::json meta = nlohmann::json::parse(in);
    QTemporaryDir dir;
    qs::DemoTrainingOptions options;
    options.outDir = dir.path().toStdString();
    options.seed = shipped.seed;
    options.epochs = meta.at("training").at("epochs").get<int>();
    options.threads = meta.at("training").at("threads").get<int>();
    const qs::DemoInfo again = qs::trainDemo("cnn", options);
    qInfo("retrained cnn: %.2f %% (shipped %.2f %%) in %.0f s", again.testAccuracy * 100.0, shipped.testAccuracy * 100.0,
          again.trainingSeconds);
    QVERIFY(std::abs(again.testAccuracy - shipped.testAccuracy) <= 0.005);
    // The file written is real TorchScript that loads like any user's model.
    QCOMPARE(qs::Model::load(again.modelPath)->layers().size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestDemoRetrain)
#include "tst_demoretrain.moc"
