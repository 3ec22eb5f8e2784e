// The window headless: a model opens in the background while the event loop runs, selecting a
// layer shows that layer's data, a bad file shows an error in the message bar and keeps the model.

#include "DemoModels.h"
#include "JobStatusWidget.h"
#include "LayerPanel.h"
#include "LayerTableModel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "NumberFormat.h"
#include "RecentFilesMenu.h"
#include "WeightHistogramPlot.h"
#include "Workbench.h"

#include "quantscope/WeightQParams.h"

#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QMenu>
#include <QMenuBar>
#include <QDockWidget>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using qs::ui::LayerPanel;
using qs::ui::LayerTableModel;
using qs::ui::MainWindow;
using qs::ui::MessageBar;

namespace {

constexpr int loadTimeoutMs = 60000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

// Proxy row showing the layer with this index.
int viewRowOf(const MainWindow &window, int layer)
{
    return window.layerProxy()->mapFromSource(window.layerModel()->index(layer, 0)).row();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensModelInBackground();
    void selectingLayerShowsItsData();
    void badFileKeepsModel();
    void cancelKeepsModel();
    void newerOpenWins();
    void filterAndSort();
    void dropOpensFile();
    void demoModelOrMessage();
    void modelWarningsShow();
    void remembersRecentFilesAndLayout();
    void layerTableFitsTheWindow();

private:
    void openAndWait(MainWindow &window, const QString &file);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
}

void TestMainWindow::openAndWait(MainWindow &window, const QString &file)
{
    window.openModel(fixture(file));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
}

void TestMainWindow::opensModelInBackground()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    QSignalSpy finished(window.workbench(), &qs::ui::Workbench::loadFinished);
    QSignalSpy progress(&window.workbench()->jobs(), &qs::ui::JobRunner::progressChanged);

    window.openModel(fixture(QStringLiteral("cnn_scripted.pt")));
    // openModel returned before the model was loaded: the work runs elsewhere.
    QVERIFY(window.workbench()->isBusy());
    QVERIFY(!window.workbench()->hasModel());
    QVERIFY(window.jobStatus()->isVisible());
    QVERIFY(window.jobStatus()->text().contains(QStringLiteral("cnn_scripted.pt")));
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    ticker.stop();
    QVERIFY2(ticks > 0, "the event loop did not run while the model loaded");
    // Progress reached the UI thread, in order, with core's stage names.
    QVERIFY(!progress.isEmpty());
    QVERIFY(!progress.constFirst().at(2).toString().isEmpty());
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(1).toDouble() >= progress.at(i - 1).at(1).toDouble());
    QVERIFY(!window.jobStatus()->isVisible());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), true);

    const auto model = window.workbench()->model();
    QVERIFY(model);
    QCOMPARE(window.layerModel()->rowCount(), 4);
    QCOMPARE(window.workbench()->selectedLayer(), 0);
    QCOMPARE(window.layerPanel()->title(), QStringLiteral("features.0"));
    QCOMPARE(window.layerPanel()->histogramPlot()->histogram().counts, model->weightHistogram(0, 256).counts);
    QVERIFY(window.summaryText().contains(QStringLiteral("cnn_scripted.pt")));
    QVERIFY(window.summaryText().contains(qs::ui::formatCount(model->summary().totalParams)));
    QVERIFY(window.windowTitle().contains(QStringLiteral("cnn_scripted.pt")));
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::selectingLayerShowsItsData()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndWait(window, QStringLiteral("cnn_scripted.pt"));
    const auto model = window.workbench()->model();
    QVERIFY(model);

    for (int layer : { 2, 1, 3 }) {
        window.layerView()->selectRow(viewRowOf(window, layer));
        QCOMPARE(window.workbench()->selectedLayer(), layer);
        const qs::LayerInfo &info = model->layers().at(std::size_t(layer));
        QCOMPARE(window.layerPanel()->title(), QString::fromStdString(info.name));
        const qs::ui::WeightHistogramPlot *plot = window.layerPanel()->histogramPlot();
        QCOMPARE(plot->histogram().counts, model->weightHistogram(std::size_t(layer), 256).counts);
        QCOMPARE(plot->minLinePosition(), info.weightStats.min);
        QCOMPARE(plot->maxLinePosition(), info.weightStats.max);
        const qs::QParams affine = qs::weightQParams(info, qs::perTensorAffineQUInt8());
        const qs::QParams symmetric = qs::weightQParams(info, qs::perTensorSymmetricQInt8());
        QCOMPARE(window.layerPanel()->fieldText(LayerPanel::Field::AffineScale), qs::ui::formatValue(affine.scale));
        QCOMPARE(window.layerPanel()->fieldText(LayerPanel::Field::AffineZeroPoint), QString::number(affine.zeroPoint));
        QCOMPARE(
            window.layerPanel()->fieldText(LayerPanel::Field::SymmetricScale), qs::ui::formatValue(symmetric.scale));
        QCOMPARE(window.layerPanel()->fieldText(LayerPanel::Field::Mean), qs::ui::formatValue(info.weightStats.mean));
        QCOMPARE(window.layerPanel()->fieldText(LayerPanel::Field::Shape), QString::fromStdString(info.shapeString()));
    }
    // Selecting through the workbench moves the table's selection too.
    QVERIFY(window.workbench()->selectLayer(QStringLiteral("features.4")));
    QCOMPARE(window.layerView()->currentIndex().row(), viewRowOf(window, 1));
    QVERIFY(!window.workbench()->selectLayer(QStringLiteral("no.such.layer")));
    QCOMPARE(window.workbench()->selectedLayer(), 1);
}

