#include "PlotInteraction.h"

#include "NumberFormat.h"
#include "PlotSaving.h"

#include <QMenu>
#include <QToolTip>
#include <qcustomplot.h>

#include <cmath>

namespace qs::ui {

PlotInteraction *PlotInteraction::install(QCustomPlot *plot, HistogramSource histogram, const QString &valueName)
{
    return new PlotInteraction(plot, std::move(histogram), valueName);
}

PlotInteraction::PlotInteraction(QCustomPlot *plot, HistogramSource histogram, const QString &valueName)
    : QObject(plot)
    , m_plot(plot)
    , m_histogram(std::move(histogram))
    , m_valueName(valueName)
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PlotInteraction::onMouseMove);
    connect(m_plot, &QWidget::customContextMenuRequested, this, &PlotInteraction::showMenu);
}

QString PlotInteraction::readOut(double x) const
{
    const qs::Histogram *h = m_histogram ? m_histogram() : nullptr;
    if (!h || h->counts.empty() || h->binWidth() <= 0.0 || x < h->lower || x > h->upper)
        return {};
    const auto bin = std::min(h->counts.size() - 1, std::size_t((x - h->lower) / h->binWidth()));
    return tr("%1 %2 to %3: %4 values")
        .arg(m_valueName, formatValue(h->binLower(bin)), formatValue(h->binLower(bin) + h->binWidth()),
            formatCount(std::int64_t(std::llround(h->counts[bin]))));
}

void PlotInteraction::onMouseMove(QMouseEvent *event)
{
    const QString text = m_plot->axisRect()->rect().contains(event->pos())
        ? readOut(m_plot->xAxis->pixelToCoord(event->position().x()))
        : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

bool PlotInteraction::save(const QString &path) const
{
    return savePlot(m_plot, path).isEmpty();
}

void PlotInteraction::showMenu(const QPoint &pos)
{
    auto *menu = new QMenu(m_plot);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addSaveActions(menu, m_plot, m_valueName);
    menu->addSeparator();
    menu->addAction(tr("&Reset View"), this, [this] {
        m_plot->rescaleAxes();
        m_plot->replot();
    });
    menu->popup(m_plot->mapToGlobal(pos));
}

} // namespace qs::ui
