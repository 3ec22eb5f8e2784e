// Lesson 5 (from layer to model): the curve it shows equals what core measures for the same plans on
// the same samples, it renders headless, and its background job can be cancelled.

#include "learn/LayerCurvePlot.h"
#include "learn/LayerToModelLesson.h"
#include "learn/LessonNumbers.h"

#include "quantscope/Comparison.h"
#include "quantscope/Dataset.h"
#include "quantscope/DemoCatalog.h"
#include "quantscope/LayerByLayer.h"
#include "quantscope/Model.h"
#include "quantscope/QuantizedAccuracy.h"
#include "quantscope/QuantizedModel.h"
#include "quantscope/Sensitivity.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <qcustomplot.h>

using namespace qs::ui;

namespace {

// Few samples keep the test quick; the lesson itself uses 1000 test images.
constexpr std::size_t kCalibrationSamples = 64;
constexpr std::size_t kEvaluationSamples = 100;
// The lesson loads data and evaluates several models on a shared two-core machine: be patient.
constexpr int kWaitMs = 10 * 60 * 1000;

template <typename T> T *child(const QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child named %s", name);
    return w;
}

void selectBits(LayerToModelLesson &lesson, int bits)
{
    auto *combo = child<QComboBox>(&lesson, "bitsCombo");
    combo->setCurrentIndex(combo->findData(bits));
}

bool waitForCurve(LayerToModelLesson &lesson)
{
    QSignalSpy done(&lesson, &LayerToModelLesson::computationFinished);
    if (!lesson.isComputing())
        lesson.compute();
    return done.wait(kWaitMs) && done.last().at(0).toBool();
}

// Every layer at `bits` except the ones after the first `count` of `order`, built by hand from core's
// plan API (not with the lesson's helper).
qs::QuantPlan planWithFirst(const qs::Model &model, int bits, const std::vector<std::string> &order, std::size_t count)
{
    qs::QuantPlan plan = qs::QuantPlan::defaultsFor(qs::QuantEngine::Onednn);
    qs::LayerQuantConfig defaults = plan.defaults();
    defaults.bits = bits;
    plan.setDefaults(defaults);
    for (std::size_t i = count; i < order.size(); ++i) {
        qs::LayerQuantConfig c = plan.resolve(model.layers()[std::size_t(model.layerIndex(order[i]))]);
        c.mode = qs::LayerMode::Float;
        plan.setOverride(order[i], c);
    }
    return plan;
}

} // namespace

class TestLayerToModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stepsMatchCore_data();
    void stepsMatchCore();
    void sensitiveOrderIsSensitivityRanking();
    void rendersHeadlessAndNamesTheLargestDrop();
    void cancelKeepsThePreviousCurve();
    void hidingStopsAndShowingResumes();
    void closingWhileComputingCancels();
    void usesTheOpenDemo();

private:
    std::unique_ptr<LayerToModelLesson> m_lesson;
};

void TestLayerToModel::initTestCase()
{
    // A fixture model that is no demo: the lesson uses the shipped cnn demo with its Fashion-MNIST data.
    m_lesson = std::make_unique<LayerToModelLesson>();
    m_lesson->setModel(qs::Model::load(QS_TEST_DATA_DIR "/models/cnn_traced.pt"));
    m_lesson->setSampleCounts(kCalibrationSamples, kEvaluationSamples);
    m_lesson->resize(1280, 800);
    m_lesson->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_lesson.get()));
    QVERIFY(waitForCurve(*m_lesson));
    QCOMPARE(QString::fromStdString(m_lesson->result()->inputs.demo.name), QStringLiteral("cnn"));
    QCOMPARE(m_lesson->result()->inputs.evaluation->size(), kEvaluationSamples);
    QCOMPARE(m_lesson->result()->inputs.calibration->samples, kCalibrationSamples);
}

void TestLayerToModel::stepsMatchCore_data()
{
    QTest::addColumn<int>("bits");
    QTest::addRow("8 bits, real int8") << 8;
    QTest::addRow("4 bits, simulated") << 4;
}

