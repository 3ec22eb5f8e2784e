// Loading real PyTorch-made TorchScript files (tests/data/make_fixtures.py), scripted and traced,
// and refusing everything that is not one with a message a user can act on.

#include "quantscope/Calibration.h"
#include "quantscope/Error.h"
#include "quantscope/Model.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

// "features.0:Conv2d:8x1x3x3"
QString describe(const qs::LayerInfo &l)
{
    QStringList dims;
    for (auto d : l.weightShape)
        dims << QString::number(d);
    return QStringLiteral("%1:%2:%3").arg(QString::fromStdString(l.name), QString::fromStdString(qs::toString(l.kind)), dims.join(QLatin1Char('x')));
}

QString loadError(const QString &path)
{
    try {
        qs::Model::load(path.toStdString());
    } catch (const qs::Error &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestModelLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsLayers_data();
    void findsLayers();
    void followers_data();
    void followers();
    void scriptedAndTracedAgree_data();
    void scriptedAndTracedAgree();
    void summary();
    void channelRanges();
    void histogramHoldsEveryWeight();
    void recurrentWeights();
    void badFiles_data();
    void badFiles();
    void truncatedArchive();
    void randomBytes();
    void nanWeightsLoadWithWarning();
    void scriptedInTrainingModeRunsAsEval();
    void modelWithoutLayers();
    void modelsQuantscopeCannotRun();
    void progressAndCancel();

private:
    QTemporaryDir m_tmp;
};

void TestModelLoader::findsLayers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    const QStringList cnn{QStringLiteral("features.0:Conv2d:8x1x3x3"), QStringLiteral("features.4:Conv2d:16x8x3x3"),
                          QStringLiteral("classifier.1:Linear:32x784"), QStringLiteral("classifier.3:Linear:10x32")};
    const QStringList mlp{QStringLiteral("fc1:Linear:64x784"), QStringLiteral("fc2:Linear:32x64"), QStringLiteral("out:Linear:10x32")};
    const QStringList lstm{QStringLiteral("lstm:LSTM:128x28"), QStringLiteral("fc:Linear:10x32")};
    const QStringList residual{QStringLiteral("stem:Conv2d:8x1x3x3"), QStringLiteral("block.conv1:Conv2d:8x8x3x3"),
                               QStringLiteral("block.conv2:Conv2d:8x8x3x3"), QStringLiteral("fc:Linear:10x8")};
    const QStringList sequence{QStringLiteral("embed:Embedding:100x16"), QStringLiteral("conv:Conv1d:24x16x3"),
                               QStringLiteral("gru:GRU:60x24"), QStringLiteral("head:Linear:4x20")};
    // Layers inside `if self.use_res:` branches (scripted models keep them; attributes decide them).
    QStringList branchy{QStringLiteral("stem:Conv2d:8x1x3x3")};
    for (const QString block : {QStringLiteral("blocks.0"), QStringLiteral("blocks.1")})
        branchy << block + QStringLiteral(".conv.0:Conv2d:16x8x1x1") << block + QStringLiteral(".conv.3:Conv2d:16x1x3x3")
                << block + QStringLiteral(".conv.5:Conv2d:8x16x1x1");
    branchy << QStringLiteral("fc:Linear:10x8");
    for (const QString form : {QStringLiteral("scripted"), QStringLiteral("traced")}) {
        QTest::addRow("cnn %s", qPrintable(form)) << QStringLiteral("cnn_%1.pt").arg(form) << cnn;
        QTest::addRow("mlp %s", qPrintable(form)) << QStringLiteral("mlp_%1.pt").arg(form) << mlp;
        QTest::addRow("lstm %s", qPrintable(form)) << QStringLiteral("lstm_%1.pt").arg(form) << lstm;
        QTest::addRow("residual %s", qPrintable(form)) << QStringLiteral("residual_%1.pt").arg(form) << residual;
        QTest::addRow("sequence %s", qPrintable(form)) << QStringLiteral("sequence_%1.pt").arg(form) << sequence;
        QTest::addRow("branchy %s", qPrintable(form)) << QStringLiteral("branchy_%1.pt").arg(form) << branchy;
    }
}

