// The layer inspector after calibration, for the cnn and lstm models: every tab renders for every
// layer; the Activations tab shows the plan observer's range, with the same numbers core computes,
// and the other five on demand; choosing an observer there edits the plan (undoable).

#include "ActivationHistogramPlot.h"
#include "ActivationsPanel.h"
#include "ChannelRangePlot.h"
#include "ErrorPanel.h"
#include "LayerInspector.h"
#include "LayerPanel.h"
#include "MainWindow.h"
#include "NumberFormat.h"
#include "ObserverComparison.h"
#include "WeightHistogramPlot.h"
#include "PlotInteraction.h"
#include "Workbench.h"

#include "quantscope/DataSpec.h"
#include "quantscope/Model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <qcustomplot.h>

using qs::ui::MainWindow;

namespace {

constexpr int jobTimeoutMs = 120000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/") + name;
}

} // namespace

class TestActivationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beforeCalibrationSaysWhy();
    void everyTabRenders_data();
    void everyTabRenders();
    void observerChoiceEditsPlan();
    void histogramReadOutAndSave();

private:
    void openAndCalibrate(MainWindow &window, const QString &model);
};

void TestActivationsPanel::openAndCalibrate(MainWindow &window, const QString &model)
{
    window.openModel(fixture(QStringLiteral("models/") + model));
    window.workbench()->openData(
        qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    window.workbench()->setCalibrationSamples(64);
    window.workbench()->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(window.workbench()->calibration());
}

void TestActivationsPanel::beforeCalibrationSaysWhy()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    window.inspector()->showView(qs::ui::LayerInspector::View::Activations);
    window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(window.inspector()->activationsPanel()->statusText().contains(QStringLiteral("Calibrate")));
    QVERIFY(!window.inspector()->activationsPanel()->observerBox()->isEnabled());
}

void TestActivationsPanel::everyTabRenders_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("cnn") << QStringLiteral("cnn_scripted.pt");
    QTest::addRow("lstm") << QStringLiteral("lstm_scripted.pt");
}

void TestActivationsPanel::everyTabRenders()
{
    QFETCH(QString, model);
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openAndCalibrate(window, model);
    qs::ui::Workbench *workbench = window.workbench();
    const auto calibration = workbench->calibration();
    qs::ui::ActivationsPanel *panel = window.inspector()->activationsPanel();
    for (int view = 0; view < window.inspector()->count(); ++view) {
        window.inspector()->setCurrentIndex(view);
        for (std::size_t i = 0; i < workbench->model()->layers().size(); ++i) {
            workbench->setSelectedLayer(int(i));
            QVERIFY(!window.grab().isNull());
            const qs::LayerInfo &layer = workbench->model()->layers()[i];
            if (view == 0) {
                QVERIFY(window.layerPanel()->title().contains(QString::fromStdString(layer.name)));
                // Per-channel view: one range per output channel, its own scale on hover.
                qs::ui::ChannelRangePlot *channels = window.layerPanel()->channelPlot();
                const auto &perChannel = workbench->selectedLayerAnalysis()->perChannel;
                QCOMPARE(channels->channelCount(), int(perChannel.scales.size()));
                QVERIFY(channels->channelCount() > 0);
                QVERIFY2(channels->readOut(0.0).contains(qs::ui::formatValue(perChannel.scales[0])),
                    qPrintable(channels->readOut(0.0)));
                QVERIFY(channels->readOut(-1.0).isEmpty());
                // The quantization grid on demand: one line per quint8 level.
                window.layerPanel()->histogramPlot()->setGridVisible(true);
                QCOMPARE(window.layerPanel()->histogramPlot()->gridLineCount(), 256);
                // QS_LOOK=1 saves the Weights tab with the grid and the per-channel view, to look at.
                if (qEnvironmentVariableIsSet("QS_LOOK") && i == 0) {
                    window.grab().save(QStringLiteral("/tmp/qs_grid_%1.png").arg(model));
                    qobject_cast<QTabWidget *>(channels->parentWidget()->parentWidget())->setCurrentIndex(1);
                    window.grab().save(QStringLiteral("/tmp/qs_channels_%1.png").arg(model));
                }
                continue;
            }
            if (view == 2) {
                QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
                qs::ui::ErrorPanel *error = window.inspector()->errorPanel();
                QVERIFY(error->summaryText().contains(QString::fromStdString(layer.name)));
                QVERIFY(error->summaryText().contains(QStringLiteral("SQNR")));
                QVERIFY(!error->result().errors.isEmpty());
                QCOMPARE(qint64(error->result().total.count), qint64(layer.weightStats.count));
                // min/max ranges at 8 bits: rounding dominates (the extremes may clip by half a step).
                QVERIFY(error->result().total.sqnrDb() > 25.0);
                QVERIFY(error->result().total.clippingEnergy < error->result().total.roundingEnergy);
                continue;
            }
            const qs::LayerCalibration *observed = calibration->find(layer.name);
            QVERIFY(observed && observed->called);
            QVERIFY(panel->statusText().contains(QString::fromStdString(layer.name)));
            QVERIFY(!panel->outputPlot()->histogram().isEmpty());
            QVERIFY(!panel->inputPlot()->histogram().isEmpty());
            // An input observed as another slot says which ("classifier.3" reads classifier.1's output).
            const QString inputTitle = panel->inputPlot()->title();
            if (observed->inputSharedWith.empty()) {
                QVERIFY2(!inputTitle.contains(QLatin1Char('=')), qPrintable(inputTitle));
            } else {
                const QString shared = QString::fromStdString(observed->inputSharedWith).section(QLatin1Char(' '), 0, 0);
                QVERIFY2(inputTitle.contains(QStringLiteral(" = ")) && inputTitle.contains(shared), qPrintable(inputTitle));
            }
            if (model == QLatin1String("cnn_scripted.pt") && layer.name == "classifier.3")
                QCOMPARE(QString::fromStdString(observed->inputSharedWith), QStringLiteral("classifier.1 output"));
            // The chosen range on the plot is core's: chooseRange, then calculateQParams.
            const qs::LayerQuantConfig config = workbench->plan().resolve(layer);
            const qs::QuantSpec spec = config.activationSpec(workbench->plan().engine());
            const qs::ClippingRange range = qs::chooseRange(
                config.activationObserver, observed->output, spec, workbench->plan().observerSettings());
            const qs::QParams qp = qs::calculateQParams(range.min, range.max, spec);
            QVERIFY2(panel->outputPlot()->rangeText().contains(QString::number(qp.zeroPoint)),
                qPrintable(panel->outputPlot()->rangeText()));
            QCOMPARE(panel->outputPlot()->visibleRangeLines(), 2);
        }
    }
    // All six observers on demand (a hidden tab searches only when shown).
    window.inspector()->showView(qs::ui::LayerInspector::View::Activations);
    panel->othersBox()->setChecked(true);
    QCOMPARE(panel->outputPlot()->visibleRangeLines(), 12);
    QCOMPARE(panel->outputPlot()->rangeText().count(QLatin1Char('\n')), 5);
}

