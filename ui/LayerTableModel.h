#pragma once

#include "ModelAnalysis.h"

#include <QAbstractTableModel>

#include <memory>

namespace qs::ui {

// The quantizable layers of a model, one row each, fed the whole analysed model.
// Display strings are in the user's locale; SortRole holds the plain number for sorting and tests.
class LayerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerTableModel)

public:
    enum Column {
        NameColumn,
        OpColumn,
        ShapeColumn,
        ParamsColumn,
        MinColumn,
        MaxColumn,
        ScaleColumn,
        ZeroPointColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, LayerIndexRole };

    explicit LayerTableModel(QObject *parent = nullptr);
    ~LayerTableModel() override;

    void setModel(std::shared_ptr<const ModelAnalysis> analysis);
    std::shared_ptr<const ModelAnalysis> analysis() const { return m_analysis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;
    QVariant sortValue(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;
    QString toolTip(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;

    std::shared_ptr<const ModelAnalysis> m_analysis;
};

} // namespace qs::ui