void TestModelLoader::findsLayers()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const auto model = qs::Model::load(fixture(file).toStdString());
    QStringList found;
    for (const auto &l : model->layers())
        found << describe(l);
    QCOMPARE(found, expected);
    for (const auto &l : model->layers()) {
        QVERIFY(l.weightStats.allFinite());
        QVERIFY(l.weightStats.min < l.weightStats.max);
        QVERIFY(l.paramCount > 0);
        QVERIFY(l.warnings.empty());
    }
}

void TestModelLoader::followers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<QString>("chainStart");
    for (const QString form : {QStringLiteral("scripted"), QStringLiteral("traced")}) {
        QTest::addRow("conv-bn-relu %s", qPrintable(form)) << QStringLiteral("cnn_%1.pt").arg(form) << QStringLiteral("features.0")
                                                            << QStringLiteral("aten::batch_norm,aten::relu");
        QTest::addRow("linear-relu %s", qPrintable(form)) << QStringLiteral("cnn_%1.pt").arg(form) << QStringLiteral("classifier.1")
                                                           << QStringLiteral("aten::relu");
        QTest::addRow("conv-bn-add %s", qPrintable(form)) << QStringLiteral("residual_%1.pt").arg(form) << QStringLiteral("block.conv2")
                                                           << QStringLiteral("aten::batch_norm,aten::add");
    }
}

void TestModelLoader::followers()
{
    QFETCH(QString, file);
    QFETCH(QString, layer);
    QFETCH(QString, chainStart);
    const auto model = qs::Model::load(fixture(file).toStdString());
    const int i = model->layerIndex(layer.toStdString());
    QVERIFY(i >= 0);
    QStringList chain;
    for (const auto &f : model->layers()[std::size_t(i)].followedBy)
        chain << QString::fromStdString(f);
    // relu may appear as aten::relu or aten::relu_ depending on how the model was written.
    QVERIFY2(chain.join(QLatin1Char(',')).replace(QStringLiteral("relu_"), QStringLiteral("relu")).startsWith(chainStart),
             qPrintable(chain.join(QLatin1Char(','))));
}

void TestModelLoader::scriptedAndTracedAgree_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"cnn", "mlp", "lstm", "residual", "sequence", "branchy", "poolview"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TestModelLoader::scriptedAndTracedAgree()
{
    QFETCH(QString, name);
    const auto s = qs::Model::load(fixture(name + QStringLiteral("_scripted.pt")).toStdString());
    const auto t = qs::Model::load(fixture(name + QStringLiteral("_traced.pt")).toStdString());
    QCOMPARE(s->layers().size(), t->layers().size());
    QCOMPARE(s->summary().totalParams, t->summary().totalParams);
    for (std::size_t i = 0; i < s->layers().size(); ++i) {
        QCOMPARE(s->layers()[i].weightStats.min, t->layers()[i].weightStats.min);
        QCOMPARE(s->layers()[i].weightStats.max, t->layers()[i].weightStats.max);
        QCOMPARE(s->layers()[i].paramCount, t->layers()[i].paramCount);
    }
}

void TestModelLoader::summary()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("cnn_scripted.pt")).toStdString());
    const qs::ModelSummary &s = model->summary();
    QCOMPARE(s.fileBytes, QFileInfo(fixture(QStringLiteral("cnn_scripted.pt"))).size());
    // conv 8*9+8, bn 8+8, conv 16*72+16, bn 16+16, linear 32*784+32, linear 10*32+10
    QCOMPARE(s.totalParams, qint64(80 + 16 + 1168 + 32 + 25120 + 330));
    QCOMPARE(s.layerParams, qint64(80 + 1168 + 25120 + 330));
    QCOMPARE(s.inputShape, (std::vector<std::int64_t>{-1, 1, -1, -1}));
    QVERIFY(s.warnings.empty());
    const auto &conv = model->layers()[0];
    QCOMPARE(conv.biasShape, std::vector<std::int64_t>{8});
    QCOMPARE(QString::fromStdString(conv.op), QStringLiteral("aten::conv2d"));
    const auto traced = qs::Model::load(fixture(QStringLiteral("cnn_traced.pt")).toStdString());
    QCOMPARE(QString::fromStdString(traced->layers()[0].op), QStringLiteral("aten::_convolution"));
}

