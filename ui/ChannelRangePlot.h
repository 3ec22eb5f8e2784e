#pragma once

#include "quantscope/Model.h"
#include "quantscope/QParams.h"

#include <QWidget>

class QCPErrorBars;
class QCPGraph;
class QCustomPlot;
class QLabel;

namespace qs::ui {

// Per-channel view of a layer's weights: each output channel's min and max as a vertical range,
// so channels whose ranges differ (and would share one per-tensor scale badly) stand out; hovering
// a channel reads out its range and its own symmetric qint8 scale.
class ChannelRangePlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelRangePlot)

public:
    explicit ChannelRangePlot(QWidget *parent = nullptr);
    ~ChannelRangePlot() override;

    void setData(const QString &layerName, const qs::ChannelRanges &ranges, const qs::PerChannelQParams &qparams);
    void clear();

    QCustomPlot *plot() const { return m_plot; }
    int channelCount() const { return int(m_ranges.mins.size()); }
    // "channel 3: -0.41 to 0.38, scale 0.0032, zero point 0"; empty outside the channels.
    QString readOut(double x) const;

private:
    void onMouseMove(QMouseEvent *event);

    qs::ChannelRanges m_ranges;
    qs::PerChannelQParams m_qparams;
    QLabel *m_title = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_centres = nullptr;
    QCPErrorBars *m_bars = nullptr;
};

} // namespace qs::ui
