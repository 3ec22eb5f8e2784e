// The Learn view: every number a lesson shows equals what core computes for the same inputs, every
// lesson renders headless, Reset restores the starting values, plots export as PNG.
// With QS_SCREENSHOT_DIR set, writes each lesson at 1280×800 and 1920×1080 there (QS_SCREENSHOT_THEME=dark: dark,
// QS_SCREENSHOT_LANGUAGE=de: German).

#include "learn/DistributionPlot.h"
#include "learn/FloatToIntegerLesson.h"
#include "learn/LayerToModelLesson.h"
#include "learn/LearnView.h"
#include "learn/LessonNumbers.h"
#include "Theme.h"
#include "learn/LessonPlot.h"
#include "learn/NumberLinePlot.h"
#include "learn/ObserversLesson.h"
#include "learn/PerChannelLesson.h"
#include "learn/RoundingClippingLesson.h"
#include "learn/SampleDataPicker.h"

#include "quantscope/Model.h"
#include "quantscope/Observer.h"
#include "quantscope/QuantizationError.h"
#include "quantscope/TextbookQParams.h"
#include "quantscope/WeightQParams.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <qcustomplot.h>

#include <optional>

using namespace qs::ui;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    if (!label)
        qFatal("no label named %s", name);
    return label->text();
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child named %s", name);
    return w;
}

// The German the application ships, installed while alive (widgets made meanwhile are German).
class German
{
public:
    German()
        : m_previous(QLocale())
    {
        if (!m_translator.load(QStringLiteral(QS_GERMAN_QM)))
            qFatal("cannot load %s", QS_GERMAN_QM);
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    ~German()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(m_previous);
    }
    German(const German &) = delete;
    German &operator=(const German &) = delete;

private:
    QTranslator m_translator;
    QLocale m_previous;
};

} // namespace

class TestLearnView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasFiveLessons();
    void floatToIntegerMatchesCore_data();
    void floatToIntegerMatchesCore();
    void tomasSeesPointOneOnThirtyEight();
    void draggingTheValueMarker();
    void roundingClippingMatchesCore();
    void outliersAreBestClipped();
    void layerWeightsAsData();
    void observersMatchCore();
    void outliersHurtMinMaxOnly();
    void perChannelMatchesCore();
    void perChannelHelpsOnTheDemo();
    void perChannelWithoutModelExplains();
    void resetRestoresDefaults();
    void everyLessonRendersAndExports();
    void legendsWrapWithLargeText();
    void screenshots();

private:
    std::shared_ptr<const qs::Model> m_model;
};

void TestLearnView::initTestCase()
{
    m_model = qs::Model::load(QS_TEST_DATA_DIR "/models/cnn_traced.pt");
    QVERIFY(m_model);
}

void TestLearnView::hasFiveLessons()
{
    LearnView view;
    QCOMPARE(view.lessonCount(), 5);
    view.showLesson(2);
    QCOMPARE(view.currentLesson(), 2);
    view.showLesson(99); // ignored
    QCOMPARE(view.currentLesson(), 2);
    for (int i = 0; i < view.lessonCount(); ++i) {
        QVERIFY(!view.lesson(i)->title().isEmpty());
        QVERIFY(view.lesson(i)->explanation().size() > 300);
        QVERIFY(!view.lesson(i)->plots().isEmpty());
    }
}

void TestLearnView::floatToIntegerMatchesCore_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<bool>("symmetric");
    QTest::addColumn<bool>("narrow");
    QTest::addRow("default qint8 affine") << -0.5 << 1.5 << 0.1 << 8 << true << false << false;
    QTest::addRow("quint8 affine") << -1.0 << 1.5 << 0.1 << 8 << false << false << false;
    QTest::addRow("qint8 symmetric") << -0.3 << 0.9 << -0.25 << 8 << true << true << false;
    QTest::addRow("quint8 symmetric") << -0.3 << 0.9 << 0.5 << 8 << false << true << false;
    QTest::addRow("narrow qint8") << -1.0 << 1.0 << 0.77 << 8 << true << true << true;
    QTest::addRow("3 bits, clipped x") << 0.2 << 2.0 << 5.0 << 3 << false << false << false;
    QTest::addRow("2 bits below range") << -1.0 << 1.0 << -3.0 << 2 << true << false << false;
}

