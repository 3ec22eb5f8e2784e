#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace qs {
struct LayerInfo;
}

namespace qs::ui {

struct LayerAnalysis;
class WeightHistogramPlot;
class ChannelRangePlot;

// The selected layer: what it is, its weight statistics, the scale and zero point each
// quantization scheme would give its weights, and the weight histogram.
class LayerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerPanel)

public:
    enum class Field {
        Shape,
        Params,
        Min,
        Max,
        Mean,
        Std,
        AffineScale,
        AffineZeroPoint,
        SymmetricScale,
        SymmetricZeroPoint,
        ChannelScales,
        ChannelZeroPoints,
        Channels
    };
    Q_ENUM(Field)

    explicit LayerPanel(QWidget *parent = nullptr);
    ~LayerPanel() override;

    void showLayer(const qs::LayerInfo &layer, const LayerAnalysis &analysis);
    // No layer to show; reason says why ("No model is open").
    void clear(const QString &reason);

    QString title() const;
    QString fieldText(Field field) const;
    WeightHistogramPlot *histogramPlot() const { return m_plot; }
    ChannelRangePlot *channelPlot() const { return m_channels; }

private:
    QWidget *createWeightsGroup();
    QWidget *createQuantizationGroup();
    QLabel *makeField(Field field, QWidget *parent, const QString &toolTip = {});
    void setField(Field field, const QString &text);

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_warning = nullptr;
    QWidget *m_details = nullptr;
    QHash<Field, QLabel *> m_fields;
    WeightHistogramPlot *m_plot = nullptr;
    ChannelRangePlot *m_channels = nullptr;
};

} // namespace qs::ui
