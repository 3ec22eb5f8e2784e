#pragma once

#include "LessonPage.h"

#include "LayerCurveJob.h"

#include <map>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableWidget;

namespace qs::ui {

class LayerCurvePlot;

// Lesson 5: a demo model's layers quantized one after another (slider), with top-1 accuracy and size
// after each step, at a chosen bit width and in a chosen order; the step that costs most is named.
// The curve is computed in the background whenever the lesson is shown or a control changes.
class LayerToModelLesson final : public LessonPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayerToModelLesson)

public:
    explicit LayerToModelLesson(QWidget *parent = nullptr);
    ~LayerToModelLesson() override;

    void reset() override;
    void setModel(std::shared_ptr<const qs::Model> model) override;

    // Samples every step is measured on, and the calibration shared by all of them (defaults 1000, 512).
    void setSampleCounts(std::size_t calibration, std::size_t evaluation);
    std::size_t evaluationSamples() const { return m_evaluationSamples; }

    int bits() const;
    qs::LayerOrder order() const;
    bool isComputing() const;
    bool hasCurve() const { return m_result.has_value(); }
    const std::optional<LayerCurveResult> &result() const { return m_result; }
    std::size_t selectedStep() const;
    void selectStep(std::size_t step);
    LayerCurveJob *job() const { return m_job; }
    // Starts computing the curve for the current controls (a running job is replaced).
    void compute();
    void cancel();

Q_SIGNALS:
    // After a new curve is shown, or a job ended without one.
    void computationFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void controlsChanged();
    void showResult(const LayerCurveResult &result);
    void showStep();
    void fillTable();
    void setRunning(bool running);

    std::shared_ptr<const qs::Model> m_wantedModel; // a demo the workbench has open, or nullptr: the cnn demo
    std::optional<LayerCurveInputs> m_inputs;
    std::optional<LayerCurveResult> m_result;
    // Sensitivity rankings measured on m_inputs, by bits: changing only the order re-ranks nothing.
    std::map<int, std::pair<std::vector<std::string>, std::vector<double>>> m_rankings;
    std::size_t m_calibrationSamples = 512;
    std::size_t m_evaluationSamples = 1000;
    bool m_stale = true; // the shown curve (if any) is not the controls' one
    bool m_updating = false;

    LayerCurveJob *m_job = nullptr;
    QComboBox *m_bits = nullptr;
    QComboBox *m_order = nullptr;
    QPushButton *m_run = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    LayerCurvePlot *m_plot = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_sliderValue = nullptr;
    QLabel *m_stepReadout = nullptr;
    QLabel *m_largestDrop = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace qs::ui
