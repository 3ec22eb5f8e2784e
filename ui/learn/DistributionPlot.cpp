#include "DistributionPlot.h"

#include <QMouseEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

const QColor barColor(70, 130, 180);
const QColor clipColor(210, 60, 40);

constexpr double kLinearHeadroom = 1.12;
constexpr double kLogHeadroom = 3.0;
constexpr double kLogFloor = 0.8; // just below a count of 1, so single outliers stay visible
constexpr int kGrabPixels = 12;

} // namespace

DistributionPlot::DistributionPlot(const QString &title, const QString &fileStem, QWidget *parent)
    : LessonPlot(title, fileStem, parent)
{
    QCustomPlot *p = plot();
    p->setMinimumHeight(220);
    p->xAxis->setLabel(tr("value"));
    p->yAxis->setLabel(tr("count"));
    // yAxis2 (hidden, 0..1) carries what is drawn at a fixed height: levels and brackets.
    p->yAxis2->setRange(0.0, 1.0);
    m_bars = new QCPBars(p->xAxis, p->yAxis);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(barColor);
    m_bars->setName(tr("values"));
    m_bars->removeFromLegend();
    p->installEventFilter(this);
    placeLegendBelow();
    setLegendColumnLimit(3);
    showLegendBelow(false);
}

DistributionPlot::~DistributionPlot() = default;

void DistributionPlot::setValues(const std::vector<float> &values, int bins)
{
    m_histogram = qs::makeHistogram(values, bins);
    QVector<double> keys, counts;
    for (std::size_t b = 0; b < m_histogram.binCount(); ++b) {
        keys << m_histogram.binCenter(b);
        counts << m_histogram.counts[b];
    }
    m_bars->setData(keys, counts, true);
    m_bars->setWidth(m_histogram.binWidth());
    rebuild();
}

void DistributionPlot::setLogCount(bool logCount)
{
    m_logCount = logCount;
    rebuild();
}

void DistributionPlot::setClipping(double lower, double upper, const std::vector<double> &levels)
{
    m_clipLower = lower;
    m_clipUpper = upper;
    m_levels = levels;
    m_hasClipping = true;
    rebuild();
}

void DistributionPlot::setBrackets(const std::vector<RangeBracket> &brackets)
{
    m_brackets = brackets;
    rebuild();
}

void DistributionPlot::updateCountAxis()
{
    QCustomPlot *p = plot();
    double highest = 1.0;
    for (double c : m_histogram.counts)
        highest = std::max(highest, c);
    // Brackets sit in the top part of the plot; leave them room above the bars.
    const double bracketRoom = m_brackets.empty() ? 1.0 : 2.5;
    if (m_logCount) {
        p->yAxis->setScaleType(QCPAxis::stLogarithmic);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        p->yAxis->setRange(kLogFloor, highest * kLogHeadroom * (m_brackets.empty() ? 1.0 : 300.0));
        m_bars->setBaseValue(kLogFloor);
    } else {
        p->yAxis->setScaleType(QCPAxis::stLinear);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        p->yAxis->setRange(0.0, highest * kLinearHeadroom * bracketRoom);
        m_bars->setBaseValue(0.0);
    }
}