void TestActivationsPanel::observerChoiceEditsPlan()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndCalibrate(window, QStringLiteral("cnn_scripted.pt"));
    window.inspector()->showView(qs::ui::LayerInspector::View::Activations);
    qs::ui::Workbench *workbench = window.workbench();
    workbench->setSelectedLayer(0);
    const qs::LayerInfo &layer = *workbench->selectedLayerInfo();
    QComboBox *box = window.inspector()->activationsPanel()->observerBox();
    QVERIFY(box->isEnabled());
    const int percentile = box->findData(int(qs::ObserverKind::Percentile));
    box->setCurrentIndex(percentile);
    Q_EMIT box->activated(percentile);
    QVERIFY(workbench->plan().resolve(layer).activationObserver == qs::ObserverKind::Percentile);
    QVERIFY(window.inspector()->activationsPanel()->outputPlot()->rangeText().contains(QStringLiteral("percentile")));
    workbench->undoStack()->undo();
    QVERIFY(workbench->plan().resolve(layer).activationObserver == qs::ObserverKind::Histogram);
    QCOMPARE(box->currentData().toInt(), int(qs::ObserverKind::Histogram));
}

void TestActivationsPanel::histogramReadOutAndSave()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndCalibrate(window, QStringLiteral("cnn_scripted.pt"));
    window.inspector()->showView(qs::ui::LayerInspector::View::Activations);
    qs::ui::ActivationHistogramPlot *plot = window.inspector()->activationsPanel()->outputPlot();
    auto *interaction = plot->plot()->findChild<qs::ui::PlotInteraction *>();
    QVERIFY(interaction);
    const qs::Histogram &h = plot->histogram();
    std::size_t fullest = 0;
    for (std::size_t bin = 0; bin < h.binCount(); ++bin) {
        if (h.counts[bin] > h.counts[fullest])
            fullest = bin;
    }
    const QString text = interaction->readOut(h.binCenter(fullest));
    QVERIFY2(text.contains(qs::ui::formatCount(std::llround(h.counts[fullest]))), qPrintable(text));
    QVERIFY(interaction->readOut(h.upper + 10.0 * (h.upper - h.lower)).isEmpty());
    QTemporaryDir dir;
    QVERIFY(interaction->save(dir.filePath(QStringLiteral("plot.png"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("plot.png"))).size() > 1000);
    QVERIFY(interaction->save(dir.filePath(QStringLiteral("plot.pdf"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("plot.pdf"))).size() > 500);
}

QTEST_MAIN(TestActivationsPanel)
#include "tst_activationspanel.moc"