void TestMainWindow::badFileKeepsModel()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndWait(window, QStringLiteral("cnn_scripted.pt"));
    const auto model = window.workbench()->model();
    window.layerView()->selectRow(viewRowOf(window, 2));
    QSignalSpy errors(window.workbench(), &qs::ui::Workbench::errorOccurred);

    openAndWait(window, QStringLiteral("state_dict.pt"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(
        window.messageBar()->text().contains(QStringLiteral("state_dict")), qPrintable(window.messageBar()->text()));
    QVERIFY(window.messageBar()->details().contains(QStringLiteral("state_dict.pt")));
    QVERIFY(!window.messageBar()->isDetailsVisible());
    window.messageBar()->setDetailsVisible(true);
    QVERIFY(window.messageBar()->isDetailsVisible());
    // The previous model, its table and the selected layer stay.
    QCOMPARE(window.workbench()->model(), model);
    QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("cnn_scripted.pt")));
    QCOMPARE(window.layerModel()->rowCount(), 4);
    QCOMPARE(window.workbench()->selectedLayer(), 2);
    QCOMPARE(window.layerPanel()->histogramPlot()->histogram().counts, model->weightHistogram(2, 256).counts);

    // A missing file is an error too; the next good file clears the error.
    openAndWait(window, QStringLiteral("does_not_exist.pt"));
    QCOMPARE(errors.size(), 2);
    openAndWait(window, QStringLiteral("mlp_traced.pt"));
    QVERIFY(!window.messageBar()->isVisible());
    QCOMPARE(window.layerModel()->rowCount(), 3);
}

void TestMainWindow::cancelKeepsModel()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndWait(window, QStringLiteral("cnn_traced.pt"));
    const auto model = window.workbench()->model();
    QSignalSpy finished(window.workbench(), &qs::ui::Workbench::loadFinished);
    QSignalSpy errors(window.workbench(), &qs::ui::Workbench::errorOccurred);
    window.openModel(fixture(QStringLiteral("lstm_traced.pt")));
    window.workbench()->cancelLoading();
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(window.workbench()->model(), model);
    QCOMPARE(window.layerModel()->rowCount(), 4);
}

