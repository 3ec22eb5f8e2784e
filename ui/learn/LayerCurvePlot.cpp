#include "LayerCurvePlot.h"

#include <qcustomplot.h>

#include <algorithm>

namespace qs::ui {

LayerCurvePlot::LayerCurvePlot(QWidget *parent)
    : LessonPlot(tr("Accuracy and size as the layers are quantized one after another"),
        QStringLiteral("learn-layer-to-model"), parent)
{
    QCustomPlot *p = plot();
    p->setMinimumHeight(200);
    p->xAxis->setLabel(tr("layers quantized"));
    p->yAxis->setLabel(tr("top-1 accuracy (%)"));
    p->yAxis2->setLabel(tr("weights (kB)"));
    p->yAxis2->setVisible(true);

    m_size = p->addGraph(p->xAxis, p->yAxis2);
    m_size->setName(tr("size of the weights"));
    m_size->setPen(QPen(QColor(120, 120, 120), 1.5, Qt::DashLine));
    m_size->setLineStyle(QCPGraph::lsStepLeft);

    m_accuracy = p->addGraph(p->xAxis, p->yAxis);
    m_accuracy->setName(tr("accuracy"));
    m_accuracy->setPen(QPen(QColor(30, 100, 200), 2.5));
    m_accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));

    m_drop = p->addGraph(p->xAxis, p->yAxis);
    m_drop->setName(tr("largest drop"));
    m_drop->setPen(QPen(QColor(210, 40, 40), 4.0));
    m_drop->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(210, 40, 40), 10));

    m_selected = new QCPItemStraightLine(p);
    m_selected->setPen(QPen(QColor(40, 150, 70), 2.0, Qt::DotLine));
    m_selected->point1->setCoords(0, 0);
    m_selected->point2->setCoords(0, 1);
    m_selected->setVisible(false);
    m_dropLabel = new QCPItemText(p);
    m_dropLabel->setColor(QColor(180, 30, 30));
    m_dropLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_dropLabel->setPadding(QMargins(4, 2, 4, 2));
    m_dropLabel->setBrush(QColor(255, 255, 255, 230)); // readable over the grid and the size line
    m_dropLabel->setVisible(false);
    placeLegendBelow();
    applyFonts();
}

LayerCurvePlot::~LayerCurvePlot() = default;

void LayerCurvePlot::clear()
{
    m_accuracy->data()->clear();
    m_size->data()->clear();
    m_drop->data()->clear();
    m_selected->setVisible(false);
    m_dropLabel->setVisible(false);
    plot()->replot();
}

void LayerCurvePlot::setCurve(
    const std::vector<double> &accuracyPercent, const std::vector<double> &kilobytes, std::size_t largestDrop,
    const QString &dropLabel)
{
    QVector<double> keys, accuracy, size;
    for (std::size_t k = 0; k < accuracyPercent.size(); ++k) {
        keys << double(k);
        accuracy << accuracyPercent[k];
        size << (k < kilobytes.size() ? kilobytes[k] : 0.0);
    }
    m_accuracy->setData(keys, accuracy, true);
    m_size->setData(keys, size, true);
    m_drop->data()->clear();
    const bool marked = largestDrop >= 1 && largestDrop < accuracyPercent.size();
    if (marked) {
        m_drop->setData({ double(largestDrop - 1), double(largestDrop) },
            { accuracyPercent[largestDrop - 1], accuracyPercent[largestDrop] }, true);
        // Below and left of the falling segment's middle, where the curve is not.
        m_dropLabel->position->setCoords(
            double(largestDrop) - 0.6, (accuracyPercent[largestDrop - 1] + accuracyPercent[largestDrop]) / 2.0);
        m_dropLabel->setText(dropLabel);
    }
    m_dropLabel->setVisible(marked && !dropLabel.isEmpty());

    QCustomPlot *p = plot();
    const std::size_t steps = accuracyPercent.empty() ? 1 : accuracyPercent.size() - 1;
    p->xAxis->setTicker(wholeNumberTicker(steps + 1));
    p->xAxis->setRange(-0.3, double(steps) + 0.3);
    if (!accuracyPercent.empty()) {
        const auto [lo, hi] = std::minmax_element(accuracyPercent.begin(), accuracyPercent.end());
        // From a little below the lowest point to 100 %, so small and large drops both read true.
        p->yAxis->setRange(std::max(0.0, *lo - 5.0), std::min(100.0, *hi + 3.0));
        const double largest = *std::max_element(kilobytes.begin(), kilobytes.end());
        p->yAxis2->setRange(0.0, largest * 1.1);
    }
    p->replot();
}

void LayerCurvePlot::applyFonts()
{
    LessonPlot::applyFonts();
    if (m_dropLabel) {
        QFont bold = font();
        bold.setBold(true);
        m_dropLabel->setFont(bold);
    }
}

void LayerCurvePlot::setSelectedStep(std::size_t step)
{
    m_selected->point1->setCoords(double(step), 0.0);
    m_selected->point2->setCoords(double(step), 1.0);
    m_selected->setVisible(!m_accuracy->data()->isEmpty());
    plot()->replot();
}

} // namespace qs::ui
