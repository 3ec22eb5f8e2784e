#include "MeasuredBarDelegate.h"

#include "CellBar.h"
#include "LayerTableModel.h"

#include <QPainter>

#include <algorithm>

namespace qs::ui {

MeasuredBarDelegate::MeasuredBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

MeasuredBarDelegate::~MeasuredBarDelegate() = default;

void MeasuredBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant share = index.data(LayerTableModel::BarShareRole);
    if (!share.isValid())
        return;
    // Along the bottom of the cell, so the number above stays readable.
    const QRect area = option.rect.adjusted(3, 0, -3, -2);
    const int height = std::max(3, area.height() / 6);
    painter->save();
    paintCellBar(painter, QRect(area.left(), area.bottom() - height + 1, area.width(), height), share.toDouble(),
        index.data(LayerTableModel::BarColourRole).value<QColor>());
    painter->restore();
}

} // namespace qs::ui