// The numbers of lesson 1 against calculateQParams / quantizeValue / dequantizeValue and the textbook formulas.
void TestLearnView::floatToIntegerMatchesCore()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, x);
    QFETCH(int, bits);
    QFETCH(bool, isSigned);
    QFETCH(bool, symmetric);
    QFETCH(bool, narrow);

    FloatToIntegerLesson lesson;
    child<QDoubleSpinBox>(&lesson, "minSpin")->setValue(min);
    child<QDoubleSpinBox>(&lesson, "maxSpin")->setValue(max);
    child<QDoubleSpinBox>(&lesson, "valueSpin")->setValue(x);
    child<QSpinBox>(&lesson, "bitsSpin")->setValue(bits);
    child<QComboBox>(&lesson, "signednessCombo")->setCurrentIndex(isSigned ? 0 : 1);
    child<QComboBox>(&lesson, "schemeCombo")->setCurrentIndex(symmetric ? 1 : 0);
    child<QCheckBox>(&lesson, "narrowCheck")->setChecked(narrow);

    qs::QuantSpec spec;
    spec.dtype = isSigned ? qs::QuantDtype::QInt8 : qs::QuantDtype::QUInt8;
    spec.scheme = symmetric ? qs::QuantScheme::Symmetric : qs::QuantScheme::Affine;
    spec.bits = bits;
    spec.narrowRange = narrow;
    const qs::QParams qp = qs::calculateQParams(float(min), float(max), spec);
    const int q = qs::quantizeValue(float(x), qp, spec.range());
    const float xhat = qs::dequantizeValue(q, qp);

    QCOMPARE(labelText(&lesson, "range"), QStringLiteral("[%1, %2]").arg(spec.range().qmin).arg(spec.range().qmax));
    QCOMPARE(labelText(&lesson, "scale"), lessonNumber(qp.scale));
    QCOMPARE(labelText(&lesson, "zeroPoint"), QString::number(qp.zeroPoint));
    QCOMPARE(labelText(&lesson, "level"), QString::number(q));
    QCOMPARE(labelText(&lesson, "dequantized"), lessonNumber(xhat));
    QCOMPARE(labelText(&lesson, "error"), lessonNumber(double(xhat) - double(float(x))));
    QCOMPARE(labelText(&lesson, "zeroRoundTrip"), lessonNumber(qs::fakeQuantizeValue(0.0f, qp, spec.range())));

    const qs::TextbookQParams tb = qs::textbookQParams(min, max, qs::textbookRange(bits, isSigned));
    const int tq = qs::textbookQuantize(x, tb);
    QCOMPARE(labelText(&lesson, "textbookScale"), lessonNumber(tb.scale));
    QCOMPARE(labelText(&lesson, "textbookZeroPoint"), lessonNumber(tb.zeroPoint));
    QCOMPARE(labelText(&lesson, "textbookLevel"), QString::number(tq));
    QCOMPARE(labelText(&lesson, "textbookDequantized"), lessonNumber(qs::textbookDequantize(tq, tb)));
    QVERIFY(!labelText(&lesson, "difference").isEmpty());

    // The number line draws the same state.
    QVERIFY(labelText(&lesson, "levels").contains(lessonNumber(qs::dequantizeValue(spec.range().qmax, qp))));
}

