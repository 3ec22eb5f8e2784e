#include "ObserverSqnrPlot.h"

#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

ObserverSqnrPlot::ObserverSqnrPlot(QWidget *parent)
    : LessonPlot(tr("SQNR of the ordinary values (outliers left out) with each observer's range"),
        QStringLiteral("learn-observer-sqnr"), parent)
{
    plot()->setMinimumHeight(200);
    // Horizontal bars: the observer names on the left never overlap.
    plot()->xAxis->setLabel(tr("SQNR (dB), higher is better"));
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setRangeReversed(true); // the first observer on top, as in the table
}

ObserverSqnrPlot::~ObserverSqnrPlot() = default;

void ObserverSqnrPlot::setBars(const std::vector<Bar> &bars)
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double highest = 1.0;
    for (const auto &b : bars)
        if (std::isfinite(b.sqnrDb))
            highest = std::max(highest, b.sqnrDb);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto &b = bars[i];
        const double key = double(i + 1);
        ticker->addTick(key, b.name);
        auto *bar = new QCPBars(p->yAxis, p->xAxis);
        bar->setWidth(0.6);
        bar->setPen(Qt::NoPen);
        bar->setBrush(b.color);
        const double shown = std::isfinite(b.sqnrDb) ? std::max(0.0, b.sqnrDb) : highest;
        bar->setData({ key }, { shown });
        auto *label = new QCPItemText(p);
        label->position->setCoords(shown, key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setText(std::isfinite(b.sqnrDb) ? QLocale().toString(b.sqnrDb, 'f', 1) : QStringLiteral("∞"));
        label->setFont(font());
        label->setPadding(QMargins(4, 2, 2, 2));
    }
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, double(bars.size()) + 0.6);
    p->xAxis->setRange(0.0, highest * 1.25);
    p->replot();
}

} // namespace qs::ui
