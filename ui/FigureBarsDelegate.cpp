#include "FigureBarsDelegate.h"

#include "CellBar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qs::ui {

FigureBarsDelegate::FigureBarsDelegate(int valueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_valueRole(valueRole)
{
}

FigureBarsDelegate::~FigureBarsDelegate() = default;

void FigureBarsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background and selection
    const QVariantList values = index.data(m_valueRole).toList();
    if (values.size() != 2)
        return;
    const double a = values.at(0).toDouble();
    const double b = values.at(1).toDouble();
    // One scale for both.
    double top = 0.0;
    for (double v : { a, b })
        if (std::isfinite(v))
            top = std::max(top, v);
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    const int barHeight = std::max(2, (area.height() - 1) / 2);
    painter->save();
    paintCellBar(painter, QRect(area.left(), area.top(), area.width(), barHeight), cellBarShare(a, top), originalColour());
    paintCellBar(painter, QRect(area.left(), area.top() + barHeight + 1, area.width(), barHeight), cellBarShare(b, top),
        quantizedColour());
    painter->restore();
}

QSize FigureBarsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 0));
}

} // namespace qs::ui
