#include "ChannelRangePlot.h"

#include "NumberFormat.h"
#include "PlotSaving.h"
#include "PlotStyle.h"

#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace qs::ui {

ChannelRangePlot::ChannelRangePlot(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true); // long in some languages: wrap rather than widen the inspector
    m_plot = new QCustomPlot(this);
    followPalette(m_plot);
    m_plot->setMinimumSize(320, 200);
    m_plot->xAxis->setLabel(tr("output channel"));
    m_plot->yAxis->setLabel(tr("weight value"));
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setMouseTracking(true);
    m_centres = m_plot->addGraph();
    m_centres->setLineStyle(QCPGraph::lsNone);
    m_centres->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssNone));
    m_bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setDataPlottable(m_centres);
    m_bars->setPen(QPen(QColor(70, 130, 180), 2.0));
    m_bars->setWhiskerWidth(0);
    m_bars->setSymbolGap(0); // one unbroken range per channel
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChannelRangePlot::onMouseMove);
    installSaveMenu(m_plot, QStringLiteral("channel-ranges"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    clear();
}

ChannelRangePlot::~ChannelRangePlot() = default;

void ChannelRangePlot::setData(
    const QString &layerName, const qs::ChannelRanges &ranges, const qs::PerChannelQParams &qparams)
{
    m_ranges = ranges;
    m_qparams = qparams;
    QVector<double> keys, centres, errors;
    for (std::size_t c = 0; c < ranges.mins.size(); ++c) {
        keys << double(c);
        centres << 0.5 * (double(ranges.mins[c]) + double(ranges.maxs[c]));
        errors << 0.5 * (double(ranges.maxs[c]) - double(ranges.mins[c]));
    }
    m_centres->setData(keys, centres, true);
    m_bars->setData(errors);
    m_title->setText(tr("Weight range of each output channel of <b>%1</b> (%n channels; hover for the channel's scale)",
        nullptr, int(ranges.mins.size()))
                         .arg(layerNameHtml(layerName)));
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(-1.0, double(ranges.mins.size()));
    const QCPRange y = m_plot->yAxis->range();
    m_plot->yAxis->setRange(y.lower - 0.05 * y.size(), y.upper + 0.05 * y.size());
    m_plot->replot();
}

void ChannelRangePlot::clear()
{
    m_ranges = {};
    m_qparams = {};
    m_centres->data()->clear();
    m_bars->data()->clear();
    m_title->setText(tr("Weight range of each output channel"));
    m_plot->replot();
}

QString ChannelRangePlot::readOut(double x) const
{
    const long channel = std::lround(x);
    if (channel < 0 || std::size_t(channel) >= m_ranges.mins.size())
        return {};
    const auto c = std::size_t(channel);
    return tr("channel %1: %2 to %3, scale %4, zero point %5")
        .arg(channel)
        .arg(formatValue(m_ranges.mins[c]), formatValue(m_ranges.maxs[c]),
            c < m_qparams.scales.size() ? formatValue(m_qparams.scales[c]) : QStringLiteral("—"),
            c < m_qparams.zeroPoints.size() ? QString::number(m_qparams.zeroPoints[c]) : QStringLiteral("—"));
}

void ChannelRangePlot::onMouseMove(QMouseEvent *event)
{
    const QString text = readOut(m_plot->xAxis->pixelToCoord(event->position().x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace qs::ui
