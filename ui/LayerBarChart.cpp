#include "LayerBarChart.h"

#include "PlotSaving.h"
#include "PlotStyle.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

LayerBarChart::LayerBarChart(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_plot(new QCustomPlot(this))
{
    m_title->setWordWrap(true);
    followPalette(m_plot);
    installSaveMenu(m_plot, QStringLiteral("layers"));
    m_plot->setMinimumSize(240, 150);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
}

LayerBarChart::~LayerBarChart() = default;

QString LayerBarChart::title() const
{
    return m_title->text();
}

void LayerBarChart::clear()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_barCount = 0;
    m_title->clear();
    m_plot->replot();
}

void LayerBarChart::setData(const QString &title, const QStringList &layers, const std::vector<Series> &series,
    const QString &valueLabel, std::optional<double> marker, const QString &markerName)
{
    clear();
    // The legend goes in the title (coloured squares), where it never covers a bar.
    QStringList legend;
    auto entry = [](const QColor &colour, const QString &name) {
        return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(colour.name(), name.toHtmlEscaped());
    };
    for (const Series &s : series) {
        legend << entry(s.colour, s.name);
        if (std::find(s.highlighted.begin(), s.highlighted.end(), true) != s.highlighted.end())
            legend << entry(s.highlightColour, s.highlightName);
    }
    if (marker && !markerName.isEmpty())
        legend << QStringLiteral("<span style=\"color:#c82828\">┆</span>&nbsp;%1").arg(markerName.toHtmlEscaped());
    m_title->setText(QStringLiteral("%1<br>%2").arg(title, legend.join(QStringLiteral(" &nbsp; "))));
    const int n = int(layers.size());
    // Layers top to bottom: the first layer gets the highest key.
    auto keyOf = [n](int layer) { return double(n - 1 - layer); };
    double low = 0.0;
    double high = marker.value_or(0.0);
    for (const Series &s : series)
        for (double v : s.values)
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
    if (high <= low)
        high = low + 1.0;
    const double edge = high + 0.08 * (high - low); // where +inf bars end

    const int groups = int(series.size());
    const double width = 0.8 / std::max(1, groups);
    for (int g = 0; g < groups; ++g) {
        const Series &s = series[std::size_t(g)];
        const double offset = (g - (groups - 1) / 2.0) * width;
        auto *normal = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        normal->setName(s.name);
        normal->setWidth(width * 0.95);
        normal->setPen(Qt::NoPen);
        normal->setBrush(s.colour);
        QCPBars *highlighted = nullptr;
        for (int i = 0; i < n && i < int(s.values.size()); ++i) {
            double v = s.values[std::size_t(i)];
            if (std::isnan(v)) {
                if (g == 0) { // say so rather than leave a silent gap
                    auto *label = new QCPItemText(m_plot);
                    label->position->setCoords(0.0, keyOf(i));
                    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
                    label->setColor(palette().color(QPalette::PlaceholderText));
                    label->setText(tr(" not measured"));
                }
                continue;
            }
            if (std::isinf(v))
                v = v > 0 ? edge : low;
            const bool mark = i < int(s.highlighted.size()) && s.highlighted[std::size_t(i)];
            if (mark && !highlighted) {
                highlighted = new QCPBars(m_plot->yAxis, m_plot->xAxis);
                highlighted->setName(s.highlightName);
                highlighted->setWidth(width * 0.95);
                highlighted->setPen(Qt::NoPen);
                highlighted->setBrush(s.highlightColour);
            }
            (mark ? highlighted : normal)->addData(keyOf(i) + offset, v);
            ++m_barCount;
        }
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i)
        ticker->addTick(keyOf(i), layers.at(i));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setRange(-0.6, n - 0.4);
    m_plot->xAxis->setLabel(valueLabel);
    m_plot->xAxis->setRange(std::min(0.0, low - 0.05 * (high - low)), edge + 0.02 * (high - low));
    if (marker) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(*marker, 0.0);
        line->point2->setCoords(*marker, 1.0);
        line->setPen(QPen(QColor(200, 40, 40), 1.0, Qt::DashLine));
    }
    m_plot->replot();
}

} // namespace qs::ui
