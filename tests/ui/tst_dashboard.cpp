// The comparison dashboard: its figures model under QAbstractItemModelTester, a compare job from
// the window (a cancelled one keeps the previous figures), stale marking after a plan edit, the
// suggested plan applied as an undoable edit, and File ▸ Export Report.

#include "ComparisonDashboard.h"
#include "ComparisonTableModel.h"
#include "LayerBarChart.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "NumberFormat.h"
#include "PreviousRun.h"
#include "ReportExporter.h"
#include "Workbench.h"
#include "WorkbenchActions.h"

#include "quantscope/CpuShare.h"
#include "quantscope/DataSpec.h"
#include "quantscope/Model.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <limits>

using qs::ui::ComparisonTableModel;
using qs::ui::MainWindow;
using qs::ui::Workbench;

namespace {

constexpr int jobTimeoutMs = 300000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/") + name;
}

qs::ComparisonResult syntheticResult()
{
    qs::ComparisonResult r;
    r.batchSize = 64;
    r.evaluationSamples = 100;
    r.original.size.serializedBytes = 1000;
    r.quantized.size.serializedBytes = 250;
    r.original.size.parameterBytes["float32"] = 800;
    r.quantized.size.parameterBytes["qint8"] = 200;
    r.sizeRatio = 0.25;
    r.parameterBytesRatio = 0.25;
    r.original.latency.p50 = 4.0;
    r.quantized.latency.p50 = 2.0;
    r.latency.speedup = 2.0;
    r.original.accuracy = qs::AccuracyResult {};
    r.original.accuracy->top1 = 0.9;
    r.quantized.accuracy = qs::AccuracyResult {};
    r.quantized.accuracy->top1 = 0.89;
    r.agreement = 0.98;
    r.outputSqnrDb = std::numeric_limits<double>::infinity();
    return r;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresModel();
    void emptyStateBeforeAnyRun();
    void compareCancelAndStale();
    void applySuggestedPlanIsUndoable();
    void previousRunShowsWhatChanged();
    void notesInTheStatusLine();

private:
    void openModelAndData(MainWindow &window);
};