void TestMainWindow::newerOpenWins()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QSignalSpy finished(window.workbench(), &qs::ui::Workbench::loadFinished);
    QSignalSpy changed(window.workbench(), &qs::ui::Workbench::modelChanged);
    window.openModel(fixture(QStringLiteral("mlp_scripted.pt")));
    window.openModel(fixture(QStringLiteral("sequence_traced.pt")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("sequence_traced.pt")));
    QCOMPARE(window.layerPanel()->title(), QStringLiteral("embed"));
}

void TestMainWindow::filterAndSort()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndWait(window, QStringLiteral("residual_traced.pt"));
    window.layerFilter()->setText(QStringLiteral("block"));
    QCOMPARE(window.layerProxy()->rowCount(), 2);
    window.layerFilter()->clear();
    QCOMPARE(window.layerProxy()->rowCount(), 4);
    window.layerView()->sortByColumn(LayerTableModel::ParamsColumn, Qt::DescendingOrder);
    const auto model = window.workbench()->model();
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (int row = 0; row < window.layerProxy()->rowCount(); ++row) {
        const std::int64_t params = window.layerProxy()
                                        ->index(row, LayerTableModel::ParamsColumn)
                                        .data(LayerTableModel::SortRole)
                                        .toLongLong();
        QVERIFY(params <= previous);
        previous = params;
    }
    // Clicking a sorted row selects the layer it shows, not the layer at that model row.
    window.layerView()->selectRow(0);
    const int layer = window.layerProxy()->index(0, 0).data(LayerTableModel::LayerIndexRole).toInt();
    QCOMPARE(window.workbench()->selectedLayer(), layer);
    QCOMPARE(window.layerPanel()->title(), QString::fromStdString(model->layers().at(std::size_t(layer)).name));
}

void TestMainWindow::dropOpensFile()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(fixture(QStringLiteral("mlp_traced.pt"))) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.workbench()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("mlp_traced.pt")));
    QCOMPARE(window.layerModel()->rowCount(), 3);
}

void TestMainWindow::demoModelOrMessage()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    window.openDemoModel();
    if (qs::ui::DemoModels::find().isEmpty()) {
        QVERIFY(!window.workbench()->isBusy());
        QVERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Information);
        QVERIFY(window.messageBar()->details().contains(QStringLiteral("cnn.pt")));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
        QVERIFY(window.workbench()->hasModel());
        QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("cnn.pt")));
    }
}

void TestMainWindow::modelWarningsShow()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    openAndWait(window, QStringLiteral("nan_weights.pt"));
    QVERIFY(window.workbench()->hasModel());
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->type(), MessageBar::Type::Warning);
    QVERIFY(window.messageBar()->text().contains(QStringLiteral("NaN")));

    openAndWait(window, QStringLiteral("no_layers.pt"));
    QCOMPARE(window.workbench()->selectedLayer(), -1);
    QCOMPARE(window.layerModel()->rowCount(), 0);
    QCOMPARE(window.layerPanel()->title(), LayerPanel::tr("This model has no quantizable layer"));
    QVERIFY(window.layerPanel()->histogramPlot()->histogram().counts.empty());
}

