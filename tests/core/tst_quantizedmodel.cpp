// The simulated and the real quantized forms of the fixtures (scripted and traced CNN with batch
// norm, MLP, LSTM, residual model) in every mode, and how closely they agree.

#include "QuantTestSupport.h"

#include "quantscope/Error.h"
#include "quantscope/QuantPlan.h"

#include <QtTest>

using namespace qstest;

namespace {

qs::QuantPlan planWithMode(qs::LayerMode mode, qs::QuantEngine engine = qs::QuantEngine::Onednn)
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(engine);
    qs::LayerQuantConfig defaults = plan.defaults();
    defaults.mode = mode;
    plan.setDefaults(defaults);
    return plan;
}

} // namespace

class TestQuantizedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsAgree_data();
    void formsAgree();

private:
    void check(const QString &file, qs::LayerMode mode, qs::QuantEngine engine);
};

void TestQuantizedModel::formsAgree_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("engine");
    for (const char *base : {"cnn", "mlp", "lstm", "residual"})
        for (const char *how : {"scripted", "traced"}) {
            const QString file = QStringLiteral("%1_%2.pt").arg(QLatin1String(base), QLatin1String(how));
            for (auto mode : {qs::LayerMode::StaticInt8, qs::LayerMode::DynamicInt8, qs::LayerMode::Fp16})
                for (auto engine : {qs::QuantEngine::Onednn, qs::QuantEngine::Qnnpack})
                    QTest::addRow("%s %s %s", qPrintable(file), qs::toString(mode).c_str(), qs::toString(engine).c_str())
                        << file << int(mode) << int(engine);
        }
}

void TestQuantizedModel::formsAgree()
{
    QFETCH(QString, file);
    QFETCH(int, mode);
    QFETCH(int, engine);
    try {
        check(file, qs::LayerMode(mode), qs::QuantEngine(engine));
    } catch (const qs::Error &e) {
        QFAIL(e.what());
    }
}

void TestQuantizedModel::check(const QString &file, qs::LayerMode mode, qs::QuantEngine engine)
{
    const auto model = loadFixture(file);
    const auto calibration = qs::calibrate(*model, trainImages(256));
    const qs::QuantPlan plan = planWithMode(mode, engine);
    const auto real = qs::QuantizedModel::build(*model, plan, calibration, qs::QuantizedForm::Real);
    const auto simulated = qs::QuantizedModel::build(*model, plan, calibration, qs::QuantizedForm::Simulated);
    const auto floatModel = qs::QuantizedModel::build(*model, planWithMode(qs::LayerMode::Float), calibration,
                                                      qs::QuantizedForm::Real);
    const auto images = testImages(1024);
    const auto floatOut = runAll(*floatModel, images);
    const auto realOut = runAll(*real, images);
    const auto simOut = runAll(*simulated, images);
    const Agreement simVsReal = compareOutputs(simOut, realOut);
    const Agreement realVsFloat = compareOutputs(floatOut, realOut);
    qInfo("%s: simulated vs real top-1 agreement %.2f %%, SQNR %.1f dB; real vs float %.2f %%, SQNR %.1f dB",
          qPrintable(QTest::currentDataTag()), simVsReal.top1 * 100, simVsReal.sqnr, realVsFloat.top1 * 100,
          realVsFloat.sqnr);
    for (const auto &l : real->layers())
        if (l.mode != qs::LayerMode::Float)
            QVERIFY2(l.mode == real->layers().front().mode || l.kind != model->layers().front().kind, l.name.c_str());
    QVERIFY(simVsReal.top1 >= 0.99);
    QVERIFY(simVsReal.sqnr >= 30.0);
}

QTEST_GUILESS_MAIN(TestQuantizedModel)
#include "tst_quantizedmodel.moc"
