#include "ChannelRangesPlot.h"

#include <qcustomplot.h>

#include <algorithm>

namespace qs::ui {

namespace {

const QColor channelColor(70, 130, 180);
const QColor sharedColor(200, 50, 50);

} // namespace

ChannelRangesPlot::ChannelRangesPlot(QWidget *parent)
    : LessonPlot(tr("Weight range of each output channel, and the range one shared scale must cover"),
        QStringLiteral("learn-channel-ranges"), parent)
{
    plot()->setMinimumHeight(200);
    plot()->xAxis->setLabel(tr("output channel"));
    plot()->yAxis->setLabel(tr("weight value"));
    placeLegendBelow();
}

ChannelRangesPlot::~ChannelRangesPlot() = default;

void ChannelRangesPlot::setRanges(
    const std::vector<float> &mins, const std::vector<float> &maxs, double sharedLower, double sharedUpper)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    // A bar from min_c to max_c: an invisible graph at the middle with symmetric error bars.
    QVector<double> keys, middles, halves;
    for (std::size_t c = 0; c < mins.size() && c < maxs.size(); ++c) {
        keys << double(c);
        middles << 0.5 * (double(mins[c]) + double(maxs[c]));
        halves << 0.5 * (double(maxs[c]) - double(mins[c]));
    }
    auto *centres = p->addGraph();
    centres->setLineStyle(QCPGraph::lsNone);
    centres->setData(keys, middles);
    centres->removeFromLegend();
    auto *bars = new QCPErrorBars(p->xAxis, p->yAxis);
    bars->setDataPlottable(centres);
    bars->setData(halves);
    const int pixelsPerChannel = keys.isEmpty() ? 8 : std::max(2, p->axisRect()->width() / int(keys.size()) - 2);
    bars->setPen(QPen(channelColor, std::min(10, pixelsPerChannel)));
    bars->setWhiskerWidth(0);
    bars->setSymbolGap(0);
    bars->setName(tr("a channel's [min, max]"));

    auto *shared = p->addGraph();
    shared->setName(tr("covered by one shared scale"));
    shared->setPen(QPen(sharedColor, 2.0, Qt::DashLine));
    const double left = -0.8, right = double(keys.size()) - 0.2;
    shared->setData({ left, right }, { sharedUpper, sharedUpper });
    auto *sharedLow = p->addGraph();
    sharedLow->setPen(shared->pen());
    sharedLow->setData({ left, right }, { sharedLower, sharedLower });
    sharedLow->removeFromLegend();

    p->xAxis->setRange(left, right);
    p->xAxis->setTicker(wholeNumberTicker(mins.size()));
    const double span = std::max(1e-6, sharedUpper - sharedLower);
    p->yAxis->setRange(sharedLower - 0.08 * span, sharedUpper + 0.08 * span);
    p->replot();
}

} // namespace qs::ui