void TestModelLoader::channelRanges()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("cnn_traced.pt")).toStdString());
    const qs::ChannelRanges r = model->channelRanges(1);
    QCOMPARE(r.mins.size(), std::size_t(16));
    const auto values = model->weightValues(1); // [16, 8, 3, 3] row-major: channel c is values[c*72 .. c*72+71]
    for (std::size_t c = 0; c < 16; ++c) {
        const auto begin = values.begin() + long(c * 72);
        QCOMPARE(r.mins[c], *std::min_element(begin, begin + 72));
        QCOMPARE(r.maxs[c], *std::max_element(begin, begin + 72));
    }
}

void TestModelLoader::histogramHoldsEveryWeight()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("mlp_scripted.pt")).toStdString());
    const qs::Histogram h = model->weightHistogram(0, 128);
    QCOMPARE(h.binCount(), std::size_t(128));
    QCOMPARE(h.total(), double(784 * 64));
    QCOMPARE(h.lower, model->layers()[0].weightStats.min);
    QCOMPARE(h.upper, model->layers()[0].weightStats.max);
}

void TestModelLoader::recurrentWeights()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("lstm_traced.pt")).toStdString());
    const qs::LayerInfo &lstm = model->layers()[0];
    QCOMPARE(lstm.weightNames, (std::vector<std::string>{"weight_ih_l0", "weight_hh_l0"}));
    QCOMPARE(lstm.paramCount, qint64(4 * 32 * (28 + 32) + 2 * 4 * 32));
    QCOMPARE(lstm.weightStats.count, qint64(4 * 32 * (28 + 32)));
    QCOMPARE(model->channelRanges(0).mins.size(), std::size_t(128));
}

void TestModelLoader::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedMessage");
    QTest::addRow("missing") << fixture(QStringLiteral("does_not_exist.pt")) << QStringLiteral("does not exist");
    QTest::addRow("folder") << QStringLiteral(QS_TEST_DATA_DIR) << QStringLiteral("folder");
    QTest::addRow("state_dict") << fixture(QStringLiteral("state_dict.pt"))
                                << QStringLiteral("is a state_dict saved with torch.save(), not a TorchScript model: export it with torch.jit.script(model).save(path)");
    QTest::addRow("legacy pickle") << fixture(QStringLiteral("state_dict_legacy.pt")) << QStringLiteral("not a TorchScript model");
    QTest::addRow("pickled module") << fixture(QStringLiteral("pickled_module.pt")) << QStringLiteral("pickled with torch.save()");
    // Traced after model.train(): batch norm on the batch's own statistics is in the graph.
    QTest::addRow("traced in training mode") << fixture(QStringLiteral("bn_train_traced.pt"))
                                             << QStringLiteral("traced in training mode): its outputs depend on the batch, so "
                                                               "there is nothing a quantized model could match. Call "
                                                               "model.eval() before torch.jit.trace");
}

void TestModelLoader::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedMessage);
    const QString message = loadError(path);
    QVERIFY2(message.contains(expectedMessage), qPrintable(message));
}

void TestModelLoader::truncatedArchive()
{
    QFile source(fixture(QStringLiteral("cnn_scripted.pt")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    QVERIFY(m_tmp.isValid());
    for (const double fraction : {0.0, 0.1, 0.5, 0.9, 0.999}) {
        const QString path = m_tmp.filePath(QStringLiteral("truncated_%1.pt").arg(fraction));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(int(bytes.size() * fraction)));
        f.close();
        const QString message = loadError(path);
        QVERIFY2(!message.isEmpty(), qPrintable(path));
        if (fraction == 0.0)
            QVERIFY2(message.contains(QStringLiteral("empty")), qPrintable(message));
        else
            QVERIFY2(message.contains(QStringLiteral("truncated")), qPrintable(message));
    }
}

void TestModelLoader::randomBytes()
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 5; ++trial) {
        const QString path = m_tmp.filePath(QStringLiteral("random_%1.pt").arg(trial));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk(4096 * (trial + 1), Qt::Uninitialized);
        for (auto &c : junk)
            c = char(rng());
        if (trial == 4)
            junk.replace(0, 4, QByteArray("PK\x03\x04", 4)); // looks like a zip, is not one
        f.write(junk);
        f.close();
        const QString message = loadError(path);
        QVERIFY2(message.contains(QStringLiteral("not a TorchScript model")) || message.contains(QStringLiteral("damaged")),
                 qPrintable(message));
    }
}