// JOURNEYS.md: Tomás drags min and max and sees 0.1 land on integer 38 and come back as 0.0996.
// quint8 on [0, 0.6684]: s = 0.6684/255 = 0.00262118, z = 0, round(0.1/s) = round(38.15) = 38, 38·s = 0.0996.
void TestLearnView::tomasSeesPointOneOnThirtyEight()
{
    FloatToIntegerLesson lesson;
    child<QComboBox>(&lesson, "signednessCombo")->setCurrentIndex(1);
    child<QDoubleSpinBox>(&lesson, "minSpin")->setValue(0.0);
    child<QDoubleSpinBox>(&lesson, "maxSpin")->setValue(0.6684);
    QCOMPARE(labelText(&lesson, "zeroPoint"), QStringLiteral("0"));
    QCOMPARE(labelText(&lesson, "level"), QStringLiteral("38"));
    QCOMPARE(labelText(&lesson, "dequantized").left(6), QStringLiteral("0.0996"));
    // The default shows the blog and PyTorch disagreeing, with the reason.
    lesson.reset();
    QCOMPARE(labelText(&lesson, "zeroPoint"), QStringLiteral("-64"));
    QCOMPARE(labelText(&lesson, "textbookZeroPoint"), lessonNumber(-63.5));
    QVERIFY(labelText(&lesson, "difference").contains(QStringLiteral("exactly 0")));
}

void TestLearnView::draggingTheValueMarker()
{
    FloatToIntegerLesson lesson;
    lesson.resize(1100, 800);
    lesson.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lesson));
    NumberLinePlot *line = lesson.numberLine();
    line->plot()->replot();
    QWidget *canvas = line->plot();
    const int y = canvas->height() / 4;
    // Grab x (at 0.1) and drag it to where 1.0 is.
    const QPoint from(int(line->pixelOfValue(0.1)), y);
    const QPoint to(int(line->pixelOfValue(1.0)), y);
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QMouseEvent move(
        QEvent::MouseMove, QPointF(to), canvas->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    QVERIFY2(std::abs(lesson.value() - 1.0) < 0.03, qPrintable(QString::number(lesson.value())));
    QCOMPARE(lesson.rangeMin(), -0.5);
    // Dragging the max marker moves max.
    const QPoint maxAt(int(line->pixelOfValue(1.5)), y);
    const QPoint maxTo(int(line->pixelOfValue(2.0)), y);
    QTest::mousePress(canvas, Qt::LeftButton, {}, maxAt);
    QMouseEvent move2(QEvent::MouseMove, QPointF(maxTo), canvas->mapToGlobal(QPointF(maxTo)), Qt::NoButton,
        Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(canvas, &move2);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, maxTo);
    QVERIFY2(std::abs(lesson.rangeMax() - 2.0) < 0.05, qPrintable(QString::number(lesson.rangeMax())));
}

void TestLearnView::roundingClippingMatchesCore()
{
    RoundingClippingLesson lesson;
    for (double fraction : { 1.0, 0.6, 0.3 }) {
        lesson.setThreshold(fraction * child<QDoubleSpinBox>(&lesson, "thresholdSpin")->maximum());
        const auto &x = lesson.values();
        const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
        const qs::ClippingRange clip = qs::clipAtThreshold(*lo, *hi, float(lesson.threshold()));
        const qs::QParams qp = qs::calculateQParams(clip.min, clip.max, lesson.spec());
        const qs::QuantizationError e = qs::measureQuantizationError(x, qp, lesson.spec().range());
        QCOMPARE(labelText(&lesson, "scale"), lessonNumber(qp.scale));
        QCOMPARE(labelText(&lesson, "roundingMse"), lessonNumber(e.roundingMse()));
        QCOMPARE(labelText(&lesson, "clippingMse"), lessonNumber(e.clippingMse()));
        QCOMPARE(labelText(&lesson, "mse"), lessonNumber(e.mse()));
        QCOMPARE(labelText(&lesson, "sqnr"), lessonDecibels(e.sqnrDb()));
        QCOMPARE(labelText(&lesson, "rmseOverScale"), lessonNumber(e.rmseOverScale(qp.scale)));
        QCOMPARE(labelText(&lesson, "clipped"), lessonPercent(double(e.clippedCount) / double(e.count)));
        if (fraction == 1.0)
            QCOMPARE(e.clippedCount, std::size_t(0));
    }
    // The default data is core's normal sample for seed 1.
    QCOMPARE(lesson.values(), qs::generateSamples({}));
    // The curve is core's sweep.
    const auto sweep = qs::sweepClippingThreshold(lesson.values(), lesson.spec());
    QCOMPARE(lesson.sweep().size(), sweep.size());
    QCOMPARE(lesson.sweep()[qs::bestSweepPoint(lesson.sweep())].threshold, sweep[qs::bestSweepPoint(sweep)].threshold);
}

