// The layer table: a well-behaved item model whose numbers are core's, sortable and filterable
// through a QSortFilterProxyModel as the window uses it.

#include "LayerTableModel.h"
#include "ModelAnalysis.h"
#include "NumberFormat.h"

#include "quantscope/WeightQParams.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QtTest>

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

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