// Step k's accuracy is what core's evaluateAccuracy gives for the plan with those k layers quantized,
// built by core on the lesson's calibration and measured on the lesson's samples; the labels show it.
void TestLayerToModel::stepsMatchCore()
{
    QFETCH(int, bits);
    selectBits(*m_lesson, bits);
    QVERIFY(waitForCurve(*m_lesson));
    const LayerCurveResult &r = *m_lesson->result();
    const qs::Model &model = *r.inputs.model;
    QCOMPARE(r.curve.bits, bits);
    QVERIFY(r.curve.form == (bits == 8 ? qs::QuantizedForm::Real : qs::QuantizedForm::Simulated));
    QCOMPARE(r.curve.steps.size(), model.layers().size() + 1);

    std::vector<std::string> order;
    for (const auto &layer : model.layers())
        order.push_back(layer.name);
    const qs::AccuracyResult floatAccuracy = qs::evaluateAccuracy(model, *r.inputs.evaluation);
    QCOMPARE(r.curve.steps[0].accuracy, floatAccuracy.top1);
    auto *table = child<QTableWidget>(m_lesson.get(), "stepTable");
    QCOMPARE(table->rowCount(), int(r.curve.steps.size()));
    for (std::size_t k = 1; k < r.curve.steps.size(); ++k) {
        QCOMPARE(r.curve.steps[k].layer, order[k - 1]); // model order
        const qs::QuantPlan plan = planWithFirst(model, bits, order, k);
        const auto q = qs::QuantizedModel::build(model, plan, *r.inputs.calibration, qs::formFor(model, planWithFirst(model, bits, order, order.size())));
        const qs::AccuracyResult a = qs::evaluateAccuracy(*q, *r.inputs.evaluation);
        QCOMPARE(r.curve.steps[k].accuracy, a.top1);
        QCOMPARE(r.curve.steps[k].changePoints, (a.top1 - r.curve.steps[k - 1].accuracy) * 100.0);
        QCOMPARE(table->item(int(k), 4)->text(), lessonAccuracy(a.top1));
        QCOMPARE(table->item(int(k), 1)->text(), QString::fromStdString(order[k - 1]));
    }
    // The weights shrink to bits/8 of a byte each as layers are quantized.
    QVERIFY(r.curve.steps.back().weightBytes < r.curve.steps.front().weightBytes * (bits + 4) / 32);

    // The slider picks the step the readout describes.
    m_lesson->selectStep(1);
    const QString readout = child<QLabel>(m_lesson.get(), "stepReadout")->text();
    QVERIFY2(readout.contains(lessonAccuracy(r.curve.steps[1].accuracy)), qPrintable(readout));
    QCOMPARE(child<QSlider>(m_lesson.get(), "stepSlider")->maximum(), int(order.size()));
}

// "Most sensitive first" is analyseSensitivity's ranking of the same plan on the same samples.
void TestLayerToModel::sensitiveOrderIsSensitivityRanking()
{
    selectBits(*m_lesson, 3);
    auto *order = child<QComboBox>(m_lesson.get(), "orderCombo");
    order->setCurrentIndex(order->findData(int(qs::LayerOrder::MostSensitiveFirst)));
    QVERIFY(waitForCurve(*m_lesson));
    const LayerCurveResult r = *m_lesson->result(); // a copy: the lesson's result changes below
    qs::SensitivityOptions o;
    o.evaluationSamples = r.inputs.evaluation->size();
    o.measureCost = false;
    const qs::SensitivityResult s
        = qs::analyseSensitivity(*r.inputs.model, r.plan, *r.inputs.calibration, *r.inputs.evaluation, o);
    QCOMPARE(r.curve.steps.size(), s.layers.size() + 1);
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        QCOMPARE(r.curve.steps[i + 1].layer, s.layers[i].name);
        QCOMPARE(r.curve.aloneDropPoints[i], s.layers[i].aloneDropPoints);
    }
    // Quantizing the most sensitive layer alone is step 1, so step 1 equals its "alone" accuracy.
    QCOMPARE(r.curve.steps[1].accuracy, s.layers[0].aloneAccuracy);

    // The reverse order reuses the ranking (same inputs and bits) and ends at the same whole plan.
    order->setCurrentIndex(order->findData(int(qs::LayerOrder::LeastSensitiveFirst)));
    QVERIFY(waitForCurve(*m_lesson));
    const qs::LayerByLayerCurve &least = m_lesson->result()->curve;
    QCOMPARE(least.ranking, r.curve.ranking);
    for (std::size_t i = 0; i < s.layers.size(); ++i) {
        QCOMPARE(least.steps[i + 1].layer, s.layers[s.layers.size() - 1 - i].name);
        QCOMPARE(least.aloneDropPoints[i], s.layers[s.layers.size() - 1 - i].aloneDropPoints);
    }
    QCOMPARE(least.steps.back().accuracy, r.curve.steps.back().accuracy);
}