// Picking the outlier data and pressing "best": the SQNR beats the full range by a wide margin.
void TestLearnView::outliersAreBestClipped()
{
    RoundingClippingLesson lesson;
    lesson.dataPicker()->selectDistribution(qs::SampleDistribution::NormalWithOutliers);
    const double fullRange = qs::measureQuantizationError(lesson.values(),
        qs::calculateQParams(-lesson.threshold(), lesson.threshold(), lesson.spec()), lesson.spec().range())
                                 .sqnrDb();
    child<QPushButton>(&lesson, "bestButton")->click();
    const auto &sweep = lesson.sweep();
    const auto &best = sweep[qs::bestSweepPoint(sweep)];
    QCOMPARE(float(lesson.threshold()), float(child<QDoubleSpinBox>(&lesson, "thresholdSpin")->value()));
    QVERIFY(std::abs(lesson.threshold() - best.threshold) < 1e-3);
    QCOMPARE(labelText(&lesson, "sqnr"),
        lessonDecibels(qs::measureQuantizationError(lesson.values(),
            qs::calculateQParams(
                qs::clipAtThreshold(*std::min_element(lesson.values().begin(), lesson.values().end()),
                    *std::max_element(lesson.values().begin(), lesson.values().end()), float(lesson.threshold()))
                    .min,
                qs::clipAtThreshold(*std::min_element(lesson.values().begin(), lesson.values().end()),
                    *std::max_element(lesson.values().begin(), lesson.values().end()), float(lesson.threshold()))
                    .max,
                lesson.spec()),
            lesson.spec().range())
                           .sqnrDb()));
    QVERIFY(best.error.sqnrDb() > fullRange + 6.0);
}

void TestLearnView::layerWeightsAsData()
{
    RoundingClippingLesson lesson;
    lesson.setModel(m_model);
    QVERIFY(lesson.dataPicker()->selectLayer(0));
    QCOMPARE(lesson.values(), qs::evenlySpacedSubset(m_model->weightValues(0), SampleDataPicker::kMaxLayerValues));
    QVERIFY(lesson.dataPicker()->description().contains(QString::fromStdString(m_model->layers()[0].name)));
    // Reset goes back to the generated sample.
    lesson.reset();
    QCOMPARE(lesson.values(), qs::generateSamples({}));
}

void TestLearnView::observersMatchCore()
{
    ObserversLesson lesson;
    const auto &x = lesson.values();
    qs::TensorObservation observation;
    observation.observe(x.data(), x.size());
    QCOMPARE(int(lesson.results().size()), int(ObserversLesson::comparedObservers().size()));
    for (int row = 0; row < int(lesson.results().size()); ++row) {
        const auto &r = lesson.results()[std::size_t(row)];
        const qs::ClippingRange range = qs::chooseRange(r.kind, observation, lesson.spec());
        const qs::QParams qp = qs::calculateQParams(range.min, range.max, lesson.spec());
        const qs::QuantizationError e = qs::measureQuantizationError(x, qp, lesson.spec().range());
        const qs::QuantizationError ordinary
            = qs::measureQuantizationError(lesson.ordinaryValues(), qp, lesson.spec().range());
        QCOMPARE(lesson.table()->item(row, 1)->text(),
            QStringLiteral("[%1, %2]").arg(lessonNumber(range.min), lessonNumber(range.max)));
        QCOMPARE(lesson.table()->item(row, 2)->text(), lessonNumber(qp.scale));
        QCOMPARE(lesson.table()->item(row, 3)->text(), lessonPercent(double(e.clippedCount) / double(e.count)));
        QCOMPARE(lesson.table()->item(row, 4)->text(), lessonDecibels(ordinary.sqnrDb()));
        QCOMPARE(lesson.table()->item(row, 5)->text(), lessonDecibels(e.sqnrDb()));
        QCOMPARE(lesson.table()->item(row, 6)->text(), lessonNumber(ordinary.rmseOverScale(qp.scale)));
    }
    // The ordinary values are the data without the outlier the lesson adds by default.
    QCOMPARE(lesson.ordinaryValues().size(), x.size() - 1);
}

