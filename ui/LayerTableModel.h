#pragma once

#include "LayerMeasurements.h"
#include "ModelAnalysis.h"

#include "quantscope/QuantPlan.h"

#include <QAbstractTableModel>

#include <memory>

namespace qs::ui {

// The quantizable layers of a model, one row each, fed the whole analysed model.
// Display strings are in the user's locale; SortRole holds the plain number for sorting and tests.
// The mode, bits and observer columns show the plan as resolved for each layer; editing them
// does not change anything here but asks for a plan edit (configEditRequested), so that the
// Workbench can validate it and put it on the undo stack.
class LayerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerTableModel)

public:
    enum Column {
        NameColumn,
        OpColumn,
        ModeColumn,
        BitsColumn,
        ObserverColumn,
        ShapeColumn,
        ParamsColumn,
        MinColumn,
        MaxColumn,
        ScaleColumn,
        ZeroPointColumn,
        WeightSqnrColumn, // the measured columns: empty until a comparison or sensitivity run
        OutputSqnrColumn,
        SensitivityColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1,
        LayerIndexRole,
        ChoiceValuesRole, // QStringList: the values an editable cell accepts (EditRole is one of them)
        ChoiceLabelsRole, // QStringList: the same for people
        OverriddenRole, // bool: the layer has its own settings in the plan
        BarShareRole, // double 0 to 1: a measured cell's bar length (invalid: no bar)
        BarColourRole, // QColor of that bar (faded when the results are stale)
    };

    explicit LayerTableModel(QObject *parent = nullptr);
    ~LayerTableModel() override;

    void setModel(std::shared_ptr<const ModelAnalysis> analysis);
    std::shared_ptr<const ModelAnalysis> analysis() const { return m_analysis; }
    void setPlan(const qs::QuantPlan &plan);
    const qs::QuantPlan &plan() const { return m_plan; }
    // The last comparison and sensitivity results (null: none yet) and why each is stale (empty:
    // current), as Workbench::staleReason says it.
    void setMeasurements(std::shared_ptr<const MeasuredComparison> comparison, const QString &comparisonStale,
        std::shared_ptr<const MeasuredSensitivity> sensitivity, const QString &sensitivityStale);
    const LayerMeasurements &measurements() const { return m_measurements; }

    static bool isPlanColumn(int column) { return column == ModeColumn || column == BitsColumn || column == ObserverColumn; }
    static bool isMeasuredColumn(int column) { return column >= WeightSqnrColumn && column <= SensitivityColumn; }
    // The words people read for a mode or observer value ("static int8", "histogram").
    static QString modeLabel(qs::LayerMode mode);
    static QString observerLabel(qs::ObserverKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // For the plan columns: emits configEditRequested and returns true; the model changes when
    // the plan does (setPlan).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void configEditRequested(int layer, int column, const QString &value);

private:
    QVariant planData(const qs::LayerInfo &layer, int column, int role) const;
    QVariant display(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;
    QVariant sortValue(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;
    QString toolTip(const qs::LayerInfo &layer, const LayerAnalysis &analysis, int column) const;
    QVariant measuredData(const qs::LayerInfo &layer, int column, int role) const;

    std::shared_ptr<const ModelAnalysis> m_analysis;
    qs::QuantPlan m_plan;
    LayerMeasurements m_measurements;
};

} // namespace qs::ui