void TestDashboard::figuresModel()
{
    ComparisonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(syntheticResult());
    QCOMPARE(model.rowCount(), int(ComparisonTableModel::RowCount));
    auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(model.index(ComparisonTableModel::FileBytesRow, ComparisonTableModel::OriginalColumn)
                 .data(ComparisonTableModel::ValueRole)
                 .toDouble(),
        1000.0);
    QVERIFY(cell(ComparisonTableModel::FileBytesRow, ComparisonTableModel::ChangeColumn).contains(QStringLiteral("0.250")));
    QVERIFY(cell(ComparisonTableModel::LatencyMedianRow, ComparisonTableModel::ChangeColumn).contains(QStringLiteral("2.00")));
    QVERIFY(cell(ComparisonTableModel::AccuracyRow, ComparisonTableModel::ChangeColumn).contains(QStringLiteral("-1.00")));
    // Throughput from the median batch time: 64 samples in 2 ms.
    QCOMPARE(model.index(ComparisonTableModel::ThroughputRow, ComparisonTableModel::QuantizedColumn)
                 .data(ComparisonTableModel::ValueRole)
                 .toDouble(),
        32000.0);
    QVERIFY(cell(ComparisonTableModel::OutputSqnrRow, ComparisonTableModel::QuantizedColumn).contains(QStringLiteral("∞")));
    const QVariantList bars
        = model.index(ComparisonTableModel::FileBytesRow, ComparisonTableModel::BarsColumn).data(ComparisonTableModel::ValueRole).toList();
    QCOMPARE(bars.size(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboard::openModelAndData(MainWindow &window)
{
    window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
    window.workbench()->openData(
        qs::DataSpec::parse("tensors:" + fixture(QStringLiteral("tensors/fashion200.pt")).toStdString()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    QVERIFY(window.workbench()->hasModel() && window.workbench()->hasData());
    window.workbench()->setCalibrationSamples(64);
}

void TestDashboard::emptyStateBeforeAnyRun()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    // The empty state says what to do first: open a model, then data, then compare.
    QVERIFY(window.dashboard()->statusText().contains(QStringLiteral("Open a model")));
    window.openModel(fixture(QStringLiteral("models/cnn_scripted.pt")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), jobTimeoutMs);
    if (!window.workbench()->hasData())
        QVERIFY(window.dashboard()->statusText().contains(QStringLiteral("Open a data set")));
    openModelAndData(window);
    QVERIFY(window.dashboard()->isShowingEmptyState());
    QVERIFY(window.dashboard()->statusText().contains(QStringLiteral("Click Compare")));
    QVERIFY(!window.actions()->exportReportAction()->isEnabled());
    QVERIFY(window.actions()->compareAction()->isEnabled());
    // Export without a comparison says what to do and writes nothing.
    QTemporaryDir dir;
    QSignalSpy errors(window.workbench(), &Workbench::errorOccurred);
    QVERIFY(!window.actions()->reportExporter()->exportTo(dir.filePath(QStringLiteral("r.html"))));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.html"))));
}

void TestDashboard::compareCancelAndStale()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openModelAndData(window);
    Workbench *workbench = window.workbench();
    QVERIFY(!workbench->calibration());
    QSignalSpy finished(workbench, &Workbench::comparisonFinished);

    // No calibration yet: the job calibrates first and keeps that calibration.
    window.actions()->compareAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(window.messageBar()->text()));
    const auto first = workbench->comparison();
    QVERIFY(first);
    QVERIFY(workbench->calibration());
    qs::ui::ComparisonDashboard *dashboard = window.dashboard();
    QVERIFY(!dashboard->isShowingEmptyState());
    QVERIFY(!dashboard->isComparisonStale());
    QCOMPARE(dashboard->figures()->rowCount(), int(ComparisonTableModel::RowCount));
    QVERIFY2(dashboard->statusText().contains(QString::number(first->result.evaluationSamples)), qPrintable(dashboard->statusText()));
    QCOMPARE(dashboard->sqnrChart()->barCount(), int(workbench->model()->layers().size()));
    QVERIFY(window.actions()->exportReportAction()->isEnabled());

    // A newer run replaces an older one: one result, from the newer.
    finished.clear();
    workbench->compare();
    workbench->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(workbench->comparison() != first);
    const auto second = workbench->comparison();

    // A run cancelled at once: the figures before it stay.
    finished.clear();
    workbench->compare();
    QVERIFY(workbench->isComparing());
    workbench->cancelComparison();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(workbench->comparison(), second);

    // A plan edit makes the figures stale; undo makes them current again.
    qs::QuantPlan plan = workbench->plan();
    qs::LayerQuantConfig config = plan.defaults();
    config.mode = qs::LayerMode::Float;
    plan.setOverride(workbench->model()->layers().front().name, config);
    QVERIFY(workbench->editPlan(plan, QStringLiteral("keep the first layer in float")));
    QVERIFY(dashboard->isComparisonStale());
    QVERIFY(dashboard->statusText().contains(QStringLiteral("Stale")));
    QCOMPARE(dashboard->compareButton()->text(), QStringLiteral("Refresh"));
    workbench->undoStack()->undo();
    QVERIFY(!dashboard->isComparisonStale());
    // Another calibration makes them stale too.
    workbench->calibrate();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QVERIFY(dashboard->isComparisonStale());
    QVERIFY(dashboard->statusText().contains(QStringLiteral("calibration")));

    // The report: the CLI's HTML page with the figures of this comparison.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.html"));
    QVERIFY(window.actions()->reportExporter()->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("Original vs quantized")));
    QVERIFY(html.contains(QString::number(second->result.original.size.serializedBytes)));
    QVERIFY(html.contains(QString::number(second->result.quantized.size.serializedBytes)));
    QVERIFY(html.contains(QString::fromStdString(second->result.layers.front().name)));
    // A folder that does not exist: an error, nothing written.
    QSignalSpy errors(workbench, &Workbench::errorOccurred);
    QVERIFY(!window.actions()->reportExporter()->exportTo(dir.filePath(QStringLiteral("missing/report.html"))));
    QCOMPARE(errors.count(), 1);
}

void TestDashboard::applySuggestedPlanIsUndoable()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openModelAndData(window);
    Workbench *workbench = window.workbench();
    const qs::QuantPlan before = workbench->plan();
    const std::string kept = workbench->model()->layers().front().name;

    auto sensitivity = std::make_shared<qs::ui::MeasuredSensitivity>();
    sensitivity->basis = workbench->currentBasis();
    sensitivity->result.evaluationSamples = 100;
    qs::LayerSensitivity layer;
    layer.name = kept;
    layer.aloneDropPoints = 1.5;
    layer.allButGainPoints = 1.2;
    sensitivity->result.layers.push_back(layer);
    qs::QuantPlan suggested = before;
    qs::LayerQuantConfig config = suggested.defaults();
    config.mode = qs::LayerMode::Float;
    suggested.setOverride(kept, config);
    sensitivity->result.suggested.plan = suggested;
    sensitivity->result.suggested.keptFloat = { kept };
    sensitivity->result.suggested.withinBudget = true;
    workbench->restoreResults(nullptr, sensitivity);

    qs::ui::ComparisonDashboard *dashboard = window.dashboard();
    QVERIFY(!dashboard->isShowingEmptyState());
    QVERIFY(dashboard->suggestionText().contains(QString::fromStdString(kept)));
    QCOMPARE(dashboard->sensitivityChart()->barCount(), 2);
    QVERIFY(dashboard->applyButton()->isEnabled());
    dashboard->applyButton()->click();
    QVERIFY(workbench->plan() == suggested);
    QVERIFY(!dashboard->applyButton()->isEnabled());
    QVERIFY(dashboard->isSensitivityStale()); // it measured the plan before
    QVERIFY(dashboard->suggestionText().contains(QStringLiteral("Stale")));
    workbench->undoStack()->undo();
    QVERIFY(workbench->plan() == before);
    QVERIFY(dashboard->applyButton()->isEnabled());
    QVERIFY(!dashboard->isSensitivityStale());
    QVERIFY(!dashboard->suggestionText().contains(QStringLiteral("Stale")));
}

