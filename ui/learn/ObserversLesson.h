#pragma once

#include "LessonPage.h"

#include "quantscope/Observer.h"
#include "quantscope/QuantizationError.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

namespace qs::ui {

class DistributionPlot;
class ObserverSqnrPlot;
class SampleDataPicker;

// Lesson 3: the ranges MinMax, Percentile, Entropy, MSE and PyTorch's Histogram observer choose for
// the same data, and the error each gives: why calibration matters when there are outliers.
class ObserversLesson final : public LessonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObserversLesson)

public:
    struct Result
    {
        qs::ObserverKind kind;
        qs::ClippingRange range;
        qs::QParams qparams;
        qs::QuantizationError error; // over all values
        qs::QuantizationError ordinary; // over the values that are not added outliers
    };

    explicit ObserversLesson(QWidget *parent = nullptr);
    ~ObserversLesson() override;

    void reset() override;
    void setModel(std::shared_ptr<const qs::Model> model) override;

    // The observers compared, in the order shown.
    static const std::vector<qs::ObserverKind> &comparedObservers();
    qs::QuantSpec spec() const;
    // The data as quantized: the picked values with the outliers added.
    const std::vector<float> &values() const { return m_values; }
    // The same without the added outliers: whose error shows what an outlier costs everybody else.
    const std::vector<float> &ordinaryValues() const { return m_ordinary; }
    const std::vector<Result> &results() const { return m_results; }
    SampleDataPicker *dataPicker() const { return m_data; }
    QTableWidget *table() const { return m_table; }
    void setOutlierCount(int count);

private:
    void dataChanged();
    void update();

    SampleDataPicker *m_data = nullptr;
    QSpinBox *m_outliers = nullptr;
    QDoubleSpinBox *m_outlierSize = nullptr;
    QSpinBox *m_bits = nullptr;
    QComboBox *m_scheme = nullptr;
    DistributionPlot *m_distribution = nullptr;
    ObserverSqnrPlot *m_sqnr = nullptr;
    QTableWidget *m_table = nullptr;
    std::vector<float> m_values;
    std::vector<float> m_ordinary;
    std::vector<Result> m_results;
    bool m_updating = false;
};

} // namespace qs::ui
