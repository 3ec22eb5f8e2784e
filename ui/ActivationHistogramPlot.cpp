#include "ActivationHistogramPlot.h"

#include "LayerTableModel.h"
#include "NumberFormat.h"
#include "PlotStyle.h"
#include "PlotInteraction.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace qs::ui {

namespace {

const QColor barColor(95, 158, 110);
const QColor chosenColor(200, 60, 40);

// One colour per observer kind, for the dotted lines of the others.
QColor observerColor(qs::ObserverKind kind)
{
    static const QColor colors[] = { QColor(31, 119, 180), QColor(148, 103, 189), QColor(200, 60, 40),
        QColor(255, 127, 14), QColor(140, 86, 75), QColor(23, 160, 170) };
    return colors[int(kind) % 6];
}

} // namespace

ActivationHistogramPlot::ActivationHistogramPlot(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot = new QCustomPlot(this);
    followPalette(m_plot);
    m_plot->setMinimumSize(320, 170);
    m_plot->xAxis->setLabel(tr("activation value"));
    m_plot->yAxis->setLabel(tr("count (log)"));
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->legend->setVisible(false);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(barColor);
    m_bars->setBaseValue(0.8);

    m_rangeText = new QCPItemText(m_plot);
    m_rangeText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_rangeText->position->setCoords(0.98, 0.03);
    m_rangeText->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_rangeText->setTextAlignment(Qt::AlignLeft);
    m_rangeText->setPadding(QMargins(6, 4, 6, 4));
    m_rangeText->setBrush(QColor(255, 255, 255, 225));
    m_rangeText->setPen(QPen(palette().color(QPalette::Mid)));
    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setColor(palette().color(QPalette::PlaceholderText));

    PlotInteraction::install(
        m_plot, [this] { return &m_histogram; }, tr("activations"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    clear({});
}

ActivationHistogramPlot::~ActivationHistogramPlot() = default;

void ActivationHistogramPlot::setData(const QString &title, const qs::Histogram &histogram,
    const std::vector<ObserverChoice> &choices, qs::ObserverKind chosen)
{
    m_histogram = histogram;
    m_choices = choices;
    m_chosen = chosen;
    m_title->setText(title);
    QVector<double> keys, counts;
    for (std::size_t bin = 0; bin < histogram.binCount(); ++bin) {
        if (histogram.counts[bin] <= 0.0)
            continue;
        keys << histogram.binCenter(bin);
        counts << histogram.counts[bin];
    }
    m_bars->setWidth(histogram.binWidth());
    m_bars->setData(keys, counts, true);
    m_placeholder->setVisible(false);
    rebuildLines();
    resetView();
}

void ActivationHistogramPlot::clear(const QString &reason)
{
    m_histogram = {};
    m_choices.clear();
    m_bars->data()->clear();
    m_title->setText({});
    m_placeholder->setText(reason);
    m_placeholder->setVisible(true);
    rebuildLines();
    resetView();
}

void ActivationHistogramPlot::setOtherObserversVisible(bool visible)
{
    if (m_othersVisible == visible)
        return;
    m_othersVisible = visible;
    rebuildLines();
    m_plot->replot();
}

void ActivationHistogramPlot::rebuildLines()
{
    for (auto *line : m_lines)
        m_plot->removeItem(line);
    m_lines.clear();
    QStringList text;
    for (const ObserverChoice &choice : m_choices) {
        const bool isChosen = choice.kind == m_chosen;
        if (!isChosen && !m_othersVisible)
            continue;
        const QColor color = isChosen ? chosenColor : observerColor(choice.kind);
        const QPen pen(color, isChosen ? 2.0 : 1.2, isChosen ? Qt::SolidLine : Qt::DotLine);
        for (float x : { choice.range.min, choice.range.max }) {
            auto *line = new QCPItemStraightLine(m_plot);
            line->setPen(pen);
            line->point1->setCoords(double(x), 1.0);
            line->point2->setCoords(double(x), 2.0);
            m_lines.push_back(line);
        }
        const QString row = tr("%1: [%2, %3], scale %4, zero point %5, SQNR %6 dB")
                                .arg(LayerTableModel::observerLabel(choice.kind), formatValue(choice.range.min),
                                    formatValue(choice.range.max), formatValue(choice.qparams.scale),
                                    QString::number(choice.qparams.zeroPoint),
                                    formatDecibels(choice.error.sqnrDb()));
        text << (isChosen ? QStringLiteral("▶ ") : QStringLiteral("   ")) + row;
    }
    m_rangeText->setText(text.join(QLatin1Char('\n')));
    m_rangeText->setVisible(!text.isEmpty());
}

void ActivationHistogramPlot::resetView()
{
    if (m_histogram.binCount() > 0) {
        double lower = m_histogram.lower, upper = m_histogram.upper;
        for (const ObserverChoice &choice : m_choices) {
            lower = std::min(lower, double(choice.range.min));
            upper = std::max(upper, double(choice.range.max));
        }
        const double margin = 0.04 * std::max(upper - lower, 1e-6);
        m_plot->xAxis->setRange(lower - margin, upper + margin);
        const double highest = *std::max_element(m_histogram.counts.begin(), m_histogram.counts.end());
        // Headroom above the tallest bar for the range read-out.
        m_plot->yAxis->setRange(0.8, std::max(10.0, highest) * (m_othersVisible ? 2000.0 : 40.0));
    } else {
        m_plot->xAxis->setRange(-1.0, 1.0);
        m_plot->yAxis->setRange(0.8, 10.0);
    }
    m_plot->replot();
}

QString ActivationHistogramPlot::title() const
{
    return m_title->text();
}

QString ActivationHistogramPlot::rangeText() const
{
    return m_rangeText->visible() ? m_rangeText->text() : QString();
}

int ActivationHistogramPlot::visibleRangeLines() const
{
    return int(m_lines.size());
}

} // namespace qs::ui