void TestDashboard::previousRunShowsWhatChanged()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openModelAndData(window);
    Workbench *workbench = window.workbench();
    qs::ui::ComparisonDashboard *dashboard = window.dashboard();
    workbench->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    const auto first = workbench->comparison();
    QVERIFY(first);
    QVERIFY(!workbench->previousComparison());
    QVERIFY(dashboard->previousRunText().isEmpty());

    // Keep the first layer in float and compare again: the first run stays beside the new one,
    // with what changed in between and how the figures moved.
    const std::vector<qs::LayerInfo> &layers = workbench->model()->layers();
    qs::QuantPlan plan = workbench->plan();
    qs::LayerQuantConfig config = plan.resolve(layers.front());
    config.mode = qs::LayerMode::Float;
    plan.setOverride(layers.front().name, config);
    QVERIFY(workbench->editPlan(plan, QStringLiteral("keep the first layer in float")));
    workbench->compare();
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QCOMPARE(workbench->previousComparison(), first);
    const QStringList changes = qs::ui::planChanges(first->basis.plan, workbench->comparison()->basis.plan, layers);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.front(),
        QStringLiteral("%1: static int8 → float").arg(qs::ui::layerNameHtml(QString::fromStdString(layers.front().name))));
    const QString text = dashboard->previousRunText();
    QVERIFY2(text.contains(changes.front()) && text.contains(QStringLiteral("top-1"))
            && text.contains(QStringLiteral("agreement")) && text.contains(QStringLiteral("Undo")),
        qPrintable(text));
    // The size moved: a float layer is four times bigger.
    QVERIFY(workbench->comparison()->result.sizeRatio > first->result.sizeRatio);
    QVERIFY2(text.contains(QStringLiteral("→")), qPrintable(text));

    // Another model: nothing to set against.
    window.openModel(fixture(QStringLiteral("models/mlp_scripted.pt")));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench->isBusy(), jobTimeoutMs);
    QVERIFY(!workbench->previousComparison());
    QVERIFY(dashboard->previousRunText().isEmpty());
}

void TestDashboard::notesInTheStatusLine()
{
    qs::ComparisonResult r;
    r.threads = 2;
    r.coresWhileTiming = 0.8; // two threads kept less than one core busy: other programs had the CPU
    r.notes = { *qs::busyMachineNote(r.coresWhileTiming, r.threads), "add_0 stays float: calibration did not observe it",
                "timed with 2 LibTorch and 2 OpenBLAS threads" };
    const QString text = qs::ui::ComparisonDashboard::notesText(r);
    QVERIFY2(text.contains(QStringLiteral("<b>The CPU was busy</b>")) && text.contains(QStringLiteral("2 threads kept 0.8 cores busy")),
             qPrintable(text));
    QVERIFY2(!text.contains(QString::fromStdString(r.notes.front())), qPrintable(text)); // said once, translatably
    QVERIFY(text.contains(QStringLiteral("Note: add_0 stays float")));
    QVERIFY(!text.contains(QStringLiteral("timed with"))); // the measured-on line gives the threads
    r.coresWhileTiming = 1.9;
    r.notes.erase(r.notes.begin());
    QVERIFY(!qs::ui::ComparisonDashboard::notesText(r).contains(QStringLiteral("busy")));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
