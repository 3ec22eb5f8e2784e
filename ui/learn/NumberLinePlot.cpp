#include "NumberLinePlot.h"

#include "LessonNumbers.h"

#include <QMouseEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qs::ui {

namespace {

const QColor levelColor(70, 110, 170);
const QColor rangeColor(230, 140, 20);
const QColor zeroColor(40, 150, 70);
const QColor valueColor(200, 40, 40);

constexpr double kFloatAxisY = 1.0; // the top axis is the float line
constexpr double kIntegerAxisY = 0.0; // the bottom axis is the integer line
constexpr double kMarkerLength = 0.14;
constexpr int kGrabPixels = 12;

double levelValue(int q, const qs::QParams &p)
{
    return double(qs::dequantizeValue(q, p));
}

} // namespace

NumberLinePlot::NumberLinePlot(QWidget *parent)
    : LessonPlot(tr("Float values (top) and the integers they are stored as (bottom)"),
        QStringLiteral("learn-number-line"), parent)
{
    QCustomPlot *p = plot();
    p->setMinimumHeight(230);
    p->xAxis2->setVisible(true);
    p->xAxis2->setLabel(tr("float value x"));
    p->xAxis->setLabel(tr("integer q"));
    p->yAxis->setVisible(false);
    p->yAxis->setRange(kIntegerAxisY, kFloatAxisY);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis2->grid()->setVisible(false);
    p->setCursor(Qt::SizeHorCursor);
    placeLegendBelow();
    p->installEventFilter(this);
    p->setToolTip(tr("Drag the min, max and x markers along the float line; click anywhere to move x there"));
}

NumberLinePlot::~NumberLinePlot() = default;

void NumberLinePlot::setState(const NumberLineState &state)
{
    m_state = state;
    if (m_dragging == Handle::None)
        fitView();
    rebuild();
}

double NumberLinePlot::integerAxisPosition(int q) const
{
    const double margin = 0.04 * (m_viewUpper - m_viewLower);
    const int steps = std::max(1, m_state.range.qmax - m_state.range.qmin);
    return m_viewLower + margin + double(q - m_state.range.qmin) / steps * (m_viewUpper - m_viewLower - 2 * margin);
}

double NumberLinePlot::pixelOfValue(double x) const
{
    return plot()->xAxis2->coordToPixel(x);
}

void NumberLinePlot::fitView()
{
    const double lowest = levelValue(m_state.range.qmin, m_state.qparams);
    const double highest = levelValue(m_state.range.qmax, m_state.qparams);
    double lo = std::min({ m_state.min, lowest, 0.0, m_state.value });
    double hi = std::max({ m_state.max, highest, 0.0, m_state.value });
    if (!(hi > lo))
        hi = lo + 1.0;
    const double margin = 0.06 * (hi - lo);
    m_viewLower = lo - margin;
    m_viewUpper = hi + margin;
}

void NumberLinePlot::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    p->xAxis->setRange(m_viewLower, m_viewUpper);
    p->xAxis2->setRange(m_viewLower, m_viewUpper);

    const qs::QParams &qp = m_state.qparams;
    const int qmin = m_state.range.qmin, qmax = m_state.range.qmax;

    // Every level joined to its float value; NaN points break the curve into separate lines.
    auto *levels = new QCPCurve(p->xAxis, p->yAxis);
    levels->setName(tr("level q ↔ its float value s·(q − z)"));
    QColor fan = levelColor;
    fan.setAlpha(qmax - qmin > 64 ? 70 : 160);
    levels->setPen(QPen(fan, 1.0));
    QVector<double> keys, values;
    for (int q = qmin; q <= qmax; ++q) {
        keys << levelValue(q, qp) << integerAxisPosition(q) << std::numeric_limits<double>::quiet_NaN();
        values << kFloatAxisY << kIntegerAxisY << std::numeric_limits<double>::quiet_NaN();
    }
    levels->setData(keys, values);

    // 0.0 lands on the zero point z (when z is a level of the range, which PyTorch guarantees).
    if (qp.zeroPoint >= qmin && qp.zeroPoint <= qmax) {
        auto *zero = new QCPCurve(p->xAxis, p->yAxis);
        zero->setName(tr("0.0 ↔ zero point z"));
        zero->setPen(QPen(zeroColor, 3.0));
        zero->setData({ 0.0, integerAxisPosition(qp.zeroPoint) }, { kFloatAxisY, kIntegerAxisY });
    }

    // x goes down to its level q and comes back up as x̂.
    auto *path = new QCPCurve(p->xAxis, p->yAxis);
    path->setName(tr("value x → its integer q → back to a float"));
    path->setPen(QPen(valueColor, 2.5));
    path->setData({ m_state.value, integerAxisPosition(m_state.level), m_state.dequantized },
        { kFloatAxisY, kIntegerAxisY, kFloatAxisY });
    path->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, valueColor, 7));

    // The float span the integers cover, [x̂(qmin), x̂(qmax)]: everything outside is clipped to its edges.
    auto *covered = new QCPItemRect(p);
    covered->topLeft->setCoords(levelValue(qmin, qp), kFloatAxisY);
    covered->bottomRight->setCoords(levelValue(qmax, qp), kFloatAxisY - 0.05);
    covered->setPen(Qt::NoPen);
    covered->setBrush(QColor(levelColor.red(), levelColor.green(), levelColor.blue(), 90));

    addMarker(m_state.min, tr("min"), rangeColor, 0.78);
    addMarker(m_state.max, tr("max"), rangeColor, 0.78);
    addMarker(m_state.value, tr("x"), valueColor, 0.62);
    addIntegerTicks();
    p->replot();
}