void DistributionPlot::rebuild()
{
    QCustomPlot *p = plot();
    p->clearItems();
    for (int i = p->graphCount() - 1; i >= 0; --i)
        p->removeGraph(i);
    updateCountAxis();

    double lo = m_histogram.lower, hi = m_histogram.upper;
    if (m_hasClipping) {
        lo = std::min(lo, m_clipLower);
        hi = std::max(hi, m_clipUpper);
    }
    for (const auto &b : m_brackets) {
        lo = std::min(lo, b.min);
        hi = std::max(hi, b.max);
    }
    const double margin = 0.04 * std::max(hi - lo, 1e-6);
    p->xAxis->setRange(lo - margin, hi + margin);

    if (m_hasClipping) {
        // The quantization levels as thin vertical lines (fainter when there are many).
        auto *levels = p->addGraph(p->xAxis, p->yAxis2);
        levels->setName(tr("quantization levels"));
        levels->removeFromLegend();
        levels->setLineStyle(QCPGraph::lsImpulse);
        QColor c = p->palette().color(QPalette::Text); // grey over a light or a dark background
        c.setAlpha(m_levels.size() > 64 ? 40 : 110);
        levels->setPen(QPen(c, 1.0));
        QVector<double> keys(m_levels.begin(), m_levels.end());
        levels->setData(keys, QVector<double>(keys.size(), 1.0), true);
        levels->setLayer(QStringLiteral("grid")); // behind the bars

        // Shade what gets clipped.
        for (const auto &[from, to] : { std::pair(lo - margin, m_clipLower), std::pair(m_clipUpper, hi + margin) }) {
            if (to <= from)
                continue;
            auto *shade = new QCPItemRect(p);
            shade->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
            shade->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
            shade->topLeft->setCoords(from, 0.0);
            shade->bottomRight->setCoords(to, 1.0);
            shade->setPen(Qt::NoPen);
            shade->setBrush(QColor(clipColor.red(), clipColor.green(), clipColor.blue(), 40));
        }
        for (double x : { m_clipLower, m_clipUpper }) {
            auto *line = new QCPItemStraightLine(p);
            line->point1->setCoords(x, 0.0);
            line->point2->setCoords(x, 1.0);
            line->setPen(QPen(clipColor, 2.5));
            auto *label = new QCPItemText(p);
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(x, 0.02);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
            label->setText(tr("clip"));
            label->setColor(clipColor.darker(130));
            label->setBrush(QColor(255, 255, 255, 220));
            label->setFont(font());
        }
    }

    showLegendBelow(!m_brackets.empty());
    // One bracket per range, stacked from the top.
    for (std::size_t i = 0; i < m_brackets.size(); ++i) {
        const auto &b = m_brackets[i];
        const double y = 0.93 - 0.11 * double(i);
        auto *line = new QCPItemLine(p);
        line->start->setType(QCPItemPosition::ptPlotCoords);
        line->start->setAxes(p->xAxis, p->yAxis2);
        line->end->setAxes(p->xAxis, p->yAxis2);
        line->start->setCoords(b.min, y);
        line->end->setCoords(b.max, y);
        line->setPen(QPen(b.color, 3.0));
        line->setHead(QCPLineEnding(QCPLineEnding::esBar, 12));
        line->setTail(QCPLineEnding(QCPLineEnding::esBar, 12));
        // Named in the legend (an empty graph in the bracket's colour): a label on the plot could run off its edge.
        auto *entry = p->addGraph(p->xAxis, p->yAxis2);
        entry->setName(b.name);
        entry->setPen(QPen(b.color, 3.0));
    }
    p->replot();
}

bool DistributionPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != plot() || !m_draggable || !m_hasClipping)
        return LessonPlot::eventFilter(watched, event);
    QCPAxis *x = plot()->xAxis;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const double px = mouse->position().x();
        if (mouse->button() == Qt::LeftButton
            && (std::abs(x->coordToPixel(m_clipLower) - px) < kGrabPixels
                || std::abs(x->coordToPixel(m_clipUpper) - px) < kGrabPixels)) {
            m_dragging = true;
            return true;
        }
        break;
    }
    case QEvent::MouseMove:
        if (m_dragging) {
            Q_EMIT thresholdDragged(std::abs(x->pixelToCoord(static_cast<QMouseEvent *>(event)->position().x())));
            return true;
        }
        // Show that the markers can be grabbed.
        {
            const double px = static_cast<QMouseEvent *>(event)->position().x();
            const bool near = std::abs(x->coordToPixel(m_clipLower) - px) < kGrabPixels
                || std::abs(x->coordToPixel(m_clipUpper) - px) < kGrabPixels;
            plot()->setCursor(near ? Qt::SizeHorCursor : Qt::ArrowCursor);
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_dragging) {
            m_dragging = false;
            return true;
        }
        break;
    default:
        break;
    }
    return LessonPlot::eventFilter(watched, event);
}

} // namespace qs::ui
