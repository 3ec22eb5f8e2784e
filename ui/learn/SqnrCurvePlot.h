#pragma once

#include "LessonPlot.h"

#include "quantscope/QuantizationError.h"

#include <vector>

namespace qs::ui {

// SQNR against the clipping threshold (qs::sweepClippingThreshold), with the best threshold and the
// current one marked. Clicking the plot picks a threshold.
class SqnrCurvePlot final : public LessonPlot
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqnrCurvePlot)

public:
    explicit SqnrCurvePlot(QWidget *parent = nullptr);
    ~SqnrCurvePlot() override;

    void setSweep(const std::vector<qs::ClippingSweepPoint> &sweep);
    void setCurrent(double threshold, double sqnrDb);
    std::size_t bestIndex() const { return m_best; }

Q_SIGNALS:
    void thresholdPicked(double threshold);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    std::vector<qs::ClippingSweepPoint> m_sweep;
    std::size_t m_best = 0;
    double m_currentThreshold = 0.0;
    double m_currentSqnr = 0.0;
};

} // namespace qs::ui
