#include "WeightHistogramPlot.h"

#include "NumberFormat.h"
#include "PlotStyle.h"
#include "PlotInteraction.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <initializer_list>

namespace qs::ui {

namespace {

const QColor barColor(70, 130, 180);
const QColor rangeColor(200, 60, 40);

// Room above the tallest bar for the labels, as a factor of its count.
constexpr double linearHeadroom = 1.35;
constexpr double logHeadroom = 6.0;
constexpr double logFloor = 0.8; // just below a count of 1, so single values stay visible

QCPItemText *makeLabel(QCustomPlot *plot)
{
    auto *label = new QCPItemText(plot);
    label->setClipToAxisRect(true);
    label->setPadding(QMargins(4, 2, 4, 2));
    return label;
}

} // namespace

WeightHistogramPlot::WeightHistogramPlot(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // wraps before the controls beside it are pushed out of a narrow panel
    m_logScale = new QCheckBox(tr("&Logarithmic count"), this);
    m_logScale->setToolTip(tr("Show the count axis on a logarithmic scale, so rare values in the tails are visible"));
    m_grid = new QCheckBox(tr("Quantization &grid"), this);
    m_grid->setToolTip(tr("Draw a line at the float value of every integer level, s·(q − z): every weight is "
                          "rounded to the nearest line"));
    auto *reset = new QPushButton(tr("&Reset View"), this);
    reset->setToolTip(tr("Show the whole histogram again after zooming (mouse wheel) or panning (drag)"));

    m_plot = new QCustomPlot(this);
    followPalette(m_plot);
    m_plot->setMinimumSize(320, 220);
    setUpPlot();

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_title, 1);
    controls->addWidget(m_grid);
    controls->addWidget(m_logScale);
    controls->addWidget(reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);

    connect(m_logScale, &QCheckBox::toggled, this, [this] {
        updateCountAxis();
        m_plot->replot();
    });
    connect(reset, &QPushButton::clicked, this, &WeightHistogramPlot::resetView);
    connect(m_grid, &QCheckBox::toggled, this, [this] {
        updateGrid();
        m_plot->replot();
    });
    clear();
}

WeightHistogramPlot::~WeightHistogramPlot() = default;

void WeightHistogramPlot::setUpPlot()
{
    // Zoom and pan along the weight values (the count axis follows the data), hover read-out, save.
    PlotInteraction::install(
        m_plot, [this] { return &m_histogram; }, tr("weights"));
    m_plot->xAxis->setLabel(tr("weight value"));
    m_plot->yAxis->setLabel(tr("count"));
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 1.1);
    m_plot->xAxis->setLabelFont(labelFont);
    m_plot->yAxis->setLabelFont(labelFont);

    m_gridGraph = m_plot->addGraph();
    m_gridGraph->setLineStyle(QCPGraph::lsImpulse);
    m_gridGraph->setPen(QPen(QColor(120, 120, 120, 110), 1.0));
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setName(tr("weights"));
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setPen(QPen(barColor.darker(130), 0.5));
    m_bars->setBrush(barColor);

    QPen rangePen(rangeColor, 1.5, Qt::DashLine);
    for (auto **line : { &m_minLine, &m_maxLine }) {
        *line = new QCPItemStraightLine(m_plot);
        (*line)->setPen(rangePen);
    }
    m_minLabel = makeLabel(m_plot);
    m_minLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop); // inside the range, right of the line
    m_maxLabel = makeLabel(m_plot);
    m_maxLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    for (auto *label : { m_minLabel, m_maxLabel }) {
        label->setColor(rangeColor);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }

    m_qparamsText = makeLabel(m_plot);
    m_qparamsText->position->setType(QCPItemPosition::ptAxisRectRatio);
    // Top centre: the min and max labels take the top corners; the headroom keeps bars below it.
    m_qparamsText->position->setCoords(0.5, 0.02);
    m_qparamsText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_qparamsText->setTextAlignment(Qt::AlignHCenter);
    m_qparamsText->setPen(QPen(palette().color(QPalette::Mid)));
    m_qparamsText->setBrush(QColor(255, 255, 255, 220));
    m_qparamsText->setPadding(QMargins(6, 4, 6, 4));

    m_placeholder = makeLabel(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setPositionAlignment(Qt::AlignCenter);
    m_placeholder->setColor(palette().color(QPalette::PlaceholderText));
}

