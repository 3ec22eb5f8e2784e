#include "LayerMeasurements.h"

#include "CellBar.h"
#include "FigureBarsDelegate.h"
#include "NumberFormat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace qs::ui {

namespace {

// Below this the drops are noise of the evaluation sample: they do not fill the bar.
constexpr double smallestDropScale = 1.0;
constexpr int staleAlpha = 70;

} // namespace

void LayerMeasurements::setComparison(std::shared_ptr<const MeasuredComparison> comparison, const QString &staleReason)
{
    m_comparison = std::move(comparison);
    m_comparisonStale = m_comparison ? staleReason : QString();
    m_errorIndex.clear();
    if (m_comparison)
        for (std::size_t i = 0; i < m_comparison->result.layers.size(); ++i)
            m_errorIndex.emplace(m_comparison->result.layers[i].name, i);
}

void LayerMeasurements::setSensitivity(
    std::shared_ptr<const MeasuredSensitivity> sensitivity, const QString &staleReason)
{
    m_sensitivity = std::move(sensitivity);
    m_sensitivityStale = m_sensitivity ? staleReason : QString();
    m_sensitivityIndex.clear();
    m_largestDrop = 0.0;
    if (!m_sensitivity)
        return;
    for (std::size_t i = 0; i < m_sensitivity->result.layers.size(); ++i) {
        const qs::LayerSensitivity &layer = m_sensitivity->result.layers[i];
        m_sensitivityIndex.emplace(layer.name, i);
        if (std::isfinite(layer.aloneDropPoints))
            m_largestDrop = std::max(m_largestDrop, layer.aloneDropPoints);
    }
}

bool LayerMeasurements::isStale(Figure figure) const
{
    return figure == Figure::Sensitivity ? !m_sensitivityStale.isEmpty() : !m_comparisonStale.isEmpty();
}

const qs::LayerError *LayerMeasurements::layerError(const std::string &layer) const
{
    const auto it = m_errorIndex.find(layer);
    return it == m_errorIndex.end() ? nullptr : &m_comparison->result.layers[it->second];
}

const qs::LayerSensitivity *LayerMeasurements::layerSensitivity(const std::string &layer) const
{
    const auto it = m_sensitivityIndex.find(layer);
    return it == m_sensitivityIndex.end() ? nullptr : &m_sensitivity->result.layers[it->second];
}

QVariant LayerMeasurements::value(Figure figure, const std::string &layer) const
{
    double v = std::nan("");
    if (figure == Figure::Sensitivity) {
        if (const qs::LayerSensitivity *s = layerSensitivity(layer))
            v = s->aloneDropPoints;
    } else if (const qs::LayerError *e = layerError(layer)) {
        v = figure == Figure::WeightSqnr ? e->weightSqnrDb : (e->measured ? e->outputSqnrDb : std::nan(""));
    }
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QString LayerMeasurements::display(Figure figure, const std::string &layer) const
{
    const QVariant v = value(figure, layer);
    if (!v.isValid())
        return {};
    return figure == Figure::Sensitivity ? QLocale().toString(v.toDouble(), 'f', 2) : formatDecibels(v.toDouble());
}

QVariant LayerMeasurements::barShare(Figure figure, const std::string &layer) const
{
    const QVariant v = value(figure, layer);
    if (!v.isValid())
        return {};
    const double top = figure == Figure::Sensitivity ? std::max(smallestDropScale, m_largestDrop) : sqnrBarTopDb;
    const double share = cellBarShare(v.toDouble(), top);
    return share > 0.0 ? QVariant(share) : QVariant();
}

QColor LayerMeasurements::barColour(Figure figure, const std::string &layer) const
{
    QColor colour = FigureBarsDelegate::quantizedColour();
    if (figure == Figure::Sensitivity)
        colour = QColor(220, 130, 30); // the dashboard's "only this layer quantized" colour
    else if (const qs::LayerError *e = layerError(layer); e && e->flagged && figure == Figure::OutputSqnr)
        colour = QColor(200, 40, 40); // the dashboard's threshold colour
    if (isStale(figure))
        colour.setAlpha(staleAlpha);
    return colour;
}

QString LayerMeasurements::toolTip(Figure figure, const std::string &layer) const
{
    const bool sensitivity = figure == Figure::Sensitivity;
    if (sensitivity ? !m_sensitivity : !m_comparison)
        return headerToolTip(figure);
    QStringList lines;
    const QVariant v = value(figure, layer);
    if (!v.isValid()) {
        lines << (sensitivity ? tr("Not measured: this layer stays float in the plan the analysis ran on")
                              : tr("Not measured for this layer"));
    } else if (sensitivity) {
        const qs::LayerSensitivity *s = layerSensitivity(layer);
        lines << tr("Only this layer quantized: accuracy drops %1 points").arg(display(figure, layer));
        lines << tr("Everything but this layer quantized: accuracy gains %1 points")
                     .arg(QLocale().toString(s->allButGainPoints, 'f', 2));
    } else if (figure == Figure::WeightSqnr) {
        lines << tr("Weight SQNR %1 dB: float weights against the quantized ones").arg(display(figure, layer));
    } else {
        lines << tr("Output SQNR %1 dB: this layer's output in the quantized model against the float one")
                     .arg(display(figure, layer));
        if (layerError(layer)->flagged)
            lines << tr("Flagged: below the %1 dB threshold")
                         .arg(QLocale().toString(m_comparison->result.flagBelowDb, 'f', 1));
    }
    const QString &stale = sensitivity ? m_sensitivityStale : m_comparisonStale;
    if (!stale.isEmpty())
        lines << tr("Stale: %1 these figures were made (faded)").arg(stale);
    return lines.join(QLatin1Char('\n'));
}

QString LayerMeasurements::headerTitle(Figure figure)
{
    switch (figure) {
    case Figure::WeightSqnr:
        return tr("W SQNR");
    case Figure::OutputSqnr:
        return tr("Out SQNR");
    case Figure::Sensitivity:
        return tr("Sensitivity");
    }
    return {};
}

QString LayerMeasurements::headerToolTip(Figure figure) const
{
    QString what;
    switch (figure) {
    case Figure::WeightSqnr:
        what = tr("Signal-to-quantization-noise ratio of the weights in dB (higher is better)");
        break;
    case Figure::OutputSqnr:
        what = tr("Signal-to-quantization-noise ratio of the layer's output in the quantized model, in dB; "
                  "red below the flag threshold");
        break;
    case Figure::Sensitivity:
        what = tr("Accuracy points lost with only this layer quantized (higher: more sensitive)");
        break;
    }
    if (figure == Figure::Sensitivity ? !m_sensitivity : !m_comparison)
        return tr("%1\n%2").arg(what,
            figure == Figure::Sensitivity ? tr("Tools ▸ Sensitivity (Ctrl+Shift+R) fills this")
                                          : tr("Tools ▸ Compare (Ctrl+R) fills this"));
    return what;
}

} // namespace qs::ui
