#pragma once

#include "LessonPage.h"

#include "quantscope/QuantizationError.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace qs::ui {

class DistributionPlot;
class FormulaTable;
class SampleDataPicker;
class SqnrCurvePlot;

// Lesson 2: the clipping threshold trades rounding error (a wide range, coarse steps) against
// clipping error (a narrow range, cut tails), on sample data or a real layer's weights.
class RoundingClippingLesson final : public LessonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundingClippingLesson)

public:
    explicit RoundingClippingLesson(QWidget *parent = nullptr);
    ~RoundingClippingLesson() override;

    void reset() override;
    void setModel(std::shared_ptr<const qs::Model> model) override;

    qs::QuantSpec spec() const;
    double threshold() const;
    void setThreshold(double threshold);
    const std::vector<float> &values() const;
    SampleDataPicker *dataPicker() const { return m_data; }
    const std::vector<qs::ClippingSweepPoint> &sweep() const { return m_sweep; }

private:
    void dataChanged();
    void specChanged();
    void update();

    SampleDataPicker *m_data = nullptr;
    QSpinBox *m_bits = nullptr;
    QComboBox *m_scheme = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QCheckBox *m_logCount = nullptr;
    DistributionPlot *m_distribution = nullptr;
    SqnrCurvePlot *m_curve = nullptr;
    FormulaTable *m_readout = nullptr;
    std::vector<qs::ClippingSweepPoint> m_sweep;
    float m_dataMin = 0.0f;
    float m_dataMax = 0.0f;
    bool m_updating = false;
};

} // namespace qs::ui
