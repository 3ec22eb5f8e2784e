#pragma once

#include <QStyledItemDelegate>

namespace qs::ui {

// Paints a cell as usual and, under its text, a thin bar: the cell's LayerTableModel::BarShareRole
// (0 to 1 of the cell's width) in its BarColourRole. A cell without a share draws no bar.
class MeasuredBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuredBarDelegate)

public:
    explicit MeasuredBarDelegate(QObject *parent = nullptr);
    ~MeasuredBarDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace qs::ui
