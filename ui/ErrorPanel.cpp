#include "ErrorPanel.h"

#include "LayerTableModel.h"
#include "NumberFormat.h"
#include "PlotStyle.h"
#include "PlotInteraction.h"
#include "Workbench.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace qs::ui {

ErrorPanel::ErrorPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot = new QCustomPlot(this);
    followPalette(m_plot);
    m_plot->setMinimumSize(320, 220);
    m_plot->xAxis->setLabel(tr("error: float weight − dequantized weight"));
    m_plot->yAxis->setLabel(tr("count"));
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(180, 95, 70));
    PlotInteraction::install(
        m_plot, [this] { return &m_result.errors; }, tr("error"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_plot, 1);
    connect(m_workbench, &Workbench::selectedLayerChanged, this, &ErrorPanel::refresh);
    connect(m_workbench, &Workbench::planChanged, this, &ErrorPanel::refresh);
    m_summary->setText(tr("No layer selected"));
}

ErrorPanel::~ErrorPanel() = default;

QString ErrorPanel::summaryText() const
{
    return m_summary->text();
}

void ErrorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ErrorPanel::refresh()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const auto model = m_workbench->model();
    const int index = m_workbench->selectedLayer();
    if (!model || index < 0) {
        m_summary->setText(tr("No layer selected"));
        m_result = {};
        m_bars->data()->clear();
        m_plot->replot();
        return;
    }
    const qs::LayerQuantConfig config = m_workbench->plan().resolve(model->layers().at(std::size_t(index)));
    m_summary->setText(tr("Measuring the weight error of %1…").arg(QString::fromStdString(model->layers()[std::size_t(index)].name)));
    m_workbench->jobs().run<WeightError>(
        JobRunner::Kind::WeightError, tr("Weight error"),
        [model, index, config](const qs::Progress &) { return WeightError::compute(*model, std::size_t(index), config); },
        [this, config](WeightError result) { showResult(result, config); });
}

void ErrorPanel::showResult(const WeightError &result, const qs::LayerQuantConfig &config)
{
    m_result = result;
    QVector<double> keys, counts;
    for (std::size_t bin = 0; bin < result.errors.binCount(); ++bin) {
        keys << result.errors.binCenter(bin);
        counts << result.errors.counts[bin];
    }
    m_bars->setWidth(result.errors.binWidth());
    m_bars->setData(keys, counts, true);
    const double rmseOverScale = result.total.rmseOverScale(result.meanScale);
    const bool quantized = config.mode == qs::LayerMode::StaticInt8 || config.mode == qs::LayerMode::DynamicInt8;
    const QString scheme = tr("%1 %2 qint8, %3 bits")
                               .arg(result.perChannel ? tr("per-channel") : tr("per-tensor"),
                                   config.weightScheme == qs::QuantScheme::Symmetric ? tr("symmetric") : tr("affine"))
                               .arg(config.bits);
    QString text = tr("<b>%1</b> — weights %2: SQNR <b>%3 dB</b>, RMSE %4 = %5 × scale%6; %7 of %8 values clipped.")
                       .arg(result.layer.toHtmlEscaped(), scheme, formatDecibels(result.total.sqnrDb()),
                           formatValue(result.total.rmse()), QLocale().toString(rmseOverScale, 'f', 3),
                           result.perChannel ? tr(" (mean channel scale)") : QString(),
                           formatCount(std::int64_t(result.total.clippedCount)),
                           formatCount(std::int64_t(result.total.count)));
    text += tr("<br>Rounding alone gives errors spread evenly over ±scale/2, an RMSE of 1/√12 ≈ 0.289 × scale.");
    if (!quantized)
        text += tr("<br><i>The plan keeps this layer in %1: these are the errors int8 weights would have.</i>")
                    .arg(LayerTableModel::modeLabel(config.mode));
    m_summary->setText(text);
    m_plot->rescaleAxes();
    const double highest = counts.isEmpty() ? 1.0 : *std::max_element(counts.begin(), counts.end());
    m_plot->yAxis->setRange(0.0, highest * 1.1);
    m_plot->replot();
    Q_EMIT resultShown();
}

} // namespace qs::ui