void WeightHistogramPlot::setHistogram(const QString &layerName, const qs::Histogram &histogram, double min, double max,
    const qs::QParams &qparams, const QString &qparamsName, const qs::QuantRange &range)
{
    m_histogram = histogram;
    m_qparams = qparams;
    m_range = range;
    QVector<double> keys;
    QVector<double> counts;
    keys.reserve(int(histogram.binCount()));
    counts.reserve(int(histogram.binCount()));
    for (std::size_t bin = 0; bin < histogram.binCount(); ++bin) {
        keys << histogram.binCenter(bin);
        counts << histogram.counts[bin];
    }
    m_bars->setWidth(histogram.binWidth());
    m_bars->setData(keys, counts, /*alreadySorted=*/true);

    m_title->setText(tr("Weight histogram of <b>%1</b> (%2 bins)")
                         .arg(layerNameHtml(layerName), QString::number(histogram.binCount())));
    setLinePosition(m_minLine, m_minLabel, min);
    setLinePosition(m_maxLine, m_maxLabel, max);
    m_minLabel->setText(tr("min %1").arg(formatValue(min)));
    m_maxLabel->setText(tr("max %1").arg(formatValue(max)));
    m_qparamsText->setText(tr("%1\nscale %2, zero point %3")
                               .arg(qparamsName, formatValue(qparams.scale), QString::number(qparams.zeroPoint)));
    setMarkersVisible(true);
    updateGrid();
    resetView();
}

bool WeightHistogramPlot::isGridVisible() const
{
    return m_grid->isChecked();
}

void WeightHistogramPlot::setGridVisible(bool visible)
{
    m_grid->setChecked(visible);
}

int WeightHistogramPlot::gridLineCount() const
{
    return m_gridGraph->data()->size();
}

void WeightHistogramPlot::updateGrid()
{
    m_gridGraph->data()->clear();
    if (!m_grid->isChecked() || m_histogram.binCount() == 0)
        return;
    // Tall enough to cross the whole count axis, linear or logarithmic.
    const double top = 1e12;
    QVector<double> keys, values;
    for (int q = m_range.qmin; q <= m_range.qmax; ++q) {
        keys << double(qs::dequantizeValue(q, m_qparams));
        values << top;
    }
    m_gridGraph->setData(keys, values, true);
}

void WeightHistogramPlot::clear()
{
    m_histogram = {};
    m_bars->data()->clear();
    m_gridGraph->data()->clear();
    m_title->setText(tr("Weight histogram"));
    m_placeholder->setText(tr("No layer selected"));
    setMarkersVisible(false);
    resetView();
}

void WeightHistogramPlot::setMarkersVisible(bool visible)
{
    const std::initializer_list<QCPAbstractItem *> markers { m_minLine, m_maxLine, m_minLabel, m_maxLabel,
        m_qparamsText };
    for (QCPAbstractItem *item : markers)
        item->setVisible(visible);
    m_placeholder->setVisible(!visible);
}

void WeightHistogramPlot::setLinePosition(QCPItemStraightLine *line, QCPItemText *label, double x)
{
    line->point1->setCoords(x, 0.0);
    line->point2->setCoords(x, 1.0);
    label->position->setCoords(x, 0.02);
}

double WeightHistogramPlot::minLinePosition() const
{
    return m_minLine->point1->coords().x();
}

double WeightHistogramPlot::maxLinePosition() const
{
    return m_maxLine->point1->coords().x();
}

QString WeightHistogramPlot::qparamsText() const
{
    return m_qparamsText->visible() ? m_qparamsText->text() : QString();
}

bool WeightHistogramPlot::isLogScale() const
{
    return m_logScale->isChecked();
}

void WeightHistogramPlot::setLogScale(bool logScale)
{
    m_logScale->setChecked(logScale);
}

void WeightHistogramPlot::resetView()
{
    if (m_histogram.binCount() > 0) {
        const double lower = std::min(m_histogram.lower, minLinePosition());
        const double upper = std::max(m_histogram.upper, maxLinePosition());
        const double margin = 0.04 * (upper - lower);
        m_plot->xAxis->setRange(lower - margin, upper + margin);
    } else {
        m_plot->xAxis->setRange(-1.0, 1.0);
    }
    updateCountAxis();
    m_plot->replot();
}

void WeightHistogramPlot::updateCountAxis()
{
    const auto &counts = m_histogram.counts;
    const double highest = counts.empty() ? 1.0 : std::max(1.0, *std::max_element(counts.begin(), counts.end()));
    if (isLogScale()) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        m_plot->yAxis->setRange(logFloor, highest * logHeadroom);
        m_bars->setBaseValue(logFloor);
    } else {
        m_plot->yAxis->setScaleType(QCPAxis::stLinear);
        // Counts are whole numbers: no tick at 0.5.
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1.0);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        m_plot->yAxis->setTicker(ticker);
        m_plot->yAxis->setRange(0.0, highest * linearHeadroom);
        m_bars->setBaseValue(0.0);
    }
}

} // namespace qs::ui
