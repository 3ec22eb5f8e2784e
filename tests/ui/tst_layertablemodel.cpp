// The layer table: a well-behaved item model whose numbers are core's, sortable and filterable
// through a QSortFilterProxyModel as the window uses it.

#include "LayerTableModel.h"
#include "ModelAnalysis.h"
#include "NumberFormat.h"

#include "quantscope/WeightQParams.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <cmath>
#include <limits>

using qs::ui::LayerTableModel;
using qs::ui::ModelAnalysis;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(QS_TEST_DATA_DIR "/models/") + name;
}

std::shared_ptr<const ModelAnalysis> analyse(const QString &file)
{
    return ModelAnalysis::analyse(qs::Model::load(fixture(file).toStdString()));
}

QVariant cell(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role);
}

// A comparison of cnn_traced's four layers as core reports it: features.4's output was not
// located, classifier.1 is below the 20 dB threshold, classifier.3's outputs are identical.
std::shared_ptr<qs::ui::MeasuredComparison> cnnComparison()
{
    auto measured = std::make_shared<qs::ui::MeasuredComparison>();
    measured->result.flagBelowDb = 20.0;
    const auto add = [&](const char *name, double weightDb, double outputDb, bool wasMeasured) {
        qs::LayerError e;
        e.name = name;
        e.mode = qs::LayerMode::StaticInt8;
        e.weightSqnrDb = weightDb;
        e.outputSqnrDb = outputDb;
        e.measured = wasMeasured;
        e.flagged = wasMeasured && outputDb < measured->result.flagBelowDb;
        measured->result.layers.push_back(e);
    };
    add("features.0", 9.5, 31.25, true);
    add("features.4", 120.0, std::nan(""), false);
    add("classifier.1", 35.0, 12.5, true);
    add("classifier.3", 41.0, std::numeric_limits<double>::infinity(), true);
    return measured;
}

// Sensitivity as core ranks it (most sensitive first, not the model's order); classifier.3 stayed float.
std::shared_ptr<qs::ui::MeasuredSensitivity> cnnSensitivity()
{
    auto measured = std::make_shared<qs::ui::MeasuredSensitivity>();
    const auto add = [&](const char *name, double drop, double gain) {
        qs::LayerSensitivity s;
        s.name = name;
        s.aloneDropPoints = drop;
        s.allButGainPoints = gain;
        measured->result.layers.push_back(s);
    };
    add("features.4", 10.0, 0.4);
    add("features.0", 2.0, 0.1);
    add("classifier.1", -0.15, 0.0);
    return measured;
}

int rowOf(const QAbstractItemModel &m, const QString &name)
{
    for (int row = 0; row < m.rowCount(); ++row)
        if (cell(m, row, LayerTableModel::NameColumn).toString() == name)
            return row;
    return -1;
}

} // namespace

class TestLayerTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreCores_data();
    void valuesAreCores();
    void passesModelTester();
    void tooltipsAndWarnings();
    void sortsThroughProxy_data();
    void sortsThroughProxy();
    void filtersThroughProxy();
    void measuredColumnsEmptyBeforeResults();
    void measuredCellsAreTheResults();
    void measuredColumnsSortNumerically_data();
    void measuredColumnsSortNumerically();
    void filtersMeasuredColumns();
};

void TestLayerTableModel::valuesAreCores_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : { "cnn_scripted.pt", "cnn_traced.pt", "lstm_traced.pt", "sequence_scripted.pt",
             "residual_traced.pt", "nan_weights.pt", "no_layers.pt" })
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestLayerTableModel::valuesAreCores()
{
    QFETCH(QString, file);
    const auto analysis = analyse(file);
    const qs::Model &model = *analysis->model;
    LayerTableModel table;
    table.setModel(analysis);
    QCOMPARE(table.rowCount(), int(model.layers().size()));
    QCOMPARE(table.columnCount(), int(LayerTableModel::ColumnCount));
    for (int row = 0; row < table.rowCount(); ++row) {
        const qs::LayerInfo &layer = model.layers().at(std::size_t(row));
        const qs::QParams qp = qs::weightQParams(layer, qs::perTensorAffineQUInt8());
        QCOMPARE(cell(table, row, LayerTableModel::NameColumn).toString(), QString::fromStdString(layer.name));
        QCOMPARE(
            cell(table, row, LayerTableModel::OpColumn).toString(), QString::fromStdString(qs::toString(layer.kind)));
        QCOMPARE(
            cell(table, row, LayerTableModel::ShapeColumn).toString(), QString::fromStdString(layer.shapeString()));
        QCOMPARE(
            cell(table, row, LayerTableModel::ParamsColumn, LayerTableModel::SortRole).toLongLong(), layer.paramCount);
        QCOMPARE(
            cell(table, row, LayerTableModel::MinColumn, LayerTableModel::SortRole).toDouble(), layer.weightStats.min);
        QCOMPARE(
            cell(table, row, LayerTableModel::MaxColumn, LayerTableModel::SortRole).toDouble(), layer.weightStats.max);
        QCOMPARE(
            cell(table, row, LayerTableModel::ScaleColumn, LayerTableModel::SortRole).toDouble(), double(qp.scale));
        QCOMPARE(cell(table, row, LayerTableModel::ZeroPointColumn, LayerTableModel::SortRole).toInt(), qp.zeroPoint);
        // What the user reads is the same number, written in their locale.
        QCOMPARE(cell(table, row, LayerTableModel::ScaleColumn).toString(), qs::ui::formatValue(qp.scale));
        QCOMPARE(cell(table, row, LayerTableModel::MinColumn).toString(), qs::ui::formatValue(layer.weightStats.min));
        QCOMPARE(cell(table, row, LayerTableModel::ZeroPointColumn).toString(), QString::number(qp.zeroPoint));
        QCOMPARE(cell(table, row, LayerTableModel::NameColumn, LayerTableModel::LayerIndexRole).toInt(), row);
    }
}

