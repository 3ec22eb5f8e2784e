#pragma once

#include "quantscope/Histogram.h"

#include <QObject>

#include <functional>

class QCustomPlot;
class QMouseEvent;

namespace qs::ui {

// What every histogram plot in the workbench does with the mouse: wheel zoom and drag pan along
// the value axis, a hover read-out of the bin under the cursor (its range and count), and a
// right-click menu to save the plot as PNG or PDF. Installed on a plot; the plot owns it.
class PlotInteraction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotInteraction)

public:
    using HistogramSource = std::function<const qs::Histogram *()>;

    // valueName names the x axis in the read-out ("weight", "activation", "error").
    static PlotInteraction *install(QCustomPlot *plot, HistogramSource histogram, const QString &valueName);

    // The read-out for a value on the x axis: "activation 0.12 to 0.13: 1 234 values"; empty outside the bins.
    QString readOut(double x) const;
    // Writes the plot to path; the suffix (.png or .pdf) decides the format (PlotSaving).
    bool save(const QString &path) const;

private:
    PlotInteraction(QCustomPlot *plot, HistogramSource histogram, const QString &valueName);
    void onMouseMove(QMouseEvent *event);
    void showMenu(const QPoint &pos);

    QCustomPlot *m_plot;
    HistogramSource m_histogram;
    QString m_valueName;
};

} // namespace qs::ui