// Tomás adds an outlier and watches the error of every other value grow with MinMax; Percentile recovers.
void TestLearnView::outliersHurtMinMaxOnly()
{
    ObserversLesson lesson;
    auto ordinarySqnr = [&](qs::ObserverKind kind) {
        for (const auto &r : lesson.results())
            if (r.kind == kind)
                return r.ordinary.sqnrDb();
        return 0.0;
    };
    lesson.setOutlierCount(0);
    const double minMaxClean = ordinarySqnr(qs::ObserverKind::MinMax);
    const double percentileClean = ordinarySqnr(qs::ObserverKind::Percentile);
    QVERIFY(std::abs(minMaxClean - percentileClean) < 3.0);
    lesson.setOutlierCount(1);
    const double minMaxOutlier = ordinarySqnr(qs::ObserverKind::MinMax);
    const double percentileOutlier = ordinarySqnr(qs::ObserverKind::Percentile);
    QVERIFY2(
        minMaxOutlier < minMaxClean - 10.0, qPrintable(QStringLiteral("%1 vs %2").arg(minMaxOutlier).arg(minMaxClean)));
    QVERIFY2(std::abs(percentileOutlier - percentileClean) < 1.0,
        qPrintable(QStringLiteral("%1 vs %2").arg(percentileOutlier).arg(percentileClean)));
}

void TestLearnView::perChannelMatchesCore()
{
    PerChannelLesson lesson;
    lesson.setModel(m_model);
    QVERIFY(lesson.hasLayer());
    const int layer = lesson.layer();
    QCOMPARE(layer, PerChannelLesson::mostUnevenLayer(*m_model));
    const qs::QuantSpec spec = lesson.spec();
    const qs::QParams shared = qs::weightQParams(m_model->layers()[std::size_t(layer)], spec);
    const qs::PerChannelQParams own = qs::weightQParamsPerChannel(*m_model, std::size_t(layer), spec);
    qs::PerChannelQParams sharedEverywhere = own;
    std::fill(sharedEverywhere.scales.begin(), sharedEverywhere.scales.end(), shared.scale);
    std::fill(sharedEverywhere.zeroPoints.begin(), sharedEverywhere.zeroPoints.end(), shared.zeroPoint);
    const auto weights = m_model->weightValues(std::size_t(layer));
    const auto perTensor = qs::measurePerChannelQuantizationError(weights, sharedEverywhere, spec.range());
    const auto perChannel = qs::measurePerChannelQuantizationError(weights, own, spec.range());
    qs::QuantizationError tensorTotal, channelTotal;
    for (std::size_t c = 0; c < perTensor.size(); ++c) {
        tensorTotal += perTensor[c];
        channelTotal += perChannel[c];
        QCOMPARE(lesson.perTensorErrors()[c].errorEnergy(), perTensor[c].errorEnergy());
        QCOMPARE(lesson.perChannelErrors()[c].errorEnergy(), perChannel[c].errorEnergy());
    }
    QCOMPARE(labelText(&lesson, "sharedScale"), lessonNumber(shared.scale));
    QCOMPARE(labelText(&lesson, "perTensorSqnr"), lessonDecibels(tensorTotal.sqnrDb()));
    QCOMPARE(labelText(&lesson, "perChannelSqnr"), lessonDecibels(channelTotal.sqnrDb()));
    // The whole layer measured as one tensor gives the per-tensor total.
    QVERIFY(
        std::abs(qs::measureQuantizationError(weights, shared, spec.range()).sqnrDb() - tensorTotal.sqnrDb()) < 1e-9);
    // The fixture's layers are randomly initialised, so their channels are alike and per channel is
    // not reliably better there (perChannelHelpsOnTheDemo checks a trained layer).
}