void NumberLinePlot::addMarker(double x, const QString &text, const QColor &color, double labelY)
{
    QCustomPlot *p = plot();
    auto *line = new QCPItemLine(p);
    line->start->setCoords(x, kFloatAxisY);
    line->end->setCoords(x, labelY + 0.04);
    line->setPen(QPen(color, 3.0));
    auto *label = new QCPItemText(p);
    label->position->setCoords(x, labelY);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setText(text);
    label->setColor(color.darker(130));
    QFont f = font();
    f.setBold(true);
    label->setFont(f);
    label->setBrush(QColor(255, 255, 255, 220));
    label->setPadding(QMargins(3, 1, 3, 1));
}

// Integer labels: every level when there are few, otherwise a readable subset that always shows
// qmin, qmax and the zero point.
void NumberLinePlot::addIntegerTicks()
{
    const int qmin = m_state.range.qmin, qmax = m_state.range.qmax, z = m_state.qparams.zeroPoint;
    const int levels = qmax - qmin + 1;
    const double axisPixels = std::max(200.0, double(plot()->axisRect()->width()));
    const int maxLabels
        = std::max(4, int(axisPixels / (QFontMetrics(font()).horizontalAdvance(QStringLiteral("-128")) * 2.2)));
    int step = 1;
    for (int candidate : { 1, 2, 4, 8, 16, 32, 64, 128 })
        if (levels / candidate <= maxLabels) {
            step = candidate;
            break;
        } else {
            step = candidate;
        }
    QVector<int> shown;
    shown << qmin << qmax;
    if (z >= qmin && z <= qmax)
        shown << z;
    const int firstMultiple = int(std::ceil(double(qmin) / step)) * step;
    for (int q = firstMultiple; q <= qmax; q += step) {
        const bool crowded = std::any_of(
            shown.begin(), shown.end(), [&](int s) { return s != q && std::abs(s - q) < std::max(1, step * 6 / 10); });
        if (!crowded)
            shown << q;
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int q : shown)
        ticker->addTick(integerAxisPosition(q), QString::number(q));
    plot()->xAxis->setTicker(ticker);
}

NumberLinePlot::Handle NumberLinePlot::handleAt(const QPointF &pixel) const
{
    struct Candidate
    {
        Handle handle;
        double x;
    };
    // The value first: it is the one students move most, and it often sits on min or max.
    const Candidate candidates[]
        = { { Handle::Value, m_state.value }, { Handle::Min, m_state.min }, { Handle::Max, m_state.max } };
    Handle best = Handle::None;
    double bestDistance = kGrabPixels;
    for (const auto &c : candidates) {
        const double d = std::abs(pixelOfValue(c.x) - pixel.x());
        if (d < bestDistance) {
            best = c.handle;
            bestDistance = d;
        }
    }
    return best;
}

void NumberLinePlot::dragTo(Handle handle, double pixelX)
{
    const double x = plot()->xAxis2->pixelToCoord(pixelX);
    switch (handle) {
    case Handle::Min:
        Q_EMIT minDragged(x);
        break;
    case Handle::Max:
        Q_EMIT maxDragged(x);
        break;
    case Handle::Value:
        Q_EMIT valueDragged(x);
        break;
    case Handle::None:
        break;
    }
}

bool NumberLinePlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != plot())
        return LessonPlot::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        m_dragging = handleAt(mouse->position());
        if (m_dragging == Handle::None)
            m_dragging = Handle::Value; // a click elsewhere moves x there
        dragTo(m_dragging, mouse->position().x());
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_dragging == Handle::None)
            break;
        dragTo(m_dragging, mouse->position().x());
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragging == Handle::None)
            break;
        m_dragging = Handle::None;
        fitView();
        rebuild();
        return true;
    default:
        break;
    }
    return LessonPlot::eventFilter(watched, event);
}

} // namespace qs::ui