void TestLayerToModel::rendersHeadlessAndNamesTheLargestDrop()
{
    selectBits(*m_lesson, 2);
    auto *order = child<QComboBox>(m_lesson.get(), "orderCombo");
    order->setCurrentIndex(0);
    QVERIFY(waitForCurve(*m_lesson));
    const qs::LayerByLayerCurve &curve = m_lesson->result()->curve;
    const std::size_t worst = curve.largestDropStep();
    QVERIFY(worst >= 1);
    for (std::size_t k = 1; k < curve.steps.size(); ++k)
        QVERIFY(curve.steps[worst].changePoints <= curve.steps[k].changePoints);
    // At 2 bits some layer breaks the model, and the sentence names it with its cost.
    QVERIFY(-curve.steps[worst].changePoints >= 1.0);
    const QString sentence = child<QLabel>(m_lesson.get(), "largestDrop")->text();
    QVERIFY2(sentence.contains(QString::fromStdString(curve.steps[worst].layer)), qPrintable(sentence));
    QVERIFY2(sentence.contains(QLocale().toString(-curve.steps[worst].changePoints, 'f', 1)), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("2 bits")), qPrintable(sentence));

    auto *plot = m_lesson->findChild<LayerCurvePlot *>();
    QVERIFY(plot);
    QCOMPARE(plot->accuracyGraph()->dataCount(), int(curve.steps.size()));
    const QImage image = m_lesson->grab().toImage();
    QVERIFY(!image.isNull());
    QTemporaryDir dir;
    const QString png = dir.filePath(plot->fileStem() + QStringLiteral(".png"));
    QVERIFY(plot->savePng(png));
    QCOMPARE(QImage(png).width(), plot->plot()->width() * 2);
}

// Cancel stops the job between steps; the curve shown before stays.
void TestLayerToModel::cancelKeepsThePreviousCurve()
{
    QVERIFY(m_lesson->hasCurve());
    const int before = m_lesson->result()->curve.bits;
    selectBits(*m_lesson, before == 5 ? 6 : 5); // starts a job
    QVERIFY(m_lesson->isComputing());
    QSignalSpy cancelled(m_lesson->job(), &LayerCurveJob::cancelled);
    QSignalSpy done(m_lesson.get(), &LayerToModelLesson::computationFinished);
    child<QPushButton>(m_lesson.get(), "computeButton")->click(); // reads "Cancel" while running
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(done.last().at(0).toBool(), false);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!m_lesson->isComputing());
    QCOMPARE(m_lesson->result()->curve.bits, before);
    QCOMPARE(child<QPushButton>(m_lesson.get(), "computeButton")->text(), LayerToModelLesson::tr("Compute"));
}

// Turning to another lesson or closing the window hides the lesson: the job stops, and showing it
// again measures the curve for the current controls.
void TestLayerToModel::hidingStopsAndShowingResumes()
{
    selectBits(*m_lesson, 7);
    QVERIFY(m_lesson->isComputing());
    QSignalSpy cancelled(m_lesson->job(), &LayerCurveJob::cancelled);
    m_lesson->hide();
    m_lesson->show(); // at once, before the cancelled job has ended
    QVERIFY(m_lesson->isComputing());
    QVERIFY(waitForCurve(*m_lesson));
    QCOMPARE(m_lesson->result()->curve.bits, 7);
    QCOMPARE(cancelled.count(), 0); // the replaced job's end is not reported
}

// Closing the Learn view (destroying the lesson) mid-job cancels it and returns after at most one step.
void TestLayerToModel::closingWhileComputingCancels()
{
    auto lesson = std::make_unique<LayerToModelLesson>();
    lesson->setSampleCounts(kCalibrationSamples, kEvaluationSamples);
    lesson->show();
    QVERIFY(QTest::qWaitForWindowExposed(lesson.get()));
    QVERIFY(lesson->isComputing());
    QSignalSpy progress(lesson->job(), &LayerCurveJob::progressChanged);
    QVERIFY(progress.wait(kWaitMs));
    lesson.reset(); // cancels and waits for the worker
    QVERIFY(!lesson);
}

// When the workbench has a demo open, the lesson quantizes that one (with its own data and normalisation).
void TestLayerToModel::usesTheOpenDemo()
{
    const std::shared_ptr<const qs::Model> mlp = qs::Model::load(qs::DemoCatalog::find("mlp").modelPath);
    LayerToModelLesson lesson;
    lesson.setSampleCounts(kCalibrationSamples, kEvaluationSamples);
    lesson.setModel(mlp);
    lesson.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lesson));
    QVERIFY(waitForCurve(lesson));
    QCOMPARE(lesson.result()->inputs.model, mlp);
    QCOMPARE(QString::fromStdString(lesson.result()->inputs.demo.name), QStringLiteral("mlp"));
    QCOMPARE(lesson.result()->curve.steps.size(), mlp->layers().size() + 1);
}

QTEST_MAIN(TestLayerToModel)
#include "tst_layertomodel.moc"
