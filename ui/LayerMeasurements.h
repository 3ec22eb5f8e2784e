#pragma once

#include "MeasuredResults.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>
#include <string>
#include <unordered_map>

namespace qs::ui {

// What the layer table shows of the last comparison (weight and output SQNR) and the last
// sensitivity analysis (the accuracy drop with only this layer quantized), found by layer name,
// and whether those results are stale. Empty until results are given.
class LayerMeasurements final
{
    Q_DECLARE_TR_FUNCTIONS(LayerMeasurements)

public:
    enum class Figure { WeightSqnr, OutputSqnr, Sensitivity };

    // SQNR bars run from 0 to this (40 dB and more is near float; 20 dB is the default flag).
    static constexpr double sqnrBarTopDb = 60.0;

    // staleReason as Workbench::staleReason gives it ("the plan has changed since"), empty when current.
    void setComparison(std::shared_ptr<const MeasuredComparison> comparison, const QString &staleReason);
    void setSensitivity(std::shared_ptr<const MeasuredSensitivity> sensitivity, const QString &staleReason);
    bool hasComparison() const { return m_comparison != nullptr; }
    bool hasSensitivity() const { return m_sensitivity != nullptr; }
    bool isStale(Figure figure) const;

    // The figure as a number (dB, or accuracy points), invalid when there is none for the layer.
    QVariant value(Figure figure, const std::string &layer) const;
    QString display(Figure figure, const std::string &layer) const;
    QString toolTip(Figure figure, const std::string &layer) const;
    // The bar's length as a share of the cell (0 to 1), invalid when no bar is drawn.
    QVariant barShare(Figure figure, const std::string &layer) const;
    // Blue, red for a flagged output, orange for sensitivity; faded when stale.
    QColor barColour(Figure figure, const std::string &layer) const;

    static QString headerTitle(Figure figure);
    QString headerToolTip(Figure figure) const;

private:
    const qs::LayerError *layerError(const std::string &layer) const;
    const qs::LayerSensitivity *layerSensitivity(const std::string &layer) const;

    std::shared_ptr<const MeasuredComparison> m_comparison;
    std::shared_ptr<const MeasuredSensitivity> m_sensitivity;
    QString m_comparisonStale;
    QString m_sensitivityStale;
    std::unordered_map<std::string, std::size_t> m_errorIndex;
    std::unordered_map<std::string, std::size_t> m_sensitivityIndex;
    double m_largestDrop = 0.0;
};

} // namespace qs::ui