void TestModelLoader::nanWeightsLoadWithWarning()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("nan_weights.pt")).toStdString());
    const auto &fc1 = model->layers()[0];
    QCOMPARE(fc1.weightStats.nanCount, qint64(1));
    QCOMPARE(fc1.weightStats.infCount, qint64(1));
    QVERIFY(!fc1.warnings.empty());
    QVERIFY(std::isfinite(fc1.weightStats.max) && std::isfinite(fc1.weightStats.min));
    QCOMPARE(model->weightHistogram(0, 32).total(), double(784 * 64 - 2));
    const auto ranges = model->channelRanges(0);
    QVERIFY(std::isfinite(ranges.mins[0]) && std::isfinite(ranges.maxs[1]));
    QCOMPARE(model->layers()[2].weightStats.infCount, qint64(1));
    QVERIFY(model->layers()[1].warnings.empty());
    QCOMPARE(model->summary().warnings.size(), std::size_t(2));
}

void TestModelLoader::scriptedInTrainingModeRunsAsEval()
{
    // A scripted model saved after model.train() reads self.training: it is run as after eval()
    // (the same layers and weights as an eval() copy), and the summary says so.
    const auto model = qs::Model::load(fixture(QStringLiteral("bn_train_scripted.pt")).toStdString());
    QCOMPARE(model->layers().size(), std::size_t(4));
    QCOMPARE(model->summary().warnings.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(model->summary().warnings.front()).contains(QStringLiteral("saved in training mode")),
             model->summary().warnings.front().c_str());
    QVERIFY(qs::Model::load(fixture(QStringLiteral("cnn_scripted.pt")).toStdString())->summary().warnings.empty());
}

void TestModelLoader::modelsQuantscopeCannotRun()
{
    // forward(x, y), or token ids for an Embedding: the weights can be inspected; calibration (and
    // with it compare, quantize, export) says why it cannot run the model.
    const auto twoInputs = qs::Model::load(fixture(QStringLiteral("two_inputs_scripted.pt")).toStdString());
    QCOMPARE(twoInputs->layers().size(), std::size_t(2));
    QVERIFY2(QString::fromStdString(twoInputs->summary().cannotRun).contains(QStringLiteral("takes 2 inputs (x, y)")),
             twoInputs->summary().cannotRun.c_str());
    QCOMPARE(twoInputs->summary().warnings.size(), std::size_t(1));
    const auto tokens = qs::Model::load(fixture(QStringLiteral("sequence_traced.pt")).toStdString());
    QVERIFY2(QString::fromStdString(tokens->summary().cannotRun).contains(QStringLiteral("token ids")),
             tokens->summary().cannotRun.c_str());
    const qs::Batch batch{std::vector<float>(2 * 784, 0.5f), {2, 1, 28, 28}, {}};
    for (const auto &model : {twoInputs, tokens}) {
        try {
            qs::calibrate(*model, std::vector<qs::Batch>{batch});
            QFAIL("a model Quantscope cannot run was calibrated");
        } catch (const qs::Error &e) {
            QVERIFY2(QString::fromUtf8(e.what()).startsWith(QStringLiteral("Quantscope cannot run this model: ")), e.what());
        }
    }
    QVERIFY(qs::Model::load(fixture(QStringLiteral("cnn_traced.pt")).toStdString())->summary().cannotRun.empty());
}

void TestModelLoader::modelWithoutLayers()
{
    const auto model = qs::Model::load(fixture(QStringLiteral("no_layers.pt")).toStdString());
    QVERIFY(model->layers().empty());
    QCOMPARE(model->summary().warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(model->summary().warnings.front()).contains(QStringLiteral("no quantizable layer")));
}

void TestModelLoader::progressAndCancel()
{
    std::vector<double> fractions;
    qs::Progress progress;
    progress.onProgress = [&](double f, const std::string &) { fractions.push_back(f); };
    qs::Model::load(fixture(QStringLiteral("cnn_scripted.pt")).toStdString(), progress);
    QVERIFY(fractions.size() >= 4);
    QCOMPARE(fractions.back(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    std::atomic<bool> cancel{true};
    progress.cancelFlag = &cancel;
    QVERIFY_THROWS_EXCEPTION(qs::Cancelled, qs::Model::load(fixture(QStringLiteral("cnn_scripted.pt")).toStdString(), progress));
}

QTEST_APPLESS_MAIN(TestModelLoader)
#include "tst_modelloader.moc"
