#pragma once

#include "quantscope/Histogram.h"
#include "quantscope/QParams.h"

#include <QWidget>

class QCheckBox;
class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace qs::ui {

// A layer's weight histogram as bars, with its min and max as vertical lines and the per-tensor
// scale and zero point written on the plot. Count axis linear or logarithmic; wheel zoom and drag
// pan along the value axis.
class WeightHistogramPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightHistogramPlot)

public:
    explicit WeightHistogramPlot(QWidget *parent = nullptr);
    ~WeightHistogramPlot() override;

    // qparams and qparamsName describe the quantization written on the plot ("per-tensor affine quint8").
    // range: the integer range qparams map to (quint8 for per-tensor affine), for the grid.
    void setHistogram(const QString &layerName, const qs::Histogram &histogram, double min, double max,
        const qs::QParams &qparams, const QString &qparamsName, const qs::QuantRange &range = {});
    void clear();

    const qs::Histogram &histogram() const { return m_histogram; }
    QCustomPlot *plot() const { return m_plot; }
    QCPBars *bars() const { return m_bars; }
    double minLinePosition() const;
    double maxLinePosition() const;
    QString qparamsText() const;

    // The quantization grid: a line at each integer level's float value, s·(q − z).
    bool isGridVisible() const;
    void setGridVisible(bool visible);
    int gridLineCount() const;

    bool isLogScale() const;
    void setLogScale(bool logScale);
    void resetView();

private:
    void setUpPlot();
    void updateCountAxis();
    void setMarkersVisible(bool visible);
    void setLinePosition(QCPItemStraightLine *line, QCPItemText *label, double x);
    void updateGrid();

    qs::Histogram m_histogram;
    QLabel *m_title = nullptr;
    QCheckBox *m_logScale = nullptr;
    QCheckBox *m_grid = nullptr;
    qs::QParams m_qparams;
    qs::QuantRange m_range;
    QCPGraph *m_gridGraph = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QCPItemStraightLine *m_minLine = nullptr;
    QCPItemStraightLine *m_maxLine = nullptr;
    QCPItemText *m_minLabel = nullptr;
    QCPItemText *m_maxLabel = nullptr;
    QCPItemText *m_qparamsText = nullptr;
    QCPItemText *m_placeholder = nullptr;
};

} // namespace qs::ui
