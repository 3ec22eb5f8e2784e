#include "FigureBarsDelegate.h"

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
    // One scale for both; an infinite value (identical outputs) fills the cell.
    double top = 0.0;
    for (double v : { a, b })
        if (std::isfinite(v))
            top = std::max(top, v);
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    const int barHeight = std::max(2, (area.height() - 1) / 2);
    auto bar = [&](double value, int y, const QColor &colour) {
        if (std::isnan(value) || value <= 0.0)
            return;
        const double share = std::isinf(value) || top <= 0.0 ? 1.0 : value / top;
        painter->fillRect(QRect(area.left(), y, std::max(1, int(std::lround(share * area.width()))), barHeight), colour);
    };
    painter->save();
    bar(a, area.top(), originalColour());
    bar(b, area.top() + barHeight + 1, quantizedColour());
    painter->restore();
}

QSize FigureBarsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(120, 0));
}

} // namespace qs::ui
