#include "CellBar.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace qs::ui {

double cellBarShare(double value, double top)
{
    if (std::isnan(value) || value <= 0.0)
        return 0.0;
    if (std::isinf(value))
        return 1.0;
    if (!(top > 0.0))
        return 0.0;
    return std::min(1.0, value / top);
}

void paintCellBar(QPainter *painter, const QRect &rect, double share, const QColor &colour)
{
    if (!(share > 0.0))
        return;
    const int width = std::max(1, int(std::lround(std::min(1.0, share) * rect.width())));
    painter->fillRect(QRect(rect.left(), rect.top(), width, rect.height()), colour);
}

} // namespace qs::ui
