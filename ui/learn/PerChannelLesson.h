#pragma once

#include "LessonPage.h"

#include "quantscope/QuantizationError.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace qs::ui {

class ChannelRangesPlot;
class ChannelSqnrPlot;
class FormulaTable;

// Lesson 4: a real conv layer whose output channels have very different ranges, quantized with one
// shared scale and with one scale per channel, and the error of each.
class PerChannelLesson final : public LessonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerChannelLesson)

public:
    explicit PerChannelLesson(QWidget *parent = nullptr);
    ~PerChannelLesson() override;

    void reset() override;
    void setModel(std::shared_ptr<const qs::Model> model) override;

    bool hasLayer() const;
    // The model layer shown (index into Model::layers()), or -1.
    int layer() const;
    bool selectLayer(int layer);
    qs::QuantSpec spec() const;
    // The layer whose channel ranges differ most (largest max|w| ratio between channels), preferring convolutions; -1
    // if none.
    static int mostUnevenLayer(const qs::Model &model);

    const std::vector<qs::QuantizationError> &perTensorErrors() const { return m_perTensor; }
    const std::vector<qs::QuantizationError> &perChannelErrors() const { return m_perChannel; }

private:
    void update();

    std::shared_ptr<const qs::Model> m_model;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_layers = nullptr;
    QSpinBox *m_bits = nullptr;
    ChannelRangesPlot *m_ranges = nullptr;
    ChannelSqnrPlot *m_sqnr = nullptr;
    FormulaTable *m_readout = nullptr;
    std::vector<qs::QuantizationError> m_perTensor;
    std::vector<qs::QuantizationError> m_perChannel;
    bool m_updating = false;
};

} // namespace qs::ui