void TestLayerTableModel::passesModelTester()
{
    LayerTableModel table;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSortRole(LayerTableModel::SortRole);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *file : { "cnn_traced.pt", "no_layers.pt", "sequence_traced.pt", "nan_weights.pt" }) {
        table.setModel(analyse(QString::fromLatin1(file)));
        for (int column = 0; column < LayerTableModel::ColumnCount; ++column)
            proxy.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    table.setModel(nullptr);
    QCOMPARE(table.rowCount(), 0);
}

void TestLayerTableModel::tooltipsAndWarnings()
{
    const auto cnn = analyse(QStringLiteral("cnn_traced.pt"));
    LayerTableModel table;
    table.setModel(cnn);
    // features.0 runs into batch_norm → relu → max_pool2d.
    const QString nameTip = cell(table, 0, LayerTableModel::NameColumn, Qt::ToolTipRole).toString();
    QVERIFY2(nameTip.contains(qs::ui::formatOpChain(cnn->model->layers()[0].followedBy)), qPrintable(nameTip));
    QVERIFY(nameTip.contains(QStringLiteral("batch_norm")));
    // The per-channel scale range is core's.
    const auto perChannel = qs::weightQParamsPerChannel(*cnn->model, 0, qs::perChannelSymmetricQInt8());
    const auto [low, high] = std::minmax_element(perChannel.scales.begin(), perChannel.scales.end());
    const QString scaleTip = cell(table, 0, LayerTableModel::ScaleColumn, Qt::ToolTipRole).toString();
    QVERIFY2(scaleTip.contains(qs::ui::formatValue(*low)) && scaleTip.contains(qs::ui::formatValue(*high)),
        qPrintable(scaleTip));
    QVERIFY(cell(table, 0, LayerTableModel::NameColumn, Qt::DecorationRole).isNull());
    QVERIFY(!table.headerData(LayerTableModel::ScaleColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

    const auto nan = analyse(QStringLiteral("nan_weights.pt"));
    table.setModel(nan);
    int warned = 0;
    for (int row = 0; row < table.rowCount(); ++row) {
        const qs::LayerInfo &layer = nan->model->layers().at(std::size_t(row));
        const QVariant icon = cell(table, row, LayerTableModel::NameColumn, Qt::DecorationRole);
        QCOMPARE(icon.isValid(), !layer.warnings.empty());
        if (layer.warnings.empty())
            continue;
        ++warned;
        QVERIFY(!icon.value<QIcon>().isNull());
        QVERIFY(cell(table, row, LayerTableModel::NameColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromStdString(layer.warnings.front())));
    }
    QVERIFY(warned > 0);
}

void TestLayerTableModel::sortsThroughProxy_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column : { int(LayerTableModel::ParamsColumn), int(LayerTableModel::MinColumn),
             int(LayerTableModel::ScaleColumn), int(LayerTableModel::ShapeColumn) }) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

void TestLayerTableModel::sortsThroughProxy()
{
    QFETCH(int, column);
    QFETCH(int, order);
    const auto analysis = analyse(QStringLiteral("sequence_scripted.pt"));
    LayerTableModel table;
    table.setModel(analysis);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSortRole(LayerTableModel::SortRole);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(proxy.rowCount(), 4);
    QList<double> seen;
    QSet<int> layers;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        seen << cell(proxy, row, column, LayerTableModel::SortRole).toDouble();
        layers << cell(proxy, row, LayerTableModel::NameColumn, LayerTableModel::LayerIndexRole).toInt();
    }
    QList<double> sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    if (order == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted);
    QCOMPARE(layers.size(), 4); // every layer once, its index still reachable after sorting
}

