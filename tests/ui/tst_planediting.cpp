// Editing the plan in the layer table: a mode changed through the view's combo box reaches the
// plan and undo restores it; several selected layers change together; "apply to all Conv";
// a refused plan leaves everything as it was and says why.

#include "LayerTableModel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "PlanEditor.h"
#include "Workbench.h"

#include "quantscope/Model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using qs::ui::LayerTableModel;
using qs::ui::MainWindow;

namespace {

constexpr int loadTimeoutMs = 60000;

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

int firstLayerOfKind(const qs::Model &model, qs::LayerKind kind)
{
    for (std::size_t i = 0; i < model.layers().size(); ++i) {
        if (model.layers()[i].kind == kind)
            return int(i);
    }
    return -1;
}

} // namespace

class TestPlanEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelUnderTester();
    void editModeThroughViewAndUndo();
    void selectedLayersChangeTogether();
    void applyToAllConv();
    void refusedPlanIsNotApplied();
    void lstmOffersOnlyItsModes();

private:
    void open(MainWindow &window, const QString &file);
};

void TestPlanEditing::open(MainWindow &window, const QString &file)
{
    window.openModel(fixture(file));
    QTRY_VERIFY_WITH_TIMEOUT(!window.workbench()->isBusy(), loadTimeoutMs);
    QVERIFY(window.workbench()->hasModel());
}

void TestPlanEditing::modelUnderTester()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    QAbstractItemModelTester tester(window.layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.layerProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(window, QStringLiteral("cnn_scripted.pt"));
    LayerTableModel *table = window.layerModel();
    QCOMPARE(table->columnCount(), int(LayerTableModel::ColumnCount));
    const auto model = window.workbench()->model();
    for (int row = 0; row < table->rowCount(); ++row) {
        const qs::LayerInfo &layer = model->layers().at(std::size_t(row));
        const qs::LayerQuantConfig config = window.workbench()->plan().resolve(layer);
        QCOMPARE(table->index(row, LayerTableModel::ModeColumn).data(Qt::EditRole).toString(),
            QString::fromStdString(qs::toString(config.mode)));
        QCOMPARE(table->index(row, LayerTableModel::BitsColumn).data(Qt::EditRole).toInt(), config.bits);
        QVERIFY(table->flags(table->index(row, LayerTableModel::ModeColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(table->flags(table->index(row, LayerTableModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(table->index(row, LayerTableModel::ModeColumn)
                    .data(LayerTableModel::ChoiceValuesRole)
                    .toStringList()
                    .contains(QStringLiteral("float")));
    }
    // A plan change goes through the tester's checks too.
    QVERIFY(window.planEditor()->setField({ 0 }, LayerTableModel::BitsColumn, QStringLiteral("4")));
    QCOMPARE(table->index(0, LayerTableModel::BitsColumn).data(Qt::EditRole).toInt(), 4);
    QVERIFY(table->index(0, LayerTableModel::BitsColumn).data(LayerTableModel::OverriddenRole).toBool());
}

void TestPlanEditing::editModeThroughViewAndUndo()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    open(window, QStringLiteral("cnn_scripted.pt"));
    qs::ui::Workbench *workbench = window.workbench();
    const auto model = workbench->model();
    const int linear = firstLayerOfKind(*model, qs::LayerKind::Linear);
    QVERIFY(linear >= 0);
    const qs::LayerInfo &layer = model->layers().at(std::size_t(linear));
    const qs::QuantPlan before = workbench->plan();
    QVERIFY(before.resolve(layer).mode == qs::LayerMode::StaticInt8);

    QTableView *view = window.layerView();
    const QModelIndex cell
        = window.layerProxy()->mapFromSource(window.layerModel()->index(linear, LayerTableModel::ModeColumn));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    const int floatIndex = combo->findData(QStringLiteral("float"));
    QVERIFY(floatIndex >= 0);
    combo->setCurrentIndex(floatIndex);
    Q_EMIT combo->activated(floatIndex);

    QVERIFY(workbench->plan().resolve(layer).mode == qs::LayerMode::Float);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), LayerTableModel::modeLabel(qs::LayerMode::Float));
    QCOMPARE(workbench->undoStack()->count(), 1);
    // The other layers kept their settings.
    for (const qs::LayerInfo &other : model->layers()) {
        if (other.name != layer.name)
            QCOMPARE(workbench->plan().resolve(other), before.resolve(other));
    }

    workbench->undoStack()->undo();
    QCOMPARE(workbench->plan(), before);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("static_int8"));
    workbench->undoStack()->redo();
    QVERIFY(workbench->plan().resolve(layer).mode == qs::LayerMode::Float);
}

void TestPlanEditing::selectedLayersChangeTogether()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    open(window, QStringLiteral("cnn_scripted.pt"));
    qs::ui::Workbench *workbench = window.workbench();
    window.layerView()->selectAll();
    const QList<int> selected = window.planEditor()->selectedLayers();
    QCOMPARE(selected.size(), window.layerModel()->rowCount());
    // An edit of one selected cell applies to the whole selection.
    const QModelIndex cell = window.layerModel()->index(0, LayerTableModel::BitsColumn);
    QVERIFY(window.layerModel()->setData(cell, QStringLiteral("6")));
    for (const qs::LayerInfo &layer : workbench->model()->layers())
        QCOMPARE(workbench->plan().resolve(layer).bits, 6);
    QCOMPARE(workbench->undoStack()->count(), 1); // one step for all of them
    workbench->undoStack()->undo();
    for (const qs::LayerInfo &layer : workbench->model()->layers())
        QCOMPARE(workbench->plan().resolve(layer).bits, 8);
}

void TestPlanEditing::applyToAllConv()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    open(window, QStringLiteral("cnn_scripted.pt"));
    qs::ui::Workbench *workbench = window.workbench();
    const auto model = workbench->model();
    const int conv = firstLayerOfKind(*model, qs::LayerKind::Conv2d);
    QVERIFY(window.planEditor()->setField({ conv }, LayerTableModel::ObserverColumn, QStringLiteral("percentile")));
    QVERIFY(window.planEditor()->applyToKind(conv, { qs::LayerKind::Conv1d, qs::LayerKind::Conv2d }, QStringLiteral("Conv")));
    for (const qs::LayerInfo &layer : model->layers()) {
        const auto observer = workbench->plan().resolve(layer).activationObserver;
        QVERIFY(observer
            == (layer.kind == qs::LayerKind::Conv2d ? qs::ObserverKind::Percentile : qs::ObserverKind::Histogram));
    }
    QCOMPARE(workbench->undoStack()->count(), 2);
}