// On the trained demo CNN (when a build has it), one scale per channel beats one shared scale on the
// layer the lesson opens with, overall and on its worst channel.
void TestLearnView::perChannelHelpsOnTheDemo()
{
    const QString demo = QStringLiteral(QS_TEST_DATA_DIR "/../../resources/models/cnn.pt");
    if (!QFile::exists(demo))
        QSKIP("the demo CNN (resources/models/cnn.pt) is not there");
    PerChannelLesson lesson;
    lesson.setModel(qs::Model::load(demo.toStdString()));
    qs::QuantizationError tensorTotal, channelTotal;
    double worstShared = 1e9, worstOwn = 1e9;
    for (std::size_t c = 0; c < lesson.perTensorErrors().size(); ++c) {
        tensorTotal += lesson.perTensorErrors()[c];
        channelTotal += lesson.perChannelErrors()[c];
        worstShared = std::min(worstShared, lesson.perTensorErrors()[c].sqnrDb());
        worstOwn = std::min(worstOwn, lesson.perChannelErrors()[c].sqnrDb());
    }
    QVERIFY(channelTotal.sqnrDb() > tensorTotal.sqnrDb());
    QVERIFY(worstOwn > worstShared);
}

void TestLearnView::perChannelWithoutModelExplains()
{
    PerChannelLesson lesson;
    QVERIFY(!lesson.hasLayer());
    QCOMPARE(lesson.layer(), -1);
    lesson.setModel(m_model);
    QVERIFY(lesson.hasLayer());
    lesson.setModel(nullptr);
    QVERIFY(!lesson.hasLayer());
}

void TestLearnView::resetRestoresDefaults()
{
    LearnView view;
    view.setModel(m_model);
    for (int i = 0; i < view.lessonCount(); ++i) {
        LessonPage *page = view.lesson(i);
        // Remember every label and spin box, change every control, press Reset, compare.
        auto snapshot = [page] {
            QStringList state;
            for (auto *l : page->findChildren<QLabel *>())
                if (!l->objectName().isEmpty())
                    state << l->objectName() + QLatin1Char('=') + l->text();
            for (auto *s : page->findChildren<QAbstractSpinBox *>())
                state << s->objectName() + QLatin1Char('=') + s->text();
            for (auto *c : page->findChildren<QComboBox *>())
                state << c->objectName() + QLatin1Char('=') + c->currentText();
            return state;
        };
        const QStringList before = snapshot();
        for (auto *s : page->findChildren<QSpinBox *>())
            s->setValue(s->minimum());
        for (auto *s : page->findChildren<QDoubleSpinBox *>())
            s->setValue(s->minimum() + (s->maximum() - s->minimum()) * 0.3);
        for (auto *c : page->findChildren<QComboBox *>())
            c->setCurrentIndex(c->count() - 1);
        for (auto *c : page->findChildren<QCheckBox *>())
            c->setChecked(!c->isChecked());
        QVERIFY2(snapshot() != before, qPrintable(page->title()));
        child<QPushButton>(page, "resetButton")->click();
        QCOMPARE(snapshot(), before);
    }
}

void TestLearnView::everyLessonRendersAndExports()
{
    QTemporaryDir dir;
    LearnView view;
    view.setModel(m_model);
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < view.lessonCount(); ++i) {
        view.showLesson(i);
        QCoreApplication::processEvents();
        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), view.size() * view.devicePixelRatio());
        // Nothing cut off sideways at 1280×800: the lesson never needs a horizontal scroll bar.
        for (auto *scroll : view.lesson(i)->findChildren<QScrollArea *>())
            QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(view.lesson(i)->title()));
        for (LessonPlot *plot : view.lesson(i)->plots()) {
            QVERIFY(plot->plot()->plottableCount() > 0);
            // The data area fills the plot (a hidden legend once squeezed it to a sliver).
            plot->plot()->replot();
            QVERIFY2(plot->plot()->axisRect()->width() > plot->plot()->width() / 2, qPrintable(plot->fileStem()));
            const QString path = dir.filePath(plot->fileStem() + QStringLiteral(".png"));
            QVERIFY(plot->savePng(path));
            const QImage png(path);
            QCOMPARE(png.width(), plot->plot()->width() * 2); // twice the screen size, sharp on slides
        }
    }
}

