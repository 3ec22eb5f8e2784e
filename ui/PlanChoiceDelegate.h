#pragma once

#include <QStyledItemDelegate>

namespace qs::ui {

// Edits a plan cell of the layer table (mode, bits, observer) with a combo box filled from the
// cell's LayerTableModel::ChoiceValuesRole and ChoiceLabelsRole. A choice applies as soon as it
// is picked, without a further Enter.
class PlanChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanChoiceDelegate)

public:
    explicit PlanChoiceDelegate(QObject *parent = nullptr);
    ~PlanChoiceDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace qs::ui
