#pragma once

#include "quantscope/Comparison.h"

#include <QAbstractTableModel>

#include <optional>

namespace qs::ui {

// The comparison's headline figures, one row each (size, latency, throughput, accuracy,
// agreement, output SQNR): original, quantized, their change, and the two values for a bar chart.
class ComparisonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonTableModel)

public:
    enum Row {
        FileBytesRow,
        ParameterBytesRow,
        LatencyMedianRow,
        LatencyP95Row,
        LatencyBatch1MedianRow,
        LatencyBatch1P95Row,
        ThroughputRow,
        AccuracyRow,
        AgreementRow,
        OutputSqnrRow,
        RowCount
    };
    Q_ENUM(Row)
    enum Column { FigureColumn, OriginalColumn, QuantizedColumn, ChangeColumn, BarsColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        // QVariantList {original, quantized} as plain numbers (NaN: no bar) for the bars column,
        // and the plain number of a value cell.
        ValueRole = Qt::UserRole + 1,
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);
    ~ComparisonTableModel() override;

    void setResult(const qs::ComparisonResult &result);
    void clear();
    bool hasResult() const { return m_result.has_value(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The plain numbers of a row: original and quantized (NaN when a side has none).
    std::pair<double, double> values(int row) const;
    QString figureName(int row) const;
    QString formatted(int row, double value) const;
    QString change(int row) const;
    QString toolTip(int row) const;

    std::optional<qs::ComparisonResult> m_result;
};

} // namespace qs::ui
