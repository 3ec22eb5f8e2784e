#pragma once

#include "quantscope/QuantizationError.h"

#include <QComboBox>

#include <memory>
#include <vector>

namespace qs {
class Model;
}

namespace qs::ui {

// Chooses what a lesson quantizes: generated sample data (normal, uniform, Laplace, normal with a few
// large outliers) or the weights of a layer of the open model.
class SampleDataPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleDataPicker)

public:
    // Large layers are shown through an evenly spaced subset of this many weights, so that dragging stays live.
    static constexpr std::size_t kMaxLayerValues = 20000;

    explicit SampleDataPicker(QWidget *parent = nullptr);
    ~SampleDataPicker() override;

    void setModel(std::shared_ptr<const qs::Model> model);
    void selectDistribution(qs::SampleDistribution distribution);
    // Selects the model layer with this index; false if there is no such layer in the list.
    bool selectLayer(std::size_t layer);

    // The values the current choice stands for (computed when the choice changes).
    const std::vector<float> &values() const { return m_values; }
    // The SampleSpec of a generated choice; meaningless for a layer.
    qs::SampleSpec sampleSpec() const;
    bool isLayer() const;
    // "Normal (10,000 values)", "Weights of features.0 (72 values)"
    QString description() const;

Q_SIGNALS:
    void valuesChanged();

private:
    void refreshValues();

    std::shared_ptr<const qs::Model> m_model;
    std::vector<float> m_values;
    std::size_t m_layerValueCount = 0; // before taking a subset
};

} // namespace qs::ui