void TestLayerTableModel::filtersThroughProxy()
{
    LayerTableModel table;
    table.setModel(analyse(QStringLiteral("cnn_scripted.pt")));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("linear"));
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(cell(proxy, 0, LayerTableModel::NameColumn).toString(), QStringLiteral("classifier.1"));
    proxy.setFilterFixedString(QStringLiteral("features.4"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, LayerTableModel::NameColumn, LayerTableModel::LayerIndexRole).toInt(), 1);
}

void TestLayerTableModel::measuredColumnsEmptyBeforeResults()
{
    LayerTableModel table;
    table.setModel(analyse(QStringLiteral("cnn_traced.pt")));
    QCOMPARE(table.rowCount(), 4);
    for (int column : { int(LayerTableModel::WeightSqnrColumn), int(LayerTableModel::OutputSqnrColumn),
             int(LayerTableModel::SensitivityColumn) }) {
        QVERIFY(!table.headerData(column, Qt::Horizontal).toString().isEmpty());
        const QString headerTip = table.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY2(headerTip.contains(column == LayerTableModel::SensitivityColumn
                                        ? QStringLiteral("Ctrl+Shift+R")
                                        : QStringLiteral("Tools ▸ Compare (Ctrl+R) fills this")),
            qPrintable(headerTip));
        for (int row = 0; row < table.rowCount(); ++row) {
            QVERIFY(cell(table, row, column).toString().isEmpty());
            QVERIFY(!cell(table, row, column, LayerTableModel::BarShareRole).isValid());
            if (column == LayerTableModel::SensitivityColumn) // counts lowest, so last when most sensitive come first
                QCOMPARE(cell(table, row, column, LayerTableModel::SortRole).toDouble(),
                    -std::numeric_limits<double>::infinity());
            else // the proxy sorts it after every measured value
                QVERIFY(!cell(table, row, column, LayerTableModel::SortRole).isValid());
        }
    }
}

