#pragma once

#include <QColor>
#include <QRect>

class QPainter;

namespace qs::ui {

// The bar a table cell draws for a figure, shared by the dashboard's figure bars and the layer
// table's measured columns so that both read alike.

// value's share of top, in [0, 1]: an infinite value (identical outputs) fills the cell; NaN, a
// value ≤ 0 or a top ≤ 0 draw nothing (share 0).
double cellBarShare(double value, double top);
// Fills share of rect's width from its left edge (at least one pixel when share > 0).
void paintCellBar(QPainter *painter, const QRect &rect, double share, const QColor &colour);

} // namespace qs::ui