void TestMainWindow::layerTableFitsTheWindow()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openAndWait(window, QStringLiteral("cnn_traced.pt"));
    QTableView *view = window.layerView();
    QHeaderView *header = view->horizontalHeader();
    // Weight min/max and the zero point are in the inspector: hidden here until asked for.
    QVERIFY(header->isSectionHidden(qs::ui::LayerTableModel::MinColumn));
    QVERIFY(header->isSectionHidden(qs::ui::LayerTableModel::ZeroPointColumn));
    int width = 0;
    for (int column = 0; column < header->count(); ++column)
        width += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    QVERIFY2(width <= view->viewport()->width(),
        qPrintable(QStringLiteral("%1 > %2").arg(width).arg(view->viewport()->width())));
    // The View menu lists the dock.
    QVERIFY(window.menuBar()->actions().at(2)->menu()->actions().contains(window.comparisonDock()->toggleViewAction()));

    // Long layer names (the resnet demo's "layer2.downsample.0"): until the user places the
    // splitter, the list takes the width its columns need (up to 55 %), so they come whole; in a
    // table the user made narrow they keep 15 characters, and come whole again when it is widened.
    if (qs::ui::DemoModels::find().isEmpty())
        return;
    window.openDemoModel(QStringLiteral("resnet"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QVERIFY(window.workbench()->modelPath().endsWith(QStringLiteral("resnet.pt")));
    const QString longest = QStringLiteral("layer2.downsample.0");
    QVERIFY(!window.layerModel()->match(window.layerModel()->index(0, 0), Qt::DisplayRole, longest).isEmpty());
    const int nameColumn = qs::ui::LayerTableModel::NameColumn;
    const int fifteen = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 15;
    QVERIFY2(view->columnWidth(nameColumn) > view->fontMetrics().horizontalAdvance(longest),
        qPrintable(QString::number(view->columnWidth(nameColumn))));
    auto *split = window.findChild<QSplitter *>(QStringLiteral("layerSplitter"));
    QVERIFY(split);
    const int total = split->sizes().at(0) + split->sizes().at(1);
    // Dragging the handle (QSplitter::moveSplitter is protected; its signal is what a drag emits).
    split->setSizes({ 420, total - 420 });
    Q_EMIT split->splitterMoved(420, 1);
    QVERIFY(view->columnWidth(nameColumn) >= fifteen);
    QVERIFY(view->columnWidth(nameColumn) < view->fontMetrics().horizontalAdvance(longest));
    split->setSizes({ 800, total - 800 });
    QVERIFY(view->columnWidth(nameColumn) < view->fontMetrics().horizontalAdvance(longest)); // setSizes alone moves nothing
    Q_EMIT split->splitterMoved(800, 1);
    QVERIFY2(view->columnWidth(nameColumn) > view->fontMetrics().horizontalAdvance(longest),
        qPrintable(QString::number(view->columnWidth(nameColumn))));
    // Once placed by the user, a new model leaves the splitter where it is.
    window.openDemoModel(QStringLiteral("cnn"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QCOMPARE(split->sizes().at(0), 800);
}

void TestMainWindow::remembersRecentFilesAndLayout()
{
    QSettings().clear(); // the test-mode settings of an earlier run
    QByteArray splitter;
    {
        MainWindow window(MainWindow::SettingsUse::ReadWrite);
        window.show();
        QVERIFY(window.recentFiles()->files().isEmpty());
        openAndWait(window, QStringLiteral("mlp_traced.pt"));
        openAndWait(window, QStringLiteral("state_dict.pt")); // a failure is not remembered
        openAndWait(window, QStringLiteral("cnn_traced.pt"));
        QCOMPARE(window.recentFiles()->files(),
            QStringList({ fixture(QStringLiteral("cnn_traced.pt")), fixture(QStringLiteral("mlp_traced.pt")) }));
        auto *split = window.findChild<QSplitter *>(QStringLiteral("layerSplitter"));
        QVERIFY(split);
        split->setSizes({ 300, 980 });
        splitter = split->saveState();
        // Docks move and hidden columns come back; both are remembered.
        window.addDockWidget(Qt::RightDockWidgetArea, window.comparisonDock());
        window.layerView()->horizontalHeader()->setSectionHidden(qs::ui::LayerTableModel::MinColumn, false);
        window.close();
    }
    MainWindow again(MainWindow::SettingsUse::ReadWrite);
    QCOMPARE(again.recentFiles()->files().size(), 2);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("layerSplitter"))->saveState(), splitter);
    QCOMPARE(again.dockWidgetArea(again.comparisonDock()), Qt::RightDockWidgetArea);
    QVERIFY(!again.layerView()->horizontalHeader()->isSectionHidden(qs::ui::LayerTableModel::MinColumn));
    // The menu opens what it lists.
    QAction *first = again.recentFiles()->actions().constFirst();
    QVERIFY(first->text().contains(QStringLiteral("cnn_traced.pt")));
    first->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!again.workbench()->isBusy(), loadTimeoutMs);
    QVERIFY(again.workbench()->modelPath().endsWith(QStringLiteral("cnn_traced.pt")));
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