void TestLayerTableModel::measuredCellsAreTheResults()
{
    LayerTableModel table;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSortRole(LayerTableModel::SortRole);
    proxy.sort(LayerTableModel::OutputSqnrColumn);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.setModel(analyse(QStringLiteral("cnn_traced.pt")));
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    const auto comparison = cnnComparison();
    const auto sensitivity = cnnSensitivity();
    table.setMeasurements(comparison, {}, sensitivity, {});
    QCOMPARE(changed.size(), 1);
    QVERIFY(!table.headerData(LayerTableModel::OutputSqnrColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("fills this")));

    const QLocale locale;
    for (const qs::LayerError &e : comparison->result.layers) {
        const int row = rowOf(table, QString::fromStdString(e.name));
        QVERIFY(row >= 0);
        QCOMPARE(cell(table, row, LayerTableModel::WeightSqnrColumn, LayerTableModel::SortRole).toDouble(),
            e.weightSqnrDb);
        QCOMPARE(cell(table, row, LayerTableModel::WeightSqnrColumn).toString(), locale.toString(e.weightSqnrDb, 'f', 1));
        QCOMPARE(cell(table, row, LayerTableModel::WeightSqnrColumn, LayerTableModel::BarShareRole).toDouble(),
            std::min(1.0, e.weightSqnrDb / qs::ui::LayerMeasurements::sqnrBarTopDb));
        const QVariant output = cell(table, row, LayerTableModel::OutputSqnrColumn, LayerTableModel::SortRole);
        if (!e.measured) { // an empty cell that says why
            QVERIFY(!output.isValid());
            QVERIFY(cell(table, row, LayerTableModel::OutputSqnrColumn).toString().isEmpty());
            QVERIFY(!cell(table, row, LayerTableModel::OutputSqnrColumn, LayerTableModel::BarShareRole).isValid());
            QVERIFY(cell(table, row, LayerTableModel::OutputSqnrColumn, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Not measured")));
            continue;
        }
        QCOMPARE(output.toDouble(), e.outputSqnrDb);
        const QColor colour
            = cell(table, row, LayerTableModel::OutputSqnrColumn, LayerTableModel::BarColourRole).value<QColor>();
        QCOMPARE(colour.red() > colour.blue(), e.flagged); // flagged layers in red
        QCOMPARE(colour.alpha(), 255);
        QCOMPARE(cell(table, row, LayerTableModel::OutputSqnrColumn, Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Flagged")),
            e.flagged);
    }
    QCOMPARE(cell(table, 3, LayerTableModel::OutputSqnrColumn).toString(), QStringLiteral("∞"));
    QCOMPARE(cell(table, 3, LayerTableModel::OutputSqnrColumn, LayerTableModel::BarShareRole).toDouble(), 1.0);
    QCOMPARE(cell(table, 2, LayerTableModel::OutputSqnrColumn).toString(), locale.toString(12.5, 'f', 1));

    // Sensitivity: the drop with only this layer quantized, by name; the largest fills the bar.
    for (const qs::LayerSensitivity &s : sensitivity->result.layers) {
        const int row = rowOf(table, QString::fromStdString(s.name));
        QCOMPARE(cell(table, row, LayerTableModel::SensitivityColumn, LayerTableModel::SortRole).toDouble(),
            s.aloneDropPoints);
        QCOMPARE(cell(table, row, LayerTableModel::SensitivityColumn).toString(), locale.toString(s.aloneDropPoints, 'f', 2));
    }
    QCOMPARE(cell(table, 1, LayerTableModel::SensitivityColumn, LayerTableModel::BarShareRole).toDouble(), 1.0);
    QCOMPARE(cell(table, 0, LayerTableModel::SensitivityColumn, LayerTableModel::BarShareRole).toDouble(), 0.2);
    QVERIFY(!cell(table, 2, LayerTableModel::SensitivityColumn, LayerTableModel::BarShareRole).isValid()); // a gain
    QVERIFY(cell(table, 3, LayerTableModel::SensitivityColumn).toString().isEmpty()); // stayed float
    QVERIFY(cell(table, 3, LayerTableModel::SensitivityColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Not measured")));

    // Stale comparison: faded bars that say why; the sensitivity is still current.
    table.setMeasurements(comparison, QStringLiteral("the plan has changed since"), sensitivity, {});
    QVERIFY(cell(table, 0, LayerTableModel::WeightSqnrColumn, LayerTableModel::BarColourRole).value<QColor>().alpha()
        < 255);
    const QString staleTip = cell(table, 0, LayerTableModel::OutputSqnrColumn, Qt::ToolTipRole).toString();
    QVERIFY2(staleTip.contains(QStringLiteral("Stale: the plan has changed since")), qPrintable(staleTip));
    QCOMPARE(cell(table, 0, LayerTableModel::SensitivityColumn, LayerTableModel::BarColourRole).value<QColor>().alpha(),
        255);

    // Results leave (another model): empty again.
    table.setMeasurements(nullptr, {}, nullptr, {});
    QVERIFY(cell(table, 0, LayerTableModel::WeightSqnrColumn).toString().isEmpty());
    table.setModel(nullptr);
    table.setMeasurements(comparison, {}, sensitivity, {}); // no rows: nothing to change, still valid
    QCOMPARE(table.rowCount(), 0);
}

void TestLayerTableModel::measuredColumnsSortNumerically_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    // As text "120.0" < "35.0" < "41.0" < "9.5": only a numeric sort gives these.
    QTest::addRow("weight SQNR ascending") << int(LayerTableModel::WeightSqnrColumn) << int(Qt::AscendingOrder)
                                           << QStringList { "features.0", "classifier.1", "classifier.3", "features.4" };
    QTest::addRow("weight SQNR descending") << int(LayerTableModel::WeightSqnrColumn) << int(Qt::DescendingOrder)
                                            << QStringList { "features.4", "classifier.3", "classifier.1", "features.0" };
    // Not measured last; identical outputs (+inf) above every finite value.
    QTest::addRow("output SQNR ascending") << int(LayerTableModel::OutputSqnrColumn) << int(Qt::AscendingOrder)
                                           << QStringList { "classifier.1", "features.0", "classifier.3", "features.4" };
    QTest::addRow("sensitivity descending") << int(LayerTableModel::SensitivityColumn) << int(Qt::DescendingOrder)
                                            << QStringList { "features.4", "features.0", "classifier.1", "classifier.3" };
}

void TestLayerTableModel::measuredColumnsSortNumerically()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    LayerTableModel table;
    table.setModel(analyse(QStringLiteral("cnn_traced.pt")));
    table.setMeasurements(cnnComparison(), {}, cnnSensitivity(), {});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setSortRole(LayerTableModel::SortRole);
    proxy.sort(column, Qt::SortOrder(order));
    QStringList seen;
    for (int row = 0; row < proxy.rowCount(); ++row)
        seen << cell(proxy, row, LayerTableModel::NameColumn).toString();
    QCOMPARE(seen, expected);
}

void TestLayerTableModel::filtersMeasuredColumns()
{
    LayerTableModel table;
    table.setModel(analyse(QStringLiteral("cnn_traced.pt")));
    table.setMeasurements(cnnComparison(), {}, cnnSensitivity(), {});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    proxy.setFilterKeyColumn(LayerTableModel::WeightSqnrColumn);
    proxy.setFilterFixedString(QLocale().toString(120.0, 'f', 1));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(cell(proxy, 0, LayerTableModel::NameColumn).toString(), QStringLiteral("features.4"));
}

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