void TestPlanEditing::refusedPlanIsNotApplied()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    window.show();
    open(window, QStringLiteral("cnn_scripted.pt"));
    qs::ui::Workbench *workbench = window.workbench();
    const qs::QuantPlan before = workbench->plan();
    qs::QuantPlan refused = before;
    refused.setOverride("no.such.layer", refused.defaults());
    QVERIFY(!workbench->editPlan(refused, QStringLiteral("Test edit")));
    QCOMPARE(workbench->plan(), before);
    QCOMPARE(workbench->undoStack()->count(), 0);
    QCOMPARE(window.messageBar()->type(), qs::ui::MessageBar::Type::Error);
    QVERIFY(window.messageBar()->isVisible());
    QVERIFY2(window.messageBar()->text().contains(QStringLiteral("no.such.layer")),
        qPrintable(window.messageBar()->text()));
}

void TestPlanEditing::lstmOffersOnlyItsModes()
{
    MainWindow window(MainWindow::SettingsUse::Ignore);
    open(window, QStringLiteral("lstm_scripted.pt"));
    const auto model = window.workbench()->model();
    const int lstm = firstLayerOfKind(*model, qs::LayerKind::Lstm);
    QVERIFY(lstm >= 0);
    const QModelIndex mode = window.layerModel()->index(lstm, LayerTableModel::ModeColumn);
    const QStringList choices = mode.data(LayerTableModel::ChoiceValuesRole).toStringList();
    QVERIFY(!choices.contains(QStringLiteral("static_int8")));
    QVERIFY(choices.contains(QStringLiteral("dynamic_int8")));
    QCOMPARE(mode.data(Qt::EditRole).toString(), QStringLiteral("dynamic_int8")); // resolved from a static default
    // Static int8 for the LSTM alone is skipped with a message, and the plan stays.
    const qs::QuantPlan before = window.workbench()->plan();
    QVERIFY(!window.planEditor()->setField({ lstm }, LayerTableModel::ModeColumn, QStringLiteral("static_int8")));
    QCOMPARE(window.workbench()->plan(), before);
}

QTEST_MAIN(TestPlanEditing)
#include "tst_planediting.moc"