void TestLearnView::legendsWrapWithLargeText()
{
    // Legends under the plots take more rows instead of running off the right edge and pushing the
    // page sideways: in German at 1280×800 (where it was seen before they wrapped), and with larger
    // text for a lecture, two steps at 1280×800 and four at 1920×1080 (the largest needs more room).
    struct Screen
    {
        QSize size;
        int textSteps;
        bool german;
    };
    int wrapped = 0;
    for (const Screen &screen : { Screen{ QSize(1280, 800), 0, true }, Screen{ QSize(1280, 800), 2, false },
                                  Screen{ QSize(1920, 1080), 4, false } }) {
        std::optional<German> german;
        if (screen.german)
            german.emplace();
        LearnView view;
        view.setModel(m_model);
        view.resize(screen.size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.changeTextSize(screen.textSteps);
        for (int i = 0; i < view.lessonCount(); ++i) {
            view.showLesson(i);
            QCoreApplication::processEvents();
            for (LessonPlot *plot : view.lesson(i)->plots()) {
                QCustomPlot *p = plot->plot();
                p->replot();
                if (!p->legend->visible())
                    continue;
                for (int k = 0; k < p->legend->itemCount(); ++k)
                    if (const QCPAbstractLegendItem *item = p->legend->item(k))
                        QVERIFY2(item->outerRect().right() <= p->width()
                                     && item->outerRect().width() >= item->minimumOuterSizeHint().width(),
                                 qPrintable(plot->fileStem()));
                wrapped += p->legend->rowCount() > 1 ? 1 : 0;
            }
            QCoreApplication::processEvents();
            for (auto *scroll : view.lesson(i)->findChildren<QScrollArea *>())
                QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(view.lesson(i)->title()));
        }
    }
    QVERIFY(wrapped > 0); // the larger text does make some legend wrap
}

void TestLearnView::screenshots()
{
    const QString dirName = qEnvironmentVariable("QS_SCREENSHOT_DIR");
    if (dirName.isEmpty())
        QSKIP("set QS_SCREENSHOT_DIR to write the lesson screenshots");
    QDir().mkpath(dirName);
    // QS_SCREENSHOT_THEME=dark writes them in the dark theme, QS_SCREENSHOT_LANGUAGE=de in German
    // (to look at, not for the README).
    std::optional<German> german;
    if (qEnvironmentVariable("QS_SCREENSHOT_LANGUAGE") == QLatin1String("de"))
        german.emplace();
    if (const auto theme = qs::ui::themeFromKey(qEnvironmentVariable("QS_SCREENSHOT_THEME")))
        qs::ui::applyTheme(*theme);
    // The trained demo CNN when it is there (what students see at start-up), else the test fixture.
    const QString demo = QStringLiteral(QS_TEST_DATA_DIR "/../../resources/models/cnn.pt");
    const std::shared_ptr<const qs::Model> model = QFile::exists(demo) ? qs::Model::load(demo.toStdString()) : m_model;
    const QStringList names = { QStringLiteral("float-to-integer"), QStringLiteral("rounding-clipping"),
        QStringLiteral("observers"), QStringLiteral("per-channel"), QStringLiteral("layer-to-model") };
    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        LearnView view;
        view.setModel(model);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < view.lessonCount(); ++i) {
            view.showLesson(i);
            QCoreApplication::processEvents();
            // Lesson 5 measures its curve in the background (tst_layertomodel checks its numbers).
            if (auto *layers = qobject_cast<LayerToModelLesson *>(view.lesson(i)); layers && !layers->hasCurve()) {
                QSignalSpy done(layers, &LayerToModelLesson::computationFinished);
                QVERIFY(done.wait(10 * 60 * 1000));
                QVERIFY(layers->hasCurve());
                QCoreApplication::processEvents(); // the layout follows the new texts
            }
            for (LessonPlot *plot : view.lesson(i)->plots())
                plot->plot()->replot();
            const QString suffix = size.width() == 1280 ? QString() : QStringLiteral("-fullhd");
            const QString path
                = QDir(dirName).filePath(QStringLiteral("learn-%1-%2%3.png").arg(i + 1).arg(names.value(i), suffix));
            QVERIFY(view.grab().save(path));
        }
    }
}

QTEST_MAIN(TestLearnView)
#include "tst_learnview.moc"
