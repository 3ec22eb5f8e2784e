#include "SqnrCurvePlot.h"

#include "LessonNumbers.h"

#include <QLocale>
#include <QMouseEvent>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

const QColor curveColor(70, 110, 170);
const QColor bestColor(40, 150, 70);
const QColor currentColor(210, 60, 40);

} // namespace

SqnrCurvePlot::SqnrCurvePlot(QWidget *parent)
    : LessonPlot(tr("Signal-to-quantization-noise ratio against the clipping threshold"),
        QStringLiteral("learn-sqnr-curve"), parent)
{
    QCustomPlot *p = plot();
    p->setMinimumHeight(200);
    p->xAxis->setLabel(tr("clipping threshold t (clip at ±t)"));
    p->yAxis->setLabel(tr("SQNR (dB), higher is better"));
    p->setToolTip(tr("Click to clip at that threshold"));
    p->installEventFilter(this);
}

SqnrCurvePlot::~SqnrCurvePlot() = default;

void SqnrCurvePlot::setSweep(const std::vector<qs::ClippingSweepPoint> &sweep)
{
    m_sweep = sweep;
    m_best = qs::bestSweepPoint(sweep);
    rebuild();
}

void SqnrCurvePlot::setCurrent(double threshold, double sqnrDb)
{
    m_currentThreshold = threshold;
    m_currentSqnr = sqnrDb;
    rebuild();
}

void SqnrCurvePlot::rebuild()
{
    QCustomPlot *p = plot();
    p->clearItems();
    p->clearGraphs();
    if (m_sweep.empty()) {
        p->replot();
        return;
    }
    QVector<double> keys, values;
    double lowest = 1e300, highest = -1e300;
    for (const auto &point : m_sweep) {
        const double db = point.error.sqnrDb();
        if (!std::isfinite(db))
            continue;
        keys << point.threshold;
        values << db;
        lowest = std::min(lowest, db);
        highest = std::max(highest, db);
    }
    auto *curve = p->addGraph();
    curve->setPen(QPen(curveColor, 2.0));
    curve->setData(keys, values, true);
    p->xAxis->setRange(0.0, m_sweep.back().threshold * 1.02);
    if (!(highest > lowest))
        highest = lowest + 1.0;
    const double span = highest - lowest;
    p->yAxis->setRange(std::max(lowest - 0.05 * span, highest - 80.0), highest + 0.25 * span);

    const auto &best = m_sweep[m_best];
    auto *bestDot = p->addGraph();
    bestDot->setLineStyle(QCPGraph::lsNone);
    bestDot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, bestColor, 11));
    bestDot->setData({ double(best.threshold) }, { best.error.sqnrDb() });
    auto *bestLabel = new QCPItemText(p);
    bestLabel->position->setCoords(best.threshold, best.error.sqnrDb());
    // Keep the label inside the plot: left of the point near the right edge, right of it near the left.
    const double where = best.threshold / m_sweep.back().threshold;
    const Qt::Alignment horizontal = where > 0.65 ? Qt::AlignRight : where < 0.35 ? Qt::AlignLeft : Qt::AlignHCenter;
    bestLabel->setPositionAlignment(horizontal | Qt::AlignBottom);
    bestLabel->setText(
        tr("best: t = %1\n%2").arg(QLocale().toString(best.threshold, 'g', 3), lessonDecibels(best.error.sqnrDb())));
    bestLabel->setTextAlignment(Qt::AlignCenter);
    bestLabel->setColor(bestColor.darker(140));
    bestLabel->setFont(font());
    bestLabel->setPadding(QMargins(8, 2, 8, 6));

    auto *current = new QCPItemStraightLine(p);
    current->point1->setCoords(m_currentThreshold, 0.0);
    current->point2->setCoords(m_currentThreshold, 1.0);
    current->setPen(QPen(currentColor, 2.0, Qt::DashLine));
    auto *currentDot = p->addGraph();
    currentDot->setLineStyle(QCPGraph::lsNone);
    currentDot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(currentColor, 2.5), Qt::white, 11));
    if (std::isfinite(m_currentSqnr))
        currentDot->setData({ m_currentThreshold }, { m_currentSqnr });
    p->replot();
}

bool SqnrCurvePlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == plot() && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() & Qt::LeftButton) {
            const double t = plot()->xAxis->pixelToCoord(mouse->position().x());
            if (t > 0)
                Q_EMIT thresholdPicked(t);
            return true;
        }
    }
    return LessonPlot::eventFilter(watched, event);
}

} // namespace qs::ui
